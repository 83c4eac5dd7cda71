# CPython's abstract isinstance and issubclass (test_isinstance): objects that
# stand for classes through __bases__ and instances that claim one through
# __class__, their TypeErrors, a __bases__ cycle ending in RecursionError, and
# errors other than AttributeError propagating.
class AbstractClass(object):
    def __init__(self, bases):
        self.bases = bases
    def getbases(self):
        return self.bases
    __bases__ = property(getbases)
    def __call__(self):
        return AbstractInstance(self)
class AbstractInstance(object):
    def __init__(self, klass):
        self.klass = klass
    def getclass(self):
        return self.klass
    __class__ = property(getclass)
AbstractSuper = AbstractClass(bases=())
AbstractChild = AbstractClass(bases=(AbstractSuper,))
class Super:
    pass
class Child(Super):
    pass
print(isinstance(Super(), Super), isinstance(Super(), Child), isinstance(Super(), AbstractSuper), isinstance(Child(), AbstractSuper))
print(isinstance(AbstractSuper(), AbstractSuper), isinstance(AbstractSuper(), AbstractChild), isinstance(AbstractChild(), AbstractSuper))
print(issubclass(Super, Super), issubclass(Super, AbstractSuper), issubclass(Child, Super))
print(issubclass(AbstractSuper, AbstractSuper), issubclass(AbstractSuper, AbstractChild), issubclass(AbstractChild, AbstractSuper))
print(issubclass(AbstractChild, (AbstractSuper, int)))
class B:
    __bases__ = (int,)
print(issubclass(B(), int))
for call in (lambda: issubclass(1, int), lambda: issubclass(int, 1), lambda: isinstance(1, 1), lambda: issubclass(AbstractChild, 3)):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
class X:
    @property
    def __bases__(self):
        return self.__bases__
try:
    issubclass(X(), int)
except RecursionError:
    print('RecursionError')
class E:
    @property
    def __bases__(self):
        raise RuntimeError
try:
    issubclass(E(), int)
except RuntimeError:
    print('RuntimeError propagates')
import abc
class A(abc.ABC): pass
try:
    issubclass(AbstractChild, A)
except TypeError as e:
    print('TypeError:', e)
