# sys.set_asyncgen_hooks/get_asyncgen_hooks per thread, and asyncio.run in three threads at once, each loop closing
# the asynchronous generator its task left by break.
import sys, threading, asyncio
print(tuple(sys.get_asyncgen_hooks()))
sys.set_asyncgen_hooks(finalizer=print)
print(sys.get_asyncgen_hooks()[1] is print, sys.get_asyncgen_hooks()[0])
seen = []
def other():
    seen.append(tuple(sys.get_asyncgen_hooks()))
t = threading.Thread(target=other); t.start(); t.join()
print(seen)
sys.set_asyncgen_hooks(None, None)
print(tuple(sys.get_asyncgen_hooks()))
try:
    sys.set_asyncgen_hooks(firstiter=5)
except TypeError as e:
    print("TypeError", e)
async def agen():
    try:
        yield 1
        yield 2
    finally:
        closed.append(threading.current_thread() is not threading.main_thread())
async def main(tag):
    async for v in agen():
        break
    await asyncio.sleep(0)
    return tag
out = []
closed = []
ths = [threading.Thread(target=lambda i=i: out.append(asyncio.run(main(i)))) for i in range(3)]
for t in ths: t.start()
for t in ths: t.join()
print(sorted(out))
print(closed)
