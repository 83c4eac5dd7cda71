# SPDX-License-Identifier: Apache-2.0
"""copyreg for ftpython: the registry of reduction functions pickle and copy consult, the helpers pickles name to
rebuild objects (__newobj__, __newobj_ex__, _reconstructor), and the extension-code registry."""

__all__ = ["pickle", "constructor", "add_extension", "remove_extension", "clear_extension_cache"]

dispatch_table = {}


def pickle(ob_type, pickle_function, constructor_ob=None):
    """Registers `pickle_function` as the reduction function for instances of `ob_type`."""
    if not callable(pickle_function):
        raise TypeError("reduction functions must be callable")
    dispatch_table[ob_type] = pickle_function
    if constructor_ob is not None:
        constructor(constructor_ob)


def constructor(object):
    if not callable(object):
        raise TypeError("constructors must be callable")


def _reconstructor(cls, base, state):
    """Rebuilds an instance pickled with protocol 0 or 1 by _reduce_ex."""
    if base is object:
        obj = object.__new__(cls)
    else:
        obj = base.__new__(cls, state)
        if base.__init__ != object.__init__:
            base.__init__(obj, state)
    return obj


def _reduce_ex(self, proto):
    """The protocol 0 and 1 reduction of an instance: (_reconstructor, (cls, base, state), dict)."""
    assert proto < 2
    cls = self.__class__
    for base in cls.__mro__:  # the first built-in base: it makes the instance from its state
        if getattr(base, '__module__', None) == 'builtins':
            break
    else:
        base = object
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(self)
    args = (cls, base, state)
    own = any('__getstate__' in _class_dict(c) for c in cls.__mro__)
    if own:
        dict = self.__getstate__()
    else:
        if getattr(self, "__slots__", None):
            raise TypeError(f"cannot pickle {cls.__name__!r} object: a class that defines __slots__ without "
                            f"defining __getstate__ cannot be pickled with protocol {proto}")
        dict = getattr(self, '__dict__', None)
    if dict:
        return _reconstructor, args, dict
    return _reconstructor, args


def _class_dict(c):
    """The namespace of a class made by a class statement or type(); {} for a built-in type, whose methods are the
    defaults these functions stand for (a built-in type's __dict__ has no '__module__', in CPython too)."""
    d = getattr(c, '__dict__', None)
    return d if d is not None and '__module__' in d else {}


def __newobj__(cls, *args):
    """What the NEWOBJ opcode does: cls.__new__(cls, *args)."""
    return cls.__new__(cls, *args)


def __newobj_ex__(cls, args, kwargs):
    """What the NEWOBJ_EX opcode does: cls.__new__(cls, *args, **kwargs)."""
    return cls.__new__(cls, *args, **kwargs)


def _slotnames(cls):
    """The names of the slots of `cls` and its bases (private names mangled), cached in cls.__slotnames__."""
    names = _class_dict(cls).get("__slotnames__")
    if names is not None:
        return names
    names = []
    if not hasattr(cls, "__slots__"):
        pass
    else:
        for c in cls.__mro__:
            cdict = _class_dict(c)
            if "__slots__" in cdict:
                slots = cdict['__slots__']
                if isinstance(slots, str):
                    slots = (slots,)
                for name in slots:
                    if name in ("__dict__", "__weakref__"):
                        continue
                    elif name.startswith('__') and not name.endswith('__'):
                        stripped = c.__name__.lstrip('_')
                        if stripped:
                            names.append('_%s%s' % (stripped, name))
                        else:
                            names.append(name)
                    else:
                        names.append(name)
    try:
        cls.__slotnames__ = names
    except Exception:
        pass
    return names


# The extension registry: codes 1..0x7fffffff for (module, name) pairs, pickled as EXT1/EXT2/EXT4.
_extension_registry = {}
_inverted_registry = {}
_extension_cache = {}


def add_extension(module, name, code):
    """Registers an extension code."""
    code = int(code)
    if not 1 <= code <= 0x7fffffff:
        raise ValueError("code out of range")
    key = (module, name)
    if (_extension_registry.get(key) == code and _inverted_registry.get(code) == key):
        return
    if key in _extension_registry:
        raise ValueError("key %s is already registered with code %s" % (key, _extension_registry[key]))
    if code in _inverted_registry:
        raise ValueError("code %s is already in use for key %s" % (code, _inverted_registry[code]))
    _extension_registry[key] = code
    _inverted_registry[code] = key


def remove_extension(module, name, code):
    """Unregisters an extension code. For testing only."""
    key = (module, name)
    if (_extension_registry.get(key) != code or _inverted_registry.get(code) != key):
        raise ValueError("key %s is not registered with code %s" % (key, code))
    del _extension_registry[key]
    del _inverted_registry[code]
    if code in _extension_cache:
        del _extension_cache[code]


def clear_extension_cache():
    _extension_cache.clear()


# ---- object.__reduce_ex__, object.__reduce__ and object.__getstate__ (ftpython's object methods call these)


def _object_reduce_ex(obj, proto):
    """object.__reduce_ex__(proto): a class's own __reduce__ if one of ours defines it, else the default reduction."""
    for c in type(obj).__mro__:
        if '__reduce__' in _class_dict(c):
            return obj.__reduce__()
    return _reduce_object(obj, proto)


def _reduce_object(obj, proto):
    """object.__reduce_ex__(proto) for an object whose type gives no reduction of its own."""
    cls = type(obj)
    special = _builtin_reduce(obj, proto)
    if special is not None:
        return special
    if not _is_python_instance(obj):
        raise TypeError(f"cannot pickle {cls.__name__!r} object")
    if proto < 2:
        return _reduce_ex(obj, proto)
    kwargs = None
    # the special methods are bound to obj as CPython's lookup binds them (a classmethod gets the class)
    getnewargs_ex = getattr(cls, '__getnewargs_ex__', None)
    if getnewargs_ex is not None:
        newargs = getattr(obj, '__getnewargs_ex__')()
        if not isinstance(newargs, tuple):
            raise TypeError(f"__getnewargs_ex__ should return a tuple, not '{type(newargs).__name__}'")
        if len(newargs) != 2:
            raise ValueError(f"__getnewargs_ex__ should return a tuple of length 2, not {len(newargs)}")
        args, kwargs = newargs
        if not isinstance(args, tuple):
            raise TypeError(f"first item of the tuple returned by __getnewargs_ex__ must be a tuple, "
                            f"not '{type(args).__name__}'")
        if not isinstance(kwargs, dict):
            raise TypeError(f"second item of the tuple returned by __getnewargs_ex__ must be a dict, "
                            f"not '{type(kwargs).__name__}'")
    else:
        getnewargs = getattr(cls, '__getnewargs__', None)
        if getnewargs is not None:
            args = getattr(obj, '__getnewargs__')()
            if not isinstance(args, tuple):
                raise TypeError(f"__getnewargs__ should return a tuple, not '{type(args).__name__}'")
        else:
            args = _builtin_base_args(obj)
    state = _getstate(obj)
    listitems = iter(obj) if isinstance(obj, list) else None
    dictitems = iter(obj.items()) if isinstance(obj, dict) else None
    if kwargs:
        return __newobj_ex__, (cls, args, kwargs), state, listitems, dictitems
    return __newobj__, (cls,) + args, state, listitems, dictitems


_VALUE_BASES = (bool, int, float, complex, str, bytes, tuple, frozenset)


def _builtin_base_args(obj):
    """The arguments __new__ needs for an instance of a subclass of an immutable built-in type (its value)."""
    for base in type(obj).__mro__:
        if base in _VALUE_BASES:
            if base is complex:
                return (complex(obj.real, obj.imag),)
            return (base(obj),)
    return ()


def _is_python_instance(obj):
    """Whether obj's class was made by a class statement (or type()), so __new__ and __dict__ rebuild it."""
    cls = type(obj)
    return cls.__module__ != 'builtins' or hasattr(obj, '__dict__')


def _getstate(obj):
    getstate = getattr(type(obj), '__getstate__', None)
    if getstate is not None:
        return getattr(obj, '__getstate__')()
    return _object_getstate(obj)


def _object_getstate(obj):
    """object.__getstate__(): the instance's __dict__ (None when empty), with its slots' values as (dict, slots)."""
    try:
        d = obj.__dict__
    except AttributeError:
        d = None
    if d is not None and not d:
        d = None
    slots = {}
    for name in _slotnames(type(obj)):
        try:
            slots[name] = getattr(obj, name)
        except AttributeError:
            pass
    if slots:
        return (d, slots)
    return d


def _builtin_reduce(obj, proto):
    """CPython's reductions for built-in objects that ftpython's types do not provide."""
    cls = type(obj)
    if cls is complex:
        return complex, (obj.real, obj.imag)
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    if isinstance(obj, (set, frozenset)):  # set.__reduce__: (cls, (list,), __dict__ or None)
        return cls, (list(obj),), (getattr(obj, '__dict__', None) or None)
    if cls is bytearray:
        return bytearray, ((bytes(obj),) if obj else ()), None
    if isinstance(obj, BaseException):
        d = getattr(obj, '__dict__', None)
        args = obj.args
        if isinstance(obj, OSError) and len(args) == 2 and obj.filename is not None:
            # CPython's OSError.__reduce__: the filenames go back into the arguments the constructor parses
            args = args + (obj.filename,)
            if obj.filename2 is not None:
                args = args + (None, obj.filename2)
        if isinstance(obj, ImportError):  # CPython's ImportError.__reduce__: its members that are set, as state
            d = dict(d or {})
            for member in ('name', 'path', 'name_from'):
                value = getattr(obj, member)
                if value is not None:
                    d[member] = value
        elif isinstance(obj, AttributeError):  # AttributeError.__getstate__: the dict, its name, and its args
            d = dict(d or {})
            if obj.name is not None:
                d['name'] = obj.name
            d['args'] = args
        if d:
            return cls, args, d
        return cls, args
    if hasattr(obj, '__self__') and hasattr(obj, '__func__') and not isinstance(obj, type):  # a bound method
        return getattr, (obj.__self__, obj.__func__.__name__)
    if cls is type(len) and getattr(obj, '__self__', None) is not None and \
            type(obj.__self__).__name__ != 'module':  # a built-in method ([].append)
        return getattr, (obj.__self__, obj.__name__)
    if obj is Ellipsis:
        return 'Ellipsis'
    if obj is NotImplemented:
        return 'NotImplemented'
    return None


