# sys.getrefcount counts as CPython 3.13's does (the argument's own reference included, nothing more), and the
# decimal conversions of int (str, repr, print, f-strings, format, %d, int()) all keep CPython's digit limit
# (sys.set_int_max_str_digits). Every number below is recorded from CPython 3.13.
import sys


class A:
    pass


x = object()
print("a global", sys.getrefcount(x))


def local_one():
    y = object()
    return sys.getrefcount(y)


def local_two():
    y = A()
    z = y
    return sys.getrefcount(y)


print("a local", local_one(), "two names", local_two())
held = [x, x]
print("twice in a list", sys.getrefcount(x))
d = {"k": x}
print("and a dict value", sys.getrefcount(x), "read from the list", sys.getrefcount(held[0]))
print("a temporary", sys.getrefcount(A()), "a new list", sys.getrefcount([]))
a = A()
a.attr = x
print("an attribute", sys.getrefcount(x), sys.getrefcount(a.attr))


def param(p, q):
    return sys.getrefcount(p)


print("a parameter", param(x, 1))
for v in [A()]:
    print("a loop variable", sys.getrefcount(v))


class B:
    def m(self):
        return sys.getrefcount(self)


b = B()
print("self", b.m(), "a lambda's parameter", (lambda o: sys.getrefcount(o))(A()))
before = sys.getrefcount(x)
del held, d
print("after del, fewer by", before - sys.getrefcount(x))

# the digit limit
print(sys.get_int_max_str_digits())
n = int("7" * 4300)
print(len(str(n)), len(repr(n)), len(f"{n}"), len(format(n, "d")), len("%d" % n))
big = n * 10
for name, f in [("str", str), ("repr", repr), ("f-string", lambda v: f"{v}"), ("format", lambda v: format(v, "")),
                ("format d", lambda v: format(v, "d")), ("%d", lambda v: "%d" % v), ("print", print),
                ("negative", lambda v: str(-v)), ("in a list", lambda v: str([v]))]:
    try:
        f(big)
        print(name, "converted")
    except ValueError as e:
        print(name, "ValueError:", e)
try:
    int("1" * 4301)
except ValueError as e:
    print("int()", e)
print(len(hex(big)), len(bin(big)) > 4300)  # powers of two are not limited
sys.set_int_max_str_digits(0)
print(len(str(big)), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(5000)
print(len(str(big)))
try:
    sys.set_int_max_str_digits(100)
except ValueError as e:
    print("set", e)
sys.set_int_max_str_digits(4300)
