# abc.ABCMeta is a metaclass: type(ABC), the MRO of a class made with metaclass=ABCMeta, metaclasses deriving from
# ABCMeta, __abstractmethods__, register() and the checks, update_abstractmethods, collections.abc's classes.
import abc
import collections.abc as cabc
import numbers


print(type(abc.ABC) is abc.ABCMeta, isinstance(abc.ABC, type), issubclass(abc.ABCMeta, type))
print(abc.ABC.__mro__)


class Shape(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def area(self):
        ...

    @property
    @abc.abstractmethod
    def name(self):
        ...

    def describe(self):
        return "%s of area %s" % (self.name, self.area())


print(Shape.__mro__, type(Shape).__name__, sorted(Shape.__abstractmethods__), type(Shape.__abstractmethods__).__name__)
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)


class Square(Shape):
    def area(self):
        return 4

    @property
    def name(self):
        return "square"


print(Square().describe(), Square.__abstractmethods__, isinstance(Square(), Shape), issubclass(Square, Shape))


class Half(Shape):
    def area(self):
        return 1


try:
    Half()
except TypeError as e:
    print("TypeError:", e)


# register: virtual subclasses
class Drawable(abc.ABC):
    @abc.abstractmethod
    def draw(self):
        ...


class Circle:
    def draw(self):
        return "o"


print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable))
print(Drawable.register(Circle) is Circle)
print(isinstance(Circle(), Drawable), issubclass(Circle, Drawable), Drawable in Circle.__mro__)
try:
    Drawable.register(3)
except TypeError as e:
    print("TypeError:", e)


class SubDrawable(Drawable):
    pass


class Blob:
    pass


SubDrawable.register(Blob)
print(issubclass(Blob, SubDrawable), issubclass(Blob, Drawable), isinstance(Blob(), Drawable))


# __subclasshook__
class Closeable(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Closeable:
            return hasattr(C, "close")
        return NotImplemented


class File:
    def close(self):
        pass


print(issubclass(File, Closeable), isinstance(File(), Closeable), isinstance(1, Closeable))


# a metaclass deriving from ABCMeta
class PluginMeta(abc.ABCMeta):
    plugins = []

    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        if not cls.__abstractmethods__:
            PluginMeta.plugins.append(name)
        return cls


class PluginBase(metaclass=PluginMeta):
    @abc.abstractmethod
    def run(self):
        ...


class Hello(PluginBase):
    def run(self):
        return "hello"


print(PluginMeta.plugins, type(Hello).__name__, isinstance(Hello, abc.ABCMeta), Hello().run())
try:
    PluginBase()
except TypeError as e:
    print("TypeError:", e)


# update_abstractmethods after adding an implementation
class Later(abc.ABC):
    @abc.abstractmethod
    def go(self):
        ...


class Impl(Later):
    pass


Impl.go = lambda self: "went"
print(sorted(Impl.__abstractmethods__))
abc.update_abstractmethods(Impl)
print(sorted(Impl.__abstractmethods__), Impl().go())

# collections.abc and numbers are ABCs
print(type(cabc.Mapping) is abc.ABCMeta, isinstance({}, cabc.Mapping), isinstance([], cabc.Sequence),
      isinstance(3, numbers.Integral), isinstance(2.5, numbers.Real), issubclass(int, numbers.Number))


class MyMap(cabc.Mapping):
    def __init__(self, d):
        self._d = d

    def __getitem__(self, k):
        return self._d[k]

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(self._d)


m = MyMap({"a": 1})
print(isinstance(m, cabc.Mapping), m.get("a"), m.get("b", 0), list(m.items()), "a" in m)
try:
    cabc.Mapping()
except TypeError as e:
    print("TypeError:", e)
