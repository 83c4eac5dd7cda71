# SPDX-License-Identifier: Apache-2.0
# Exceptions inside thread targets are caught in the thread and reported through a result slot.
import threading
results = {}
lock = threading.Lock()
def risky(k):
    try:
        if k % 3 == 0:
            raise ValueError(f"bad {k}")
        value = 100 // (k - 4)
        with lock:
            results[k] = value
    except (ValueError, ZeroDivisionError) as e:
        with lock:
            results[k] = type(e).__name__ + ": " + str(e)
threads = [threading.Thread(target=risky, args=(k,)) for k in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for k in sorted(results):
    print(k, results[k])
started = []
def simple():
    started.append(1)
t = threading.Thread(target=simple)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(started))
