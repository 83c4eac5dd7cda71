# SPDX-License-Identifier: Apache-2.0
# queue: Queue with workers, task_done and join; bounded puts and gets with timeouts; priority, LIFO and simple queues; shutdown.
import queue, threading
q = queue.Queue()
results = []
lock = threading.Lock()
def worker():
    while True:
        item = q.get()
        if item is None:
            q.task_done()
            break
        with lock:
            results.append(item * item)
        q.task_done()
threads = [threading.Thread(target=worker) for _ in range(4)]
for t in threads:
    t.start()
for i in range(100):
    q.put(i)
q.join()
for _ in threads:
    q.put(None)
for t in threads:
    t.join()
print(len(results), sum(results), q.empty(), q.qsize())
b = queue.Queue(maxsize=2)
b.put(1); b.put(2)
print(b.full())
try:
    b.put(3, block=False)
except queue.Full:
    print("Full")
try:
    b.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")
print(b.get(), b.get_nowait())
try:
    b.get_nowait()
except queue.Empty:
    print("Empty")
try:
    b.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")
p = queue.PriorityQueue()
for x in [5, 1, 4, 2]:
    p.put((x, str(x)))
print([p.get()[1] for _ in range(4)])
l = queue.LifoQueue()
for x in "abc":
    l.put(x)
print("".join(l.get() for _ in range(3)))
s = queue.SimpleQueue()
s.put(1); s.put(2)
print(s.get(), s.qsize(), s.empty())
try:
    b.task_done()
    b.task_done()
    b.task_done()
except ValueError as e:
    print("ValueError", e)
sd = queue.Queue()
sd.put(1)
sd.shutdown()
try:
    sd.put(2)
except queue.ShutDown:
    print("ShutDown on put")
print(sd.get())
try:
    sd.get()
except queue.ShutDown:
    print("ShutDown on get")
# producer/consumer with a bounded queue
bq = queue.Queue(maxsize=3)
out = []
def prod():
    for i in range(50):
        bq.put(i)
    bq.put(None)
def cons():
    while True:
        x = bq.get()
        if x is None:
            break
        out.append(x)
tp = threading.Thread(target=prod)
tc = threading.Thread(target=cons)
tp.start(); tc.start(); tp.join(); tc.join()
print(out == list(range(50)))
