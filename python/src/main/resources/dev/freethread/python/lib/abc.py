# SPDX-License-Identifier: Apache-2.0
# abc for ftpython: ABCMeta (a metaclass, as CPython's), ABC, abstractmethod and virtual subclasses. ABCMeta computes a
# class's __abstractmethods__ when it makes the class, and instantiating a class with any left raises CPython's
# TypeError. isinstance and issubclass ask ABCMeta's __instancecheck__/__subclasscheck__, which answer from the class's
# __subclasshook__, the classes registered with register(), and its subclasses', with a cache per class that any
# register() invalidates, as CPython's do.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


# The legacy decorators. CPython's are subclasses of classmethod, staticmethod and property, which ftpython cannot
# subclass: these make the built-in descriptor over a function marked abstract, which is what ABCMeta reads.
def abstractclassmethod(callable):
    """A decorator indicating abstract classmethods (deprecated: use classmethod with abstractmethod)."""
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    """A decorator indicating abstract staticmethods (deprecated: use staticmethod with abstractmethod)."""
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    """A decorator indicating abstract properties (deprecated: use property with abstractmethod)."""
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    fget = getattr(value, 'fget', None)  # a property over an abstract getter
    return fget is not None and getattr(fget, '__isabstractmethod__', False)


_abc_invalidation_counter = 0


class ABCMeta(type):
    """The metaclass of abstract base classes: abstract methods refuse instantiation, and register() makes virtual
    subclasses that isinstance and issubclass accept."""

    def __new__(mcls, name, bases, namespace, /, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        abstracts = {n for n, v in namespace.items() if _is_abstract(v)}
        for base in bases:
            for n in getattr(base, '__abstractmethods__', ()):
                if _is_abstract(getattr(cls, n, None)):
                    abstracts.add(n)
        cls.__abstractmethods__ = frozenset(abstracts)
        # each ABC keeps its own registry and cache; its subclasses are type.__subclasses__()'s
        cls._abc_registry = []
        cls._abc_cache = {}
        cls._abc_cache_token = _abc_invalidation_counter
        return cls

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

    def __instancecheck__(cls, instance):
        subclass = instance.__class__
        if subclass is not type(instance) and cls.__subclasscheck__(subclass):
            return True
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
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
        hook = getattr(cls, '__subclasshook__', None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            ok = bool(ok)
        elif cls in getattr(subclass, '__mro__', ()):
            ok = True
        else:
            # the registered classes, then the subclasses, as CPython asks them: cls.__subclasses__() may be
            # anything a class body set, and what it raises propagates
            ok = (any(issubclass(subclass, r) for r in cls.__dict__.get('_abc_registry', ()))
                  or any(issubclass(subclass, s) for s in cls.__subclasses__()))
        cache[subclass] = ok
        return ok


class ABC(metaclass=ABCMeta):
    """A helper class that has ABCMeta as its metaclass: derive from it to make an abstract base class."""
    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented


def update_abstractmethods(cls):
    """Recomputes an ABC's __abstractmethods__ after methods were added or removed (as CPython's, 3.10+)."""
    if not hasattr(cls, '__abstractmethods__'):
        return cls
    abstracts = set()
    for base in cls.__bases__:
        for n in getattr(base, '__abstractmethods__', ()):
            if _is_abstract(getattr(cls, n, None)):
                abstracts.add(n)
    for n, v in cls.__dict__.items():
        if _is_abstract(v):
            abstracts.add(n)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


def get_cache_token():
    return _abc_invalidation_counter
