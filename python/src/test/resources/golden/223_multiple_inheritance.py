# SPDX-License-Identifier: Apache-2.0
# Multiple inheritance: C3 MRO, cooperative super(), mixins with exceptions, finalizers and properties, MRO errors.
class A:
    def who(self):
        return 'A'
    def hello(self):
        return 'A.hello'
class B(A):
    def who(self):
        return 'B>' + super().who()
class C(A):
    def who(self):
        return 'C>' + super().who()
    def hello(self):
        return 'C.hello'
class D(B, C):
    def who(self):
        return 'D>' + super().who()
d = D()
print(d.who(), d.hello())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.__bases__], D.__base__.__name__)
print(isinstance(d, C), issubclass(D, A), issubclass(C, B))
class Mixin:
    def describe(self):
        return '%s(%s)' % (type(self).__name__, self.value)
class Base:
    def __init__(self, value):
        self.value = value
class Thing(Mixin, Base):
    pass
print(Thing(3).describe())
class LoggedMixin:
    def __init__(self, *a, **k):
        print('LoggedMixin init')
        super().__init__(*a, **k)
class Point(LoggedMixin, Base):
    def __init__(self, v):
        print('Point init')
        super().__init__(v)
p = Point(5)
print(p.value)
try:
    class X(A, B):
        pass
except TypeError as e:
    print(e)
try:
    class Y(A, A):
        pass
except TypeError as e:
    print(e)
class MyErr(Mixin, ValueError):
    value = 'err'
try:
    raise MyErr('bad')
except ValueError as e:
    print(type(e).__name__, e, e.describe(), isinstance(e, Mixin))
class Fin:
    def __del__(self):
        print('Fin.__del__ via', type(self).__name__)
class Both(Base, Fin):
    pass
b = Both(1)
del b
class P1:
    @property
    def prop(self):
        return 'p1-prop'
class Q(Base, P1):
    pass
q = Q(2)
print(q.prop, q.value)
class Left:
    x = 'left'
class Right:
    x = 'right'
    y = 'right-y'
class LR(Left, Right):
    pass
print(LR.x, LR.y, LR().x)
