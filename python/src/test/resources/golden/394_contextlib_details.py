# contextlib.contextmanager keeps the function's attributes and docstring (the instance's too, else the helper
# class's); AbstractContextManager subclasses with __slots__ = () have no __dict__.
from contextlib import contextmanager, AbstractContextManager


def attribs(**kw):
    def decorate(func):
        for k, v in kw.items():
            setattr(func, k, v)
        return func
    return decorate


@contextmanager
@attribs(foo='bar')
def baz(spam):
    """Whee!"""
    yield


print(baz.__name__, baz.foo, baz.__doc__, baz(None).__doc__)


@contextmanager
def nodoc():
    yield


print(repr(nodoc().__doc__))


class Slotted(AbstractContextManager):
    __slots__ = ()

    def __exit__(self, *args):
        return super().__exit__(*args)


try:
    Slotted().var = 42
except AttributeError as e:
    print('AttributeError')
with Slotted() as s:
    print(type(s).__name__)
