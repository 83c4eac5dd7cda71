# SPDX-License-Identifier: Apache-2.0
# A shared counter incremented by many threads under a Lock reaches the exact total.
import threading
lock = threading.Lock()
counter = [0]
def inc(n):
    for _ in range(n):
        with lock:
            counter[0] += 1
threads = [threading.Thread(target=inc, args=(5000,)) for _ in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter[0])
total = {"value": 0}
def add_range(lo, hi):
    s = 0
    for i in range(lo, hi):
        s += i
    lock.acquire()
    try:
        total["value"] += s
    finally:
        lock.release()
ts = [threading.Thread(target=add_range, args=(i * 10000, (i + 1) * 10000)) for i in range(10)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("sum", total["value"], total["value"] == sum(range(100000)))
print(lock.acquire())
lock.release()
print(lock.acquire())
lock.release()
