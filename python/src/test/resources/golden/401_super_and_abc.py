# super() with a class as its second argument, super's members and repr, a property read through super(), a getter
# reused by a subclass's property keeping its own class for super(); abc's legacy decorators, _py_abc, and
# issubclass asking an ABC's __subclasses__() (cases from CPython's test_abc and test_super).
import abc, _py_abc

class A:
    def f(self):
        return 'A'
    @classmethod
    def c(cls):
        return 'c' + cls.__name__
class B(A):
    def f(self):
        return 'B' + super().f()
print(B().f(), super(B, B()).f(), super(B, B).f(B()), super(B, B).c(), super(B, B()).c())
s = super(B, B())
print(repr(s), s.__thisclass__, s.__self_class__, type(s.__self__).__name__, repr(super(B, B))[:24])

class C:
    @property
    def foo(self):
        return 3
class D(C):
    @C.foo.getter
    def foo(self):
        return super().foo + 1
class E(D):
    @D.foo.setter
    def foo(self, val):
        pass
print(C().foo, D().foo, E().foo, super(D, D()).foo, type(super(D, D).foo).__name__)

for ABCMeta in (abc.ABCMeta, _py_abc.ABCMeta):
    class P(metaclass=ABCMeta):
        @abc.abstractproperty
        def x(self):
            return 3
        @abc.abstractclassmethod
        def k(cls):
            return cls.__name__
        @abc.abstractstaticmethod
        def s():
            return 4
    print(sorted(P.__abstractmethods__), P.x.__isabstractmethod__)
    try:
        P()
    except TypeError as e:
        print('TypeError', str(e).split(' with ')[0])
    class Q(P):
        @property
        def x(self):
            return super().x
        @classmethod
        def k(cls):
            return super().k()
        @staticmethod
        def s():
            return 5
    print(Q().x, Q.k(), Q().k(), Q.s())

    for bogus in (None, lambda x: [], lambda: 42, lambda: [42]):
        class S(metaclass=ABCMeta):
            __subclasses__ = bogus
        try:
            issubclass(int, S)
            print('no error')
        except TypeError:
            print('TypeError')
    class CustomError(Exception):
        pass
    def raise_exc():
        raise CustomError('from __subclasses__')
    class S(metaclass=ABCMeta):
        __subclasses__ = raise_exc
    try:
        issubclass(int, S)
    except CustomError as e:
        print('CustomError', e)
    class Root(metaclass=ABCMeta):
        pass
    class Leaf(Root):
        pass
    Leaf.register(int)
    print(issubclass(int, Root), issubclass(bool, Leaf), isinstance(3, Root), issubclass(str, Root))
