# Metaclasses: class statements with metaclass=, type subclasses, __new__/__init__/__call__/__prepare__ on the
# metaclass, metaclass attributes and special methods seen through the class, type(name, bases, ns), conflicts.
import abc
import gc


class Meta(type):
    log = []

    def __new__(mcs, name, bases, ns, **kw):
        Meta.log.append(("new", mcs.__name__, name, tuple(b.__name__ for b in bases), sorted(kw.items())))
        ns["made_by"] = mcs.__name__
        return super().__new__(mcs, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        Meta.log.append(("init", name, sorted(k for k in ns if not k.startswith("__"))))
        super().__init__(name, bases, ns)
        cls.instances = []

    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.instances.append(obj)
        return obj

    @classmethod
    def __prepare__(mcs, name, bases, **kw):
        Meta.log.append(("prepare", mcs.__name__, name, sorted(kw)))
        return {"prepared": True}

    def describe(cls):
        return "class %s made by %s" % (cls.__name__, cls.made_by)

    @property
    def lower(cls):
        return cls.__name__.lower()

    @classmethod
    def meta_cm(mcs):
        return mcs.__name__

    def __repr__(cls):
        return "<Meta class %s>" % cls.__name__

    def __len__(cls):
        return len(cls.instances)

    def __iter__(cls):
        return iter(cls.instances)

    def __contains__(cls, x):
        return x in cls.instances

    def __getitem__(cls, i):
        return cls.instances[i]


class Base(metaclass=Meta):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Base(%r)" % self.v

    def __init_subclass__(cls, **kw):
        Meta.log.append(("init_subclass", cls.__name__, sorted(kw.items())))
        super().__init_subclass__()


class Child(Base, tag="x"):
    pass


for entry in Meta.log:
    print(entry)
print(type(Base) is Meta, type(Child) is Meta, Base.__class__ is Meta, isinstance(Base, type), isinstance(Base, Meta))
print(issubclass(Meta, type), type(Meta) is type, Meta.__mro__)
print(Base.prepared, Child.made_by, Base.describe(), Child.lower, Base.meta_cm())
print(repr(Base), str(Child), Base, [Base])
b1, b2, c1 = Base(1), Base(2), Child(3)
print(len(Base), len(Child), list(Base), b1 in Base, c1 in Base, Base[1], Child[0])
print([x.v for x in Base.instances], hasattr(b1, "describe"), hasattr(b1, "lower"))
try:
    b1.describe()
except AttributeError as e:
    print("AttributeError:", e)
try:
    Base.nothing
except AttributeError as e:
    print("AttributeError:", e)


# A singleton through __call__, and a __call__ that answers something else
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self):
        self.values = {}


c1, c2 = Config(), Config()
print(c1 is c2, type(c1).__name__)


class Weird(type):
    def __call__(cls, *a):
        return ("called", cls.__name__, a)


class W(metaclass=Weird):
    pass


print(W(1, 2))


# A registry built by __init__, and a __new__ that answers something that is not a class
class Registry(type):
    classes = {}

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            Registry.classes[name.lower()] = cls


class Plugin(metaclass=Registry):
    pass


class Alpha(Plugin):
    pass


class Beta(Plugin):
    pass


print(sorted(Registry.classes), Registry.classes["alpha"] is Alpha)


class NotAClass(type):
    def __new__(mcs, name, bases, ns):
        return "just a string for " + name

    def __init__(cls, *a):
        raise AssertionError("no __init__ when __new__ answers something else")


class Thing(metaclass=NotAClass):
    pass


print(Thing)


# A plain function as the metaclass
def func_meta(name, bases, ns):
    ns["via_function"] = name
    return type(name, bases, ns)


class F(metaclass=func_meta):
    pass


print(type(F) is type, F.via_function)


# type(name, bases, ns) with a base whose metaclass is ours goes through that metaclass
Meta.log.clear()
Dyn = type("Dyn", (Base,), {"extra": 1})
print(type(Dyn) is Meta, Dyn.extra, Dyn.made_by, [e[0] for e in Meta.log])
Direct = Meta("Direct", (), {})
print(type(Direct) is Meta, Direct.made_by, Direct.instances, Direct.prepared if hasattr(Direct, "prepared") else "-")


# metaclass conflicts, and a metaclass derived from another one
class OtherMeta(type):
    pass


class Other(metaclass=OtherMeta):
    pass


try:
    class Both(Base, Other):
        pass
except TypeError as e:
    print("TypeError:", e)


class SubMeta(Meta):
    def describe(cls):
        return "sub: " + super().describe()


class Deeper(Base, metaclass=SubMeta):
    pass


print(type(Deeper).__name__, Deeper.describe())
try:
    class Bad(Deeper, metaclass=OtherMeta):
        pass
except TypeError as e:
    print("TypeError:", e)


# __instancecheck__ and __subclasscheck__ on a metaclass
class Duck(type):
    def __instancecheck__(cls, obj):
        return hasattr(obj, "quack")

    def __subclasscheck__(cls, sub):
        return hasattr(sub, "quack")


class Quacker(metaclass=Duck):
    pass


class Mallard:
    def quack(self):
        return "quack"


print(isinstance(Mallard(), Quacker), isinstance(1, Quacker), issubclass(Mallard, Quacker), issubclass(int, Quacker))
print(isinstance(Quacker(), Quacker))


# __getattr__ on a metaclass answers missing class attributes
class Fallback(type):
    def __getattr__(cls, name):
        if name.startswith("x_"):
            return name[2:]
        raise AttributeError(name)


class Fb(metaclass=Fallback):
    real = 1


print(Fb.real, Fb.x_hello, getattr(Fb, "x_y", None), getattr(Fb, "nope", "default"), hasattr(Fb, "zzz"))


# abc.ABCMeta still works as a metaclass
class Shape(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def area(self):
        ...


class Square(Shape):
    def area(self):
        return 4


try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
print(Square().area(), isinstance(Square(), Shape))

# Errors: type.__new__ with a non-type metaclass, and wrong arguments
try:
    type.__new__(int, "X", (), {})
except TypeError as e:
    print("TypeError:", e)
try:
    Meta("OnlyName")
except TypeError as e:
    print("TypeError:", e)

# Classes with metaclasses in reference cycles are collected
for i in range(3):
    class Cyc(metaclass=Meta):
        pass
    Cyc.me = Cyc
    del Cyc
print(gc.collect() >= 0)
Meta.log.clear()
Base.instances.clear()
Child.instances.clear()
del b1, b2, c1
print("done")
