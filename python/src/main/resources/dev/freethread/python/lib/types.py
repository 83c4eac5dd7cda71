# SPDX-License-Identifier: Apache-2.0
# types for ftpython: the type objects of the interpreter's values, SimpleNamespace and MappingProxyType (a read-only
# view of a mapping), as CPython's.

import sys


def _f():
    pass


FunctionType = type(_f)
LambdaType = type(lambda: None)


def _g():
    yield 1


GeneratorType = type(_g())


async def _c():
    pass


_coroutine = _c()
CoroutineType = type(_coroutine)
_coroutine.close()
del _coroutine


async def _ag():
    yield 1


AsyncGeneratorType = type(_ag())
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)


class _C:
    def _m(self):
        pass


MethodType = type(_C()._m)
ModuleType = type(sys)
NoneType = type(None)
EllipsisType = type(Ellipsis)
NotImplementedType = type(NotImplemented)
CodeType = type(_f.__code__)


def _cell_factory():
    a = 1

    def f():
        nonlocal a
    return f.__closure__[0]


CellType = type(_cell_factory())
# the types of built-in methods and slot wrappers: ftpython's are all builtin_function_or_method
MethodWrapperType = type(object().__str__)
WrapperDescriptorType = type(object.__init__)
MethodDescriptorType = type(str.join)


class _Slotted:
    __slots__ = ('_slot',)


MemberDescriptorType = type(_Slotted._slot)
del _Slotted

try:
    raise TypeError
except TypeError as _exc:
    TracebackType = type(_exc.__traceback__)
    FrameType = type(_exc.__traceback__.tb_frame)
GenericAlias = type(list[int])
UnionType = type(int | str)
del _f, _g, _C, _cell_factory


class SimpleNamespace:
    """Attribute access over keyword arguments; equal when the attributes are."""

    def __init__(self, mapping_or_iterable=(), /, **kwargs):
        if mapping_or_iterable:
            kwargs = dict(mapping_or_iterable, **kwargs)
        for k, v in kwargs.items():
            if not isinstance(k, str):
                raise TypeError('keywords must be strings')
            setattr(self, k, v)

    def __repr__(self):
        items = ('%s=%r' % (k, v) for k, v in self.__dict__.items())
        name = 'namespace' if type(self) is SimpleNamespace else type(self).__name__
        return '%s(%s)' % (name, ', '.join(items))

    def __eq__(self, other):
        if isinstance(self, SimpleNamespace) and isinstance(other, SimpleNamespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    __hash__ = None

    def __replace__(self, **changes):
        ns = type(self)(**self.__dict__)
        ns.__dict__.update(changes)
        return ns


class mappingproxy:  # CPython's type name; exported as MappingProxyType below
    """A read-only view of a mapping."""

    def __init__(self, mapping):
        # CPython's check: any object whose type has __getitem__, except a list or a tuple
        if not hasattr(type(mapping), '__getitem__') or isinstance(mapping, (list, tuple)):
            raise TypeError('mappingproxy() argument must be a mapping, not %s' % type(mapping).__name__)
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __eq__(self, other):
        return self._mapping == other

    def __hash__(self):  # 3.12+: the mapping's hash
        return hash(self._mapping)

    def __repr__(self):
        return 'mappingproxy(%r)' % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")


mappingproxy.__module__ = "builtins"  # as CPython's built-in type
MappingProxyType = mappingproxy
del mappingproxy


def resolve_bases(bases):
    """The bases with each non-class one that has __mro_entries__ replaced by what it answers (PEP 560)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type):
            continue
        entries = getattr(base, '__mro_entries__', None)
        if entries is None:
            continue
        new_base = entries(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError('__mro_entries__ must return a tuple')
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    return tuple(new_bases) if updated else bases


def _calculate_meta(meta, bases):
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass '
                        'of the metaclasses of all its bases')
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace its __prepare__ makes, and the keywords left for it: as a class statement."""
    kwds = dict(kwds) if kwds is not None else {}
    if 'metaclass' in kwds:
        meta = kwds.pop('metaclass')
    else:
        meta = type(bases[0]) if bases else type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    prepare = getattr(meta, '__prepare__', None)
    ns = prepare(name, bases, **kwds) if prepare is not None else {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """Makes a class as a class statement would: bases resolved by __mro_entries__, the metaclass's namespace."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns['__orig_bases__'] = bases
    return meta(name, resolved_bases, ns, **kwds)


class _GeneratorWrapper:
    """What a types.coroutine generator function answers: its generator, also awaitable (CPython's own wrapper)."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__isgen = isinstance(gen, GeneratorType)
        self.__name__ = getattr(gen, '__name__', None)
        self.__qualname__ = getattr(gen, '__qualname__', None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, tp, *rest):
        return self.__wrapped.throw(tp, *rest)

    def close(self):
        return self.__wrapped.close()

    @property
    def gi_running(self):
        return self.__wrapped.gi_running

    cr_running = gi_running

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        if self.__isgen:
            return self.__wrapped
        return self

    __await__ = __iter__


def coroutine(func):
    """Convert regular generator function to a coroutine."""
    if not callable(func):
        raise TypeError('types.coroutine() expects a callable')

    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if isinstance(coro, (CoroutineType, _GeneratorWrapper)):
            return coro
        if isinstance(coro, GeneratorType) or (hasattr(coro, '__next__') and hasattr(coro, 'send')
                                               and not hasattr(coro, '__await__')):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


def __getattr__(name):
    # made on first use: a class's __dict__ is a mappingproxy, which this module defines
    if name == 'GetSetDescriptorType':
        class _WithDict:
            pass
        t = type(_WithDict.__dict__['__dict__'])
        globals()['GetSetDescriptorType'] = t
        return t
    raise AttributeError(f"module 'types' has no attribute '{name}'")
