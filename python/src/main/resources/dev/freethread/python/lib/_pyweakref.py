# SPDX-License-Identifier: Apache-2.0
# What classes deriving from weakref.ref derive from (class MyRef(weakref.ref): ...). The native weak reference is a
# toolkit object (dev.freethread.refcount.PyWeakRef) that carries no instance dict, so a subclass's instances are
# instances of this class instead, each holding a native reference of its own to the referent (never the shared
# callback-less one: getweakrefcount counts each subclass instance, as CPython's). The native reference's callback
# reaches the subclass instance through a weak reference to it, so the instance, its native reference and the
# callback make no cycle: an instance dropped before its referent is freed at once and its callback is never called
# (bpo-3100). isinstance and issubclass count these classes as weakref.ref's (Interp.standIn), and getweakrefs answers
# the instances, not their native references.

from _weakref import ref as _native_ref

# id of a native reference held by an instance -> a native reference to that instance (for getweakrefs)
_owners = {}


def _drop_owner(key):
    _owners.pop(key, None)


class ref:
    """weakref.ref for classes that derive from it: ref(ob[, callback]) calls callback(self) when ob dies."""

    __slots__ = ('_ft_ref', '_ft_callback', '__weakref__')

    def __new__(cls, ob, callback=None, *args, **kwargs):
        self = object.__new__(cls)
        me = _native_ref(self)

        def notify(_, me=me, callback=callback):
            owner = me()
            if owner is not None and callback is not None:
                callback(owner)

        native = _native_ref(ob, notify)
        object.__setattr__(self, '_ft_ref', native)
        object.__setattr__(self, '_ft_callback', callback)
        key = id(native)
        _owners[key] = _native_ref(self, lambda _, key=key: _drop_owner(key))
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return object.__getattribute__(self, '_ft_ref')()

    @property
    def __callback__(self):
        if object.__getattribute__(self, '_ft_ref')() is None:
            return None
        return object.__getattribute__(self, '_ft_callback')

    def __hash__(self):
        return hash(object.__getattribute__(self, '_ft_ref'))

    def __eq__(self, other):
        if not isinstance(other, (ref, _native_ref)):
            return NotImplemented
        a = _referent(self)  # the referents, not what a subclass's __call__ answers (WeakMethod's bound method)
        b = _referent(other)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        r = self.__eq__(other)
        return r if r is NotImplemented else not r

    def __repr__(self):
        o = _referent(self)
        if o is None:
            return '<weakref at %#x; dead>' % id(self)
        name = getattr(o, '__name__', None)
        if isinstance(name, str):
            return "<weakref at %#x; to '%s' at %#x (%s)>" % (id(self), type(o).__name__, id(o), name)
        return "<weakref at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _referent(r):
    """The referent of a native reference or of an instance of a class deriving from ref (None once dead)."""
    if type(r) is _native_ref:
        return r()
    return object.__getattribute__(r, '_ft_ref')()


def getweakrefs(ob, natives):
    """The weak references to ob: the native ones as they are, a subclass instance's own in its place."""
    plain = []
    owned = []
    for r in natives:
        w = _owners.get(id(r))
        owner = w() if w is not None else None
        if owner is None:
            plain.append(r)
        else:
            owned.append(owner)
    return plain + owned
