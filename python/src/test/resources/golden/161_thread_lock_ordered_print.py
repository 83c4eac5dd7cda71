# SPDX-License-Identifier: Apache-2.0
# Threads print under a lock in an order forced by a chain of Events.
import threading
N = 5
turns = [threading.Event() for _ in range(N + 1)]
print_lock = threading.Lock()
def speaker(i):
    turns[i].wait()
    with print_lock:
        print("thread", i, "speaking as", threading.current_thread().name)
    turns[i + 1].set()
threads = [threading.Thread(target=speaker, args=(i,), name=f"speaker{i}") for i in reversed(range(N))]
for t in threads:
    t.start()
turns[0].set()
turns[N].wait()
for t in threads:
    t.join()
print("all spoke")
