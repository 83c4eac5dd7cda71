# types.CoroutineType/AsyncGeneratorType, inspect's coroutine and async generator predicates (co_flags as CPython's),
# collections.abc's async ABCs, asyncio.Runner and asyncio.Barrier.
import asyncio, types, inspect, collections.abc as cabc
async def c(): pass
async def ag(): yield 1
def g(): yield 1
co = c(); a = ag(); gg = g()
print(isinstance(co, types.CoroutineType), isinstance(a, types.AsyncGeneratorType), isinstance(gg, types.GeneratorType), type(co).__name__, type(a).__name__)
print(inspect.iscoroutine(co), inspect.isasyncgenfunction(ag), inspect.isasyncgen(a), inspect.isawaitable(co), inspect.isgeneratorfunction(ag), inspect.iscoroutinefunction(ag), inspect.iscoroutinefunction(c))
print(isinstance(co, cabc.Coroutine), isinstance(a, cabc.AsyncGenerator))
co.close()
async def double(x):
    await asyncio.sleep(0)
    return 2 * x
with asyncio.Runner() as runner:
    print(runner.run(double(2)), runner.run(double(5)))
async def party(b, n, log):
    log.append(("arrive", n))
    i = await b.wait()
    log.append(("leave", n))
    return i
async def main():
    b = asyncio.Barrier(3)
    log = []
    idx = await asyncio.gather(*(party(b, n, log) for n in range(3)))
    print(sorted(idx), log[:3], b.parties, b.n_waiting, b.broken)
asyncio.run(main())
