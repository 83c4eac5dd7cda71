# Asynchronous generators (PEP 525) and comprehensions (PEP 530): async for over them, __anext__, asend, athrow,
# aclose, an exception from the body, for-else and break (the abandoned generator closed by the loop's finalizer
# hook, after the statement that follows), sys.set_asyncgen_hooks, and list/set/dict comprehensions with async for
# and await.
import asyncio

async def ticker(n, delay=0):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            yield i
    finally:
        print("ticker cleanup")

async def echo():
    received = []
    while True:
        v = yield len(received)
        if v is None:
            break
        received.append(v)

async def main():
    async for v in ticker(3):
        print("tick", v)
    agen = ticker(5)
    print(await agen.__anext__(), await agen.__anext__())
    await agen.aclose()
    print("closed")
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted after close")
    e = echo()
    print(await e.asend(None), await e.asend("a"), await e.asend("b"))
    try:
        await e.asend(None)
    except StopAsyncIteration:
        print("echo done")
    async def gen_err():
        yield 1
        raise ValueError("in gen")
    g = gen_err()
    print(await g.__anext__())
    try:
        await g.__anext__()
    except ValueError as ex:
        print("ValueError", ex)
    async def catcher():
        try:
            yield 1
        except KeyError as ex:
            yield "caught " + str(ex)
    c = catcher()
    print(await c.__anext__(), await c.athrow(KeyError("k")))
    print(type(ticker(1)).__name__, ticker.__name__)
    for_else = []
    async for v in ticker(2):
        for_else.append(v)
    else:
        for_else.append("else")
    print(for_else)
    async for v in ticker(10):
        if v == 1:
            break
    print("broke out")

asyncio.run(main())

import asyncio
async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i
class Counter:
    def __init__(self, n): self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i
async def double(x):
    await asyncio.sleep(0)
    return 2 * x
async def main():
    print([v async for v in agen(4)])
    print({v: v * v async for v in agen(3) if v})
    print({v async for v in Counter(3)})
    print([await double(v) for v in range(3)])
    print([(a, b) async for a in agen(2) for b in range(2)])
    print([a + b async for a in agen(2) async for b in Counter(2)])
asyncio.run(main())

import sys
async def ticker(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("ticker cleanup")
def fin(agen):
    print("finalizer hook called", type(agen).__name__)
    global keep
    keep = agen
sys.set_asyncgen_hooks(firstiter=lambda ag: print("firstiter"), finalizer=fin)
async def main():
    g = ticker(5)
    print(await g.__anext__())
    del g
    print("after del")
c2 = main()
try:
    c2.send(None)
except StopIteration:
    print("main done")
print(sys.get_asyncgen_hooks()[1] is fin)
