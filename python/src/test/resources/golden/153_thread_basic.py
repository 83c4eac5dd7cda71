# SPDX-License-Identifier: Apache-2.0
# Threads with target/args/name: each writes its own result slot; main prints after join.
import threading
results = [None] * 4
def work(idx, n):
    total = 0
    for i in range(n):
        total += i * idx
    results[idx] = total
threads = [threading.Thread(target=work, args=(i, 1000 * (i + 1)), name=f"worker-{i}") for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(results)
print([t.name for t in threads])
print([t.is_alive() for t in threads])
print(threading.current_thread().name)
