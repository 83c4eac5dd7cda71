"""CPython's side of bench's GcBench: the same object graphs, built and collected by gc.collect().

Graphs (N nodes, each a __slots__ object with two reference slots, one tracked object each, as TestNode):
  live     a chain of N nodes held by a root: gc.collect() examines N objects and frees none
  garbage  a ring of N nodes with no outside reference: gc.collect() finds and frees N objects
Prints one line per (graph, n): "graph n ns_per_object best_ms collected".

Run: ~/.pyenv/versions/3.13.0/bin/python3 bench/python/gc_bench.py [n ...] [--reps R]
"""
import gc
import sys
import time


class Node:
    __slots__ = ('a', 'b')

    def __init__(self):
        self.a = None
        self.b = None


def build_chain(n):
    first = Node()
    prev = first
    for _ in range(n - 1):
        node = Node()
        prev.a = node
        prev = node
    return first


def build_ring(n):
    first = build_chain(n)
    last = first
    while last.a is not None:
        last = last.a
    last.a = first


def measure(graph, n, reps):
    best = None
    collected = None
    gc.disable()
    for _ in range(reps):
        gc.collect()
        root = build_chain(n) if graph == 'live' else None
        if graph == 'garbage':
            build_ring(n)
        t0 = time.perf_counter_ns()
        collected = gc.collect()
        dt = time.perf_counter_ns() - t0
        best = dt if best is None else min(best, dt)
        del root
    gc.enable()
    return best, collected


def main(argv):
    reps = 5
    sizes = []
    i = 0
    while i < len(argv):
        if argv[i] == '--reps':
            reps = int(argv[i + 1])
            i += 2
            continue
        sizes.append(int(argv[i]))
        i += 1
    sizes = sizes or [100_000, 1_000_000]
    for graph in ('live', 'garbage'):
        for n in sizes:
            best, collected = measure(graph, n, reps)
            print(graph, n, '%.2f' % (best / n), '%.3f' % (best / 1e6), collected, flush=True)


if __name__ == '__main__':
    main(sys.argv[1:])
