# asyncio over ftpython's coroutines: tasks, gather, queues, wait_for and timeout, locks, events, conditions,
# semaphores, TaskGroup with except*, wait, as_completed, shield, call_later, async for and async with, run's errors.
# Completion orders come from turns of the loop (sleep(0)), never from the clock.
import asyncio, threading

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        self.i = 0
        return self
    async def __anext__(self):
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return self.i

class Res:
    async def __aenter__(self):
        print("enter")
        return self
    async def __aexit__(self, et, e, tb):
        print("exit", et.__name__ if et else None)
        return et is KeyError

async def work(n):
    for _ in range(n):  # n turns of the loop: a completion order that does not depend on the clock
        await asyncio.sleep(0)
    if n == 3:
        raise ValueError(n)
    return n

async def main():
    print(threading.current_thread().name, asyncio.current_task().get_name())
    async for v in Ticker(3):
        print("tick", v)
    else:
        print("ticks done")
    async with Res() as r:
        print("body", type(r).__name__)
    async with Res():
        raise KeyError("suppressed")
    try:
        async with Res():
            raise ValueError("passes")
    except ValueError as e:
        print("caught", e)
    try:
        async with asyncio.TaskGroup() as tg:
            t1 = tg.create_task(work(1))
            t2 = tg.create_task(work(3))
            t3 = tg.create_task(work(500))
    except* ValueError as eg:
        print("taskgroup", repr(eg.exceptions), t1.result(), t3.cancelled())
    async with asyncio.TaskGroup() as tg:
        ts = [tg.create_task(work(i)) for i in (2, 1, 0)]
    print([t.result() for t in ts])
    try:
        async with asyncio.timeout(0.01):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block")
    tasks = [asyncio.create_task(work(n)) for n in (4, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(len(done), len(pending), sorted(t.result() for t in done))
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending))
    out = []
    for fut in asyncio.as_completed([work(5), work(1), work(2)]):
        out.append(await fut)
    print(out)
    sem = asyncio.Semaphore(2)
    active = [0, 0]
    async def limited(i):
        async with sem:
            active[0] += 1
            active[1] = max(active[1], active[0])
            await asyncio.sleep(0.001)
            active[0] -= 1
    await asyncio.gather(*(limited(i) for i in range(6)))
    print("max concurrent", active[1])
    cond = asyncio.Condition()
    items = []
    async def cons():
        async with cond:
            await cond.wait_for(lambda: items)
            return items.pop()
    c = asyncio.create_task(cons())
    await asyncio.sleep(0)
    async with cond:
        items.append("item")
        cond.notify()
    print(await c)
    sh = asyncio.shield(work(1))
    print(await sh)
    fut = asyncio.get_running_loop().create_future()
    asyncio.get_running_loop().call_later(0.001, fut.set_result, 42)
    print(await fut, repr(fut))
    many = await asyncio.gather(*(asyncio.sleep(0, i) for i in range(200)))
    print(sum(many))
    bg = asyncio.create_task(asyncio.sleep(5))
    return "left a task running"

print(asyncio.run(main()))
try:
    asyncio.run(work)
except ValueError as e:
    print("ValueError:", str(e).split(" at ")[0])
async def inner_run():
    c = work(1)
    try:
        asyncio.run(c)
    finally:
        c.close()
try:
    asyncio.run(inner_run())
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
print(loop.run_until_complete(work(2)))
loop.close()
