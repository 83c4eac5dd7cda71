# SPDX-License-Identifier: Apache-2.0
"""copy for ftpython: copy, deepcopy and replace, by CPython's protocol.

The built-in immutable types are returned as they are and the built-in containers copied directly; anything else
uses its class's __copy__ or __deepcopy__, else the reduction pickle would use (copyreg's dispatch table, then the
object's __reduce_ex__(4) or __reduce__(); object's own is copyreg's default reduction), and rebuilds the object from
it: the callable and its arguments, then the state (__setstate__, or the __dict__ and slots), the list items and the
dict items. deepcopy copies every part through a memo, so shared and cyclic structures stay shared and cyclic, and
the memo keeps each original alive while it holds its copy.
"""

import types
import weakref
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error  # backward compatibility

__all__ = ["Error", "copy", "deepcopy", "replace"]


def _copy_immutable(x):
    return x


_IMMUTABLE = (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type, range, slice, property,
              types.BuiltinFunctionType, type(Ellipsis), type(NotImplemented), types.FunctionType, weakref.ref,
              types.CodeType)

_copy_dispatch = {t: _copy_immutable for t in _IMMUTABLE}
for _t in (list, dict, set, bytearray):
    _copy_dispatch[_t] = _t.copy
del _t


def copy(x):
    """A shallow copy of x."""
    cls = type(x)
    copier = _copy_dispatch.get(cls)
    if copier:
        return copier(x)
    if issubclass(cls, type):
        return x
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    rv = _reduce(x, cls, "shallow")
    if isinstance(rv, str):
        return x
    return _reconstruct(x, None, *rv)


def _reduce(x, cls, kind):
    reductor = dispatch_table.get(cls, None)
    if reductor is not None:
        return reductor(x)
    reductor = getattr(x, "__reduce_ex__", None)
    if reductor is not None:
        return reductor(4)
    reductor = getattr(x, "__reduce__", None)
    if reductor:
        return reductor()
    raise Error("un(%s)copyable object of type %s" % (kind, cls))


def deepcopy(x, memo=None, _nil=[]):
    """A deep copy of x; `memo` maps the ids of what was copied already to their copies."""
    d = id(x)
    if memo is None:
        memo = {}
    else:
        y = memo.get(d, _nil)
        if y is not _nil:
            return y
    cls = type(x)
    copier = _deepcopy_dispatch.get(cls)
    if copier is not None:
        y = copier(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            rv = _reduce(x, cls, "deep")
            if isinstance(rv, str):
                y = x
            else:
                y = _reconstruct(x, memo, *rv)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_atomic(x, memo):
    return x


_deepcopy_dispatch = {t: _deepcopy_atomic for t in _IMMUTABLE if t not in (tuple, frozenset, slice)}  # as CPython's


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    y = []
    memo[id(x)] = y
    append = y.append
    for a in x:
        append(deepcopy(a, memo))
    return y


_deepcopy_dispatch[list] = _deepcopy_list


_missing = object()


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    y = [deepcopy(a, memo) for a in x]
    # a tuple reached again through its own items was copied meanwhile (CPython catches memo's KeyError: a raise is
    # several times dearer here, and nearly every tuple misses, the args of every instance's __reduce_ex__ among them)
    copied = memo.get(id(x), _missing)
    if copied is not _missing:
        return copied
    for k, j in zip(x, y):
        if k is not j:
            return tuple(y)
    return x


_deepcopy_dispatch[tuple] = _deepcopy_tuple


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    y = {}
    memo[id(x)] = y
    for key, value in x.items():
        y[deepcopy(key, memo)] = deepcopy(value, memo)
    return y


_deepcopy_dispatch[dict] = _deepcopy_dict


def _deepcopy_method(x, memo):
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch[types.MethodType] = _deepcopy_method


def _keep_alive(x, memo):
    """Keeps x alive as long as the memo is (its id is a key there)."""
    try:
        memo[id(memo)].append(x)
    except KeyError:
        memo[id(memo)] = [x]


def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *, deepcopy=deepcopy):
    deep = memo is not None
    if deep and args:
        args = deepcopy(args, memo)
    y = func(*args)
    if deep:
        memo[id(x)] = y
    if state is not None:
        if deep:
            state = deepcopy(state, memo)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            if isinstance(state, tuple) and len(state) == 2:
                state, slotstate = state
            else:
                slotstate = None
            if state is not None:
                y.__dict__.update(state)
            if slotstate is not None:
                for key, value in slotstate.items():
                    setattr(y, key, value)
    if listiter is not None:
        if deep:
            for item in listiter:
                y.append(deepcopy(item, memo))
        else:
            for item in listiter:
                y.append(item)
    if dictiter is not None:
        if deep:
            for key, value in dictiter:
                y[deepcopy(key, memo)] = deepcopy(value, memo)
        else:
            for key, value in dictiter:
                y[key] = value
    return y


def replace(obj, /, **changes):
    """A new object of obj's type with the fields in `changes` replaced (its __replace__, Python 3.13)."""
    cls = obj.__class__
    func = getattr(cls, '__replace__', None)
    if func is None:
        raise TypeError(f"replace() does not support {cls.__name__} objects")
    return func(obj, **changes)
