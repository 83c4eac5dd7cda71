# PEP 492 coroutines driven by hand: send, a value through __await__, await of coroutines inline (in a list
# comprehension too), StopIteration's value, reuse, an exception, close running finally clauses, a coroutine freed
# while suspended, 'await' outside a function, inspect.iscoroutinefunction.
class Fut:
    def __init__(self):
        self.value = None
    def __await__(self):
        got = yield self
        return ("resumed with", got)

async def inner(x):
    r = await Fut()
    return x * 2, r

async def outer():
    a = await inner(1)
    b = [await inner(i) for i in range(2)]
    print("inside", a, len(b))
    return "done"

c = outer()
print(type(c).__name__, c.__name__, c.cr_running)
y = c.send(None)
print(type(y).__name__)
y = c.send("v1")
y = c.send("v2")
try:
    c.send("v3")
except StopIteration as e:
    print("stop", e.value)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

async def raiser():
    await Fut()
    raise ValueError("boom")
r = raiser()
r.send(None)
try:
    r.send(1)
except ValueError as e:
    print("ValueError:", e)

async def closer():
    try:
        await Fut()
    finally:
        print("finally ran")
cl = closer()
cl.send(None)
cl.close()
print("closed")
d = closer()
d.send(None)
del d
import gc; gc.collect()
print("after del")
async def never(): pass
n = never()
n.close()
try:
    await_outside = None
    exec("await x")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
def plain():
    pass
import inspect
print(inspect.iscoroutinefunction(outer), inspect.iscoroutinefunction(plain))

# a value sent through yield from reaches the inner generator once (it was dropped twice before, freeing it)
def inner():
    x = yield 1
    print("got", x)
    yield 2
def outer():
    r = yield from inner()
g = outer(); next(g); v = [1, 2]; g.send(v); print(v)
