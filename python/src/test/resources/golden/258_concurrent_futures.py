# SPDX-License-Identifier: Apache-2.0
# concurrent.futures: ThreadPoolExecutor map/submit/shutdown, Future states and callbacks, wait, as_completed, waits on overlapping futures.
import concurrent.futures
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import threading, time

def square(x):
    return x * x

with ThreadPoolExecutor(max_workers=4) as ex:
    print(list(ex.map(square, range(10))))
    futs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futs)), all(f.done() for f in futs))
    f = ex.submit(lambda: 1 / 0)
    try:
        f.result()
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e, type(f.exception()).__name__)
    done, not_done = wait([ex.submit(square, 3), ex.submit(square, 4)])
    print(sorted(x.result() for x in done), len(not_done))
    print(ex.submit(pow, 2, 10).result(), ex.submit(sorted, [3, 1, 2], reverse=True).result())
counter = [0]
lock = threading.Lock()
def bump(n):
    for _ in range(n):
        with lock:
            counter[0] += 1
    return n
with concurrent.futures.ThreadPoolExecutor(4) as ex:
    print(sum(ex.map(bump, [1000] * 8)), counter[0])
ex = ThreadPoolExecutor(2)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)
fut = concurrent.futures.Future()
print(fut.done(), fut.cancel(), fut.cancelled(), repr(fut).split(" at ")[0])
fut2 = concurrent.futures.Future()
fut2.add_done_callback(lambda f: print("callback", f.result()))
fut2.set_result(42)
try:
    fut2.set_result(1)
except concurrent.futures.InvalidStateError:
    print("InvalidStateError")
try:
    concurrent.futures.Future().result(timeout=0.01)
except concurrent.futures.TimeoutError:
    print("TimeoutError")
with ThreadPoolExecutor(2, thread_name_prefix="w") as ex:
    print(ex.submit(lambda: threading.current_thread().name.startswith("w_")).result())
def slow(x):
    time.sleep(0.05 * x)
    return x
with ThreadPoolExecutor(3) as ex:
    fs = [ex.submit(slow, x) for x in (3, 1, 2)]
    done, pending = wait(fs, return_when=FIRST_COMPLETED)
    print(len(done) >= 1, [f.result() for f in fs])
# two threads wait on overlapping futures given in opposite orders: the conditions are taken in one order
import concurrent.futures as cf
rounds = 200
def waiter(order):
    for fa, fb in pairs:
        cf.wait([fa, fb] if order else [fb, fa])
pairs = [(cf.Future(), cf.Future()) for _ in range(rounds)]
ts = [threading.Thread(target=waiter, args=(k,)) for k in (0, 1)]
for t in ts:
    t.start()
for fa, fb in pairs:
    fa.set_result(1)
    fb.set_result(2)
for t in ts:
    t.join()
print("no deadlock", all(fa.done() and fb.done() for fa, fb in pairs))
