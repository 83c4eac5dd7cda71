# Closure cells written through cell_contents and types.CellType, inspect.get_annotations, functools.wraps'
# annotations, and instances storing attributes while another thread changes their class's attributes.
# Compared with CPython 3.13 (the threaded cases from test_free_threading's test_races).
import functools, inspect, sys, threading, time, types

# 1. cell_contents is writable (3.7) and deletable; CellType makes cells
def make():
    x = 1
    def g():
        return x
    return g
g = make()
c = g.__closure__[0]
print(c.cell_contents, g())
c.cell_contents = 5
print(g(), c.cell_contents)
del c.cell_contents
try:
    g()
except NameError as e:
    print("NameError:", e)
try:
    c.cell_contents
except ValueError as e:
    print("ValueError:", e)
del c.cell_contents
c.cell_contents = [1]
print(g(), types.CellType(3).cell_contents, type(c).__name__)
try:
    types.CellType().cell_contents
except ValueError as e:
    print("ValueError:", e)

# 2. A closure variable rebound by one thread while others read it and cells written through cell_contents
def race():
    box = [0]
    stop = False
    def writer():
        nonlocal box
        for i in range(50000):
            box = [i]
    def reader(out):
        n = 0
        while not stop:
            n += len(box)
        out.append(n > 0)
    outs = []
    rs = [threading.Thread(target=reader, args=(outs,)) for _ in range(2)]
    for t in rs: t.start()
    writer()
    cell = reader.__closure__[0]
    for i in range(2000):
        cell.cell_contents = [i]
    stop = True
    for t in rs: t.join()
    return box, outs
print(race())

# 3. inspect.get_annotations and functools.wraps
def f(x: int, y: "str") -> "list[int]":
    pass
print(inspect.get_annotations(f))
print(inspect.get_annotations(f, eval_str=True))
class A:
    a: int
    b: "A"
class B(A):
    c: float
print(inspect.get_annotations(A), inspect.get_annotations(B), inspect.get_annotations(A, eval_str=True)["b"] is A)
print(inspect.get_annotations(sys.modules[__name__]))
try:
    inspect.get_annotations(3)
except TypeError as e:
    print("TypeError:", e)
@functools.wraps(f)
def w(*a):
    pass
print(w.__annotations__, inspect.get_annotations(w, eval_str=True))
def tp[T](v: T) -> T:
    return v
@functools.wraps(tp)
def w2(*a):
    pass
print(w2.__type_params__, w2.__annotations__)
print(functools.WRAPPER_ASSIGNMENTS)

# 4. Instances store and read an attribute while another thread adds and deletes a property of that name on the class
class C:
    __slots__ = ["x", "__dict__"]
obj = C()
errors = []
stop = threading.Event()
def set_slot():
    while not stop.is_set():
        try:
            for i in range(10):
                obj.x = i
        except Exception as e:
            errors.append(e)
def change_type():
    for _ in range(300):
        C.x = property(lambda self: None, lambda self, v: None)
        time.sleep(0)
        del C.x
        time.sleep(0)
ts = [threading.Thread(target=set_slot) for _ in range(2)]
for t in ts: t.start()
change_type()
stop.set()
for t in ts: t.join()
print("errors while the class changed:", errors[:1])

# 5. CPython's orders: co_freevars (and __closure__) sorted by name, co_cellvars the captured parameters first
def outer():
    b = 1; a = 2; c = 3
    def inner():
        return c + b + a
    return inner
fn = outer()
print(fn.__code__.co_freevars, [x.cell_contents for x in fn.__closure__], outer.__code__.co_cellvars)
def params(z, b, a):
    y = 1; c = 2
    def g():
        return a + b + c + y + z
    return g
print(params.__code__.co_cellvars, params(1, 2, 3).__code__.co_freevars)
