# asyncio.run, gather, create_task, a producer and a consumer on a Queue, wait_for's TimeoutError, Lock, Event,
# gather with return_exceptions, cancellation and to_thread.
import asyncio, time

async def say(delay, what):
    await asyncio.sleep(delay)
    print(what)
    return what.upper()

async def main():
    # timers 100 ms apart: the order holds even when starting the tasks is slow on a loaded machine
    r = await asyncio.gather(say(0.3, "b"), say(0.1, "a"), say(0.2, "c"))
    print(r)
    task = asyncio.create_task(say(0.01, "task"))
    print(await task, task.done(), task.result())
    q = asyncio.Queue()
    async def producer():
        for i in range(5):
            await q.put(i)
            await asyncio.sleep(0)
        await q.put(None)
    async def consumer():
        got = []
        while (item := await q.get()) is not None:
            got.append(item)
            q.task_done()
        return got
    p, c = await asyncio.gather(producer(), consumer())
    print("consumed", c)
    try:
        await asyncio.wait_for(asyncio.sleep(1), timeout=0.02)
    except TimeoutError:
        print("timed out")
    lock = asyncio.Lock()
    order = []
    async def locked(n):
        async with lock:
            order.append(("in", n))
            await asyncio.sleep(0.001)
            order.append(("out", n))
    await asyncio.gather(*(locked(i) for i in range(3)))
    print(order)
    ev = asyncio.Event()
    async def waiter():
        await ev.wait()
        return "woke"
    w = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    ev.set()
    print(await w)
    res = await asyncio.gather(say(0, "x"), asyncio.sleep(0, "slept"), return_exceptions=True)
    print(res)
    async def boom():
        raise ValueError("bad")
    print(await asyncio.gather(boom(), say(0, "y"), return_exceptions=True))
    try:
        await asyncio.gather(boom())
    except ValueError as e:
        print("gather raised", e)
    t = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled", t.cancelled())
    print(await asyncio.to_thread(sum, [1, 2, 3]))
    return "main done"

print(asyncio.run(main()))
