# The asynchronous generator's awaitables driven by hand (as an event loop drives them: __next__, send, throw), a
# coroutine's __await__ iterator, types.coroutine, async for over an `async def __aiter__` with yields, PEP 479 in
# an async generator, 'return' with a value in one, the event loop policy functions, and unittest's
# assertWarnsRegex and loadTestsFromName('Class.test'), as CPython 3.13 runs them.
import asyncio
import types
import unittest
import warnings


def drive(aw):
    """Steps an awaitable by hand; answers what each step gave."""
    out = []
    it = aw.__await__()
    try:
        while True:
            out.append(("suspended", it.send(None)))
    except StopIteration as e:
        out.append(("result", e.args))
    except Exception as e:
        out.append((type(e).__name__, str(e)))
    return out


@types.coroutine
def suspend(v):
    return (yield v)


async def agen():
    try:
        got = yield 1
        print("got", got)
        await suspend("inside")
        1 / 0
    finally:
        yield 2
        yield 3
    yield 100


g = agen()
print(drive(g.__anext__()))
a = g.asend("sent")
print("suspended in an await:", a.send(None))
print(drive(g.__anext__()))  # refused: the asend above is still in progress
print(drive(g.athrow(ValueError)))
print(drive(g.aclose()))
try:
    a.send(None)  # 1 / 0, then the finally clause yields 2
except StopIteration as e:
    print("StopIteration", e.args)
for _ in range(4):
    print(drive(g.__anext__()))


async def echo():
    v = yield 1
    v = yield v
    yield v * 100

it = echo()
for s in (None, 10, 12):
    try:
        it.__anext__().send(s)
    except StopIteration as ex:
        print("asend step", ex.args)
try:
    echo().__anext__().send(5)
except TypeError as e:
    print("TypeError:", e)


async def catcher():
    while True:
        try:
            await suspend("waiting")
        except ValueError:
            yield "caught"

c = catcher()
step = c.__anext__()
print(step.send(None))
try:
    step.throw(ValueError)
except StopIteration as e:
    print("throw gave", e.args)
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
close = c.aclose()
try:
    close.send(None)
except StopIteration as e:
    print("aclose done", e.args)
try:
    close.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)


async def coro():
    return await suspend("x") + 1

w = coro().__await__()
print(type(w).__name__, w.send(None))
try:
    w.send(41)
except StopIteration as e:
    print("coroutine result", e.value)
w2 = coro().__await__()
w2.send(None)
try:
    w2.throw(KeyError("k"))
except KeyError as e:
    print("thrown through the wrapper:", repr(e))
w3 = coro().__await__()
w3.send(None)
print("closed", w3.close())


@types.coroutine
def legacy():
    v = yield "legacy"
    return v * 2

async def uses_legacy():
    return await legacy()

print(drive(uses_legacy()))
try:
    types.coroutine(1)
except TypeError as e:
    print("TypeError:", e)


class Gen:
    async def __aiter__(self):
        yield 1
        await asyncio.sleep(0)
        yield 2


async def bad_stop():
    yield 1
    raise StopIteration


async def main():
    out = []
    async for x in Gen():
        out.append(x)
    else:
        out.append("else")
    print(out)
    try:
        async for x in bad_stop():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e, type(e.__cause__).__name__)

asyncio.run(main())

try:
    compile("async def f():\n    yield\n    return 123\n", "<s>", "exec")
except SyntaxError as e:
    print("SyntaxError:", e.msg, e.lineno)
compile("async def f():\n    yield\n    return\n", "<s>", "exec")

print(isinstance(asyncio.get_event_loop_policy(), asyncio.AbstractEventLoopPolicy))
asyncio.set_event_loop_policy(None)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(coro.__class__ is None or asyncio.sleep(0, "slept")))
loop.close()
try:
    asyncio.set_event_loop_policy(1)
except TypeError as e:
    print("TypeError:", e)


class T(unittest.TestCase):
    def test_regex(self):
        with self.assertWarnsRegex(UserWarning, "sp.m") as cm:
            warnings.warn("spam", UserWarning)
        print("warning", cm.warning)

    def test_regex_mismatch(self):
        with self.assertWarnsRegex(UserWarning, "eggs"):
            warnings.warn("spam", UserWarning)

    def test_other(self):
        print("not selected")


import sys
sys.modules["golden_t"] = types.ModuleType("golden_t")
print(sorted(vars(types.ModuleType("m", "doc"))), types.ModuleType("m", "doc").__doc__)
try:
    types.ModuleType(1)
except TypeError as e:
    print("TypeError:", e)
sys.modules["golden_t"].T = T
suite = unittest.defaultTestLoader.loadTestsFromName("T.test_regex", sys.modules["golden_t"])
print(suite.countTestCases())
r = unittest.TestResult()
suite.run(r)
suite2 = unittest.defaultTestLoader.loadTestsFromName("golden_t.T.test_regex_mismatch")
suite2.run(r)
print(r.testsRun, len(r.failures), r.failures[0][1].strip().splitlines()[-1])
