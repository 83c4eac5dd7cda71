# SPDX-License-Identifier: Apache-2.0
# _structseq: a private helper for ftpython's pure-Python pwd and grp modules.
# make_structseq() builds a tuple subclass that behaves like CPython's C-level
# "struct sequence" types (pwd.struct_passwd, grp.struct_group, ...): named
# read-only fields, n_fields & co, repr, pickling, copy.replace(), and no
# subclassing.  All fields are visible (no unnamed or hidden fields).


class _Field:
    # A read-only field of a struct sequence, shown like a C member.

    # (The docstring lives in a slot of its own, read through a property:
    # ftpython rejects '__doc__' in __slots__.)
    __slots__ = ('_index', '_name', '_owner', '_doc')

    def __init__(self, index, name, owner, doc):
        self._index = index
        self._name = name
        self._owner = owner
        self._doc = doc

    @property
    def __doc__(self):
        return self._doc

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return tuple.__getitem__(obj, self._index)

    def __set__(self, obj, value):
        raise AttributeError('readonly attribute')

    def __delete__(self, obj):
        raise AttributeError('readonly attribute')

    def __repr__(self):
        return "<member '%s' of '%s' objects>" % (self._name, self._owner)


def make_structseq(module, name, fields, doc):
    """Create a struct sequence type.

    fields is a sequence of (field_name, field_doc) pairs.
    """
    full = '%s.%s' % (module, name)
    names = tuple(f for f, _ in fields)
    size = len(names)

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError('structseq() takes at most 2 arguments (%d given)'
                            % (len(args) + len(kwargs)))
        args = list(args)
        for key in kwargs:
            if key not in ('sequence', 'dict'):
                raise TypeError("structseq() got an unexpected keyword "
                                "argument '%s'" % key)
        if 'sequence' in kwargs:
            if args:
                raise TypeError("argument for structseq() given by name "
                                "('sequence') and position (1)")
            args.append(kwargs['sequence'])
        if not args:
            raise TypeError("structseq() missing required argument "
                            "'sequence' (pos 1)")
        if 'dict' in kwargs:
            if len(args) > 1:
                raise TypeError("argument for structseq() given by name "
                                "('dict') and position (2)")
            args.append(kwargs['dict'])
        sequence = args[0]
        mapping = args[1] if len(args) > 1 else None
        if not isinstance(cls, type) or not issubclass(cls, klass):
            raise TypeError('%s.__new__(%s): %s is not a subtype of %s'
                            % (full, _type_name(cls), _type_name(cls), full))
        try:
            items = tuple(sequence)
        except TypeError:
            raise TypeError('constructor requires a sequence') from None
        if mapping is not None and not isinstance(mapping, dict):
            raise TypeError('%s() takes a dict as second arg, if any' % full)
        if len(items) != size:
            raise TypeError('%s() takes a %d-sequence (%d-sequence given)'
                            % (full, size, len(items)))
        if mapping:
            raise TypeError('%s() got duplicate or unexpected field name(s)'
                            % full)
        return tuple.__new__(cls, items)

    def __repr__(self):
        parts = ['%s=%r' % (n, v) for n, v in zip(names, tuple(self))]
        return '%s(%s)' % (full, ', '.join(parts))

    def __reduce__(self):
        return (type(self), (tuple(self), {}))

    def __replace__(self, *args, **changes):
        if args:
            raise TypeError('__replace__() takes no positional arguments')
        values = list(tuple(self))
        for i, n in enumerate(names):
            if n in changes:
                values[i] = changes.pop(n)
        if changes:
            raise TypeError('Got unexpected field name(s): %r'
                            % (list(changes),))
        return tuple.__new__(type(self), values)

    def __setattr__(self, attr, value):
        if attr in names:
            raise AttributeError('readonly attribute')
        raise AttributeError("'%s' object has no attribute '%s' and no "
                             "__dict__ for setting new attributes"
                             % (full, attr))

    def __delattr__(self, attr):
        if attr in names:
            raise AttributeError('readonly attribute')
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (full, attr))

    @classmethod
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '%s' is not an acceptable base type" % full)

    namespace = {
        '__slots__': (),
        '__new__': __new__,
        '__repr__': __repr__,
        '__reduce__': __reduce__,
        '__replace__': __replace__,
        '__setattr__': __setattr__,
        '__delattr__': __delattr__,
        '__init_subclass__': __init_subclass__,
        '__doc__': doc,
        '__module__': module,
        '__qualname__': name,
        'n_sequence_fields': size,
        'n_fields': size,
        'n_unnamed_fields': 0,
        '__match_args__': names,
    }
    for i, (fname, fdoc) in enumerate(fields):
        namespace[fname] = _Field(i, fname, full, fdoc)
    klass = type(name, (tuple,), namespace)
    return klass


def _type_name(obj):
    if isinstance(obj, type):
        if obj.__module__ in ('builtins', None):
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    return type(obj).__name__
