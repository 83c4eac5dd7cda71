# SPDX-License-Identifier: Apache-2.0
# The scaling suite (issue 17), in the style of CPython's Tools/ftscalingbench: each benchmark is a function that does
# a fixed amount of work on data shared by every thread; it is run by 1 thread and by N threads at once (each thread
# doing the same work), and the speedup is N x (1-thread time) / (N-thread time). Runs unchanged on ftpython and on any
# python3.
#   ftpython python/demo/ftscaling.py [--threads 1,2] [--only NAME,...] [--warm W] [--reps R]
# Output: one line per benchmark and thread count, "RESULT name threads seconds", then a table.
import gc
import sys
import threading
import time

BENCHMARKS = {}


def benchmark(fn):
    BENCHMARKS[fn.__name__] = fn
    return fn


# ---- shared data (made once by the main thread, read by every thread)
SHARED_DICT = {"key%d" % i: i * 3 for i in range(1024)}
SHARED_KEYS = list(SHARED_DICT)
SHARED_LIST = [i * 7 for i in range(1024)]
GLOBAL_A = 3
GLOBAL_B = 4


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return self.x + self.y


SHARED_POINT = Point(3, 4)
LOCK = threading.Lock()
COUNTER = [0]
APPENDED = []


def shared_function(a, b):
    return a + b


def make_closure():
    base = 5

    def add(x):
        return x + base
    return add


CLOSURE = make_closure()


@benchmark
def shared_dict_read():
    d = SHARED_DICT
    keys = SHARED_KEYS
    total = 0
    for r in range(300):
        for k in keys:
            total += d[k]
    return total


@benchmark
def shared_list_read():
    lst = SHARED_LIST
    total = 0
    for r in range(300):
        for i in range(len(lst)):
            total += lst[i]
    return total


@benchmark
def object_attr_read():
    p = SHARED_POINT
    total = 0
    for i in range(300000):
        total += p.x + p.y
    return total


@benchmark
def module_globals():
    total = 0
    for i in range(300000):
        total += GLOBAL_A * GLOBAL_B
    return total


@benchmark
def function_call():
    total = 0
    for i in range(300000):
        total += shared_function(i, 1)
    return total


@benchmark
def method_call():
    p = SHARED_POINT
    total = 0
    for i in range(300000):
        total += p.norm1()
    return total


@benchmark
def closure_call():
    total = 0
    for i in range(300000):
        total += CLOSURE(i)
    return total


@benchmark
def object_creation():
    total = 0
    for i in range(150000):
        p = Point(i, 1)
        total += p.x
    return total


@benchmark
def counter_under_lock():
    for i in range(50000):
        with LOCK:
            COUNTER[0] += 1
    return COUNTER[0]


@benchmark
def append_shared_list():
    for i in range(50000):
        APPENDED.append(i)
    return len(APPENDED)


@benchmark
def private_dicts():
    total = 0
    for i in range(60000):
        d = {"a": i, "b": i + 1, "c": i + 2}
        d["d"] = d["a"] + d["c"]
        total += len(d)
    return total


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@benchmark
def recursive_function():
    return fib(24)


class Node:
    def __init__(self):
        self.other = None


@benchmark
def gc_cycles():
    for i in range(60000):
        a = Node()
        b = Node()
        a.other = b
        b.other = a
    return 0


def run_threads(fn, threads):
    ts = [threading.Thread(target=fn) for _ in range(threads)]
    t0 = time.perf_counter()
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    return time.perf_counter() - t0


def measure(name, threads, warm, reps):
    fn = BENCHMARKS[name]
    for _ in range(warm):
        run_threads(fn, threads)
    del APPENDED[:]
    best = None
    for _ in range(reps):
        dt = run_threads(fn, threads)
        del APPENDED[:]
        best = dt if best is None or dt < best else best
    return best


def main(argv):
    threads = [1, 2]
    only = list(BENCHMARKS)
    warm = 15
    reps = 10
    i = 0
    while i < len(argv):
        a = argv[i]
        if a == "--threads":
            threads = [int(x) for x in argv[i + 1].split(",")]
            i += 1
        elif a == "--only":
            only = argv[i + 1].split(",")
            i += 1
        elif a == "--warm":
            warm = int(argv[i + 1])
            i += 1
        elif a == "--reps":
            reps = int(argv[i + 1])
            i += 1
        i += 1
    gc.enable()
    results = {}
    for name in only:
        for n in threads:
            t = measure(name, n, warm, reps)
            results[(name, n)] = t
            print("RESULT %s %d %.6f" % (name, n, t))
            sys.stdout.flush()
    print()
    print("| benchmark | " + " | ".join("%d thread%s s" % (n, "" if n == 1 else "s") for n in threads)
          + " | " + " | ".join("speedup x%d" % n for n in threads if n > 1) + " |")
    for name in only:
        one = results[(name, threads[0])]
        cols = ["%.4f" % results[(name, n)] for n in threads]
        sp = ["%.2fx" % (n * one / results[(name, n)]) for n in threads if n > 1]
        print("| %s | %s | %s |" % (name, " | ".join(cols), " | ".join(sp)))


if __name__ == "__main__":
    main(sys.argv[1:])
