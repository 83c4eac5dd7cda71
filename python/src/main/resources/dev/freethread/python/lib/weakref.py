# SPDX-License-Identifier: Apache-2.0
# weakref for ftpython: ref (the toolkit's weak reference, _weakref), and in Python, as CPython's Lib/weakref.py
# builds them: WeakValueDictionary, WeakKeyDictionary, WeakSet, WeakMethod, finalize and proxy.
#
# The containers remove an entry from the callback of its weak reference, which runs on the thread that freed the
# referent. While a thread iterates a container, removals are deferred and made when the last iteration ends, so an
# iteration never meets a dict that changed size (CPython's _IterationGuard). Like CPython's, the containers are not
# locked: share one between threads only under a lock of your own.
import sys
import _thread
import _weakref
from _weakref import ref, ReferenceType, getweakrefcount
import operator as _operator

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "WeakKeyDictionary", "ReferenceType", "ProxyType",
           "CallableProxyType", "ProxyTypes", "WeakValueDictionary", "WeakSet", "WeakMethod", "finalize"]


class _IterationGuard:
    """Defers the container's removals while it is iterated (nested iterations count)."""

    def __init__(self, container):
        self._container = container

    def __enter__(self):
        self._container._iterating += 1
        return self

    def __exit__(self, e, t, b):
        c = self._container
        c._iterating -= 1
        if c._iterating == 0:
            c._commit_removals()


class WeakValueDictionary:
    """A mapping whose values are held weakly: an entry goes away when its value is freed."""

    def __init__(self, other=(), /, **kw):
        self.data = {}
        self._iterating = 0
        self._pending_removals = []
        selfref = ref(self)
        self._selfref = selfref
        if other or kw:
            self.update(other, **kw)

    def _make_ref(self, key, value):
        selfref = self._selfref

        def remove(wr, key=key):
            d = selfref()
            if d is not None:
                if d._iterating:
                    d._pending_removals.append((key, wr))
                else:
                    d._remove_dead(key, wr)
        return ref(value, remove)

    def _remove_dead(self, key, wr):
        # only the dead reference itself: the key may hold a newer value by now
        if self.data.get(key) is wr:
            del self.data[key]

    def _commit_removals(self):
        pending = self._pending_removals
        self._pending_removals = []
        for key, wr in pending:
            self._remove_dead(key, wr)

    def __getitem__(self, key):
        o = self.data[key]()
        if o is None:
            raise KeyError(key)
        return o

    def __delitem__(self, key):
        if self._pending_removals:
            self._commit_removals()
        del self.data[key]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __contains__(self, key):
        try:
            o = self.data[key]()
        except KeyError:
            return False
        return o is not None

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        if self._pending_removals:
            self._commit_removals()
        self.data[key] = self._make_ref(key, value)

    def copy(self):
        if self._pending_removals:
            self._commit_removals()
        new = WeakValueDictionary()
        with _IterationGuard(self):
            for key, wr in list(self.data.items()):
                o = wr()
                if o is not None:
                    new[key] = o
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for key, wr in list(self.data.items()):
                o = wr()
                if o is not None:
                    new[deepcopy(key, memo)] = o
        return new

    def get(self, key, default=None):
        try:
            wr = self.data[key]
        except KeyError:
            return default
        o = wr()
        return default if o is None else o

    def items(self):
        with _IterationGuard(self):
            for k, wr in list(self.data.items()):
                v = wr()
                if v is not None:
                    yield k, v

    def keys(self):
        with _IterationGuard(self):
            for k, wr in list(self.data.items()):
                if wr() is not None:
                    yield k

    __iter__ = keys

    def itervaluerefs(self):
        with _IterationGuard(self):
            yield from list(self.data.values())

    def valuerefs(self):
        if self._pending_removals:
            self._commit_removals()
        return list(self.data.values())

    def values(self):
        with _IterationGuard(self):
            for wr in list(self.data.values()):
                o = wr()
                if o is not None:
                    yield o

    def popitem(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            key, wr = self.data.popitem()
            o = wr()
            if o is not None:
                return key, o

    _MISSING = object()

    def pop(self, key, *args):
        if self._pending_removals:
            self._commit_removals()
        try:
            o = self.data.pop(key)()
        except KeyError:
            o = None
        if o is None:
            if args:
                return args[0]
            raise KeyError(key)
        return o

    def setdefault(self, key, default=None):
        try:
            o = self.data[key]()
        except KeyError:
            o = None
        if o is None:
            if self._pending_removals:
                self._commit_removals()
            self.data[key] = self._make_ref(key, default)
            return default
        return o

    def update(self, other=None, /, **kwargs):
        if self._pending_removals:
            self._commit_removals()
        if other is not None:
            if not hasattr(other, "items"):
                other = dict(other)
            for key, o in other.items():
                self.data[key] = self._make_ref(key, o)
        for key, o in kwargs.items():
            self.data[key] = self._make_ref(key, o)

    def clear(self):
        self._pending_removals = []
        self.data.clear()

    def __eq__(self, other):
        return _mapping_eq(self, other)

    __hash__ = None
    __reversed__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, WeakValueDictionary)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakKeyDictionary:
    """A mapping whose keys are held weakly: an entry goes away when its key is freed."""

    def __init__(self, dict=None):
        self.data = {}
        self._iterating = 0
        self._pending_removals = []
        selfref = ref(self)

        def remove(k):
            d = selfref()
            if d is not None:
                if d._iterating:
                    d._pending_removals.append(k)
                else:
                    try:
                        del d.data[k]
                    except KeyError:
                        pass
        self._remove = remove
        if dict is not None:
            self.update(dict)

    def _commit_removals(self):
        pending = self._pending_removals
        self._pending_removals = []
        for k in pending:
            try:
                del self.data[k]
            except KeyError:
                pass

    def __delitem__(self, key):
        del self.data[ref(key)]

    def __getitem__(self, key):
        return self.data[ref(key)]

    def __len__(self):
        if self._pending_removals:
            self._commit_removals()
        return len(self.data)

    def __repr__(self):
        return "<%s at %#x>" % (self.__class__.__name__, id(self))

    def __setitem__(self, key, value):
        self.data[ref(key, self._remove)] = value

    def copy(self):
        new = WeakKeyDictionary()
        with _IterationGuard(self):
            for key, value in list(self.data.items()):
                o = key()
                if o is not None:
                    new[o] = value
        return new

    __copy__ = copy

    def __deepcopy__(self, memo):
        from copy import deepcopy
        new = self.__class__()
        with _IterationGuard(self):
            for key, value in list(self.data.items()):
                o = key()
                if o is not None:
                    new[o] = deepcopy(value, memo)
        return new

    def get(self, key, default=None):
        return self.data.get(ref(key), default)

    def __contains__(self, key):
        try:
            wr = ref(key)
        except TypeError:
            return False
        return wr in self.data

    def items(self):
        with _IterationGuard(self):
            for wr, value in list(self.data.items()):
                key = wr()
                if key is not None:
                    yield key, value

    def keys(self):
        with _IterationGuard(self):
            for wr in list(self.data):
                obj = wr()
                if obj is not None:
                    yield obj

    __iter__ = keys

    def values(self):
        with _IterationGuard(self):
            for wr, value in list(self.data.items()):
                if wr() is not None:
                    yield value

    def keyrefs(self):
        return list(self.data)

    def popitem(self):
        while True:
            key, value = self.data.popitem()
            o = key()
            if o is not None:
                return o, value

    def pop(self, key, *args):
        return self.data.pop(ref(key), *args)

    def setdefault(self, key, default=None):
        return self.data.setdefault(ref(key, self._remove), default)

    def update(self, dict=None, /, **kwargs):
        d = self.data
        if dict is not None:
            if not hasattr(dict, "items"):
                dict = type({})(dict)
            for key, value in dict.items():
                d[ref(key, self._remove)] = value
        if len(kwargs):
            self.update(kwargs)

    def clear(self):
        self._pending_removals = []
        self.data.clear()

    def __eq__(self, other):
        return _mapping_eq(self, other)

    __hash__ = None
    __reversed__ = None

    def __ior__(self, other):
        self.update(other)
        return self

    def __or__(self, other):
        if isinstance(other, (dict, WeakKeyDictionary)):
            c = self.copy()
            c.update(other)
            return c
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, (dict, WeakKeyDictionary)):
            c = self.__class__()
            c.update(other)
            c.update(self)
            return c
        return NotImplemented


class WeakSet:
    """A set whose elements are held weakly: an element goes away when it is freed."""

    def __init__(self, data=None):
        self.data = set()
        self._iterating = 0
        self._pending_removals = []
        selfref = ref(self)

        def remove(item):
            s = selfref()
            if s is not None:
                if s._iterating:
                    s._pending_removals.append(item)
                else:
                    s.data.discard(item)
        self._remove = remove
        if data is not None:
            self.update(data)

    def _commit_removals(self):
        pending = self._pending_removals
        self._pending_removals = []
        for item in pending:
            self.data.discard(item)

    def __iter__(self):
        with _IterationGuard(self):
            for itemref in list(self.data):
                item = itemref()
                if item is not None:
                    yield item

    def __len__(self):
        return len(self.data) - len(self._pending_removals)

    def __contains__(self, item):
        try:
            wr = ref(item)
        except TypeError:
            return False
        return wr in self.data

    def __repr__(self):
        return repr(self.data)  # the set of weak references, as CPython's

    def add(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.add(ref(item, self._remove))

    def clear(self):
        if self._pending_removals:
            self._commit_removals()
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def pop(self):
        if self._pending_removals:
            self._commit_removals()
        while True:
            try:
                itemref = self.data.pop()
            except KeyError:
                raise KeyError('pop from empty WeakSet') from None
            item = itemref()
            if item is not None:
                return item

    def remove(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.remove(ref(item))

    def discard(self, item):
        if self._pending_removals:
            self._commit_removals()
        self.data.discard(ref(item))

    def update(self, other):
        if self._pending_removals:
            self._commit_removals()
        for element in other:
            self.add(element)

    def __ior__(self, other):
        self.update(other)
        return self

    def difference(self, other):
        newset = self.copy()
        newset.difference_update(other)
        return newset

    __sub__ = difference

    def difference_update(self, other):
        self.__isub__(other)

    def __isub__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.difference_update(ref(item) for item in other)
        return self

    def intersection(self, other):
        return self.__class__(item for item in other if item in self)

    __and__ = intersection

    def intersection_update(self, other):
        self.__iand__(other)

    def __iand__(self, other):
        if self._pending_removals:
            self._commit_removals()
        self.data.intersection_update(ref(item) for item in other)
        return self

    def issubset(self, other):
        return self.data.issubset(ref(item) for item in other)

    __le__ = issubset

    def __lt__(self, other):
        return self.data < set(map(ref, other))

    def issuperset(self, other):
        return self.data.issuperset(ref(item) for item in other)

    __ge__ = issuperset

    def __gt__(self, other):
        return self.data > set(map(ref, other))

    def __eq__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.data == set(map(ref, other))

    __hash__ = None

    def symmetric_difference(self, other):
        newset = self.copy()
        newset.symmetric_difference_update(other)
        return newset

    __xor__ = symmetric_difference

    def symmetric_difference_update(self, other):
        self.__ixor__(other)

    def __ixor__(self, other):
        if self._pending_removals:
            self._commit_removals()
        if self is other:
            self.data.clear()
        else:
            self.data.symmetric_difference_update(ref(item, self._remove) for item in other)
        return self

    def union(self, other):
        return self.__class__(e for s in (self, other) for e in s)

    __or__ = union

    def isdisjoint(self, other):
        return len(self.intersection(other)) == 0


def getweakrefs(object):
    """The weak reference and proxy objects that refer to object (a new list)."""
    natives = _proxies_for_their_refs(_weakref._refs_to(object))
    subclassed = sys.modules.get('_pyweakref')  # loaded once a class derived from ref
    return subclassed.getweakrefs(object, natives) if subclassed is not None else natives


class WeakMethod(ref):
    """A weak reference to a bound method: it lives while both the object and the function do, and calling it makes
    the bound method again (or answers None). A ref subclass, as CPython's: the reference is to the object."""

    __slots__ = "_func_ref", "_meth_type", "_alive", "__weakref__"

    def __new__(cls, meth, callback=None):
        try:
            obj = meth.__self__
            func = meth.__func__
        except AttributeError:
            raise TypeError("argument should be a bound method, not {}".format(type(meth))) from None

        def _cb(arg):
            # The self-weakref trick is needed to avoid creating a reference cycle.
            self = self_wr()
            if self._alive:
                self._alive = False
                if callback is not None:
                    callback(self)
        self = ref.__new__(cls, obj, _cb)
        self._func_ref = ref(func, _cb)
        self._meth_type = type(meth)
        self._alive = True
        self_wr = ref(self)
        return self

    def __call__(self):
        obj = super().__call__()
        func = self._func_ref()
        if obj is None or func is None:
            return None
        return self._meth_type(func, obj)

    def __eq__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is other
            return super().__eq__(other) and self._func_ref == other._func_ref
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, WeakMethod):
            if not self._alive or not other._alive:
                return self is not other
            return super().__ne__(other) or self._func_ref != other._func_ref
        return NotImplemented

    def __hash__(self):
        return super().__hash__()


def _proxied(p):
    o = p.__dict__["_ref"]()
    if o is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return o


class _ProxyCallback:
    """The callback of a proxy's own weak reference: calls the user's callback, if any, with the proxy. It also marks
    that reference as a proxy's, so getweakrefs shows the proxy in its place."""

    __slots__ = ("proxy", "callback")

    def __init__(self, proxy, callback):
        self.proxy = ref(proxy)
        self.callback = callback

    def __call__(self, r):
        p = self.proxy()
        if self.callback is not None and p is not None:
            self.callback(p)


class ProxyType:
    """A weak proxy: attribute access, item access and the operators go to the referent while it lives, and raise
    ReferenceError after (weakref.proxy)."""

    def __init__(self, obj, callback=None):
        # in the instance's dict directly: attribute assignment goes to the referent. Always a reference of its own,
        # with a _ProxyCallback, never the shared basic ref: it stands for this proxy in getweakrefcount and
        # getweakrefs, as CPython's proxy is itself one of the referent's weak references.
        self.__dict__["_ref"] = ref(obj, _ProxyCallback(self, callback))

    def __getattr__(self, name):
        return getattr(_proxied(self), name)

    def __setattr__(self, name, value):
        setattr(_proxied(self), name, value)

    def __delattr__(self, name):
        delattr(_proxied(self), name)

    def __repr__(self):
        o = self.__dict__["_ref"]()
        if o is None:
            return "<weakproxy at %#x; dead>" % id(self)
        return "<weakproxy at %#x; to '%s' at %#x>" % (id(self), type(o).__name__, id(o))

    def __str__(self):
        return str(_proxied(self))

    def __bool__(self):
        return bool(_proxied(self))

    def __len__(self):
        return len(_proxied(self))

    def __iter__(self):
        return iter(_proxied(self))

    def __next__(self):
        o = _proxied(self)
        if not hasattr(type(o), '__next__'):  # bpo-44720: never next() of a non-iterator
            raise TypeError("Weakref proxy referenced a non-iterator '%s' object" % type(o).__name__)
        return next(o)

    def __reversed__(self):
        return _proxied(self).__reversed__()

    def __bytes__(self):
        return bytes(_proxied(self))

    def __contains__(self, item):
        return item in _proxied(self)

    def __getitem__(self, key):
        return _proxied(self)[key]

    def __setitem__(self, key, value):
        _proxied(self)[key] = value

    def __delitem__(self, key):
        del _proxied(self)[key]

    def __eq__(self, other):
        return _proxied(self) == _unwrap(other)

    def __ne__(self, other):
        return _proxied(self) != _unwrap(other)

    def __lt__(self, other):
        return _proxied(self) < _unwrap(other)

    def __le__(self, other):
        return _proxied(self) <= _unwrap(other)

    def __gt__(self, other):
        return _proxied(self) > _unwrap(other)

    def __ge__(self, other):
        return _proxied(self) >= _unwrap(other)

    __hash__ = None

    def __neg__(self):
        return -_proxied(self)

    def __pos__(self):
        return +_proxied(self)

    def __abs__(self):
        return abs(_proxied(self))

    def __invert__(self):
        return ~_proxied(self)

    def __int__(self):
        return int(_proxied(self))

    def __float__(self):
        return float(_proxied(self))

    def __index__(self):
        return _operator.index(_proxied(self))


def _unwrap(o):
    """A proxy's referent (ReferenceError if it died), anything else itself: CPython's proxy operators unwrap both
    operands."""
    return _proxied(o) if type(o) in ProxyTypes else o


def _proxy_operators():
    # Each binary operator in its three forms, as CPython's proxy defines them (WRAP_BINARY, INPLACE): both operands
    # unwrapped; an in-place one returns what the referent's in-place operator returns (so p //= 2 rebinds p to it).
    for name in ('add', 'sub', 'mul', 'matmul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and',
                 'xor', 'or'):
        op = getattr(_operator, name + '_' if name in ('and', 'or') else name)
        iop = getattr(_operator, 'i' + name)

        def binary(self, other, op=op):
            return op(_proxied(self), _unwrap(other))

        def reflected(self, other, op=op):
            return op(_unwrap(other), _proxied(self))

        def inplace(self, other, iop=iop):
            return iop(_proxied(self), _unwrap(other))

        for fn, dunder in ((binary, '__%s__'), (reflected, '__r%s__'), (inplace, '__i%s__')):
            fn.__name__ = fn.__qualname__ = dunder % name
            setattr(ProxyType, dunder % name, fn)

    def divmod_(self, other):
        return divmod(_proxied(self), _unwrap(other))

    def rdivmod(self, other):
        return divmod(_unwrap(other), _proxied(self))
    ProxyType.__divmod__ = divmod_
    ProxyType.__rdivmod__ = rdivmod


class CallableProxyType(ProxyType):
    """A weak proxy to a callable object."""

    def __call__(self, *args, **kwargs):
        return _proxied(self)(*args, **kwargs)


ProxyTypes = (ProxyType, CallableProxyType)
_proxy_operators()


# id(referent) -> its proxy without a callback (weakly held): CPython hands out that one proxy again, as it does the
# basic ref; a stale entry (the referent died and another object got its id) is told apart by its dead ref. Two
# threads proxying one object at once may each make one (the last stored is handed out after): harmless, since
# proxies of one referent compare equal and behave alike.
_basic_proxies = None


def proxy(obj, callback=None):
    """A proxy to obj that holds it weakly (CallableProxyType if obj is callable); without a callback, the same
    proxy each time while it lives, as CPython's."""
    global _basic_proxies
    ref(obj)  # TypeError for an object that cannot be weakly referenced, as CPython's
    kind = CallableProxyType if callable(obj) else ProxyType
    if callback is not None:
        return kind(obj, callback)
    if _basic_proxies is None:
        _basic_proxies = WeakValueDictionary()
    p = _basic_proxies.get(id(obj))
    if p is not None and type(p) is kind and p.__dict__["_ref"]() is obj:
        return p
    p = kind(obj, None)
    _basic_proxies[id(obj)] = p
    return p


def _proxies_for_their_refs(refs):
    """The list with each proxy's own reference replaced by the proxy (one whose proxy died meanwhile left out), in
    CPython's order: the basic ref, then the basic proxy (a proxy without a callback), then the rest newest first."""
    out = []
    basic_proxy = None
    for r in refs:
        cb = r.__callback__
        if type(cb) is _ProxyCallback:
            p = cb.proxy()
            if p is None:
                continue
            if cb.callback is None and basic_proxy is None:
                basic_proxy = p
                continue
            out.append(p)
        else:
            out.append(r)
    if basic_proxy is not None:
        at = 1 if out and type(out[0]) is ref and out[0].__callback__ is None else 0
        out.insert(at, basic_proxy)
    return out


class finalize:
    """A finalizer: calls func(*args, **kwargs) once, when obj is freed, when the finalizer is called, or at exit
    (if atexit is true, the default), whichever comes first; alive until then."""

    __slots__ = ()
    _registry = {}
    _shutdown = False
    _index_iter = None
    _dirty = False
    _registered_with_atexit = False

    class _Info:
        __slots__ = ("weakref", "func", "args", "kwargs", "atexit", "index")

    def __init__(self, obj, func, /, *args, **kwargs):
        if not finalize._registered_with_atexit:
            import atexit
            atexit.register(finalize._exitfunc)
            finalize._registered_with_atexit = True
        info = finalize._Info()
        info.weakref = ref(obj, self)
        info.func = func
        info.args = args
        info.kwargs = kwargs or None
        info.atexit = True
        info.index = finalize._next_index()
        finalize._registry[self] = info
        finalize._dirty = True

    _index_lock = _thread.allocate_lock()

    @staticmethod
    def _next_index():
        # finalizers made on several threads at once each get their own index (the exit order is by index)
        with finalize._index_lock:
            i = finalize._index_iter
            finalize._index_iter = 1 if i is None else i + 1
            return finalize._index_iter

    def __call__(self, _=None):
        """Calls the function now, if the finalizer is alive; answers its result (None if dead)."""
        info = finalize._registry.pop(self, None)
        if info and not finalize._shutdown:
            return info.func(*info.args, **(info.kwargs or {}))

    def detach(self):
        """(obj, func, args, kwargs) if alive, and kills the finalizer; else None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None and finalize._registry.pop(self, None):
            return (obj, info.func, info.args, info.kwargs or {})

    def peek(self):
        """(obj, func, args, kwargs) if alive, else None."""
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is not None:
            return (obj, info.func, info.args, info.kwargs or {})

    @property
    def alive(self):
        """Whether the finalizer is alive."""
        return self in finalize._registry

    @property
    def atexit(self):
        """Whether the finalizer runs at exit if still alive."""
        info = finalize._registry.get(self)
        return bool(info) and info.atexit

    @atexit.setter
    def atexit(self, value):
        info = finalize._registry.get(self)
        if info:
            info.atexit = bool(value)

    def __repr__(self):
        info = finalize._registry.get(self)
        obj = info and info.weakref()
        if obj is None:
            return '<%s object at %#x; dead>' % (type(self).__name__, id(self))
        return '<%s object at %#x; for %r at %#x>' % (type(self).__name__, id(self), type(obj).__name__, id(obj))

    @staticmethod
    def _select_for_exit():
        # the finalizers that run at exit, newest first
        L = [(f, i) for (f, i) in finalize._registry.items() if i.atexit]
        L.sort(key=lambda item: item[1].index)
        return [f for (f, i) in L]

    @staticmethod
    def _exitfunc():
        try:
            if finalize._registry:
                pending = None
                while True:
                    if pending is None or finalize._dirty:
                        pending = finalize._select_for_exit()
                        finalize._dirty = False
                    if not pending:
                        break
                    f = pending.pop()
                    try:
                        f()
                    except Exception:
                        sys.excepthook(*sys.exc_info())
                    assert f not in finalize._registry
        finally:
            finalize._shutdown = True


def _mapping_eq(self, other):
    # Mapping's __eq__, for both weak dictionaries
    if isinstance(other, (dict, WeakValueDictionary, WeakKeyDictionary)) or _is_mapping(other):
        return dict(self.items()) == dict(other.items())
    return NotImplemented


def _is_mapping(o):
    import _collections_abc
    return isinstance(o, _collections_abc.Mapping)


def _register_abcs():
    # CPython's weak containers derive from MutableMapping and MutableSet; registered here, as isinstance sees them
    import _collections_abc
    _collections_abc.MutableMapping.register(WeakValueDictionary)
    _collections_abc.MutableMapping.register(WeakKeyDictionary)
    _collections_abc.MutableSet.register(WeakSet)


_register_abcs()
