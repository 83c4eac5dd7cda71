# Classes deriving from property (classproperty, a caching property, a documented subclass): ftpython gives them a
# property written in Python that isinstance/issubclass count as property; a class's __name__/__qualname__ come
# before its namespace's attributes, and a body's __qualname__ is the class's and leaves its __dict__.
class classproperty(property):
    def __get__(self, obj, cls):
        return self.fget(cls)
class A:
    _n = 5
    @classproperty
    def n(cls):
        "the count"
        return cls._n
print(A.n, A().n)
class cached(property):
    """A cached property."""
    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        v = super().__get__(obj, cls)
        obj.__dict__[self.fget.__name__ + '_c'] = v
        return v
class B:
    def __init__(self): self._x = 1
    @cached
    def x(self):
        "x doc"
        return self._x * 10
    @x.setter
    def x(self, v):
        self._x = v
b = B()
print(b.x, b.x_c)
b.x = 4
print(b.x, type(B.__dict__['x']).__name__, B.__dict__['x'].__doc__, cached.__doc__)
print(isinstance(B.__dict__['x'], property), issubclass(cached, property), issubclass(cached, object), cached.__mro__[1])
try:
    del b.x
except AttributeError as e:
    print('AttributeError', e)
class C:
    @cached
    def y(self): return 1
try:
    C().y = 3
except AttributeError as e:
    print('AttributeError', e)
class PropertySub(property):
    """This is a subclass of property"""
class PropertySubWoDoc(property):
    pass
class Foo:
    @PropertySub
    def spam(self):
        """spam spam spam"""
        return 1
    @PropertySubWoDoc
    def eggs(self):
        """eggs doc"""
        return 2
print(Foo.spam.__doc__, Foo.eggs.__doc__, Foo().spam, Foo().eggs, Foo.spam.__name__)
p = PropertySub(doc='given')
print(p.__doc__, PropertySub.__doc__)
import abc
class Abs(abc.ABC):
    @cached
    @abc.abstractmethod
    def z(self): pass
try:
    Abs()
except TypeError as e:
    print('TypeError', e)
class A:
    __qualname__ = 'some.name'
print(A.__qualname__, A.__name__, '__qualname__' in A.__dict__, repr(A))
try:
    class B:
        __qualname__ = 5
except TypeError as e:
    print('TypeError', e)
C = type('C', (), {'__qualname__': 'x.C'})
print(C.__qualname__, '__qualname__' in C.__dict__)
class D:
    pass
D.__qualname__ = 'other'
print(D.__qualname__, repr(D))


class Renamed:
    pass


Renamed.__name__ = 'has space'
print(Renamed.__name__, Renamed.__qualname__, '__name__' in Renamed.__dict__, type(Renamed()).__name__)
try:
    Renamed.__name__ = 3
except TypeError as e:
    print('TypeError', e)


# the name in a property's messages: __set_name__'s, else the getter's, else none; the owner by its qualified name
class Outer:
    class cls:
        foo = property()
        @property
        def bar(self): return 1
    cls.baz = property(lambda s: 2)
    cls.qux = property()
def t(label, f):
    try: print(label, f())
    except Exception as e: print(label, type(e).__name__, e)
o = Outer.cls()
t('get foo', lambda: o.foo)
t('set foo', lambda: setattr(o, 'foo', 1))
t('del bar', lambda: delattr(o, 'bar'))
t('set baz', lambda: setattr(o, 'baz', 1))
t('get qux', lambda: o.qux)
p = property(lambda s: 1)
p.__set_name__(object, 'oof'); print(p.__name__)
for a in [(), (1,), (1, 2, 3)]:
    t('set_name', lambda: p.__set_name__(*a))
t('name none', lambda: property().__name__)
print(Outer.cls.__dict__['foo'].__name__, Outer.cls.__dict__['bar'].__name__)
