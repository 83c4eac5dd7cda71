# the descriptor protocol for a user's classes: data descriptors before the instance dict, non-data after it,
# __set_name__ at class creation, __delete__, access through the class, and inheritance of descriptors
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError("%s must be int, not %s" % (self.name[1:], type(value).__name__))
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)

class NonData:
    def __get__(self, obj, objtype=None):
        return ("computed", obj is None, objtype.__name__)

class SetOnly:
    def __set__(self, obj, value):
        obj.__dict__["seen"] = value

class Point:
    x = Typed()
    y = Typed()
    nd = NonData()
    so = SetOnly()
    def __init__(self, x, y):
        self.x = x
        self.y = y

p = Point(1, 2)
print(p.x, p.y, sorted(p.__dict__.items()))
try:
    p.x = "a"
except TypeError as e:
    print("TypeError", e)
p.__dict__["x"] = 99  # the data descriptor still wins over the instance dict
print(p.x)
del p.y
print(p.y)
print(type(Point.x).__name__, Point.nd, p.nd)
p.nd = "own"  # a non-data descriptor loses to the instance dict
print(p.nd)
del p.nd
print(p.nd)
print(Point.so is Point.__dict__["so"], hasattr(p, "so"))
p.so = 5
print(p.__dict__["seen"], p.so is Point.__dict__["so"])
try:
    del p.so
except AttributeError as e:
    print("AttributeError", e)

class Sub(Point):
    z = Typed()
print(Sub(3, 4).x)
s = Sub(5, 6); s.z = 7; print(s.z, s.x, s.y)

class Counter:
    calls = 0
    def __get__(self, obj, objtype=None):
        Counter.calls += 1
        return Counter.calls
class Uses:
    c = Counter()
    def m(self):
        return self.c + self.c
print(Uses().m(), Uses.c, getattr(Uses(), "c"), hasattr(Uses(), "c"))

class Broken:
    def __set_name__(self, owner, name):
        raise ValueError("no names: " + name)
try:
    class Owner:
        b = Broken()
except ValueError as e:
    print("ValueError", e)

class Lazy:
    def __init__(self, f):
        self.f = f
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        v = self.f(obj)
        obj.__dict__[self.f.__name__] = v
        return v
class Holder:
    @Lazy
    def big(self):
        print("computing")
        return 10
h = Holder()
print(h.big, h.big)

def f(a: int, *args: str, b: "x" = 1, **kw: float) -> list:
    pass
print(f.__annotations__)
def g(): pass
print(g.__annotations__, g.__annotations__ is g.__annotations__)
print(f.__get__(h, Holder).__self__ is h)
