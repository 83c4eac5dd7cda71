# functools (cached_property, singledispatch, singledispatchmethod, partialmethod), collections (ChainMap, UserDict,
# UserList, UserString), contextlib (ContextDecorator, redirect_stdout/stderr, AbstractContextManager), threading's
# get_native_id and TIMEOUT_MAX; print() honours a replaced sys.stdout.
import functools, collections, contextlib, io, sys

class P:
    def __init__(self): self.calls = 0
    @functools.cached_property
    def value(self):
        self.calls += 1
        return 42
p = P()
print(p.value, p.value, p.calls, p.__dict__)
del p.value
print(p.value, p.calls)
print(type(P.value).__name__)
try:
    class Q:
        a = functools.cached_property(lambda self: 1)
        b = a
except TypeError as e:
    print("TypeError", e)

@functools.singledispatch
def show(x):
    return "object " + repr(x)
@show.register(int)
def _(x):
    return "int %d" % x
@show.register
def _(x: list):
    return "list of %d" % len(x)
show.register(str, lambda x: "str " + x)
print(show(1), show(True), show([1, 2]), show("s"), show(1.5), show(None))
print(show.dispatch(bool).__name__ if hasattr(show.dispatch(bool), "__name__") else "", object in show.registry)
try:
    show()
except TypeError as e:
    print("TypeError", e)

class Formatter:
    @functools.singledispatchmethod
    def fmt(self, arg):
        return "default"
    @fmt.register
    def _(self, arg: int):
        return "int"
print(Formatter().fmt(1), Formatter().fmt("x"))

class Cell:
    def __init__(self): self.alive = False
    def set_state(self, state): self.alive = bool(state)
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c = Cell(); c.set_alive(); print(c.alive); c.set_dead(); print(c.alive)

cm = collections.ChainMap({"a": 1}, {"a": 2, "b": 3})
print(cm["a"], cm["b"], len(cm), sorted(cm), "b" in cm, cm.get("z", 0), repr(cm))
cm["c"] = 4; print(cm.maps[0], dict(cm.new_child({"a": 9}).items()) == {"a": 9, "b": 3, "c": 4}, cm.parents)
try:
    del cm["b"]
except KeyError as e:
    print("KeyError", e)

class D(collections.UserDict):
    def __missing__(self, key): return "missing " + key
d = D({"x": 1}, y=2)
print(d["x"], d["q"], len(d), sorted(d), d == {"x": 1, "y": 2}, repr(d), d.pop("x"), d.get("x", "none"))
class L(collections.UserList): pass
l = L([3, 1, 2]); l.sort(); l.append(4)
print(l, l[1:], type(l[1:]).__name__, l + [5], len(l), 2 in l, l == [1, 2, 3, 4], l.index(3), l * 2)
s = collections.UserString("Hello")
print(s.upper(), type(s.upper()).__name__, s + "!", s[1:3], len(s), "ell" in s, s == "Hello", s.split("l"), s.replace("l", "L"))

class CM(contextlib.ContextDecorator):
    def __enter__(self):
        print("enter"); return self
    def __exit__(self, *exc):
        print("exit"); return False
@CM()
def decorated(x):
    print("body", x); return x * 2
print(decorated(21))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
    sys.stdout.write("also\n")
print(repr(buf.getvalue()))
err = io.StringIO()
with contextlib.redirect_stderr(err):
    print("to err", file=sys.stderr)
print(repr(err.getvalue()))
class Acm(contextlib.AbstractContextManager):
    pass
try:
    with Acm() as a:
        print(type(a).__name__)
except TypeError as e:
    print("TypeError", e)
class Acm2(contextlib.AbstractContextManager):
    def __exit__(self, *exc):
        return None
with Acm2() as a:
    print(type(a).__name__)
import threading
print(threading.get_native_id() > 0, threading.TIMEOUT_MAX)
