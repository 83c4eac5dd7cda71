# Core behaviour found different by differential runs: dict views compared with sets, bytes % formatting (PEP 461),
# hash('') and hash(b'') are 0, self-documenting f-string fields with spaces, __subclasses__, error messages.
d = {"a": 1, "b": 2, "c": 3}
print(sorted(d.keys() & {"a", "z"}), sorted(d.keys() | {"z"}), sorted(d.keys() - {"a"}), sorted(d.keys() ^ {"a", "q"}), d.items() & {("a", 1)}, d.keys() >= {"a"}, d.keys() == {"a", "b", "c"}, d.keys() < {"a", "b", "c", "d"})
try:
    print({"a"} <= d.keys())
except TypeError as e:
    print("TypeError", e)
print(list(reversed(d)), list(reversed(d.values())), d | {"d": 4}, {**d, "a": 9}, dict.fromkeys("ab", 0), d.get("x", "dflt"))
l = list(range(10))
l[2:8:2] = ["x", "y", "z"]; print(l)
del l[::3]; print(l)
l2 = [3, 1, 2]; l2[1:1] = [9, 9]; print(l2, l2.index(9), l2.count(9), l2 * 2, [0] * 3 + [1])
try:
    l[0:4:2] = [1]
except ValueError as e:
    print("ValueError:", e)
s = "Hello, World"
print(s.casefold(), s.swapcase(), s.center(20, "*"), s.expandtabs(), "a\tb\tc".expandtabs(4), s.partition(", "), s.rsplit("o", 1))
print("line1\nline2\r\nline3".splitlines(True), "x".join(["a", "b"]), "abc".translate(str.maketrans("ab", "xy", "c")), "{a}-{b}".format_map({"a": 1, "b": 2}))
print("%-5s|%5.2f|%x|%o|%e|%r" % ("ab", 3.14159, 255, 8, 12345.678, "q"), "%(x)s and %(y)d" % {"x": "X", "y": 3})
print((255).to_bytes(2, "big"), (-1).to_bytes(2, "little", signed=True), int.from_bytes(b"\xff\x00", "little"), (-37).bit_length(), (1024).bit_count(), (7).as_integer_ratio())
print(0.1 + 0.2, 1e16, 1e-5, 123456789.123456789, 1.5e300 * 1e10, -0.0, float("nan") == float("nan"), round(0.5), round(1.5), round(2.5), round(-0.5))
print(format(1234.5678, "g"), format(0.0001234, "g"), format(123456789, "g"), format(1e-10, ".3g"), format(12.0, "g"), format(2.5, ".0f"), format(3.5, ".0f"))
print({1, 2, 3} ^ {3, 4}, {1, 2} < {1, 2, 3}, frozenset([1, 2]) | {3}, sorted(set("abc") - set("b")), {x % 3 for x in range(10)}, sorted({3, 1, 2}, reverse=True))
print(b"abc".hex(), bytes.fromhex("61 62"), b"a,b".split(b","), bytearray(b"xyz")[::-1], b"x" * 3, bytes(3), b"%d-%s" % (5, b"q"), b"hello".title())
print(sorted(["b", "A", "a", "B"], key=str.lower), sorted([(1, "b"), (1, "a"), (0, "z")]), min("hello"), max([1, 5, 3], key=lambda x: -x))
print(list(zip(*[(1, 2), (3, 4)])), list(map(lambda *a: sum(a), [1, 2], [3, 4])), list(filter(None, [0, 1, "", "a"])), list(enumerate("ab", 1)))
print(any([]), all([]), sum([0.1] * 10), sum([[1], [2]], []), abs(-3), pow(2, 10), pow(2, -1), divmod(-9, 4), (-9) // 4, -9 % 4, 2 ** -1)
print(int("  42  "), int("-0b101", 0), float("  1e3 "), str(1e100), repr(1e22), repr(1e21), str(10**20 + 0.5), 1/3)
print(chr(9731), ord("€"), ascii("héllo"), repr("tab\there"), "é".encode("utf-8"), "€".encode("utf-16-le"), "ab".encode("ascii").decode())
x = [1, [2, 3]]
import copy
y = copy.deepcopy(x); y[1].append(4); print(x, y, x == [1, [2, 3]], [1, 2] < [1, 2, 0], (1, 2) == (1, 2.0))
print(isinstance(True, int), True + True, issubclass(bool, int), type(1 == 1), None is None, NotImplemented, Ellipsis, ...)
print(hash(1) == hash(1.0) == hash(True), hash("") , hash(()), {1: "a", 1.0: "b", True: "c"})
print(str(b"abc"), repr(bytearray(b"a")), list(range(10, 0, -3)), range(5)[1:3], range(0, 10, 2)[-1], 5 in range(10), len(range(0, 100, 7)))
def f(a, b=2, *args, c, d=4, **kw): return (a, b, args, c, d, kw)
for call in ["f(1, c=3)", "f(1, 2, 3, 4, c=5, e=6)", "f()", "f(1, 2)", "f(1, c=1, a=2)", "f(1, c=3, **{'z': 1})", "len()", "len(1, 2)", "int('x')", "[].pop()", "{}['k']", "(1).foo", "None + 1", "'a' * 'b'", "1 / 0", "[1][5]", "abs('x')", "f(*[1], **{'c': 0})", "max()", "sorted(1)", "iter(5)", "next(iter([]))", "print(end=1)", "int(None)", "'{}'.format()", "'%d' % 'x'", "list(1)", "dict(1)", "dict([1])", "set([[1]])", "hash([])", "getattr(1, 'x')", "tuple.x", "str.join(1, [])", "1 < 'a'", "[] < ()", "divmod(1, 0)", "2 ** 10000 * 1.0", "float('inf') // 1", "round(float('nan'))", "chr(-1)", "ord('ab')", "bytes('x')", "'x'.encode('nope')", "range(1, 2, 0)", "slice(1)[0]"]:
    try:
        r = eval(call)
        print(call, "->", repr(r))
    except Exception as e:
        print(call, "->", type(e).__name__ + ":", e)
x = 10
def outer():
    x = 1
    def inner():
        nonlocal x
        x += 1
        return x
    return inner
g = outer(); print(g(), g(), x)
print([y := 5, y ** 2], (lambda *a, **k: (a, k))(1, k=2), f"{x!r:>5}|{'s'!s:^5}|{3.14159:{'.'}{2}f}|{x=}|{x + 1 = }|{{braces}}")
match {"type": "point", "x": 1, "y": [2, 3]}:
    case {"type": "circle"}: print("circle")
    case {"type": "point", "x": int(px), "y": [py, *rest]} if px < 5: print("point", px, py, rest)
match (1, "a"):
    case (int() | float() as n, str(s)): print("pair", n, s)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag
class Sub(Base, tag="t1"): pass
print(Sub.tag, Base.__subclasses__() if hasattr(Base, '__subclasses__') else 'nosub')
class Temp:
    def __init__(self): self._c = 0
    @property
    def c(self): return self._c
    @c.setter
    def c(self, v):
        if v < -273: raise ValueError("too cold")
        self._c = v
    @c.deleter
    def c(self): print("deleting")
t = Temp(); t.c = 5; print(t.c); del t.c
try: t.c = -300
except ValueError as e: print(e)
def gen():
    x = yield 1
    try:
        yield x * 2
    finally:
        print("gen cleanup")
g = gen(); print(next(g), g.send(21)); g.close()
print(list(zip(range(3), "abc", strict=True)), [*range(3), *"ab"], {**{"a": 1}, "b": 2}, (*[1, 2],))
a, *b, c = range(5); print(a, b, c)
[(p, q)] = [(1, 2)]; print(p, q)
print(sum(x for x in range(10) if x % 2), sorted({x: -x for x in range(3)}.items(), key=lambda kv: kv[1]))
try:
    raise ValueError("outer") from KeyError("inner")
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, repr(e.__context__))
try:
    try: 1/0
    except ZeroDivisionError: raise TypeError("during")
except TypeError as e:
    print(repr(e.__context__), e.__cause__)
import traceback
try:
    {}["missing"]
except KeyError:
    print(traceback.format_exc().strip().splitlines()[-1])
print(str(KeyError("k")), str(KeyError()), repr(OSError(2, "No such file")), str(OSError(2, "No such file", "x.txt")))
print(b"%d-%s" % (5, b"q"), b"%%b %b" % (b"x",), b"%5s|%-4b|" % (b"ab", b"c"), b"%c%c" % (65, b"B"), b"%r %a" % ("s", b"x"), b"%x %.2f" % (255, 1.5), bytearray(b"%s!") % b"hi")
print(b"%(k)s" % {b"k": b"v"}, hash(""), hash(b""))
for bad in [lambda: b"%s" % "str", lambda: b"%c" % 256, lambda: b"%c" % b"ab", lambda: b"%d" % b"1"]:
    try:
        print(bad())
    except (TypeError, OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
def make():
    class T(A): pass
    return T
t = make()
print([k.__name__ for k in A.__subclasses__()])
del t
import gc; gc.collect()
print([k.__name__ for k in A.__subclasses__()])
