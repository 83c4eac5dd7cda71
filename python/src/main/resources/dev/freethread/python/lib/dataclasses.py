# SPDX-License-Identifier: Apache-2.0
# dataclasses for ftpython, after CPython 3.13's behaviour: @dataclass (init, repr, eq, order, unsafe_hash, frozen,
# match_args, kw_only, slots, weakref_slot), field (with metadata), fields, asdict, astuple, replace, is_dataclass,
# make_dataclass, FrozenInstanceError, MISSING, KW_ONLY, InitVar, and ClassVar pseudo-fields (also written as
# strings, under `from __future__ import annotations`). __init__ is generated as source text and compiled, as
# CPython's is (its signature and speed are a hand-written one's); the other methods are generic functions driven by
# the class's field list, and their errors carry CPython's messages.
import copy as _copy
import sys as _sys
import re as _re
import types as _types
import _thread
from reprlib import recursive_repr as _recursive_repr

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING', 'fields',
           'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE('_FIELD')
_FIELD_CLASSVAR = _FIELD_BASE('_FIELD_CLASSVAR')
_FIELD_INITVAR = _FIELD_BASE('_FIELD_INITVAR')

_EMPTY_METADATA = _types.MappingProxyType({})


class InitVar:
    """An init-only pseudo-field: passed to __init__ and on to __post_init__, never stored."""

    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            type_name = repr(self.type)
        return 'dataclasses.InitVar[%s]' % type_name

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare', 'metadata',
                 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = _EMPTY_METADATA if metadata is None else _types.MappingProxyType(metadata)
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr()
    def __repr__(self):
        return ('Field(name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,compare=%r,'
                'metadata=%r,kw_only=%r,_field_type=%s)'
                % (self.name, self.type, self.default, self.default_factory, self.init, self.repr, self.hash,
                   self.compare, self.metadata, self.kw_only, self._field_type))

    def __set_name__(self, owner, name):
        func = getattr(type(self.default), '__set_name__', None)
        if func:
            func(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen', 'match_args', 'kw_only', 'slots',
                 'weakref_slot')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen
        self.match_args = match_args
        self.kw_only = kw_only
        self.slots = slots
        self.weakref_slot = weakref_slot

    def __repr__(self):
        return ('_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r,match_args=%r,'
                'kw_only=%r,slots=%r,weakref_slot=%r)'
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen, self.match_args,
                   self.kw_only, self.slots, self.weakref_slot))


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    """Describes one field: its default (or a factory for one), and whether __init__, __repr__, comparison and the
    hash take part in it."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


# ---- what an annotation says: a ClassVar, an InitVar, KW_ONLY (also as strings: PEP 563)

_MODULE_IDENTIFIER_RE = _re.compile(r'^(?:\s*(\w+)\s*\.)?\s*(\w+)')


def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is typing._GenericAlias and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether a string annotation names a_type: 'ClassVar[int]' where the class's module has ClassVar from typing,
    or 'typing.ClassVar[int]' where it has typing imported (CPython's rule: no evaluation)."""
    match = _MODULE_IDENTIFIER_RE.match(annotation)
    if match:
        ns = None
        module_name = match.group(1)
        if not module_name:
            ns = getattr(_sys.modules.get(cls.__module__), '__dict__', None)
        else:
            module = _sys.modules.get(cls.__module__)
            if module and getattr(module, '__dict__', {}).get(module_name) is a_module:
                ns = _sys.modules.get(cls.__module__).__dict__
                ns = {match.group(2): getattr(a_module, match.group(2), None)}
        if ns and is_type_predicate(ns.get(match.group(2)), a_module):
            return True
    return False


def _is_unhashable(value):
    # CPython's test is the class's __hash__ being None; ftpython's built-in mutable types answer a method there
    cls = value.__class__
    return cls.__hash__ is None or (isinstance(value, (list, dict, set, bytearray))
                                    and not any('__hash__' in c.__dict__ and c.__dict__['__hash__'] is not None
                                                and '__module__' in c.__dict__ for c in cls.__mro__))


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _types.MemberDescriptorType if hasattr(_types, 'MemberDescriptorType') else ()):
            default = MISSING
        f = field(default=default)
    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD
    typing = _sys.modules.get('typing')
    if typing:
        if _is_classvar(a_type, typing) or (isinstance(f.type, str)
                                            and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar)):
            f._field_type = _FIELD_CLASSVAR
    if f._field_type is _FIELD:
        dataclasses = _sys.modules[__name__]
        if _is_initvar(a_type, dataclasses) or (isinstance(f.type, str)
                                                and _is_type(f.type, cls, dataclasses, dataclasses.InitVar,
                                                             _is_initvar)):
            f._field_type = _FIELD_INITVAR
    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError('field %s cannot have a default factory' % f.name)
    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError('field %s is a ClassVar but specifies kw_only' % f.name)
    if f._field_type is _FIELD and _is_unhashable(f.default):
        raise ValueError('mutable default %s for field %s is not allowed: use default_factory'
                         % (type(f.default), f.name))
    return f


def _fields_in_init_order(flds):
    return (tuple(f for f in flds if f.init and not f.kw_only), tuple(f for f in flds if f.init and f.kw_only))


# ---- the generated methods

def _make_init(cls, std_fields, kw_only_fields, all_fields, frozen, has_post_init, slots=False):
    """CPython's _init_fn: the __init__ is generated as source and compiled (exec), so it has the fields' real
    signature (inspect.signature, the class's docstring, the call's own argument errors) and runs as fast as a
    hand-written one."""
    seen_default = None
    for f in std_fields:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = f
        elif seen_default is not None:
            raise TypeError("non-default argument '%s' follows default argument '%s'" % (f.name, seen_default.name))
    names = {'__dataclass_HAS_DEFAULT_FACTORY__': _HAS_DEFAULT_FACTORY,
             '__dataclass_builtins_object__': object, '__dataclass_return_type__': None}
    self_name = '__dataclass_self__' if 'self' in [f.name for f in all_fields] else 'self'

    def param(f):
        names['__dataclass_type_%s__' % f.name] = f.type
        if f.default is MISSING and f.default_factory is MISSING:
            return '%s:__dataclass_type_%s__' % (f.name, f.name)
        if f.default is not MISSING:
            names['__dataclass_dflt_%s__' % f.name] = f.default
            return '%s:__dataclass_type_%s__=__dataclass_dflt_%s__' % (f.name, f.name, f.name)
        return '%s:__dataclass_type_%s__=__dataclass_HAS_DEFAULT_FACTORY__' % (f.name, f.name)

    params = [self_name] + [param(f) for f in std_fields]
    if kw_only_fields:
        params += ['*'] + [param(f) for f in kw_only_fields]
    body = []
    for f in all_fields:
        if f._field_type is not _FIELD and f._field_type is not _FIELD_INITVAR:
            continue
        default_name = '__dataclass_dflt_%s__' % f.name
        if f.default_factory is not MISSING:
            names[default_name] = f.default_factory
            value = ('%s() if %s is __dataclass_HAS_DEFAULT_FACTORY__ else %s' % (default_name, f.name, f.name)
                     if f.init else '%s()' % default_name)
        elif f.init:
            value = f.name
        elif slots and f.default is not MISSING:  # no class attribute holds the default under slots
            names[default_name] = f.default
            value = default_name
        else:
            continue  # the class attribute holds the default, if any
        if f._field_type is _FIELD_INITVAR:
            continue
        if frozen:
            body.append('__dataclass_builtins_object__.__setattr__(%s,%r,%s)' % (self_name, f.name, value))
        else:
            body.append('%s.%s=%s' % (self_name, f.name, value))
    if has_post_init:
        body.append('%s.__post_init__(%s)' % (self_name, ','.join(f.name for f in all_fields
                                                                   if f._field_type is _FIELD_INITVAR)))
    if not body:
        body = ['pass']
    local_names = ', '.join(names)
    src = ('def __create_fn__(%s):\n'
           ' def __init__(%s)->__dataclass_return_type__:\n'
           '%s\n'
           ' return __init__\n') % (local_names, ','.join(params), '\n'.join('  ' + line for line in body))
    module = _sys.modules.get(cls.__module__)
    ns = {}
    exec(src, module.__dict__ if module is not None else {}, ns)
    fn = ns['__create_fn__'](**names)
    fn.__qualname__ = cls.__qualname__ + '.__init__'
    return fn


def _make_repr(cls, flds):
    shown = [f for f in flds if f.repr]
    running = set()

    def __repr__(self):
        key = (id(self), _thread.get_ident())
        if key in running:  # a dataclass that holds itself, as reprlib.recursive_repr answers
            return '...'
        running.add(key)
        try:
            return '%s(%s)' % (self.__class__.__qualname__,
                               ', '.join('%s=%r' % (f.name, getattr(self, f.name)) for f in shown))
        finally:
            running.discard(key)
    __repr__.__qualname__ = cls.__qualname__ + '.__repr__'
    __repr__._dataclass_repr = True  # pprint prints such an instance field by field, as CPython's does
    return __repr__


def _compared(self, flds):
    return tuple(getattr(self, f.name) for f in flds)


def _make_eq(cls, flds):
    compared = [f for f in flds if f.compare]

    def __eq__(self, other):
        if self is other:
            return True
        if other.__class__ is self.__class__:
            return _compared(self, compared) == _compared(other, compared)
        return NotImplemented
    __eq__.__qualname__ = cls.__qualname__ + '.__eq__'
    return __eq__


def _make_order(cls, flds, name):
    compared = [f for f in flds if f.compare]

    def compare(self, other):
        if other.__class__ is not self.__class__:
            return NotImplemented
        a = _compared(self, compared)
        b = _compared(other, compared)
        if name == '__lt__':
            return a < b
        if name == '__le__':
            return a <= b
        if name == '__gt__':
            return a > b
        return a >= b
    compare.__name__ = name
    compare.__qualname__ = cls.__qualname__ + '.' + name
    return compare


def _make_hash(cls, flds):
    hashed = [f for f in flds if (f.compare if f.hash is None else f.hash)]

    def __hash__(self):
        return hash(tuple(getattr(self, f.name) for f in hashed))
    __hash__.__qualname__ = cls.__qualname__ + '.__hash__'
    return __hash__


def _make_frozen(cls, field_names):
    def __setattr__(self, name, value):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot assign to field %r' % (name,))
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in field_names:
            raise FrozenInstanceError('cannot delete field %r' % (name,))
        super(cls, self).__delattr__(name)
    __setattr__.__qualname__ = cls.__qualname__ + '.__setattr__'
    __delattr__.__qualname__ = cls.__qualname__ + '.__delattr__'
    return __setattr__, __delattr__


# ---- making the class

def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    setattr(cls, name, value)
    return False


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots, weakref_slot):
    fields = {}
    cls.__dataclass_params__ = _DataclassParams(init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                                                slots, weakref_slot)
    any_frozen_base = False
    all_frozen_bases = None
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = b.__dict__.get('__dataclass_fields__')
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if all_frozen_bases is None:
                all_frozen_bases = True
            current_frozen = b.__dict__['__dataclass_params__'].frozen
            all_frozen_bases = all_frozen_bases and current_frozen
            any_frozen_base = any_frozen_base or current_frozen
    cls_annotations = cls.__dict__.get('__annotations__', {})
    cls_fields = []
    kw_only_seen = False
    dataclasses = _sys.modules[__name__]
    for name, tp in cls_annotations.items():
        if _is_kw_only(tp, dataclasses) or (isinstance(tp, str)
                                            and _is_type(tp, cls, dataclasses, dataclasses.KW_ONLY, _is_kw_only)):
            if kw_only_seen:
                raise TypeError('%r is KW_ONLY, but KW_ONLY has already been specified' % name)
            kw_only_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, tp, kw_only))
    for f in cls_fields:
        fields[f.name] = f
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError('%r is a field but has no type annotation' % name)
    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        if all_frozen_bases is False and frozen:
            raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    cls.__dataclass_fields__ = fields
    class_hash = cls.__dict__.get('__hash__', MISSING)
    has_explicit_hash = not (class_hash is MISSING or (class_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')
    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)
    if init:
        has_post_init = hasattr(cls, '__post_init__')
        _set_new_attribute(cls, '__init__', _make_init(cls, std_init_fields, kw_only_init_fields,
                                                       list(fields.values()), frozen, has_post_init, slots))
    field_list = [f for f in fields.values() if f._field_type is _FIELD]
    if repr:
        _set_new_attribute(cls, '__repr__', _make_repr(cls, field_list))
    if eq:
        _set_new_attribute(cls, '__eq__', _make_eq(cls, field_list))
    if order:
        for name in ('__lt__', '__le__', '__gt__', '__ge__'):
            if _set_new_attribute(cls, name, _make_order(cls, field_list, name)):
                raise TypeError('Cannot overwrite attribute %s in class %s. Consider using functools.total_ordering'
                                % (name, cls.__name__))
    if frozen:
        setter, deleter = _make_frozen(cls, {f.name for f in field_list})
        for name, fn in (('__setattr__', setter), ('__delattr__', deleter)):
            if _set_new_attribute(cls, name, fn):
                raise TypeError('Cannot overwrite attribute %s in class %s' % (name, cls.__name__))
    # CPython's table: what __hash__ becomes, by unsafe_hash, eq, frozen and an explicit __hash__
    if unsafe_hash:
        if has_explicit_hash:
            raise TypeError('Cannot overwrite attribute __hash__ in class %s' % cls.__name__)
        cls.__hash__ = _make_hash(cls, field_list)
    elif eq and frozen:
        if not has_explicit_hash:
            cls.__hash__ = _make_hash(cls, field_list)
    elif eq:
        if not has_explicit_hash:
            cls.__hash__ = None
    if not getattr(cls, '__doc__'):  # CPython's: the class's name and its constructor's signature
        try:
            import inspect
            text_sig = str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            text_sig = ''
        cls.__doc__ = cls.__name__ + text_sig
    if '__replace__' not in cls.__dict__:  # copy.replace (3.13)
        cls.__replace__ = _replace
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in std_init_fields))
    if weakref_slot and not slots:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)
    abc = _sys.modules.get('abc')
    if abc is not None and hasattr(abc, 'update_abstractmethods'):
        abc.update_abstractmethods(cls)
    return cls


def _add_slots(cls, is_frozen, weakref_slot):
    """slots=True: the class made again with __slots__ for its fields (its instances have no __dict__), as
    CPython's dataclass does; the fields' defaults live in the Field objects, not in the class."""
    if '__slots__' in cls.__dict__:
        raise TypeError('%s already specifies __slots__' % cls.__name__)
    names = [f.name for f in fields(cls)]
    ns = dict(cls.__dict__)
    for name in names:
        ns.pop(name, None)
    ns.pop('__dict__', None)
    ns.pop('__weakref__', None)
    inherited = set()
    for base in cls.__mro__[1:-1]:
        inherited.update(_get_slots(base))
    ns['__slots__'] = tuple(n for n in names + (['__weakref__'] if weakref_slot else []) if n not in inherited)
    qualname = getattr(cls, '__qualname__', None)
    new = type(cls)(cls.__name__, cls.__bases__, ns)
    if qualname is not None:
        new.__qualname__ = qualname
    if is_frozen:
        setter, deleter = _make_frozen(new, set(names))
        new.__setattr__ = setter
        new.__delattr__ = deleter
        # a frozen class with slots pickles its fields as a list (its __setattr__ refuses the usual restore)
        if '__getstate__' not in ns:
            new.__getstate__ = _dataclass_getstate
        if '__setstate__' not in ns:
            new.__setstate__ = _dataclass_setstate
    return new


def _get_slots(cls):
    """The slot names a base gives its subclasses (CPython's): its __slots__, or, for a class of ours without them,
    the __weakref__ and __dict__ its instances have (a built-in type gives none here)."""
    slots = cls.__dict__.get('__slots__')
    if slots is None:
        if cls.__module__ != 'builtins':
            yield '__weakref__'
            yield '__dict__'
    elif isinstance(slots, str):
        yield slots
    elif not hasattr(slots, '__next__'):
        yield from slots
    else:
        raise TypeError(f"Slots of '{cls.__name__}' cannot be determined")


def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)  # the class may be frozen


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Adds __init__, __repr__, __eq__ (and by the flags ordering, a hash, immutability, __slots__) to a class
    from its annotated fields."""
    def wrap(c):
        return _process_class(c, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                              weakref_slot)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields of a dataclass or of its instance (not its ClassVar or InitVar pseudo-fields), in order."""
    try:
        flds = getattr(class_or_instance, '__dataclass_fields__')
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in flds.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), '__dataclass_fields__')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, '__dataclass_fields__')


def _asdict_inner(obj, dict_factory):
    if type(obj) in (int, float, str, bool, bytes, type(None), complex):
        return obj
    if _is_dataclass_instance(obj):
        if dict_factory is dict:
            return {f.name: _asdict_inner(getattr(obj, f.name), dict) for f in fields(obj)}
        return dict_factory([(f.name, _asdict_inner(getattr(obj, f.name), dict_factory)) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):  # a namedtuple: made again from its fields
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    if isinstance(obj, dict):
        if (hasattr(type(obj), 'default_factory') or hasattr(obj, 'default_factory')):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_asdict_inner(k, dict_factory)] = _asdict_inner(v, dict_factory)
            return result
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory)) for k, v in obj.items())
    return _copy.deepcopy(obj)


def asdict(obj, *, dict_factory=dict):
    """The instance as a dict of its fields, recursing into dataclasses, lists, tuples and dicts (other values are
    deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('asdict() should be called on dataclass instances')
    return _asdict_inner(obj, dict_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        return tuple_factory([_astuple_inner(getattr(obj, f.name), tuple_factory) for f in fields(obj)])
    if isinstance(obj, tuple) and hasattr(obj, '_fields'):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    if isinstance(obj, dict):
        if (hasattr(type(obj), 'default_factory') or hasattr(obj, 'default_factory')):
            result = type(obj)(getattr(obj, 'default_factory'))
            for k, v in obj.items():
                result[_astuple_inner(k, tuple_factory)] = _astuple_inner(v, tuple_factory)
            return result
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    return _copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The instance as a tuple of its fields' values, recursing as asdict does."""
    if not _is_dataclass_instance(obj):
        raise TypeError('astuple() should be called on dataclass instances')
    return _astuple_inner(obj, tuple_factory)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True, order=False,
                   unsafe_hash=False, frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False,
                   module=None):
    """A dataclass made from a list of fields: names, (name, type) or (name, type, Field) items."""
    if namespace is None:
        namespace = {}
    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = 'typing.Any'
        elif len(item) == 2:
            name, tp = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError('Invalid field: %r' % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError('Field names must be valid identifiers: %r' % (name,))
        if name in ('False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class',
                    'continue', 'def', 'del', 'elif', 'else', 'except', 'finally', 'for', 'from', 'global', 'if',
                    'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise', 'return', 'try',
                    'while', 'with', 'yield'):
            raise TypeError('Field names must not be keywords: %r' % (name,))
        if name in seen:
            raise TypeError('Field name duplicated: %r' % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns['__annotations__'] = annotations

    cls = _types.new_class(cls_name, bases, {}, exec_body_callback)
    if module is None:
        try:
            module = _sys._getframe(1).f_globals.get('__name__', '__main__')
        except (AttributeError, ValueError):
            module = '__main__'
    cls.__module__ = module
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash, frozen=frozen,
                     match_args=match_args, kw_only=kw_only, slots=slots, weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class with the fields changed as given (copy.replace's protocol, 3.13)."""
    if not _is_dataclass_instance(obj):
        raise TypeError('replace() should be called on dataclass instances')
    return _replace(obj, **changes)


def _replace(obj, /, **changes):
    for f in getattr(obj, '__dataclass_fields__').values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise TypeError('field %s is declared with init=False, it cannot be specified with replace()'
                                 % f.name)
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise TypeError("InitVar '%s' must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
