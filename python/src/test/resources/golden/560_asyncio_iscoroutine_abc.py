# asyncio.iscoroutine takes any collections.abc.Coroutine, as CPython's: create_task and ensure_future take an
# asynchronous generator's aclose()/asend() awaitables (asyncio's own shutdown_asyncgens pattern).
import asyncio
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('agen finally')
async def main():
    ag = agen()
    print(await ag.__anext__())
    t = asyncio.create_task(ag.aclose())
    print(await t)
    ag2 = agen()
    print(await ag2.__anext__())
    print(await asyncio.ensure_future(ag2.asend(None)))
    await ag2.aclose()
    a = ag2.asend(None)
    print(asyncio.iscoroutine(a), asyncio.iscoroutine(agen()), asyncio.iscoroutine(1))
    a.close()
asyncio.run(main())
