# SPDX-License-Identifier: Apache-2.0
# dataclasses for ftpython: @dataclass (init, repr, eq, order, frozen, unsafe_hash, kw_only), field, fields, asdict,
# astuple, replace, is_dataclass, FrozenInstanceError, MISSING, KW_ONLY. CPython generates each class's methods as
# source text and compiles them; ftpython has no exec, so the methods here are generic functions driven by the
# class's field list (their errors carry CPython's messages).


class _MissingType:
    def __repr__(self):
        return 'MISSING'


MISSING = _MissingType()


class _KwOnlyType:
    def __repr__(self):
        return 'KW_ONLY'


KW_ONLY = _KwOnlyType()


class FrozenInstanceError(AttributeError):
    pass


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.kw_only = kw_only

    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,kw_only=%r)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                   self.compare, self.kw_only))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, kw_only)


def _is_mutable_default(value):
    return isinstance(value, (list, dict, set))


def _collect_fields(cls, kw_only_default):
    fields = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, '__dataclass_fields_list__', ()):
            fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    kw_only = kw_only_default
    for name, tp in annotations.items():
        if tp is KW_ONLY:
            kw_only = True
            continue
        default = cls.__dict__.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if _is_mutable_default(default):
                raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                                 % (type(default), name))
            f = field(default=default)
        f.name = name
        f.type = tp
        if f.kw_only is MISSING:
            f.kw_only = kw_only
        # the class attribute is the default itself (or nothing), as CPython leaves it
        if isinstance(default, Field):
            if f.default is MISSING:
                delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    return list(fields.values())


def _init_fields_order(flds):
    positional = [f for f in flds if f.init and not f.kw_only]
    keyword = [f for f in flds if f.init and f.kw_only]
    seen_default = None
    for f in positional:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument '%s' follows default argument '%s'" % (f.name, seen_default.name))
    return positional, keyword


def _make_init(cls, flds, frozen):
    positional, keyword = _init_fields_order(flds)
    qual = cls.__qualname__ + '.__init__'

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            raise TypeError('%s() takes %d positional argument%s but %d were given'
                            % (qual, len(positional) + 1, '' if not positional else 's', len(args) + 1))
        values = {}
        for f, v in zip(positional, args):
            values[f.name] = v
        for name in kwargs:
            if name in values:
                raise TypeError("%s() got multiple values for argument '%s'" % (qual, name))
        missing_pos = []
        missing_kw = []
        for f in positional + keyword:
            if f.name in values:
                continue
            if f.name in kwargs:
                values[f.name] = kwargs.pop(f.name)
            elif f.default is not MISSING:
                values[f.name] = f.default
            elif f.default_factory is not MISSING:
                values[f.name] = f.default_factory()
            elif f.kw_only:
                missing_kw.append(f.name)
            else:
                missing_pos.append(f.name)
        if kwargs:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qual, next(iter(kwargs))))
        for missing, kind in ((missing_pos, 'positional'), (missing_kw, 'keyword-only')):
            if missing:
                names = [repr(m) for m in missing]
                listed = names[0] if len(names) == 1 else (' and '.join(names) if len(names) == 2
                                                           else ', '.join(names[:-1]) + ', and ' + names[-1])
                raise TypeError('%s() missing %d required %s argument%s: %s'
                                % (qual, len(missing), kind, '' if len(missing) == 1 else 's', listed))
        for f in flds:
            if f.init:
                v = values[f.name]
            elif f.default is not MISSING:
                v = f.default
            elif f.default_factory is not MISSING:
                v = f.default_factory()
            else:
                continue
            if frozen:
                object.__setattr__(self, f.name, v)
            else:
                setattr(self, f.name, v)
        post = getattr(self, '__post_init__', None)
        if post is not None:
            post()
    return __init__


def _make_repr(flds):
    shown = [f for f in flds if f.repr]

    def __repr__(self):
        return '%s(%s)' % (type(self).__qualname__,
                           ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in shown))
    return __repr__


def _compared(self, flds):
    return tuple(getattr(self, f.name) for f in flds if f.compare)


def _make_eq(flds):
    def __eq__(self, other):
        if other.__class__ is self.__class__:
            return _compared(self, flds) == _compared(other, flds)
        return NotImplemented
    return __eq__


def _make_order(flds, op):
    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        a = _compared(self, flds)
        b = _compared(other, flds)
        if op == '<':
            return a < b
        if op == '<=':
            return a <= b
        if op == '>':
            return a > b
        return a >= b
    return compare


def _make_hash(flds):
    hashed = [f for f in flds if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hashed))
    return __hash__


def _frozen_setattr(self, name, value):
    raise FrozenInstanceError("cannot assign to field '%s'" % name)


def _frozen_delattr(self, name):
    raise FrozenInstanceError("cannot delete field '%s'" % name)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args=True):
    flds = _collect_fields(cls, kw_only)
    cls.__dataclass_fields_list__ = flds
    cls.__dataclass_fields__ = {f.name: f for f in flds}
    own = cls.__dict__
    if '__replace__' not in own:  # copy.replace (3.13)
        cls.__replace__ = _replace
    if init:
        cls.__init__ = _make_init(cls, flds, frozen)
    if repr and '__repr__' not in own:
        cls.__repr__ = _make_repr(flds)
    if eq and '__eq__' not in own:
        cls.__eq__ = _make_eq(flds)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            if name in own:
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering'
                                % (name, cls.__name__))
            setattr(cls, name, _make_order(flds, op))
    if frozen:
        cls.__setattr__ = _frozen_setattr
        cls.__delattr__ = _frozen_delattr
    has_own_hash = '__hash__' in own and own['__hash__'] is not None
    if unsafe_hash or eq and frozen:
        if not has_own_hash or unsafe_hash:
            cls.__hash__ = _make_hash(flds)
    elif eq and not has_own_hash:
        cls.__hash__ = None
    if match_args and '__match_args__' not in own:
        cls.__match_args__ = tuple(f.name for f in flds if f.init and not f.kw_only)
    return cls


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(c):
        c = _process_class(c, init, repr, eq, order, unsafe_hash, frozen, kw_only, match_args)
        if slots:
            c = _add_slots(c, weakref_slot)
        return c
    if cls is None:
        return wrap
    return wrap(cls)


def _add_slots(cls, weakref_slot):
    """slots=True: the class made again with __slots__ for its fields (so its instances have no __dict__), as
    CPython's dataclass does; the fields' defaults live in the Field objects, not in the class."""
    names = [f.name for f in cls.__dataclass_fields_list__]
    ns = dict(cls.__dict__)
    for name in names:
        ns.pop(name, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(getattr(base, '__slots__', ()))
    ns['__slots__'] = tuple(n for n in names if n not in inherited) + (('__weakref__',) if weakref_slot else ())
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    new.__qualname__ = cls.__qualname__
    return new


def fields(class_or_instance):
    flds = getattr(class_or_instance, '__dataclass_fields_list__', None)
    if flds is None:
        raise TypeError('must be called with a dataclass type or instance')
    return tuple(flds)


def is_dataclass(obj):
    return hasattr(obj, '__dataclass_fields_list__')


def _copy_value(v, conv):
    if is_dataclass(v) and not isinstance(v, type):
        return conv(v)
    if isinstance(v, list):
        return [_copy_value(x, conv) for x in v]
    if isinstance(v, tuple):
        return tuple(_copy_value(x, conv) for x in v)
    if isinstance(v, dict):
        return {_copy_value(k, conv): _copy_value(x, conv) for k, x in v.items()}
    return v


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('asdict() should be called on dataclass instances')
    return dict_factory([(f.name, _copy_value(getattr(obj, f.name), lambda o: asdict(o, dict_factory=dict_factory)))
                         for f in fields(obj)])


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('astuple() should be called on dataclass instances')
    return tuple_factory([_copy_value(getattr(obj, f.name), lambda o: astuple(o, tuple_factory=tuple_factory))
                          for f in fields(obj)])


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace(obj, **changes)


def _replace(obj, /, **changes):
    for f in fields(obj):
        if not f.init and f.name in changes:
            raise ValueError('field %s is declared with init=False, it cannot be specified with replace()' % f.name)
        if f.init and f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
