# contextvars: ContextVar get/set/reset with tokens, copy_context and Context.run, an empty context in a new thread,
# and one context per asyncio task (each task's set stays its own).
import contextvars, asyncio, threading
request_id = contextvars.ContextVar("request_id", default="none")
print(request_id.get(), request_id.name)
tok = request_id.set("main")
print(request_id.get())
ctx = contextvars.copy_context()
request_id.set("changed")
print(ctx[request_id], request_id.get(), ctx.run(request_id.get))
request_id.reset(tok)
print(request_id.get())
try:
    request_id.reset(tok)
except RuntimeError as e:
    print("RuntimeError")
v = contextvars.ContextVar("v")
try:
    v.get()
except LookupError:
    print("LookupError")
print(v.get(42), len(ctx), request_id in ctx, list(ctx.keys()) == [request_id])
def in_thread(out):
    out.append(request_id.get())
    request_id.set("thread")
    out.append(request_id.get())
out = []
request_id.set("before thread")
th = threading.Thread(target=in_thread, args=(out,)); th.start(); th.join()
print(out, request_id.get())
async def handler(n):
    request_id.set("req-%d" % n)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    return request_id.get()
async def main():
    request_id.set("main-task")
    results = await asyncio.gather(*(handler(i) for i in range(3)))
    return results, request_id.get()
print(asyncio.run(main()), request_id.get())
def f(x):
    request_id.set(x)
    return request_id.get()
c2 = contextvars.Context()
print(c2.run(f, "inside"), request_id.get(), c2[request_id])
