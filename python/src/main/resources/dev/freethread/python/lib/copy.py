# SPDX-License-Identifier: Apache-2.0
# copy for ftpython: copy and deepcopy of the built-in containers and of instances (a bare instance made by
# object.__new__, or by the built-in base's __new__ for a subclass of one, then its items and attributes),
# honouring __copy__ and __deepcopy__, with deepcopy's memo for shared and cyclic structures.


class Error(Exception):
    pass


_ATOMIC = (int, float, bool, str, bytes, type(None), range, type, type(len), type(lambda: 0))


def copy(x):
    cls = type(x)
    if isinstance(x, _ATOMIC) or cls is tuple:
        return x
    if cls is list:
        return x[:]
    if cls is dict or cls is set or cls is bytearray:
        return x.copy()
    copier = getattr(x, '__copy__', None)
    if copier is not None:
        return copier()
    return _copy_instance(x, False, None)


def _new_like(x, cls):
    """A new instance of cls as CPython's reduce protocol makes one (copyreg.__newobj__): for a subclass of list,
    dict or set an empty one that the caller fills through the copy's own methods; for a subclass of an immutable
    built-in, one made from __getnewargs__() (namedtuple's) or from the value it carries; else a bare instance."""
    for base in (list, dict, set):
        if isinstance(x, base):
            return cls.__new__(cls), base
    for base in (tuple, frozenset, str, int, float):
        if isinstance(x, base):
            getnewargs = getattr(x, '__getnewargs__', None)
            args = getnewargs() if getnewargs is not None else (base.__new__(base, x),)
            return cls.__new__(cls, *args), None
    return object.__new__(cls), None


def _copy_instance(x, deep, memo):
    cls = type(x)
    y, filled = _new_like(x, cls)
    if memo is not None:
        memo[id(x)] = y
    if filled is list:
        for v in list.__iter__(x):
            y.append(deepcopy(v, memo) if deep else v)
    elif filled is dict:
        for k, v in dict.items(x):
            y[deepcopy(k, memo) if deep else k] = deepcopy(v, memo) if deep else v
    elif filled is set:
        for v in set.__iter__(x):
            y.add(deepcopy(v, memo) if deep else v)
    slots = []
    for c in cls.__mro__:
        s = c.__dict__.get('__slots__', ()) if hasattr(c, '__dict__') else ()
        slots.extend([s] if isinstance(s, str) else s)
    if slots:
        for name in slots:
            if hasattr(x, name):
                v = getattr(x, name)
                object.__setattr__(y, name, deepcopy(v, memo) if deep else v)
        return y
    state = getattr(x, '__dict__', None)  # None: every class declared __slots__, all of them empty
    for k, v in (state or {}).items():
        object.__setattr__(y, k, deepcopy(v, memo) if deep else v)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if isinstance(x, _ATOMIC):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple(deepcopy(a, memo) for a in x)
        if all(a is b for a, b in zip(x, y)):
            y = x
        elif d in memo:
            return memo[d]
    elif cls is dict:
        y = {}
        memo[d] = y
        for k, v in x.items():
            y[deepcopy(k, memo)] = deepcopy(v, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _copy_instance(x, True, memo)
    memo[d] = y
    if y is not x:
        memo.setdefault(id(memo), []).append(x)  # keep x alive while the memo is, as CPython does
    return y
