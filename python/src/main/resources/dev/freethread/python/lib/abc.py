# SPDX-License-Identifier: Apache-2.0
# abc for ftpython: ABC, abstractmethod and virtual subclasses. ftpython has no metaclasses: ABC computes a subclass's
# __abstractmethods__ in __init_subclass__, and instantiating a class with any left raises CPython's TypeError.
# isinstance and issubclass ask a class's __class_instancecheck__/__class_subclasscheck__ (ftpython's stand-ins for
# ABCMeta.__instancecheck__/__subclasscheck__) when the real MRO says no: ABC answers from __subclasshook__, the
# classes registered with register(), and its subclasses', as ABCMeta does. ABCMeta is a stand-in: `class
# C(metaclass=ABCMeta)` makes C derive from ABC instead (the class statement reads its __ftpython_class_base__).


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    fget = getattr(value, 'fget', None)  # a property over an abstract getter
    return fget is not None and getattr(fget, '__isabstractmethod__', False)


_abc_invalidation_counter = 0


class ABC:
    __abstractmethods__ = ()
    _abc_registry = []
    _abc_subclasses = []
    _abc_cache = {}
    _abc_cache_token = 0

    def __init_subclass__(cls, **kwargs):
        # each ABC keeps its own registry, subclass list and cache; its ABC bases learn of it
        cls._abc_registry = []
        cls._abc_subclasses = []
        cls._abc_cache = {}
        cls._abc_cache_token = _abc_invalidation_counter
        for base in cls.__bases__:
            if isinstance(base, type) and '_abc_subclasses' in base.__dict__:
                base._abc_subclasses.append(cls)
        abstracts = set()
        for name, value in cls.__dict__.items():
            if _is_abstract(value):
                abstracts.add(name)
        for base in cls.__mro__[1:]:
            for name in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, name, None)):
                    abstracts.add(name)
        cls.__abstractmethods__ = tuple(sorted(abstracts))
        super().__init_subclass__(**kwargs)

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented

    @classmethod
    def register(cls, subclass):
        """Makes subclass a virtual subclass of this ABC (isinstance and issubclass say so); answers subclass."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass  # already a subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    @classmethod
    def __class_instancecheck__(cls, instance):
        return cls.__class_subclasscheck__(type(instance))

    @classmethod
    def __class_subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        cache = cls.__dict__.get('_abc_cache')
        if cache is None or cls._abc_cache_token != _abc_invalidation_counter:
            cache = {}
            cls._abc_cache = cache
            cls._abc_cache_token = _abc_invalidation_counter
        known = cache.get(subclass)
        if known is not None:
            return known
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            ok = bool(ok)
        elif cls in getattr(subclass, '__mro__', ()):
            ok = True
        else:
            ok = (any(issubclass(subclass, r) for r in cls.__dict__.get('_abc_registry', ()))
                  or any(issubclass(subclass, s) for s in cls.__dict__.get('_abc_subclasses', ())))
        cache[subclass] = ok
        return ok


class ABCMeta:
    """Not a metaclass (ftpython has none): in a class statement, metaclass=ABCMeta makes the class derive from
    ABC, which gives it CPython's abstract-method checks."""
    __ftpython_class_base__ = ABC


def get_cache_token():
    return _abc_invalidation_counter
