# asynchronous generator expressions (PEP 525/530): async for clauses, awaits in the element and conditions (also in a
# plain function), aiter() and anext() with a default, and the compile-time errors, as CPython 3.13.
import asyncio
async def arange(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

def make(n):
    return (i * 10 async for i in arange(n) if i != 1)

async def main():
    g = (i * 2 async for i in arange(4))
    print(type(g).__name__, [x async for x in g])
    print([x async for x in make(4)])
    h = (await double(x) for x in [1, 2, 3])
    print(type(h).__name__, [v async for v in h])
    k = (x + y async for x in arange(2) for y in [10, 20])
    print([v async for v in k])
    agen = (i async for i in arange(3))
    print(await agen.__anext__(), await anext(agen))
    await agen.aclose()
    try:
        [v async for v in (1 / x async for x in arange(2))]
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
asyncio.run(main())

async def wrap(n):
    await asyncio.sleep(0)
    return n

def make_arange(n):
    return (i * 2 for i in range(n) if await wrap(i))

def make_elt(n):
    return (await wrap(i) for i in range(n))

async def run():
    print([i async for i in make_arange(5)], [i async for i in make_elt(3)])
    print(await anext(aiter(make_elt(0)), "dflt"))
    try:
        await anext(make_elt(0))
    except StopAsyncIteration:
        print("StopAsyncIteration")
    for bad in (1, [1]):
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
        try:
            anext(bad)
        except TypeError as e:
            print("TypeError:", e)
asyncio.run(run())
for src in ["def f(): await x", "await x", "def f(): return [await x for x in y]", "def f(): return (await x for x in y)",
            "def f(): return [x async for x in y]", "def f(): return (x async for x in y)"]:
    try:
        compile(src, "<s>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
