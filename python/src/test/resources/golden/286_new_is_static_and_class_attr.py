# __new__ is made a static method by the class statement (super().__new__ chains), staticmethod/classmethod __func__,
# and __class__ of functions, modules and other built-in objects.
class A:
    def __new__(cls, *a):
        o = super().__new__(cls)
        o.args = a
        return o
class B(A):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(B(1, 2).args, type(A.__dict__['__new__']).__name__, A.__new__ is A.__dict__['__new__'].__func__ if hasattr(A.__dict__['__new__'], '__func__') else '?')
class C(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(C(4), type(C(1)).__name__)
class D:
    @classmethod
    def m(cls): return cls
    @staticmethod
    def s(): return 1
print(D.__dict__['m'].__func__.__name__, D.__dict__['s'].__func__(), D.__dict__['s'].__wrapped__.__name__)
def f(): pass
import math
g = (i for i in [])
for o in (f, len, math, g, [].append, range(3), iter([]), property(), staticmethod(f), classmethod(f), slice(1), Ellipsis, NotImplemented, None, True, 1.5, b'x', bytearray(), {}.keys(), zip(), map(f, []), enumerate([]), reversed([]), object()):
    print(o.__class__.__name__, end=' ')
print()
