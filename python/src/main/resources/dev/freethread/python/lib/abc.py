# SPDX-License-Identifier: Apache-2.0
# abc for ftpython: ABC and abstractmethod. ftpython has no metaclasses: ABC computes a subclass's
# __abstractmethods__ in __init_subclass__, and instantiating a class with any left raises CPython's TypeError.
# ABCMeta is a stand-in: `class C(metaclass=ABCMeta)` makes C derive from ABC instead (the class statement reads
# its __ftpython_class_base__). register and virtual subclasses are not provided.


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


def _is_abstract(value):
    if getattr(value, '__isabstractmethod__', False):
        return True
    fget = getattr(value, 'fget', None)  # a property over an abstract getter
    return fget is not None and getattr(fget, '__isabstractmethod__', False)


class ABC:
    __abstractmethods__ = ()

    def __init_subclass__(cls, **kwargs):
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


class ABCMeta:
    """Not a metaclass (ftpython has none): in a class statement, metaclass=ABCMeta makes the class derive from
    ABC, which gives it CPython's abstract-method checks."""
    __ftpython_class_base__ = ABC


def get_cache_token():
    return 0
