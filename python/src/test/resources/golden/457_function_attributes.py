# A function's __dict__ assigned, deleted and read from threads; the fields CPython keeps outside __dict__
# (__name__, __qualname__, __doc__, __module__), read-only ones, deleting __defaults__/__kwdefaults__/__annotations__,
# __type_params__, dir() of a function and of a method, and cells compared by contents (CPython's test_funcattrs).
# Compared with CPython 3.13.
import threading, types

def f(a=1, *, k=2):
    "doc"
f.__name__ = "x"; f.__qualname__ = "q.x"; f.__doc__ = "d"; f.__module__ = "m"
print(f.__dict__, f.__name__, f.__qualname__, f.__doc__, f.__module__, repr(f)[:12])
f.__dict__ = {"known_attr": 7}
print(f.known_attr, "known_attr" in dir(f), f.__dict__)
class MyDict(dict):
    pass
f.__dict__ = MyDict(z=1)
print(f.z, type(f.__dict__).__name__)
for attr, val in (("__name__", 7), ("__qualname__", None), ("__dict__", None), ("__globals__", {}),
                  ("__closure__", ()), ("__builtins__", 2), ("__type_params__", [1]), ("__annotations__", 3)):
    try:
        setattr(f, attr, val)
        print("set", attr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
for attr in ("__dict__", "__name__", "__type_params__"):
    try:
        delattr(f, attr)
        print("deleted", attr)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__ + ":", e)
del f.__defaults__, f.__kwdefaults__, f.__doc__
print(f.__defaults__, f.__kwdefaults__, f.__doc__, f.__type_params__, (lambda: 0).__type_params__)
f.__annotations__ = {"a": int}
print(f.__annotations__)
del f.__annotations__
print(f.__annotations__)
class F:
    def a(self):
        pass
F.a.known = 7
m = F().a
print("known" in dir(m), m.known)
try:
    m.__class__ = F
except TypeError as e:
    print("TypeError:", e)

def mk():
    a = 1
    b = 2
    def x():
        return a
    def y():
        return b
    return x, y
x, y = mk()
c1, c2 = x.__closure__[0], y.__closure__[0]
print(c1 < c2, c1 == c2, c1 != c2, c2 > c1, types.CellType() < c1, types.CellType() == types.CellType())
try:
    hash(c1)
except TypeError as e:
    print("TypeError:", e)

# one thread replaces a function's __dict__ while others read its attributes: each read sees some dict's value
def g():
    pass
g.p = 0
stop = False
errors = []
def reader():
    while not stop:
        try:
            v = g.p
            if type(v) is not int:
                errors.append(type(v))
        except Exception as e:
            errors.append(e)
rs = [threading.Thread(target=reader) for _ in range(3)]
for t in rs: t.start()
for i in range(60000):
    g.__dict__ = {"p": i * 1000}
stop = True
for t in rs: t.join()
print("readers' errors:", errors[:2], g.p)
