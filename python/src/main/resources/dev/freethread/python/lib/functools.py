# SPDX-License-Identifier: Apache-2.0
# functools for ftpython: reduce, partial, partialmethod, update_wrapper/wraps, lru_cache/cache, cmp_to_key,
# total_ordering, cached_property, singledispatch and singledispatchmethod.
# Written here over ftpython's subset; the caches are guarded by a lock, so that two threads calling one cached
# function keep its statistics exact (CPython's free-threaded build locks its C cache too).
from _thread import RLock as _RLock
from _ftfunctools import lru_core as _lru_core, lru_call as _lru_call, lru_info as _lru_info, lru_clear as _lru_clear
from _thread import RLock  # CPython's functools has this name too (cached_property's lock once used it)

WRAPPER_ASSIGNMENTS = ('__module__', '__name__', '__qualname__', '__doc__', '__annotations__', '__type_params__')
WRAPPER_UPDATES = ('__dict__',)

_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing, /):
    it = iter(iterable)
    if initial is _initial_missing:
        value = next(it, _initial_missing)
        if value is _initial_missing:
            raise TypeError('reduce() of empty iterable with no initial value')
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        if hasattr(wrapped, attr):
            setattr(wrapper, attr, getattr(wrapped, attr))
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    def decorator(wrapper):
        return update_wrapper(wrapper, wrapped, assigned, updated)
    return decorator


class partial:
    # func, args and keywords are slots, kept apart from the instance's __dict__ (CPython's members)
    __slots__ = ('func', 'args', 'keywords', '__dict__', '__weakref__')

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError('the first argument must be callable')
        if isinstance(func, partial):
            args = func.args + args
            merged = dict(func.keywords)
            merged.update(keywords)
            keywords = merged
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        if keywords:  # a call's own keywords win over the stored ones (a new dict: the stored one is kept as is)
            if self.keywords:
                keywords = {**self.keywords, **keywords}
        else:
            keywords = self.keywords  # ** copies it for the callee
        return self.func(*self.args, *args, **keywords)

    def __repr__(self):
        # the class by module and qualified name (a subclass is named as itself), as CPython 3.13's
        cls = type(self)
        name = 'functools.partial' if cls is partial else '%s.%s' % (cls.__module__, cls.__qualname__)
        key = (id(self), _get_ident())
        if key in _repr_running:
            return '...'
        _repr_running.add(key)
        try:
            parts = [repr(self.func)]
            parts.extend(repr(a) for a in self.args)
            parts.extend('%s=%r' % (k, v) for k, v in self.keywords.items())
        finally:
            _repr_running.discard(key)
        return '%s(%s)' % (name, ', '.join(parts))

    def __get__(self, obj, objtype=None):
        # CPython 3.13: a partial is no method descriptor yet, and says it will be one
        if obj is not None:
            import warnings
            warnings.warn("functools.partial will be a method descriptor in future Python versions; wrap it in "
                          "staticmethod() if you want to preserve the old behavior", FutureWarning, 2)
        return self

    def __reduce__(self):
        # CPython's: the class, the function, then the state __setstate__ takes back
        namespace = self.__dict__
        return type(self), (self.func,), (self.func, self.args, self.keywords or None, namespace or None)

    def __setstate__(self, state):
        if not isinstance(state, tuple):
            raise TypeError("argument to __setstate__ must be a tuple")
        if len(state) != 4:
            raise TypeError("invalid partial state")
        func, args, kwds, namespace = state
        if (not callable(func) or not isinstance(args, tuple) or (kwds is not None and not isinstance(kwds, dict))
                or (namespace is not None and not isinstance(namespace, dict))):
            raise TypeError("invalid partial state")
        if type(args) is not tuple:
            args = tuple(args)  # a tuple subclass's items, as a plain tuple
        if kwds is None:
            kwds = {}
        elif type(kwds) is not dict:
            kwds = dict(kwds)  # a plain dict is kept as it is (a copy shares it, as CPython's partial_setstate)
        d = self.__dict__  # the state's namespace replaces what was set on the object (None: nothing), as CPython's
        d.clear()
        if namespace:
            d.update(namespace)
        self.func = func
        self.args = args
        self.keywords = kwds


# (partial, thread) pairs whose repr is being made: a partial in its own arguments prints as ..., per thread as
# CPython's Py_ReprEnter
_repr_running = set()
from _thread import get_ident as _get_ident


class _CacheInfo:
    """CPython's CacheInfo named tuple, as a small class: the four fields, its repr, equality with a tuple."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def _tuple(self):
        return (self.hits, self.misses, self.maxsize, self.currsize)

    def __repr__(self):
        return 'CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)' % self._tuple()

    def __eq__(self, other):
        if isinstance(other, _CacheInfo):
            other = other._tuple()
        return self._tuple() == other

    def __iter__(self):
        return iter(self._tuple())

    def __getitem__(self, i):
        return self._tuple()[i]

    def __len__(self):
        return 4


_kwd_mark = object()


_fasttypes = {int, str}
_len = len  # the cache calls no builtin by name: lru_cache(len) may replace builtins.len


class _HashedSeq(list):
    """A key's items with their hash taken once (CPython's): the cache's lookups then never hash the arguments again
    (a user's __hash__ runs once a call)."""
    __slots__ = 'hashvalue'

    def __init__(self, tup, hash=hash):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue


def _make_key(args, kwds, typed):
    key = args
    if kwds:
        key += (_kwd_mark,)
        for item in kwds.items():
            key += item
    if typed:
        key += tuple(type(v) for v in args)
        if kwds:
            key += tuple(type(v) for v in kwds.values())
    elif _len(key) == 1 and type(key[0]) in _fasttypes:  # CPython's: a lone int or str is its own key
        return key[0]
    return _HashedSeq(key)


def lru_cache(maxsize=128, typed=False):
    if isinstance(maxsize, int):
        if maxsize < 0:
            maxsize = 0
    elif callable(maxsize) and isinstance(typed, bool):
        user_function, maxsize = maxsize, 128
        return _lru_wrapper(user_function, maxsize, typed)
    elif maxsize is not None:
        raise TypeError('Expected first argument to be an integer, a callable, or None')

    def decorating_function(user_function):
        return _lru_wrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function, /):
    return lru_cache(maxsize=None)(user_function)


def _lru_wrapper(user_function, maxsize, typed):
    # the cache is _ftfunctools' (Java): one call makes the key, looks it up, counts and on a miss calls the function
    # and stores its result; the wrapper stays a Python function, so wraps, binding and introspection are a
    # function's (a cached method binds as one). _make_key gives the keys of arguments whose hash may run user code.
    core = _lru_core(user_function, maxsize, typed, _make_key)

    def wrapper(*args, **kwds):
        return _lru_call(core, args, kwds)

    def cache_info():
        hits, misses, currsize = _lru_info(core)
        return _CacheInfo(hits, misses, maxsize, currsize)

    def cache_clear():
        _lru_clear(core)

    def cache_parameters():
        return {'maxsize': maxsize, 'typed': typed}

    wrapper.cache_info = cache_info
    wrapper.cache_clear = cache_clear
    wrapper.cache_parameters = cache_parameters
    return update_wrapper(wrapper, user_function)


def cmp_to_key(mycmp):
    class K:
        def __init__(self, obj):
            self.obj = obj

        def __lt__(self, other):
            return mycmp(self.obj, other.obj) < 0

        def __gt__(self, other):
            return mycmp(self.obj, other.obj) > 0

        def __eq__(self, other):
            return mycmp(self.obj, other.obj) == 0

        def __le__(self, other):
            return mycmp(self.obj, other.obj) <= 0

        def __ge__(self, other):
            return mycmp(self.obj, other.obj) >= 0

        __hash__ = None
    return K


# total_ordering: each missing comparison defined from the one the class has (and ==), returning NotImplemented
# where the one it uses does, as CPython's functools does.

def _gt_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r and self != other


def _le_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else r or self == other


def _ge_from_lt(self, other):
    r = type(self).__lt__(self, other)
    return r if r is NotImplemented else not r


def _ge_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r or self == other


def _lt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else r and self != other


def _gt_from_le(self, other):
    r = type(self).__le__(self, other)
    return r if r is NotImplemented else not r


def _lt_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r and self != other


def _ge_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else r or self == other


def _le_from_gt(self, other):
    r = type(self).__gt__(self, other)
    return r if r is NotImplemented else not r


def _le_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r or self == other


def _gt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else r and self != other


def _lt_from_ge(self, other):
    r = type(self).__ge__(self, other)
    return r if r is NotImplemented else not r


_CONVERT = {
    '__lt__': [('__gt__', _gt_from_lt), ('__le__', _le_from_lt), ('__ge__', _ge_from_lt)],
    '__le__': [('__ge__', _ge_from_le), ('__lt__', _lt_from_le), ('__gt__', _gt_from_le)],
    '__gt__': [('__lt__', _lt_from_gt), ('__ge__', _ge_from_gt), ('__le__', _le_from_gt)],
    '__ge__': [('__le__', _le_from_ge), ('__gt__', _gt_from_ge), ('__lt__', _lt_from_ge)],
}


def total_ordering(cls):
    # the comparisons the class has that are not object's own (a base's count, an int subclass's int's ones too);
    # compared by ==, not CPython's is: ftpython makes a built-in's slot wrapper anew at each lookup
    roots = {op for op in _CONVERT if getattr(cls, op, None) != getattr(object, op, None)}
    if not roots:
        raise ValueError('must define at least one ordering operation: < > <= >=')
    root = max(roots)  # CPython prefers __lt__, then __le__, __gt__, __ge__: the greatest name of the four
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            opfunc.__name__ = opname
            setattr(cls, opname, opfunc)
    return cls


class partialmethod:
    """partial for methods: the bound (or class) argument comes first, then the stored ones."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        if isinstance(func, partialmethod):
            self.func = func.func
            self.args = func.args + args
            self.keywords = {**func.keywords, **keywords}
        else:
            self.func = func
            self.args = args
            self.keywords = keywords

    def __repr__(self):
        args = ", ".join(map(repr, self.args))
        keywords = ", ".join("{}={!r}".format(k, v) for k, v in self.keywords.items())
        return "{}.{}({})".format(type(self).__module__, type(self).__qualname__,
                                  ", ".join(x for x in (repr(self.func), args, keywords) if x))

    def __get__(self, obj, cls=None):
        get = getattr(self.func, "__get__", None)
        if get is not None and not isinstance(self.func, partial):
            new_func = get(obj, cls)
            if new_func is not self.func:
                # a bound method, or what a classmethod or staticmethod gives
                result = partial(new_func, *self.args, **self.keywords)
                try:
                    result.__self__ = new_func.__self__
                except AttributeError:
                    pass
                return result
        method = self

        def _method(cls_or_self, /, *args, **keywords):
            return method.func(cls_or_self, *method.args, *args, **{**method.keywords, **keywords})
        _method.__isabstractmethod__ = getattr(self.func, "__isabstractmethod__", False)
        _method._partialmethod = self
        return _method.__get__(obj, cls)  # for an instance a bound method, with its __self__, as CPython's

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)


_NOT_FOUND = object()


class cached_property:
    """A property computed once per instance and then kept in the instance's __dict__ (which the lookup finds first
    from then on, as CPython's non-data descriptor)."""

    def __init__(self, func):
        self.func = func
        self.attrname = None
        self.__doc__ = func.__doc__
        self.__module__ = getattr(func, "__module__", None)

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            "({!r} and {!r}).".format(self.attrname, name))

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        try:
            cache = instance.__dict__
        except AttributeError:
            raise TypeError("No '__dict__' attribute on {!r} instance to cache {!r} property.".format(
                type(instance).__name__, self.attrname)) from None
        val = cache.get(self.attrname, _NOT_FOUND)
        if val is _NOT_FOUND:
            val = self.func(instance)
            try:
                cache[self.attrname] = val
            except TypeError:
                raise TypeError("The '__dict__' attribute on {!r} instance does not support item assignment for "
                                "caching {!r} property.".format(type(instance).__name__, self.attrname)) from None
        return val


def _abc_cache_token():
    try:
        import abc
        return abc.get_cache_token()
    except (ImportError, AttributeError):
        return None


def _c3_merge(sequences):
    """The C3 merge of lists (each consumed here): again and again, the first head that is in no list's tail."""
    result = []
    while True:
        sequences = [seq for seq in sequences if seq]
        if not sequences:
            return result
        for seq in sequences:
            head = seq[0]
            if not any(head in other[1:] for other in sequences):
                break
        else:
            raise RuntimeError("Inconsistent hierarchy")
        result.append(head)
        for seq in sequences:
            if seq[0] == head:
                del seq[0]


def _c3_mro(cls, abcs=None):
    """cls's C3 linearization with the abstract base classes in abcs that cls implements but does not name put in
    where they apply: right after the last explicit base that is abstract itself, each one at the class that
    first brings what it describes (CPython's singledispatch order)."""
    bases = cls.__bases__
    boundary = 0
    for i in range(len(bases) - 1, -1, -1):
        if hasattr(bases[i], '__abstractmethods__'):
            boundary = i + 1  # the bases up to the last abstract one are "explicit"
            break
    abcs = list(abcs) if abcs else []
    explicit = list(bases[:boundary])
    other = list(bases[boundary:])
    abstract = [b for b in abcs if issubclass(cls, b) and not any(issubclass(base, b) for base in bases)]
    for b in abstract:
        abcs.remove(b)
    return _c3_merge([[cls]]
                     + [_c3_mro(b, abcs=abcs) for b in explicit]
                     + [_c3_mro(b, abcs=abcs) for b in abstract]
                     + [_c3_mro(b, abcs=abcs) for b in other]
                     + [explicit] + [abstract] + [other])


def _compose_mro(cls, types):
    """cls's MRO with those of types (a registry's keys) that cls implements virtually (ABCs) merged in."""
    in_mro = set(cls.__mro__)
    from types import GenericAlias
    related = [t for t in types if t not in in_mro and hasattr(t, '__mro__') and not isinstance(t, GenericAlias)
               and issubclass(cls, t)]
    # a type that is a base of another one comes in through that one's MRO
    related = [t for t in related if not any(t != o and t in o.__mro__ for o in related)]
    related_set = set(related)
    abcs = []
    for t in related:
        # subclasses of t that cls also implements order the ABCs (those with more of them first)
        found = [[s for s in sub.__mro__ if s in related_set] for sub in t.__subclasses__()
                 if sub not in in_mro and issubclass(cls, sub)]
        if not found:
            abcs.append(t)
            continue
        found.sort(key=len, reverse=True)
        for chain in found:
            for s in chain:
                if s not in abcs:
                    abcs.append(s)
    return _c3_mro(cls, abcs=abcs)


def _find_impl(cls, registry):
    """The implementation for cls: the first registered class of its MRO with the ABCs it implements merged in;
    two unrelated virtual bases that match equally well are ambiguous (RuntimeError), as CPython's."""
    mro = _compose_mro(cls, registry.keys())
    match = None
    for t in mro:
        if match is not None:
            if (t in registry and t not in cls.__mro__ and match not in cls.__mro__
                    and not issubclass(match, t)):
                raise RuntimeError("Ambiguous dispatch: {} or {}".format(match, t))
            break
        if t in registry:
            match = t
    return registry.get(match)


def _is_union_type(cls):
    import typing
    import types
    return typing.get_origin(cls) in (typing.Union, types.UnionType)


def _union_members(cls):
    import typing
    return typing.get_args(cls)


def singledispatch(func):
    """A generic function dispatching on the class of its first argument; register implementations with
    .register(cls) or a first parameter's annotation (a union registers each member)."""
    import weakref
    registry = {}
    dispatch_cache = weakref.WeakKeyDictionary()  # a class's implementation, found once (a class may be freed)
    cache_lock = _RLock()
    cache_token = [None]  # abc's cache token once an ABC is registered: an ABC's register() then empties the cache

    def dispatch(cls):
        with cache_lock:
            if cache_token[0] is not None:
                token = _abc_cache_token()
                if cache_token[0] != token:
                    dispatch_cache.clear()
                    cache_token[0] = token
            try:
                impl = dispatch_cache[cls]
            except KeyError:
                try:
                    impl = registry[cls]
                except KeyError:
                    impl = _find_impl(cls, registry)
                dispatch_cache[cls] = impl
            return impl

    def _is_valid_dispatch_type(cls):
        if isinstance(cls, type):
            return True
        return _is_union_type(cls) and all(isinstance(arg, type) for arg in _union_members(cls))

    def register(cls, func=None):
        if _is_valid_dispatch_type(cls):
            if func is None:
                return lambda f: register(cls, f)
        else:
            if func is not None:
                raise TypeError("Invalid first argument to `register()`. {!r} is not a class or union type."
                                .format(cls))
            func = cls
            target = func.__func__ if isinstance(func, (staticmethod, classmethod)) else func
            ann = getattr(target, "__annotations__", {})
            if not ann:
                raise TypeError("Invalid first argument to `register()`: {!r}. Use either `@register(some_class)` "
                                "or plain `@register` on an annotated function.".format(func))
            from typing import get_type_hints
            argname, cls = next(iter(get_type_hints(target).items()))
            if not _is_valid_dispatch_type(cls):
                if _is_union_type(cls):
                    raise TypeError("Invalid annotation for {!r}. {!r} not all arguments are classes."
                                    .format(argname, cls))
                raise TypeError("Invalid annotation for {!r}. {!r} is not a class.".format(argname, cls))
        with cache_lock:
            if _is_union_type(cls):
                for arg in _union_members(cls):
                    registry[arg] = func
            else:
                registry[cls] = func
            if cache_token[0] is None and hasattr(cls, '__abstractmethods__'):
                cache_token[0] = _abc_cache_token()
            dispatch_cache.clear()
        return func

    def wrapper(*args, **kw):
        if not args:
            raise TypeError("{} requires at least 1 positional argument".format(funcname))
        return dispatch(args[0].__class__)(*args, **kw)

    funcname = getattr(func, "__name__", "singledispatch function")
    registry[object] = func
    wrapper.register = register
    wrapper.dispatch = dispatch
    wrapper.registry = registry
    wrapper._clear_cache = dispatch_cache.clear
    update_wrapper(wrapper, func)
    return wrapper


class singledispatchmethod:
    """singledispatch for methods: dispatches on the first argument after self (or cls)."""

    def __init__(self, func):
        if not callable(func) and not hasattr(func, "__get__"):
            raise TypeError("{!r} is not callable or a descriptor".format(func))
        self.dispatcher = singledispatch(func)
        self.func = func

    def register(self, cls, method=None):
        return self.dispatcher.register(cls, func=method)

    def __get__(self, obj, cls=None):
        dispatcher = self.dispatcher
        funcname = getattr(self.func, "__name__", "singledispatchmethod method")

        def _method(*args, **kwargs):
            if not args:
                raise TypeError("{} requires at least 1 positional argument".format(funcname))
            method = dispatcher.dispatch(args[0].__class__)
            return method.__get__(obj, cls)(*args, **kwargs)
        _method.__isabstractmethod__ = getattr(self.func, "__isabstractmethod__", False)
        _method.register = self.register
        update_wrapper(_method, self.func)
        return _method

    @property
    def __isabstractmethod__(self):
        return getattr(self.func, "__isabstractmethod__", False)
