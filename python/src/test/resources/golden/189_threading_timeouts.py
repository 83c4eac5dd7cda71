# SPDX-License-Identifier: Apache-2.0
# Condition, Semaphore and BoundedSemaphore timeouts and misuse: a timeout bounds the whole wait (python3.13).
import threading, time
c = threading.Condition()
try:
    c.notify()
except RuntimeError as e:
    print(e)
items = []
def consumer():
    with c:
        with c:  # held twice: wait must give up both levels
            print('waited', c.wait_for(lambda: items, timeout=5))
t = threading.Thread(target=consumer); t.start()
time.sleep(0.05)
with c:
    items.append(1); c.notify_all()
t.join()
with c:
    t0 = time.monotonic()
    print(c.wait_for(lambda: False, timeout=0.05), time.monotonic() - t0 < 5)
s = threading.Semaphore(0)
t0 = time.monotonic(); print(s.acquire(timeout=0.05), time.monotonic() - t0 < 5)
try:
    s.acquire(False, 1)
except ValueError as e:
    print(e)
b = threading.BoundedSemaphore(2); b.acquire(); b.release()
try:
    b.release()
except ValueError as e:
    print(e)
lc = threading.Condition(threading.Lock())
with lc:
    print(lc.wait(0.01))
