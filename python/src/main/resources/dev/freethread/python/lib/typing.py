# SPDX-License-Identifier: Apache-2.0
# typing for ftpython, written here after CPython 3.13's behaviour (no static checking happens at run time there
# either). What scripts see at run time is CPython's:
# - reprs (typing.List[int], typing.Optional[int], ~T, typing.Callable[[int], str], __main__.Box[int]);
# - type variables (TypeVar, ParamSpec, TypeVarTuple) and their substitution: Generic subclasses get __parameters__
#   and __orig_bases__, C[int] is an alias whose call makes a C (with __orig_class__), Pair[int, T][str] substitutes;
# - the aliases of builtins and of collections.abc (List, Iterable, ...) answer isinstance for their origin and work as
#   bases; Union and Optional flatten, deduplicate and compare as sets, and isinstance accepts them;
# - Protocol with @runtime_checkable: isinstance checks the protocol's members structurally, as CPython's does;
# - get_type_hints evaluates string annotations in the owner's globals, get_origin and get_args as CPython's;
# - NamedTuple and TypedDict (function and class syntax); TypeAliasType for PEP 695's type statement.
import collections as _collections
import sys as _sys
from abc import ABCMeta as _ABCMeta, abstractmethod as _abstractmethod

TYPE_CHECKING = False

__all__ = ['Annotated', 'Any', 'Callable', 'ClassVar', 'Concatenate', 'Final', 'ForwardRef', 'Generic', 'Literal',
           'Optional', 'ParamSpec', 'Protocol', 'Tuple', 'Type', 'TypeVar', 'TypeVarTuple', 'Union', 'AbstractSet',
           'ByteString', 'Container', 'ContextManager', 'Hashable', 'ItemsView', 'Iterable', 'Iterator', 'KeysView',
           'Mapping', 'MappingView', 'MutableMapping', 'MutableSequence', 'MutableSet', 'Sequence', 'Sized',
           'ValuesView', 'Awaitable', 'AsyncIterator', 'AsyncIterable', 'Coroutine', 'Collection', 'AsyncGenerator',
           'AsyncContextManager', 'Reversible', 'SupportsAbs', 'SupportsBytes', 'SupportsComplex', 'SupportsFloat',
           'SupportsIndex', 'SupportsInt', 'SupportsRound', 'Counter', 'Deque', 'Dict', 'DefaultDict', 'List',
           'OrderedDict', 'Set', 'FrozenSet', 'NamedTuple', 'TypedDict', 'Generator', 'BinaryIO', 'IO', 'Match',
           'Pattern', 'TextIO', 'AnyStr', 'assert_type', 'assert_never', 'cast', 'clear_overloads',
           'dataclass_transform', 'final', 'get_args', 'get_origin', 'get_overloads', 'get_protocol_members',
           'get_type_hints', 'is_protocol', 'is_typeddict', 'LiteralString', 'Never', 'NewType', 'no_type_check',
           'no_type_check_decorator', 'NoDefault', 'NoReturn', 'NotRequired', 'overload', 'override', 'ParamSpecArgs',
           'ParamSpecKwargs', 'ReadOnly', 'Required', 'reveal_type', 'runtime_checkable', 'Self', 'Text',
           'TYPE_CHECKING', 'TypeAlias', 'TypeGuard', 'TypeIs', 'TypeAliasType', 'Unpack']


def _type_repr(obj):
    if isinstance(obj, type) and not isinstance(obj, _GenericAlias):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return '%s.%s' % (obj.__module__, obj.__qualname__)
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, tuple):  # a ParamSpec's argument list; a list argument shows as the list (List[[int]])
        return '[%s]' % ', '.join(_type_repr(a) for a in obj)
    if type(obj).__name__ == 'function':
        return obj.__qualname__ if obj.__module__ == 'builtins' else '%s.%s' % (obj.__module__, obj.__qualname__)
    return repr(obj)


def _tuple(params):
    return params if isinstance(params, tuple) else (params,)


def _type_check(arg, msg):
    """What an annotation may be: a type, an alias, a special form subscripted, None, a string (a forward reference)."""
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg)
    if isinstance(arg, _SpecialForm) and arg._name in ('ClassVar', 'Final', 'Generic', 'Protocol'):
        raise TypeError('Plain %s is not valid as type argument' % arg)
    if type(arg) is tuple:
        raise TypeError('%s Got %.100r.' % (msg, arg))
    return arg  # anything else, as CPython 3.11+ (List[5] and List[[int]] are accepted)


def _is_param_expr(x):
    """What may stand for a ParamSpec: ..., a list or tuple of types, a ParamSpec, a Concatenate."""
    return x is ... or isinstance(x, (tuple, list, ParamSpec)) or (
        isinstance(x, _GenericAlias) and x.__origin__ is Concatenate)


def _is_param(x):
    return isinstance(x, _TypeVarLike)


def _collect_parameters(args):
    """The type variables in args, each once, in order of first appearance (through nested aliases)."""
    params = []
    for a in args:
        if isinstance(a, (list, tuple)):
            found = _collect_parameters(a)
        elif _is_param(a):
            found = [a]
        else:
            found = getattr(a, '__parameters__', ())
            if not isinstance(found, tuple):
                found = ()
        for p in found:
            if p not in params:
                params.append(p)
    return tuple(params)


def _substitute(arg, mapping):
    if _is_param(arg):
        return mapping.get(arg, arg)
    if isinstance(arg, list):
        return [_substitute(a, mapping) for a in arg]
    if isinstance(arg, _GenericAlias) and arg.__parameters__:
        return arg[tuple(mapping.get(p, p) for p in arg.__parameters__)]
    params = getattr(arg, '__parameters__', None)
    if isinstance(params, tuple) and params and hasattr(arg, '__origin__'):  # list[T]
        return arg[tuple(mapping.get(p, p) for p in params)]
    return arg


def _check_count(alias, params, expected):
    if len(params) > len(expected):
        raise TypeError('Too many arguments for %s; actual %d, expected %d' % (alias, len(params), len(expected)))
    if len(params) < len(expected):
        raise TypeError('Too few arguments for %s; actual %d, expected at least %d'
                        % (alias, len(params), len(expected)))


# ---- the sentinel of 3.13's type parameter defaults

class _NoDefaultType:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self):
        return 'typing.NoDefault'

    def __reduce__(self):
        return 'NoDefault'


NoDefault = _NoDefaultType()


# ---- type variables

class _TypeVarLike:
    """What TypeVar, ParamSpec and TypeVarTuple share: a name, a module, |, and being hashable by identity."""

    __slots__ = ()

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__

    def has_default(self):
        return self.__default__ is not NoDefault

    def __init_subclass__(cls, *args, **kwargs):
        if cls.__module__ != __name__:
            raise TypeError("type '%s' is not an acceptable base type" % _type_repr(cls.__mro__[1]))


def _caller_module(depth=2):
    try:
        return _sys._getframe(depth).f_globals.get('__name__', '__main__')
    except (AttributeError, ValueError):
        return '__main__'


class _LazyParam:
    """PEP 695's lazily evaluated bound, constraints and default: each a function called on first read."""

    def __getattr__(self, name):
        thunks = self.__dict__.get('_thunks')
        if thunks is None or name not in thunks:
            raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))
        value = thunks.pop(name)()
        if name == '__constraints__':
            value = tuple(value)
        setattr(self, name, value)
        return value


class TypeVar(_LazyParam, _TypeVarLike):
    """A type variable: T = TypeVar('T'), with constraints (TypeVar('A', str, bytes)) or a bound."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False, infer_variance=False,
                 default=NoDefault):
        if not isinstance(name, str):
            raise TypeError('TypeVar name must be a string')
        self.__name__ = name
        if covariant and contravariant:
            raise ValueError('Bivariant type variables are not supported.')
        if infer_variance and (covariant or contravariant):
            raise ValueError('Variance cannot be specified with infer_variance.')
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        if constraints and bound is not None:
            raise TypeError('Constraints cannot be combined with bound=...')
        if len(constraints) == 1:
            raise TypeError('A single constraint is not allowed')
        self.__constraints__ = tuple(_type_check(t, 'TypeVar(name, constraint, ...): constraints must be types.')
                                     for t in constraints)
        self.__bound__ = _type_check(bound, 'Bound must be a type.') if bound is not None else None
        self.__default__ = default
        self.__module__ = _caller_module()

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        else:
            prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __typing_subst__(self, arg):
        return _type_check(arg, 'Parameters to generic types must be types.')


def _pep695_param(name, kind, bound, constraints, default):
    """A type parameter of `def f[T: int]` or `class C[*Ts]`: variance inferred, bound/constraints/default lazy."""
    if kind == 0:
        p = TypeVar.__new__(TypeVar)
        p.__name__ = name
        p.__covariant__ = False
        p.__contravariant__ = False
        p.__infer_variance__ = True
        thunks = {}
        if bound is None:
            p.__bound__ = None
            p.__constraints__ = ()
        elif constraints:
            p.__bound__ = None
            thunks['__constraints__'] = bound
        else:
            p.__constraints__ = ()
            thunks['__bound__'] = bound
    elif kind == 1:
        p = TypeVarTuple.__new__(TypeVarTuple)
        p.__name__ = name
        thunks = {}
    else:
        p = ParamSpec.__new__(ParamSpec)
        p.__name__ = name
        p.__bound__ = None
        p.__covariant__ = False
        p.__contravariant__ = False
        p.__infer_variance__ = True
        thunks = {}
    if default is None:
        p.__default__ = NoDefault
    else:
        thunks['__default__'] = default
    p._thunks = thunks
    p.__module__ = _caller_module()
    return p


class TypeVarTuple(_LazyParam, _TypeVarLike):
    """A variadic type variable: Ts = TypeVarTuple('Ts'); *Ts in a parameter list."""

    def __init__(self, name, *, default=NoDefault):
        self.__name__ = name
        self.__default__ = default
        self.__module__ = _caller_module()

    def __repr__(self):
        return self.__name__

    def __iter__(self):
        yield Unpack[self]


class ParamSpecArgs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.args' % self.__origin__.__name__

    def __eq__(self, other):
        return isinstance(other, ParamSpecArgs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecArgs, self.__origin__))


class ParamSpecKwargs:
    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return '%s.kwargs' % self.__origin__.__name__

    def __eq__(self, other):
        return isinstance(other, ParamSpecKwargs) and self.__origin__ == other.__origin__

    def __hash__(self):
        return hash((ParamSpecKwargs, self.__origin__))


class ParamSpec(_LazyParam, _TypeVarLike):
    """A parameter specification variable: P = ParamSpec('P'); P.args and P.kwargs annotate *args and **kwargs."""

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False, infer_variance=False,
                 default=NoDefault):
        self.__name__ = name
        self.__bound__ = bound
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        self.__infer_variance__ = bool(infer_variance)
        self.__default__ = default
        self.__module__ = _caller_module()

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    # substitution into a builtin alias (list[P][int, str]), PEP 612's rules: a list of types, ..., a ParamSpec or a
    # Concatenate; with P the alias's only parameter its items may be given bare
    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            return tuple(_type_check(a, 'Expected a type.') for a in arg)
        if not _is_param_expr(arg):
            raise TypeError('Expected a list of types, an ellipsis, ParamSpec, or Concatenate. Got %s' % (arg,))
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i >= len(args):
            if i == len(args) and self.__default__ is not NoDefault:
                return (*args, self.__default__)
            raise TypeError('Too few arguments for %s' % (alias,))
        if len(params) == 1 and not _is_param_expr(args[0]):
            return (args,)
        if isinstance(args[i], list):
            return (*args[:i], tuple(args[i]), *args[i + 1:])
        return args

    def __repr__(self):
        if self.__infer_variance__:
            prefix = ''
        else:
            prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__


# ---- special forms

class _SpecialForm:
    def __init__(self, name, getitem, doc=''):
        self._name = name
        self._getitem = getitem
        self.__doc__ = doc

    def __repr__(self):
        return 'typing.' + self._name

    def __reduce__(self):
        return self._name

    def __getitem__(self, params):
        return self._getitem(self, params)

    def __call__(self, *args, **kwds):
        raise TypeError('Cannot instantiate %r' % self)

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('%r cannot be used with isinstance()' % self)

    def __subclasscheck__(self, cls):
        raise TypeError('%r cannot be used with issubclass()' % self)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % self)


def _union(form, params):
    if params == ():
        raise TypeError('Cannot take a Union of no types.')
    members = []
    for p in _tuple(params):
        p = _type_check(p, 'Union[arg, ...]: each arg must be a type.')
        if isinstance(p, _UnionGenericAlias) or type(p) is _union_type:
            inner = p.__args__
        else:
            inner = (p,)
        for q in inner:
            if q not in members:
                members.append(q)
    if len(members) == 1:
        return members[0]
    return _UnionGenericAlias(Union, tuple(members))


def _optional(form, param):
    arg = _type_check(param, 'Optional[t] requires a single type.')
    return Union[arg, None]


def _one_type(form, param):
    item = _type_check(param, '%s accepts only single type.' % form._name)
    return _GenericAlias(form, (item,))


def _literal(form, params):
    values = []
    for v in _tuple(params):
        if isinstance(v, _GenericAlias) and v.__origin__ is Literal:
            inner = v.__args__
        else:
            inner = (v,)
        for w in inner:
            if not any(w == x and type(w) is type(x) for x in values):
                values.append(w)
    return _LiteralGenericAlias(Literal, tuple(values))


def _concatenate(form, params):
    params = _tuple(params)
    if not params:
        raise TypeError('Cannot take a Concatenate of no types.')
    if not (isinstance(params[-1], ParamSpec) or params[-1] is ...):
        raise TypeError('The last parameter to Concatenate should be a ParamSpec variable or ellipsis.')
    return _GenericAlias(Concatenate, params)


def _unpack(form, param):
    return _UnpackGenericAlias(Unpack, (_type_check(param, 'Unpack accepts only single type.'),))


def _not_subscriptable(form, params):
    raise TypeError('%r is not subscriptable' % form)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError('typing.Any cannot be used with isinstance()')
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return 'typing.Any'
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Every type is compatible with Any; a class may derive from it (3.11+), but nothing is its instance."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError('Any cannot be instantiated')
        return super().__new__(cls)


NoReturn = _SpecialForm('NoReturn', _not_subscriptable)
Never = _SpecialForm('Never', _not_subscriptable)
Self = _SpecialForm('Self', _not_subscriptable)
LiteralString = _SpecialForm('LiteralString', _not_subscriptable)
TypeAlias = _SpecialForm('TypeAlias', _not_subscriptable)
Union = _SpecialForm('Union', _union)
Optional = _SpecialForm('Optional', _optional)
ClassVar = _SpecialForm('ClassVar', _one_type)
Final = _SpecialForm('Final', _one_type)
Required = _SpecialForm('Required', _one_type)
NotRequired = _SpecialForm('NotRequired', _one_type)
ReadOnly = _SpecialForm('ReadOnly', _one_type)
TypeGuard = _SpecialForm('TypeGuard', _one_type)
TypeIs = _SpecialForm('TypeIs', _one_type)
Literal = _SpecialForm('Literal', _literal)
Concatenate = _SpecialForm('Concatenate', _concatenate)
Unpack = _SpecialForm('Unpack', _unpack)


class _AnnotatedForm(_SpecialForm):
    def __getitem__(self, params):
        params = _tuple(params)
        if len(params) < 2:
            raise TypeError('Annotated[...] should be used with at least two arguments (a type and an annotation).')
        origin = _type_check(params[0], 'Annotated[t, ...]: t must be a type.')
        return _AnnotatedAlias(origin, tuple(params[1:]))

    def __call__(self, *args, **kwargs):
        raise TypeError('Cannot instantiate typing.Annotated')


Annotated = _AnnotatedForm('Annotated', None)


class ForwardRef:
    """A string annotation, kept to be evaluated later (get_type_hints evaluates it)."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError('Forward reference must be a string -- got %r' % (arg,))
        self.__forward_arg__ = arg
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, type_params=(), *, recursive_guard=frozenset()):
        return eval(self.__forward_arg__, globalns, localns)

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        return self.__forward_arg__ == other.__forward_arg__ and self.__forward_module__ == other.__forward_module__

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        module = '' if self.__forward_module__ is None else ', module=%r' % self.__forward_module__
        return 'ForwardRef(%r%s)' % (self.__forward_arg__, module)


# ---- aliases

class _GenericAlias:
    """A subscripted generic: typing.List[int], Box[T], Union[int, str]. Calling it makes an instance of its origin."""

    def __init__(self, origin, args, name=None, inst=True):
        self.__origin__ = origin
        self.__args__ = args
        self._name = name
        self._inst = inst
        self.__parameters__ = _collect_parameters(args)

    def _base_repr(self):
        if self._name is not None:
            return 'typing.' + self._name
        return _type_repr(self.__origin__)

    def __repr__(self):
        if not self.__args__:
            return self._base_repr() + '[()]' if self._name == 'Tuple' else self._base_repr()
        return '%s[%s]' % (self._base_repr(), ', '.join(_type_repr(a) for a in self.__args__))

    def __getitem__(self, params):
        params = _tuple(params)
        if not self.__parameters__:
            raise TypeError('%r is not a generic class' % self)
        _check_count(self, params, self.__parameters__)
        mapping = dict(zip(self.__parameters__, params))
        args = tuple(_substitute(a, mapping) for a in self.__args__)
        return self._copy_with(args)

    def _copy_with(self, args):
        return type(self)(self.__origin__, args, self._name, self._inst)

    def __call__(self, *args, **kwds):
        if not self._inst:
            raise TypeError('Type %s cannot be instantiated; use %s() instead'
                            % (self._name, self.__origin__.__name__.lower()))
        if not isinstance(self.__origin__, type):
            raise TypeError('Cannot instantiate %r' % self)
        result = self.__origin__(*args, **kwds)
        try:
            result.__orig_class__ = self
        except Exception:  # a built-in or a class with __slots__
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _GenericAlias) or (isinstance(b, type) and issubclass(b, Generic)):
                break
        else:
            if self.__origin__ is not Generic and Generic not in res:
                res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ('__origin__', '__args__', '_name', '_inst', '__parameters__'):
            raise AttributeError(attr)
        if attr.startswith('__') and attr.endswith('__'):
            raise AttributeError(attr)
        return getattr(self.__origin__, attr)

    def __setattr__(self, attr, val):
        if attr.startswith('_'):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __subclasscheck__(self, cls):
        raise TypeError('Subscripted generics cannot be used with class and instance checks')

    def __reduce__(self):
        return (_reconstruct_alias, (self.__origin__, self.__args__, self._name))

    def __iter__(self):
        yield Unpack[self]


def _reconstruct_alias(origin, args, name):
    base = _SPECIAL_BY_NAME.get(name) if name else origin
    if base is None:
        base = origin
    return base[args if len(args) != 1 else args[0]]


class _SpecialGenericAlias(_GenericAlias):
    """An unsubscripted alias of a builtin or collections.abc class: typing.List, typing.Iterable. It answers
    isinstance and issubclass for its origin, and subscripting it checks the number of parameters."""

    def __init__(self, origin, nparams, name, inst=True, defaults=()):
        _GenericAlias.__init__(self, origin, (), name, inst)
        self._nparams = nparams
        self._defaults = defaults

    def __repr__(self):
        return 'typing.' + self._name

    def __getitem__(self, params):
        params = _tuple(params)
        if self._nparams >= 0 and len(params) != self._nparams:
            if len(params) < self._nparams and len(params) + len(self._defaults) >= self._nparams:
                params = params + self._defaults[len(params) + len(self._defaults) - self._nparams:]
            else:
                raise TypeError('Too %s arguments for %s; actual %d, expected %d'
                                % ('many' if len(params) > self._nparams else 'few', self, len(params), self._nparams))
        params = tuple(_type_check(p, 'Parameters to generic types must be types.') for p in params)
        return _GenericAlias(self.__origin__, params, self._name, self._inst)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__origin__)

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if isinstance(cls, _GenericAlias):
            raise TypeError('Subscripted generics cannot be used with class and instance checks')
        return issubclass(cls, self.__origin__)

    def __mro_entries__(self, bases):
        return _GenericAlias.__mro_entries__(self, bases)

    def __eq__(self, other):
        if isinstance(other, _SpecialGenericAlias):
            return self.__origin__ is other.__origin__ and self._name == other._name
        return NotImplemented

    def __hash__(self):
        return hash((self.__origin__, self._name))

    def __reduce__(self):
        return self._name


class _AbcModule:
    """collections.abc, imported when an alias of its classes is first used (it costs a script's start 60 ms)."""

    def __getattr__(self, name):
        import collections.abc
        return getattr(collections.abc, name)


_abc = _AbcModule()


class _AbcAlias(_SpecialGenericAlias):
    @property
    def __origin__(self):
        d = self.__dict__
        if '_resolved' not in d:
            object.__setattr__(self, '_resolved', getattr(_abc, self._abc_name))
        return d['_resolved']

    def __init__(self, abc_name, nparams, name, inst=True, defaults=()):
        object.__setattr__(self, '_abc_name', abc_name)
        object.__setattr__(self, '__args__', ())
        object.__setattr__(self, '_name', name)
        object.__setattr__(self, '_inst', inst)
        object.__setattr__(self, '__parameters__', ())
        object.__setattr__(self, '_nparams', nparams)
        object.__setattr__(self, '_defaults', defaults)


def _abc_alias(abc_name, nparams, name=None, inst=True, defaults=()):
    return _AbcAlias(abc_name, nparams, name or abc_name, inst, defaults)


class _CallableGenericAlias(_GenericAlias):
    """Callable[[int, str], bool]: the arguments are kept flat ((int, str, bool)), as CPython keeps them."""

    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and (args[0] is ... or isinstance(args[0], (ParamSpec, _GenericAlias))
                               and (isinstance(args[0], ParamSpec) or args[0].__origin__ is Concatenate)):
            return 'typing.Callable[%s, %s]' % (_type_repr(args[0]), _type_repr(args[1]))
        return 'typing.Callable[[%s], %s]' % (', '.join(_type_repr(a) for a in args[:-1]), _type_repr(args[-1]))

    def _copy_with(self, args):
        return _CallableGenericAlias(self.__origin__, args, self._name, self._inst)

    def __getitem__(self, params):
        params = _tuple(params)
        ps = self.__parameters__
        if not ps:
            raise TypeError('%r is not a generic class' % self)
        if len(ps) == 1 and isinstance(ps[0], ParamSpec) and params and not _is_param_expr(params[0]):
            params = (params,)  # PEP 612: Z[int, str] is Z[[int, str]] when P is the only parameter
        _check_count(self, params, ps)
        mapping = dict(zip(ps, params))
        args = []
        for a in self.__args__:
            if isinstance(a, ParamSpec) and a in mapping:
                v = mapping[a]  # the argument list it stands for is spliced in: the arguments are kept flat
                if isinstance(v, (list, tuple)):
                    args.extend(v)
                else:
                    args.append(v)
            elif (isinstance(a, _GenericAlias) and a.__origin__ is Concatenate and a.__args__[-1] in mapping
                  and isinstance(mapping[a.__args__[-1]], (list, tuple))):
                args.extend(a.__args__[:-1])  # Concatenate[int, P] with P = [str]: the arguments int, str
                args.extend(mapping[a.__args__[-1]])
            else:
                args.append(_substitute(a, mapping))
        return _CallableGenericAlias(self.__origin__, tuple(args), self._name, self._inst)


class _CallableType(_AbcAlias):
    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError('Callable must be used as Callable[[arg, ...], result].')
        args, result = params
        if isinstance(args, list):
            params = tuple(_type_check(a, 'Callable[[arg, ...], result]: each arg must be a type.') for a in args) \
                + (_type_check(result, 'Callable[args, result]: result must be a type.'),)
        elif args is ... or isinstance(args, ParamSpec) or isinstance(args, _GenericAlias) \
                and args.__origin__ is Concatenate:
            params = (args, _type_check(result, 'Callable[args, result]: result must be a type.'))
        else:  # Callable[int, str]: CPython 3.13 takes a single argument type as a list of one
            params = (_type_check(args, 'Callable[args, result]: args must be a list.'),
                      _type_check(result, 'Callable[args, result]: result must be a type.'))
        return _CallableGenericAlias(self.__origin__, params, self._name, self._inst)


class _TupleType(_SpecialGenericAlias):
    def __getitem__(self, params):
        if params == ():
            return _GenericAlias(tuple, (), 'Tuple')
        params = _tuple(params)
        if len(params) >= 2 and params[-1] is ...:
            return _GenericAlias(tuple, tuple(_type_check(p, 'Tuple[t, ...]: t must be a type.')
                                              for p in params[:-1]) + (...,), 'Tuple')
        return _GenericAlias(tuple, tuple(_type_check(p, 'Tuple[t0, t1, ...]: each t must be a type.')
                                          for p in params), 'Tuple')


class _UnionGenericAlias(_GenericAlias):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and type(None) in args:
            other = args[0] if args[1] is type(None) else args[1]
            return 'typing.Optional[%s]' % _type_repr(other)
        return 'typing.Union[%s]' % ', '.join(_type_repr(a) for a in args)

    def _copy_with(self, args):
        return Union[args]

    def __eq__(self, other):
        if not isinstance(other, _UnionGenericAlias) and type(other) is not _union_type:
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __instancecheck__(self, obj):
        return any(isinstance(obj, a) for a in self.__args__)

    def __subclasscheck__(self, cls):
        return any(issubclass(cls, a) for a in self.__args__)

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass %r' % self)

    def __reduce__(self):
        return (_reconstruct_union, (self.__args__,))


def _reconstruct_union(args):
    return Union[args]


class _LiteralGenericAlias(_GenericAlias):
    def __init__(self, origin, args, name=None, inst=True):
        _GenericAlias.__init__(self, origin, args, name, inst)
        self.__parameters__ = ()

    def __repr__(self):
        return 'typing.Literal[%s]' % ', '.join(repr(a) for a in self.__args__)

    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return set((type(a), a) for a in self.__args__) == set((type(a), a) for a in other.__args__)

    def __hash__(self):
        return hash(frozenset((type(a), a) for a in self.__args__))


class _UnpackGenericAlias(_GenericAlias):
    def __repr__(self):
        return 'typing.Unpack[%s]' % _type_repr(self.__args__[0])


class _AnnotatedAlias(_GenericAlias):
    """Annotated[T, x, ...]: the origin is T, the extra arguments are __metadata__."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, (origin,), None)
        self.__metadata__ = metadata

    def __repr__(self):
        return 'typing.Annotated[%s, %s]' % (_type_repr(self.__origin__),
                                             ', '.join(repr(a) for a in self.__metadata__))

    def _copy_with(self, args):
        return _AnnotatedAlias(args[0], self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __mro_entries__(self, bases):
        return (self.__origin__,)


_union_type = type(int | str)
_abc_types = (type(list[int]), _union_type)


def _alias(origin, nparams, name, inst=True, defaults=()):
    return _SpecialGenericAlias(origin, nparams, name, inst, defaults)


Hashable = _abc_alias('Hashable', 0, 'Hashable')
Awaitable = _abc_alias('Awaitable', 1, 'Awaitable')
Coroutine = _abc_alias('Coroutine', 3, 'Coroutine')
AsyncIterable = _abc_alias('AsyncIterable', 1, 'AsyncIterable')
AsyncIterator = _abc_alias('AsyncIterator', 1, 'AsyncIterator')
Iterable = _abc_alias('Iterable', 1, 'Iterable')
Iterator = _abc_alias('Iterator', 1, 'Iterator')
Reversible = _abc_alias('Reversible', 1, 'Reversible')
Sized = _abc_alias('Sized', 0, 'Sized')
Container = _abc_alias('Container', 1, 'Container')
Collection = _abc_alias('Collection', 1, 'Collection')
Callable = _CallableType.__new__(_CallableType)
_AbcAlias.__init__(Callable, 'Callable', 2, 'Callable')
AbstractSet = _abc_alias('Set', 1, 'AbstractSet')
MutableSet = _abc_alias('MutableSet', 1, 'MutableSet')
Mapping = _abc_alias('Mapping', 2, 'Mapping')
MutableMapping = _abc_alias('MutableMapping', 2, 'MutableMapping')
Sequence = _abc_alias('Sequence', 1, 'Sequence')
MutableSequence = _abc_alias('MutableSequence', 1, 'MutableSequence')
ByteString = _abc_alias('ByteString', 0, 'ByteString')
Tuple = _TupleType(tuple, -1, 'Tuple', inst=False)
List = _alias(list, 1, 'List', inst=False)
Deque = _alias(_collections.deque, 1, 'Deque')
Set = _alias(set, 1, 'Set', inst=False)
FrozenSet = _alias(frozenset, 1, 'FrozenSet', inst=False)
MappingView = _abc_alias('MappingView', 1, 'MappingView')
KeysView = _abc_alias('KeysView', 1, 'KeysView')
ItemsView = _abc_alias('ItemsView', 2, 'ItemsView')
ValuesView = _abc_alias('ValuesView', 1, 'ValuesView')
Dict = _alias(dict, 2, 'Dict', inst=False)
DefaultDict = _alias(_collections.defaultdict, 2, 'DefaultDict')
OrderedDict = _alias(_collections.OrderedDict, 2, 'OrderedDict')
Counter = _alias(_collections.Counter, 1, 'Counter')
ChainMap = _alias(_collections.ChainMap, 2, 'ChainMap')
Generator = _abc_alias('Generator', 3, 'Generator', defaults=(type(None), type(None)))
AsyncGenerator = _abc_alias('AsyncGenerator', 2, 'AsyncGenerator', defaults=(type(None),))
Type = _alias(type, 1, 'Type', inst=False)
Text = str

_SPECIAL_BY_NAME = {a._name: a for a in (Hashable, Awaitable, Coroutine, AsyncIterable, AsyncIterator, Iterable,
                                          Iterator, Reversible, Sized, Container, Collection, Callable, AbstractSet,
                                          MutableSet, Mapping, MutableMapping, Sequence, MutableSequence, ByteString,
                                          Tuple, List, Deque, Set, FrozenSet, MappingView, KeysView, ItemsView,
                                          ValuesView, Dict, DefaultDict, OrderedDict, Counter, ChainMap, Generator,
                                          AsyncGenerator, Type)}


# ---- Generic and Protocol

class Generic:
    """The base of generic classes: class Box(Generic[T]) makes Box[int] an alias whose call makes a Box."""

    __slots__ = ()
    _is_protocol = False

    def __class_getitem__(cls, params):
        params = _tuple(params)
        if cls in (Generic, Protocol):
            if not params:
                raise TypeError('Parameter list to %s[...] cannot be empty' % cls.__qualname__)
            if not all(_is_param(p) or isinstance(p, _UnpackGenericAlias) and isinstance(p.__args__[0], TypeVarTuple)
                       for p in params):
                raise TypeError('Parameters to %s[...] must all be type variables or parameter specification '
                                'variables.' % cls.__name__)
            if len(set(params)) != len(params):
                raise TypeError('Parameters to %s[...] must all be unique' % cls.__name__)
        else:
            expected = cls.__dict__.get('__parameters__', ())
            if not expected:
                raise TypeError('%r is not a generic class' % cls)
            if any(isinstance(p, ParamSpec) for p in expected) and len(expected) == 1 and \
                    not (len(params) == 1 and (isinstance(params[0], list) or params[0] is ...)):
                params = (list(params),)
            if not any(isinstance(p, TypeVarTuple) for p in expected):
                _check_count(cls, params, expected)
            params = tuple(tuple(p) if isinstance(p, list)  # a ParamSpec's argument list, kept as a tuple
                           else _type_check(p, 'Parameters to generic types must be types.') for p in params)
        return _GenericAlias(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if '__orig_bases__' in cls.__dict__:
            if Generic in cls.__orig_bases__:
                raise TypeError('Cannot inherit from plain Generic')
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ in (Generic, Protocol):
                    if gvars is not None:
                        raise TypeError('Cannot inherit from Generic[...] multiple times.')
                    gvars = base.__parameters__
            tvars = list(_collect_parameters(cls.__orig_bases__))
            if gvars is not None:
                missing = [t for t in tvars if t not in gvars]
                if missing:
                    raise TypeError('Some type variables (%s) are not listed in %s[%s]'
                                    % (', '.join(str(t) for t in missing),
                                       'Generic' if any(b.__origin__ is Generic for b in cls.__orig_bases__
                                                        if isinstance(b, _GenericAlias)) else 'Protocol',
                                       ', '.join(str(g) for g in gvars)))
                tvars = list(gvars)
        type_params = cls.__dict__.get('__type_params__', ())
        if type_params and not tvars:
            tvars = list(type_params)
        cls.__parameters__ = tuple(tvars)


_PROTO_SKIP = frozenset({'__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__',
                         '__new__', '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__',
                         '__match_args__', '__static_attributes__', '__firstlineno__', '__qualname__',
                         '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
                         '__protocol_attrs__', '__non_callable_proto_members__', '__type_params__',
                         '__init_subclass__', '__classcell__'})


def _protocol_attrs(cls):
    attrs = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ('Protocol', 'Generic'):
            continue
        names = list(base.__dict__) + list(base.__dict__.get('__annotations__', {}))
        for attr in names:
            if not attr.startswith('_abc_') and attr not in _PROTO_SKIP:
                attrs.add(attr)
    return attrs


class _ProtocolMeta(_ABCMeta):
    """The metaclass of protocols: isinstance against a runtime-checkable protocol checks its members."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        if name == 'Protocol' and bases == (Generic,):
            pass
        elif Protocol in bases:
            for base in bases:
                if not (base in (object, Generic) or base.__name__ in _PROTO_WHITELIST.get(base.__module__, ())
                        or issubclass(base, Generic) and getattr(base, '_is_protocol', False)):
                    raise TypeError('Protocols can only inherit from other protocols, got %r' % base)
        return super().__new__(mcls, name, bases, namespace, **kwargs)

    def _nominal(cls, other):
        # A protocol's nominal subclasses (derived or registered), found without asking __subclasscheck__ of any
        # protocol on the way: that one refuses protocols that are not runtime-checkable (CPython lets abc through).
        if '__subclasshook__' in cls.__dict__:
            ok = cls.__subclasshook__(other)
            if ok is not NotImplemented:
                return bool(ok)
        if cls in getattr(other, '__mro__', ()):
            return True
        for r in cls.__dict__.get('_abc_registry', ()):
            if issubclass(other, r):
                return True
        for s in cls.__subclasses__():
            if s._nominal(other) if isinstance(s, _ProtocolMeta) else issubclass(other, s):
                return True
        return False

    def __instancecheck__(cls, instance):
        if cls is Protocol or not getattr(cls, '_is_protocol', False):
            return super().__instancecheck__(instance)
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if cls._nominal(type(instance)):
            return True
        for attr in cls.__protocol_attrs__:
            try:
                val = getattr(instance, attr)
            except AttributeError:
                return False
            if val is None and attr not in cls.__non_callable_proto_members__:
                return False
        return True

    def __subclasscheck__(cls, other):
        if cls is Protocol or not getattr(cls, '_is_protocol', False):
            return super().__subclasscheck__(other)
        if not isinstance(other, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if not getattr(cls, '_is_runtime_protocol', False):
            raise TypeError('Instance and class checks can only be used with @runtime_checkable protocols')
        if cls.__non_callable_proto_members__:
            raise TypeError("Protocols with non-method members don't support issubclass(). Non-method members: %s."
                            % str(sorted(cls.__non_callable_proto_members__))[1:-1])
        if cls._nominal(other):
            return True
        for attr in cls.__protocol_attrs__:
            for base in other.__mro__:
                if attr in base.__dict__:
                    if base.__dict__[attr] is None:
                        return False
                    break
            else:
                return False
        return True


_PROTO_WHITELIST = {'collections.abc': ('Callable', 'Awaitable', 'Iterable', 'Iterator', 'AsyncIterable',
                                        'AsyncIterator', 'Hashable', 'Sized', 'Container', 'Collection',
                                        'Reversible', 'Buffer'),
                    'contextlib': ('AbstractContextManager', 'AbstractAsyncContextManager')}


def _no_init(self, *args, **kwargs):
    if type(self)._is_protocol:
        raise TypeError('Protocols cannot be instantiated')


class Protocol(Generic, metaclass=_ProtocolMeta):
    """The base of structural types: a class with the members a protocol lists is its instance for isinstance when
    the protocol is @runtime_checkable."""

    __slots__ = ()
    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        if not cls.__dict__.get('_is_protocol', False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        cls.__protocol_attrs__ = _protocol_attrs(cls)
        if cls._is_protocol and not any('__init__' in b.__dict__ for b in cls.__mro__[:-1]):
            cls.__init__ = _no_init


def runtime_checkable(cls):
    """Makes a protocol class answer isinstance and issubclass by its members."""
    if not isinstance(cls, type) or not issubclass(cls, Generic) or not getattr(cls, '_is_protocol', False):
        raise TypeError('@runtime_checkable can be only applied to protocol classes, got %r' % (cls,))
    cls._is_runtime_protocol = True
    cls.__non_callable_proto_members__ = set()
    for attr in cls.__protocol_attrs__:
        try:
            is_callable = callable(getattr(cls, attr, None))
        except Exception:
            is_callable = False
        if not is_callable:
            cls.__non_callable_proto_members__.add(attr)
    return cls


def is_protocol(tp):
    return isinstance(tp, type) and getattr(tp, '_is_protocol', False) and tp is not Protocol


def get_protocol_members(tp):
    if not is_protocol(tp):
        raise TypeError('%r is not a Protocol' % (tp,))
    return frozenset(tp.__protocol_attrs__)


def _supports(name, method):
    """A one-method runtime-checkable protocol (SupportsInt: has __int__), as CPython's typing defines them."""
    def abstract(self, *args):
        pass
    abstract.__name__ = method
    abstract.__qualname__ = name + '.' + method
    ns = {'__slots__': (), method: _abstractmethod(abstract), '__module__': 'typing', '__qualname__': name}
    return runtime_checkable(_ProtocolMeta(name, (Protocol,), ns))


SupportsInt = _supports('SupportsInt', '__int__')
SupportsFloat = _supports('SupportsFloat', '__float__')
SupportsComplex = _supports('SupportsComplex', '__complex__')
SupportsBytes = _supports('SupportsBytes', '__bytes__')
SupportsIndex = _supports('SupportsIndex', '__index__')
SupportsAbs = _supports('SupportsAbs', '__abs__')
SupportsRound = _supports('SupportsRound', '__round__')


AnyStr = TypeVar('AnyStr', bytes, str)
AnyStr.__module__ = 'typing'
T = TypeVar('T')
T.__module__ = 'typing'
KT = TypeVar('KT')
VT = TypeVar('VT')
T_co = TypeVar('T_co', covariant=True)
V_co = TypeVar('V_co', covariant=True)
VT_co = TypeVar('VT_co', covariant=True)
T_contra = TypeVar('T_contra', contravariant=True)
CT_co = TypeVar('CT_co', covariant=True, bound=type)
for _tv in (KT, VT, T_co, V_co, VT_co, T_contra, CT_co):
    _tv.__module__ = 'typing'
del _tv


# ---- functions

def cast(typ, val):
    """Answers val unchanged (a type checker's hint)."""
    return val


def assert_type(val, typ, /):
    return val


_overload_registry = {}


def _overload_dummy(*args, **kwds):
    raise NotImplementedError('You should not call an overloaded function. A series of @overload-decorated functions '
                              'outside a stub module should always be followed by an implementation that is not '
                              '@overload-ed.')


def overload(func):
    """Records an @overload variant (get_overloads answers them); the name is bound to a function that refuses."""
    key = (getattr(func, '__module__', None), getattr(func, '__qualname__', None))
    _overload_registry.setdefault(key, []).append(func)
    return _overload_dummy


def get_overloads(func):
    return list(_overload_registry.get((getattr(func, '__module__', None), getattr(func, '__qualname__', None)), []))


def clear_overloads():
    _overload_registry.clear()


def final(f):
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def override(method, /):
    try:
        method.__override__ = True
    except (AttributeError, TypeError):
        pass
    return method


def no_type_check(arg):
    try:
        arg.__no_type_check__ = True
    except TypeError:
        pass
    return arg


def no_type_check_decorator(decorator):
    return decorator


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False, frozen_default=False,
                        field_specifiers=(), **kwargs):
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {'eq_default': eq_default, 'order_default': order_default,
                                             'kw_only_default': kw_only_default, 'frozen_default': frozen_default,
                                             'field_specifiers': field_specifiers, 'kwargs': kwargs}
        return cls_or_fn
    return decorator


def get_origin(tp):
    """The unsubscripted form: get_origin(List[int]) is list, get_origin(Optional[int]) is Union."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if isinstance(tp, _GenericAlias) and not isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if isinstance(tp, _SpecialGenericAlias):
        return tp.__origin__
    if isinstance(tp, _abc_types):
        return tp.__origin__ if type(tp) is not _union_type else _union_type
    if tp is Generic:
        return Generic
    return None


def get_args(tp):
    """The arguments: get_args(Dict[str, int]) is (str, int), get_args(Callable[[int], str]) is ([int], str)."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, _SpecialGenericAlias):
        return ()
    if isinstance(tp, (_GenericAlias,) + _abc_types):
        res = tp.__args__
        if isinstance(tp, _CallableGenericAlias) or getattr(tp, '__origin__', None) is _abc.Callable:
            if res and res[0] is not ... and not isinstance(res[0], ParamSpec) and \
                    not (isinstance(res[0], _GenericAlias) and res[0].__origin__ is Concatenate):
                res = (list(res[:-1]), res[-1])
        return res
    return ()


class NewType:
    """A distinct name for a type (UserId = NewType('UserId', int)): calling it answers its argument."""

    def __init__(self, name, tp):
        self.__qualname__ = name
        if '.' in name:
            name = name.rpartition('.')[-1]
        self.__name__ = name
        self.__supertype__ = tp
        self.__module__ = _caller_module()

    def __call__(self, x):
        return x

    def __repr__(self):
        return '%s.%s' % (self.__module__, self.__qualname__)

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of NewType. Perhaps you were looking for: '
                        '`%s = NewType(%r, %s)`' % ('ProUserId', 'ProUserId', self.__name__))


def assert_never(arg, /):
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + '...'
    raise AssertionError('Expected code to be unreachable, but got: %s' % value)


def reveal_type(obj, /):
    print('Runtime type is %r' % type(obj).__name__, file=_sys.stderr)
    return obj


class TypeAliasType:
    """What PEP 695's `type Name = value` makes: a named alias whose value is evaluated on first use."""

    def __init__(self, name, value, *, type_params=()):
        if not isinstance(name, str):
            raise TypeError('TypeAliasType.__init__() argument \'name\' must be str, not %s' % type(name).__name__)
        self.__name__ = name
        self._value = value
        self._evaluate = None
        self.__type_params__ = tuple(type_params)
        self.__parameters__ = tuple(type_params)
        self.__module__ = _caller_module()

    @classmethod
    def _lazy(cls, name, evaluate, type_params, module):
        self = cls.__new__(cls)
        self.__name__ = name
        self._evaluate = evaluate
        self.__type_params__ = tuple(type_params)
        self.__parameters__ = tuple(type_params)
        self.__module__ = module
        return self

    @property
    def __value__(self):
        if self._evaluate is not None:
            self._value = self._evaluate()
            self._evaluate = None
        return self._value

    def __repr__(self):
        return self.__name__

    def __getitem__(self, params):
        if not self.__type_params__:
            raise TypeError('Only generic type aliases are subscriptable')
        return _GenericAlias(self, _tuple(params))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __reduce__(self):
        return self.__name__

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("type 'typing.TypeAliasType' is not an acceptable base type")

    def __mro_entries__(self, bases):
        raise TypeError('Cannot subclass an instance of TypeAliasType')

    def __call__(self, *args, **kwargs):
        raise TypeError("'typing.TypeAliasType' object is not callable")


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
                           '__static_attributes__', '__orig_bases__') and key not in nm_tpl._fields:
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
    return _make_nmtuple(typename, [(n, t) for n, t in fields], _caller_module())


_NamedTuple = type.__new__(NamedTupleMeta, 'NamedTuple', (), {})


def _namedtuple_mro_entries(bases):
    return (_NamedTuple,)


NamedTuple.__mro_entries__ = _namedtuple_mro_entries


def _is_wrapped(tp, form):
    return isinstance(tp, _GenericAlias) and tp.__origin__ is form


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError('cannot inherit from both a TypedDict type and a non-TypedDict base class')
        # a generic TypedDict (class M(TypedDict, Generic[T])) keeps Generic as a base, so M[int] works (CPython's)
        generic_base = (Generic,) if any(base is Generic or issubclass(base, Generic) for base in bases) else ()
        tp_dict = type.__new__(_TypedDictMeta, name, (*generic_base, dict), ns)
        if not hasattr(tp_dict, '__orig_bases__'):
            tp_dict.__orig_bases__ = bases
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
            if _is_wrapped(tp, Required):
                is_required = True
            elif _is_wrapped(tp, NotRequired):
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
    ns = {'__annotations__': dict(fields or {}), '__module__': _caller_module()}
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, 'TypedDict', (), {})


def _typeddict_mro_entries(bases):
    return (_TypedDict,)


TypedDict.__mro_entries__ = _typeddict_mro_entries


def is_typeddict(tp):
    return isinstance(tp, _TypedDictMeta)


# ---- get_type_hints

def _eval_hint(value, globalns, localns):
    if value is None:
        return type(None)
    if isinstance(value, str):
        value = ForwardRef(value)
    if isinstance(value, ForwardRef):
        value = eval(value.__forward_arg__, globalns, localns)
        return _eval_hint(value, globalns, localns)
    if isinstance(value, _GenericAlias) and not isinstance(value, _SpecialGenericAlias):
        args = value.__args__
        new = tuple(_eval_hint(a, globalns, localns) if not isinstance(a, list)
                    else [_eval_hint(x, globalns, localns) for x in a] for a in args)
        if isinstance(value, _LiteralGenericAlias) or new == args:
            return value
        if isinstance(value, _AnnotatedAlias):
            return _AnnotatedAlias(new[0], value.__metadata__)
        if isinstance(value, _UnionGenericAlias):
            return Union[new]
        return value._copy_with(new)
    return value


def _strip_annotations(t):
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if isinstance(t, _GenericAlias) and not isinstance(t, (_SpecialGenericAlias, _LiteralGenericAlias)):
        if t.__origin__ in (Required, NotRequired, ReadOnly):
            return _strip_annotations(t.__args__[0])
        stripped = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped == t.__args__:
            return t
        if isinstance(t, _UnionGenericAlias):
            return Union[stripped]
        return t._copy_with(stripped)
    return t


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The annotations of a class (its bases' first, each evaluated in its own module), a function or a module,
    with string annotations evaluated and None made NoneType, as CPython's."""
    if getattr(obj, '__no_type_check__', None):
        return {}
    hints = {}
    if isinstance(obj, type):
        for base in reversed(obj.__mro__):
            ann = base.__dict__.get('__annotations__', {})
            if isinstance(ann, type(_sys)):  # a module
                raise TypeError('%r is not a module, class, method, or function.' % (obj,))
            if globalns is None:
                module = _sys.modules.get(base.__module__)
                base_globals = getattr(module, '__dict__', {})
            else:
                base_globals = globalns
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:  # CPython's order: the class's names win over its module's
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                hints[name] = _eval_hint(value, base_globals, base_locals)
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}
    ann = getattr(obj, '__annotations__', None)
    if ann is None:
        if isinstance(obj, type(_sys)):
            return {}
        raise TypeError('%r is not a module, class, method, or function.' % (obj,))
    if globalns is None:
        if isinstance(obj, type(_sys)):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, '__wrapped__'):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, '__globals__', {})
    if localns is None:
        localns = globalns
    for name, value in ann.items():
        hints[name] = _eval_hint(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


# ---- IO and re aliases (annotation names)

class IO(Generic[AnyStr]):
    __slots__ = ()


class TextIO(IO[str]):
    __slots__ = ()


class BinaryIO(IO[bytes]):
    __slots__ = ()


def __getattr__(name):
    if name in ('Pattern', 'Match'):
        import re
        alias = _alias(getattr(re, name), 1, name)
        globals()[name] = alias
        return alias
    if name in ('ContextManager', 'AsyncContextManager'):
        import contextlib
        origin = contextlib.AbstractContextManager if name == 'ContextManager' else \
            contextlib.AbstractAsyncContextManager
        alias = _alias(origin, 1, name)
        globals()[name] = alias
        return alias
    raise AttributeError("module 'typing' has no attribute %r" % name)
