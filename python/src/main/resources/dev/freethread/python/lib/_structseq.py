# SPDX-License-Identifier: Apache-2.0
# _structseq: a private helper for ftpython's pure-Python pwd and grp modules.
# make_structseq() builds a tuple subclass that behaves like CPython's C-level
# "struct sequence" types (pwd.struct_passwd, grp.struct_group, time.struct_time,
# os.stat_result, ...): named read-only fields, invisible fields past the tuple's
# items, unnamed items, n_fields & co, repr, pickling, copy.replace(), and no
# subclassing.


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


class _Hidden(_Field):
    # A read-only field past the visible ones (time.struct_time's tm_zone, os.stat_result's st_atime): kept in the
    # instance's _hidden tuple, as CPython keeps them in the struct after its sequence items.
    __slots__ = ()
    __doc__ = _Field.__dict__['__doc__']  # the field's own docstring (a class body without one would set None)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj._hidden[self._index]


def make_structseq(module, name, fields, doc, n_sequence_fields=None, repr_name=None):
    """Create a struct sequence type, as CPython's PyStructSequence_NewType.

    fields is a sequence of (field_name, field_doc) pairs; the first n_sequence_fields (all by default) are the
    tuple's items, the rest are named fields reached only as attributes; a visible field named None is unnamed (an
    item with no attribute, os.stat_result's int times).
    """
    full = '%s.%s' % (module, name)
    shown = repr_name or full
    all_names = tuple(f for f, _ in fields)
    n_fields = len(all_names)
    size = n_fields if n_sequence_fields is None else n_sequence_fields
    names = all_names[:size]
    hidden = all_names[size:]
    n_unnamed = sum(1 for n in names if n is None)
    named = tuple(n for n in names if n is not None)
    if any(n is None for n in hidden):
        raise ValueError('an invisible field must have a name')

    def __new__(cls, *args, **kwargs):
        if len(args) + len(kwargs) > 2:
            raise TypeError('structseq() takes at most 2 arguments (%d given)'
                            % (len(args) + len(kwargs)))
        args = list(args)
        if not args and 'sequence' not in kwargs:
            raise TypeError("structseq() missing required argument "
                            "'sequence' (pos 1)")
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
        has_dict = len(args) > 1 or 'dict' in kwargs
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
        if has_dict and not isinstance(mapping, dict):
            raise TypeError('%s() takes a dict as second arg, if any' % shown)
        if len(items) < size:
            if size == n_fields:
                raise TypeError('%s() takes a %d-sequence (%d-sequence given)' % (shown, size, len(items)))
            raise TypeError('%s() takes an at least %d-sequence (%d-sequence given)' % (shown, size, len(items)))
        if len(items) > n_fields:
            if size == n_fields:
                raise TypeError('%s() takes a %d-sequence (%d-sequence given)' % (shown, size, len(items)))
            raise TypeError('%s() takes an at most %d-sequence (%d-sequence given)' % (shown, n_fields, len(items)))
        rest = list(items[size:])
        found = 0
        for field in hidden[len(rest):]:
            if mapping is not None and field in mapping:
                found += 1
                rest.append(mapping[field])
            else:
                rest.append(None)
        if mapping and found < len(mapping):
            raise TypeError('%s() got duplicate or unexpected field name(s)' % shown)
        self = tuple.__new__(cls, items[:size])
        if hidden:
            object.__setattr__(self, '_hidden', tuple(rest))
        return self

    members = tuple(n for n in all_names if n is not None)

    def __repr__(self):
        # CPython's: the visible items under the names of the members in order, unnamed fields skipped, so
        # os.stat_result's int times show under st_atime, st_mtime and st_ctime
        parts = ['%s=%r' % (n, v) for n, v in zip(members, tuple(self))]
        return '%s(%s)' % (shown, ', '.join(parts))

    def __reduce__(self):  # the invisible fields travel by name in the dict, as CPython's
        return (type(self), (tuple(self), dict(zip(hidden, self._hidden))))

    def __replace__(self, *args, **changes):
        if args:
            raise TypeError('__replace__() takes no positional arguments')
        if n_unnamed:
            raise TypeError('__replace__() is not supported for %s because it has unnamed field(s)' % shown)
        values = list(tuple(self)) + list(self._hidden)
        for i, n in enumerate(all_names):
            if n in changes:
                values[i] = changes.pop(n)
        if changes:
            raise TypeError('Got unexpected field name(s): %r'
                            % (list(changes),))
        return type(self)(values)

    def __setattr__(self, attr, value):
        if attr in all_names:
            raise AttributeError('readonly attribute')
        raise AttributeError("'%s' object has no attribute '%s' and no "
                             "__dict__ for setting new attributes"
                             % (full, attr))

    def __delattr__(self, attr):
        if attr in all_names:
            raise AttributeError('readonly attribute')
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (full, attr))

    @classmethod
    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '%s' is not an acceptable base type" % full)

    namespace = {
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
        'n_fields': n_fields,
        'n_unnamed_fields': n_unnamed,
        '__match_args__': named,
    }
    if not hidden:
        namespace['__slots__'] = ()
        namespace['_hidden'] = ()
    for i, (fname, fdoc) in enumerate(fields):
        if fname is None:
            continue
        if i < size:
            namespace[fname] = _Field(i, fname, full, fdoc)
        else:
            namespace[fname] = _Hidden(i - size, fname, full, fdoc)
    klass = type(name, (tuple,), namespace)
    return klass


def _type_name(obj):
    if isinstance(obj, type):
        if obj.__module__ in ('builtins', None):
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    return type(obj).__name__
