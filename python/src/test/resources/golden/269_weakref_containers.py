# weakref's Python half: WeakValueDictionary, WeakKeyDictionary, WeakSet (entries leave when their referent is freed,
# at once or at the end of an iteration), WeakMethod, finalize (once, by death, call, detach or at exit), proxy.
import gc, weakref, copy

class A:
    def __init__(self, n): self.n = n
    def __repr__(self): return "A(%d)" % self.n
    def m(self): return self.n

# WeakValueDictionary
d = weakref.WeakValueDictionary()
a, b = A(1), A(2)
d["a"] = a; d["b"] = b
print(len(d), d["a"], "a" in d, sorted(d.keys()), d.get("zz", "default"))
del a
print(len(d), "a" in d, sorted(d), d.get("a"))
try:
    d["a"]
except KeyError as e:
    print("KeyError", e)
c = A(3); d["c"] = c
for k, v in sorted(d.items(), key=lambda kv: kv[0]):
    print("item", k, v)
# a value freed while iterating: the entry goes at the end of the iteration
keys = []
for k in d.keys():
    keys.append(k)
    if k == "b" or k == "c":
        pass
del b
print(sorted(keys), len(d), sorted(d))
print(d.pop("c"), len(d), d.pop("zz", 7), d.setdefault("s", c) is c)
dc = d.copy(); print(type(dc).__name__, sorted(dc))
print(repr(d).startswith("<WeakValueDictionary at 0x"))
d2 = weakref.WeakValueDictionary({"x": c}, y=c)
print(sorted(d2), d2 == {"x": c, "y": c})
print(sorted((d2 | {"z": c}).keys()))
# a cycle of values: freed by the collector, entries go
x = A(9); x.self = x; d2["cyc"] = x; del x
gc.collect()
print(sorted(d2))
print(sorted(k for k, r in [(k, d2.data[k]) for k in d2.data]), len(d2.valuerefs()))

# WeakKeyDictionary
kd = weakref.WeakKeyDictionary()
k1, k2 = A(1), A(2)
kd[k1] = "one"; kd[k2] = "two"
print(len(kd), kd[k1], k1 in kd, A(5) in kd, sorted(kd.values()))
del k1
print(len(kd), sorted(kd.values()), [k.n for k in kd.keys()])
print(kd.pop(k2), len(kd))
kd[k2] = 3; kd.update({k2: 4}); print(kd[k2], kd.setdefault(k2, 9), kd.get(A(1), "none"))
print(repr(kd).startswith("<WeakKeyDictionary at 0x"))
try:
    kd[1] = 2
except TypeError as e:
    print("TypeError", e)

# WeakSet
s = weakref.WeakSet()
e1, e2, e3 = A(1), A(2), A(3)
s.add(e1); s.add(e2); s.update([e3])
print(len(s), e1 in s, A(1) in s, sorted(x.n for x in s))
del e2
print(len(s), sorted(x.n for x in s))
s.discard(e1); print(len(s))
t = weakref.WeakSet([e1, e3])
print(sorted(x.n for x in (s | t)), sorted(x.n for x in (t - s)), sorted(x.n for x in (t & s)), s <= t, t == weakref.WeakSet([e3, e1]))
print(t.pop() in (e1, e3), len(t))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print("KeyError", e)

# WeakMethod
o = A(42)
wm = weakref.WeakMethod(o.m)
print(wm()(), wm() == o.m, wm == weakref.WeakMethod(o.m))
calls = []
wm2 = weakref.WeakMethod(o.m, lambda r: calls.append(r is wm2))
del o
print(wm(), calls)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError", e)

# finalize
out = []
def fin(name, extra=None):
    out.append((name, extra))
    return "done " + name
obj = A(7)
f = weakref.finalize(obj, fin, "obj", extra=1)
print(f.alive, f.atexit, f.peek()[1] is fin, f.peek()[2], f.peek()[3])
del obj
print(out, f.alive, f())
obj2 = A(8)
f2 = weakref.finalize(obj2, fin, "obj2")
print(f2(), f2.alive, f2(), out[-1])
obj3 = A(9)
f3 = weakref.finalize(obj3, fin, "obj3")
det = f3.detach()
print(det[0] is obj3, det[2], f3.alive, f3.detach())
del obj3
print(out[-1])
cyc = A(10); cyc.me = cyc
f4 = weakref.finalize(cyc, fin, "cycle")
del cyc
gc.collect()
print(out[-1], f4.alive)
keep = A(11)
weakref.finalize(keep, print, "at exit: finalizer of a live object")
weakref.finalize(A(12), print, "never: its object died at once") if False else None
late = A(13)
f5 = weakref.finalize(late, print, "not at exit")
f5.atexit = False
print(f5.atexit)

# proxy
p = weakref.proxy(k2)
print(p.n, p.m(), repr(p).startswith("<weakproxy at"), isinstance(p, weakref.ProxyTypes))
p.n = 5; print(k2.n)
pl = [1, 2, 3]
class L(list): pass
ll = L([1, 2, 3]); pp = weakref.proxy(ll)
print(len(pp), pp[1], 2 in pp, list(pp))
def callme(): return "called"
class C:
    def __call__(self): return "call"
cc = C(); cp = weakref.proxy(cc)
print(cp(), callable(cp))
del k2
try:
    p.n
except ReferenceError as e:
    print("ReferenceError", e)
try:
    weakref.proxy(1)
except TypeError as e:
    print("TypeError", e)
print(weakref.getweakrefcount(ll))
print("end")
