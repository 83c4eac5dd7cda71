# pickle (written here in CPython's format): every protocol's bytes for the built-in types match CPython 3.13's,
# round trips of recursive structures, instances, subclasses of built-ins, slots, __getstate__/__setstate__,
# __reduce__/__reduce_ex__/__getnewargs_ex__, persistent ids, collections, and the errors.
import pickle, sys
class Point:
    def __init__(self, x, y): self.x, self.y = x, y
    def __eq__(self, o): return type(o) is Point and (self.x, self.y) == (o.x, o.y)
    def __repr__(self): return f"Point({self.x}, {self.y})"
class MyList(list): pass
class MyDict(dict):
    def __init__(self, *a, **k):
        super().__init__(*a, **k); self.tag = "t"
class Slots:
    __slots__ = ("a", "b")
    def __init__(self): self.a = 1
class WithState:
    def __init__(self): self.v = 5
    def __getstate__(self): return {"v": self.v * 2}
    def __setstate__(self, s): self.v = s["v"] + 1
class Red:
    def __reduce__(self): return (Red2, (7,))
class Red2:
    def __init__(self, n): self.n = n
class MyInt(int): pass
values = [None, True, False, 0, 1, 255, 256, 65535, 65536, -1, -2**31, 2**31, 2**63, -2**100, 1.5, -0.0,
          float("inf"), "", "abc", "é€𝄞", "a\nb\\c", b"", b"bytes", bytearray(b"ba"), (), (1,), (1, 2), (1, 2, 3),
          (1, 2, 3, 4), [], [1, [2, 3]], {}, {"a": 1, 2: [3]}, set(), {1, 2}, frozenset(), frozenset({3}), 1j,
          range(1, 10, 2), slice(1, None, 2), len, Point, int, type(None), Ellipsis, NotImplemented,
          list(range(1100)), {i: str(i) for i in range(1050)}]
for proto in range(6):
    out = []
    for v in values:
        d = pickle.dumps(v, proto)
        r = pickle.loads(d)
        ok = r == v or (r != r and v != v) or (v is r)
        out.append(ok and type(r) is type(v))
    print(proto, all(out), [values[i] for i, o in enumerate(out) if not o][:5])
for proto in range(6):
    l = [1]; l.append(l)
    t = (l, l)
    r = pickle.loads(pickle.dumps(t, proto))
    print(proto, r[0] is r[1], r[0][1] is r[0], pickle.loads(pickle.dumps(Point(1, 2), proto)),
          type(pickle.loads(pickle.dumps(MyList([1, 2]), proto))).__name__, pickle.loads(pickle.dumps(MyList([1, 2]), proto)))
    md = pickle.loads(pickle.dumps(MyDict(a=1), proto))
    print(type(md).__name__, md, md.tag)
    s = pickle.loads(pickle.dumps(Slots(), proto)) if proto >= 2 else None
    print(s and s.a, pickle.loads(pickle.dumps(WithState(), proto)).v, pickle.loads(pickle.dumps(Red(), proto)).n)
    mi = pickle.loads(pickle.dumps(MyInt(5), proto))
    print(type(mi).__name__, mi, pickle.loads(pickle.dumps(ValueError("bad", 2), proto)).args)
for v in [None, True, 1, 300, -5, 2**40, 1.25, "abc", b"xy", (1, 2), [1, 2], {"a": 1}, {1}, frozenset({1}),
          [1, "a", (2,)], Point(1, 2), len, 1j, bytearray(b"x")]:
    print([pickle.dumps(v, p) for p in range(6)])
try:
    pickle.dumps(lambda: 1)
except pickle.PicklingError as e:
    print("PicklingError:", str(e).split(" at ")[0])
try:
    pickle.dumps((x for x in []))
except TypeError as e:
    print("TypeError:", e)
try:
    pickle.loads(b"\x80\x05\x95")
except Exception as e:
    print(type(e).__name__, e)
try:
    pickle.loads(b"Z")
except pickle.UnpicklingError as e:
    print("UnpicklingError:", e)
print(pickle.HIGHEST_PROTOCOL, pickle.DEFAULT_PROTOCOL)
for bad in (b"", b"\x80\x05", b"(", b"\x80\x02]q\x00h\x05.", b"\x80\x09N."):
    try:
        pickle.loads(bad)
    except Exception as e:
        print(type(e).__name__, e)
print([pickle.dumps(bytearray(), p) for p in range(6)])
import io
f = io.BytesIO()
p = pickle.Pickler(f, 2)
p.dump([1]); p.dump("x")
f.seek(0)
u = pickle.Unpickler(f)
print(u.load(), u.load())
class Pers(pickle.Pickler):
    def persistent_id(self, obj):
        return "P" + obj if isinstance(obj, str) and obj.startswith("ext") else None
class UPers(pickle.Unpickler):
    def persistent_load(self, pid):
        return "loaded " + pid
for proto in range(6):
    f = io.BytesIO()
    Pers(f, proto).dump(["ext1", "x"])
    print(UPers(io.BytesIO(f.getvalue())).load())
class Tricky:
    def __reduce_ex__(self, proto):
        return (list, ([proto],))
print([pickle.loads(pickle.dumps(Tricky(), p)) for p in range(6)])
class NewArgs:
    def __new__(cls, a, b=0):
        o = object.__new__(cls); o.ab = (a, b); return o
    def __getnewargs_ex__(self):
        return (self.ab[0],), {"b": self.ab[1]}
print([pickle.loads(pickle.dumps(NewArgs(1, 2), p)).ab for p in range(2, 6)])
import collections
od = collections.OrderedDict([("a", 1), ("b", 2)])
print([pickle.loads(pickle.dumps(od, p)) == od for p in range(6)])
dd = collections.defaultdict(list, {"k": [1]})
r = pickle.loads(pickle.dumps(dd))
print(type(r).__name__, r.default_factory, dict(r))
dq = collections.deque([1, 2], maxlen=5)
r = pickle.loads(pickle.dumps(dq))
print(r, r.maxlen)
print(pickle.loads(pickle.dumps(collections.Counter("abca"))))
