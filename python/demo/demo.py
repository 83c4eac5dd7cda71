# SPDX-License-Identifier: Apache-2.0
# The ftpython demo (README's main job): Python threads with no global lock, sharing dicts and lists, deterministic
# __del__, cycles collected, weak-reference callbacks, and the same work timed on 1 and on N threads.
#   ./ftpython python/demo/demo.py [THREADS]
import gc
import sys
import threading
import time
import weakref

THREADS = int(sys.argv[1]) if len(sys.argv) > 1 else 2
WORDS = ("free threaded python shares dicts and lists between threads with no global lock while biased "
         "reference counting keeps each thread on its own objects").split()


def progress(label, done, total):
    sys.stderr.write("\r  %-34s %3d%%" % (label, 100 * done // total))
    if done == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


# ---- 1. threads building and sharing dicts and lists
shared_words = [WORDS[(i * 7) % len(WORDS)] for i in range(20000)]
totals = {}
totals_lock = threading.Lock()


def count_words(start, step):
    local = {}
    for i in range(start, len(shared_words), step):
        w = shared_words[i]
        local[w] = local.get(w, 0) + 1
    with totals_lock:
        for w, n in local.items():
            totals[w] = totals.get(w, 0) + n


workers = [threading.Thread(target=count_words, args=(k, THREADS)) for k in range(THREADS)]
for t in workers:
    t.start()
for t in workers:
    t.join()
print("1. %d threads counted %d words in a shared list into a shared dict: %d distinct, %d in all"
      % (THREADS, len(shared_words), len(totals), sum(totals.values())))

# ---- 2. __del__ at the last reference, and cycles collected
finalized = []


class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

    def __del__(self):
        finalized.append(self.name)


n = Node("alone")
del n
print("2. __del__ ran at the last reference:", finalized)
gc.collect()
gc.disable()
for i in range(100):
    a = Node("a%d" % i)
    b = Node("b%d" % i)
    a.peer = b
    b.peer = a
del a, b
before = len(finalized)
found = gc.collect()
gc.enable()
print("   100 two-node cycles: gc.collect() found %d objects, %d finalizers ran" % (found, len(finalized) - before))

# ---- 3. weak-reference callbacks
called = []


class Target:
    pass


targets = [Target() for i in range(10)]
refs = [weakref.ref(t, lambda r, i=i: called.append(i)) for i, t in enumerate(targets)]
del targets[::2]
alive = sum(1 for r in refs if r() is not None)
print("3. weak references: %d callbacks ran for the freed targets %s, %d targets alive" % (len(called), called, alive))
del targets

# ---- 4. the same work on 1 and on N threads: benchmarks of the scaling suite (ftscaling.py, issue 17's code)
import ftscaling

PICKS = ["private_dicts", "object_creation", "function_call", "module_globals"]
rows = []
for k, name in enumerate(PICKS):
    one = ftscaling.measure(name, 1, 10, 3)
    many = ftscaling.measure(name, THREADS, 10, 3)
    rows.append((name, one, many))
    progress("timing %s" % name, k + 1, len(PICKS))
print("4. the same work per thread, on 1 and on %d threads (the scaling suite's code, best of 3):" % THREADS)
print("   | benchmark | 1 thread s | %d threads s | throughput vs 1 thread |" % THREADS)
print("   | --- | ---: | ---: | ---: |")
for name, one, many in rows:
    print("   | %s | %.4f | %.4f | %.2fx |" % (name, one, many, THREADS * one / many))
