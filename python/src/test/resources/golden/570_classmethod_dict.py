# classmethod and staticmethod objects have a __dict__ (3.10+): functools.wraps' names copied, attributes set on them.
def f(cls, x: int) -> str:
    "doc of f"
    return x
cm = classmethod(f)
print(cm.__dict__)
cm.x = 3
print(cm.__dict__['x'], cm.x, cm.__wrapped__ is f, cm.__func__ is f, cm.__doc__, cm.__name__, cm.__qualname__)
cm.__doc__ = 'changed'
print(cm.__doc__, f.__doc__)
del cm.x
print(hasattr(cm, 'x'))
try:
    del cm.nothing
except AttributeError as e:
    print('AttributeError', e)
sm = staticmethod(abs)
print(sorted(sm.__dict__))
print(sorted(set(dir(cm)) - set(dir(object))))
print(sorted(set(dir(property(f))) - set(dir(object))))
class C:
    @classmethod
    def m(cls):
        "m doc"
        return cls.__name__
    @staticmethod
    def s():
        return 's'
    def __init_subclass__(cls): pass
print(C.__dict__['m'].__doc__, C.__dict__['m'].__name__, C.m(), C.s(), C.__dict__['s'].__dict__)
import functools
def deco(func):
    @functools.wraps(func)
    def wrapper(*a): return func(*a)
    return wrapper
class D:
    @deco
    @classmethod
    def k(cls): return 'k'
print(type(D.__dict__['k'].__wrapped__).__name__)
import inspect
print(inspect.unwrap(classmethod(deco(f))) is f)
