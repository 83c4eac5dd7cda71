# SPDX-License-Identifier: Apache-2.0
# heapq for ftpython: a binary min-heap over a list, with the same element moves as CPython's (so equal keys come out
# in the same order), and nlargest, nsmallest and merge. _siftdown and _siftup are CPython's private Python helpers.


def _siftdown(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if newitem < parent:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[childpos] < heap[rightpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown(heap, startpos, pos)


def _siftdown_max(heap, startpos, pos):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if parent < newitem:
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_max(heap, pos):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not heap[rightpos] < heap[childpos]:
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_max(heap, startpos, pos)


# The pure-Python heap operations: what heapq is when _heapq is blocked (test.support's import_fresh_module), as
# CPython's heapq.py without its C module. Not safe to share between threads, unlike _heapq's.
def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _siftup(heap, 0)
    return top


def heapreplace(heap, item):
    top = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return top


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    for i in reversed(range(len(x) // 2)):
        _siftup(x, i)


def heappush_max(heap, item):
    heap.append(item)
    _siftdown_max(heap, 0, len(heap) - 1)


def heappop_max(heap):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _siftup_max(heap, 0)
    return top


def heapreplace_max(heap, item):
    top = heap[0]
    heap[0] = item
    _siftup_max(heap, 0)
    return top


def heappushpop_max(heap, item):
    if heap and item < heap[0]:
        item, heap[0] = heap[0], item
        _siftup_max(heap, 0)
    return item


def heapify_max(x):
    for i in reversed(range(len(x) // 2)):
        _siftup_max(x, i)


# Normally the heap operations are _heapq's (HeapqModule.java): each one atomic under the list's critical section,
# as CPython's C module, so threads sharing a heap keep its invariant. The _max variants are 3.14's public names
# (3.13's private _heapify_max, _heappop_max and _heapreplace_max stay too).
try:
    from _heapq import (heappush, heappop, heapreplace, heappushpop, heapify, heappush_max, heappop_max,
                        heapreplace_max, heappushpop_max, heapify_max)
except ImportError:
    pass

_heapify_max = heapify_max
_heappop_max = heappop_max
_heapreplace_max = heapreplace_max


def _select(n, iterable, key, largest):
    # CPython's order of checks: n == 1 takes max/min, n beyond the length sorts, anything else needs an int
    if n == 1:
        sentinel = object()
        result = (max if largest else min)(iterable, default=sentinel, key=key)
        return [] if result is sentinel else [result]
    try:
        size = len(iterable)
    except (TypeError, AttributeError):
        pass
    else:
        if n >= size:
            return sorted(iterable, key=key, reverse=largest)[:n]
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=largest)[:n]


def nsmallest(n, iterable, key=None):
    return _select(n, iterable, key, False)


def nlargest(n, iterable, key=None):
    return _select(n, iterable, key, True)


_MISSING = object()


def merge(*iterables, key=None, reverse=False):
    return _merge([iter(it) for it in iterables], key, reverse)


def _merge(its, key, reverse):
    # the heads of the inputs, in input order: the least (greatest if reverse) is taken, the earliest on ties
    heads = []
    for it in its:
        v = next(it, _MISSING)
        if v is not _MISSING:
            heads.append([v, it])
    while heads:
        best = 0
        kb = heads[0][0] if key is None else key(heads[0][0])
        for i in range(1, len(heads)):
            ka = heads[i][0] if key is None else key(heads[i][0])
            if (kb < ka) if reverse else (ka < kb):
                best = i
                kb = ka
        v, it = heads[best]
        yield v
        nv = next(it, _MISSING)
        if nv is _MISSING:
            heads.pop(best)
        else:
            heads[best][0] = nv
