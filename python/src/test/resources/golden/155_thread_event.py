# SPDX-License-Identifier: Apache-2.0
# Event set/wait/is_set forces a deterministic order of steps between two threads.
import threading
ready = threading.Event()
go = threading.Event()
done = threading.Event()
log = []
def worker():
    log.append("worker started")
    ready.set()
    go.wait()
    log.append("worker got go")
    done.set()
t = threading.Thread(target=worker, name="w")
print(ready.is_set(), go.is_set())
t.start()
ready.wait()
log.append("main saw ready")
go.set()
done.wait()
log.append("main saw done")
t.join()
print(log)
print(ready.is_set(), go.is_set(), done.is_set(), t.is_alive())
e = threading.Event()
print(e.is_set())
e.set()
print(e.wait(), e.is_set())
