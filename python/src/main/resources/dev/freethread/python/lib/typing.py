# SPDX-License-Identifier: Apache-2.0
# typing for ftpython: the names scripts annotate with, subscriptable, with CPython's reprs (typing.List[int],
# typing.Optional[int], ~T), and Generic and Protocol as base classes. No static checking happens at run time in
# CPython either. NamedTuple and TypedDict (function and class syntax) are made by metaclasses, as CPython's are;
# get_type_hints answers a class's or function's annotations without evaluating strings.
import collections as _collections

TYPE_CHECKING = False


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if isinstance(obj, list):  # Callable's parameter list
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    if obj is None or obj is type(None):
        return 'None'
    return repr(obj)


def _tuple(params):
    return params if isinstance(params, tuple) else (params,)


class _GenericAlias:
    """typing.List[int] and the like: an origin (what calling it makes), a name, and the arguments."""

    def __init__(self, origin, args, name):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name

    def __repr__(self):
        if self._name is None:
            base = _type_repr(self.__origin__)
        else:
            base = 'typing.' + self._name
        if not self.__args__:
            return base
        return '%s[%s]' % (base, ', '.join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        return _GenericAlias(self.__origin__, _tuple(params), self._name)

    def __call__(self, *args, **kwds):
        if self.__origin__ is None or isinstance(self.__origin__, _SpecialForm):
            raise TypeError('Type %s cannot be instantiated' % self._name)
        return self.__origin__(*args, **kwds)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._name, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


class _UnionAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)


class _SpecialForm:
    def __init__(self, name, getitem):
        self._name = name
        self._getitem = getitem

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


def _union(form, params):
    members = []
    for p in _tuple(params):
        p = type(None) if p is None else p
        if isinstance(p, _UnionAlias):
            inner = p.__args__
        else:
            inner = (p,)
        for q in inner:
            if q not in members:
                members.append(q)
    if not members:
        raise TypeError('Cannot take a Union of no types.')
    if len(members) == 1:
        return members[0]
    return _UnionAlias(None, tuple(members), 'Union')


def _optional(form, param):
    return _union(form, (param, None))


def _subscript(form, params):
    return _GenericAlias(form, _tuple(params), form._name)


Any = _SpecialForm('Any', _subscript)
NoReturn = _SpecialForm('NoReturn', _subscript)
Never = _SpecialForm('Never', _subscript)
Self = _SpecialForm('Self', _subscript)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _subscript)
Final = _SpecialForm('Final', _subscript)
Literal = _SpecialForm('Literal', _subscript)
Annotated = _SpecialForm('Annotated', _subscript)
TypeAlias = _SpecialForm('TypeAlias', _subscript)
Required = _SpecialForm('Required', _subscript)
NotRequired = _SpecialForm('NotRequired', _subscript)


def _alias(origin, name):
    return _GenericAlias(origin, (), name)


class _ABCPlaceholder:
    """An abstract collection type (Iterable, Mapping, ...): no class of its own here, so only an annotation."""

    def __init__(self, name):
        self.__name__ = name
        self.__qualname__ = name
        self.__module__ = 'collections.abc'


List = _alias(list, 'List')
Dict = _alias(dict, 'Dict')
Set = _alias(set, 'Set')
FrozenSet = _alias(None, 'FrozenSet')
Tuple = _alias(tuple, 'Tuple')
Type = _alias(type, 'Type')
Callable = _alias(None, 'Callable')
DefaultDict = _alias(_collections.defaultdict, 'DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 'OrderedDict')
Counter = _alias(_collections.Counter, 'Counter')
Deque = _alias(_collections.deque, 'Deque')
Iterable = _alias(None, 'Iterable')
Iterator = _alias(None, 'Iterator')
Generator = _alias(None, 'Generator')
Sequence = _alias(None, 'Sequence')
MutableSequence = _alias(None, 'MutableSequence')
Mapping = _alias(None, 'Mapping')
MutableMapping = _alias(None, 'MutableMapping')
AbstractSet = _alias(None, 'AbstractSet')
MutableSet = _alias(None, 'MutableSet')
Collection = _alias(None, 'Collection')
Container = _alias(None, 'Container')
Hashable = _alias(None, 'Hashable')
Sized = _alias(None, 'Sized')
Reversible = _alias(None, 'Reversible')
Awaitable = _alias(None, 'Awaitable')
Coroutine = _alias(None, 'Coroutine')
AsyncIterator = _alias(None, 'AsyncIterator')
AsyncIterable = _alias(None, 'AsyncIterable')
ItemsView = _alias(None, 'ItemsView')
KeysView = _alias(None, 'KeysView')
ValuesView = _alias(None, 'ValuesView')
SupportsInt = _alias(None, 'SupportsInt')
SupportsFloat = _alias(None, 'SupportsFloat')
SupportsAbs = _alias(None, 'SupportsAbs')
SupportsIndex = _alias(None, 'SupportsIndex')
Text = str
AnyStr = None  # replaced below, once TypeVar exists


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


AnyStr = TypeVar('AnyStr', str)


class ParamSpec:
    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name

    def __repr__(self):
        return '~' + self.__name__


class Generic:
    """A base for generic classes: Generic[T] names the type parameters; the class itself is subscriptable."""

    def __class_getitem__(cls, params):
        return _GenericAlias(cls, _tuple(params), None)


class Protocol(Generic):
    pass


def cast(typ, val):
    return val


def overload(func):
    return func


def final(f):
    return f


def no_type_check(arg):
    return arg


def runtime_checkable(cls):
    return cls


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


def NewType(name, tp):
    def new_type(x):
        return x
    new_type.__name__ = name
    new_type.__qualname__ = name
    new_type.__supertype__ = tp
    return new_type


def assert_never(arg):
    raise AssertionError('Expected code to be unreachable, but got: %r' % (arg,))


def reveal_type(obj):
    return obj


# ---- NamedTuple and TypedDict: class syntax through a base whose metaclass builds the real class


_NAMEDTUPLE_RESERVED = frozenset({'__new__', '__init__', '__slots__', '__getnewargs__', '_fields', '_field_defaults',
                                  '_make', '_replace', '_asdict', '_source'})


def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    nm_tpl = _collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = dict(types)
    return nm_tpl


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError('can only inherit from a NamedTuple type and Generic')
        types = ns.get('__annotations__', {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field %s cannot follow default field%s %s"
                                % (field_name, 's' if len(default_names) > 1 else '', ', '.join(default_names)))
        nm_tpl = _make_nmtuple(typename, types.items(), ns.get('__module__', '__main__'),
                               [ns[n] for n in default_names])
        for key, val in ns.items():
            if key in _NAMEDTUPLE_RESERVED:
                raise AttributeError('Cannot overwrite NamedTuple attribute ' + key)
            if key not in ('__module__', '__qualname__', '__annotations__', '__firstlineno__',
                           '__static_attributes__') and key not in nm_tpl._fields:
                setattr(nm_tpl, key, val)
        if '__qualname__' in ns:
            nm_tpl.__qualname__ = ns['__qualname__']
        return nm_tpl


def NamedTuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: NamedTuple('Emp', [('name', str), ('id', int)]), or a class statement deriving
    from NamedTuple with annotated fields (and defaults, methods, a docstring)."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError('Either list of fields or keywords can be provided to NamedTuple, not both')
    return _make_nmtuple(typename, [(n, t) for n, t in fields], '__main__')


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def _is_wrapped(tp, form):
    return isinstance(tp, _GenericAlias) and getattr(tp, '_name', None) == form


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        tp_dict = type.__new__(_TypedDictMeta, name, (dict,), ns)
        annotations = {}
        required = set()
        optional = set()
        for base in bases:
            annotations.update(base.__dict__.get('__annotations__', {}))
            required.update(base.__dict__.get('__required_keys__', ()))
            optional.update(base.__dict__.get('__optional_keys__', ()))
        own = ns.get('__annotations__', {})
        annotations.update(own)
        for key, tp in own.items():
            if _is_wrapped(tp, 'Required'):
                is_required = True
            elif _is_wrapped(tp, 'NotRequired'):
                is_required = False
            else:
                is_required = total
            if is_required:
                required.add(key)
                optional.discard(key)
            else:
                optional.add(key)
                required.discard(key)
        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required)
        tp_dict.__optional_keys__ = frozenset(optional)
        tp_dict.__total__ = total
        return tp_dict

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __instancecheck__ = __subclasscheck__


def TypedDict(typename, fields=None, /, *, total=True):
    """A dict type with typed keys: TypedDict('Movie', {'name': str}), or a class statement deriving from
    TypedDict (total=False makes every key optional). Its instances are plain dicts, as in CPython."""
    ns = {'__annotations__': dict(fields or {}), '__module__': '__main__'}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (with its bases', nearest last) or of a function or module. Strings are left as
    they are (CPython evaluates them)."""
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            hints.update(getattr(base, '__dict__', {}).get('__annotations__', {}))
        return hints
    hints = getattr(obj, '__annotations__', None)
    if hints is None:
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    return dict(hints)
