# SPDX-License-Identifier: Apache-2.0
# heapq for ftpython: a binary min-heap over a list, with the same element moves as CPython's (so equal keys come out
# in the same order), and nlargest, nsmallest and merge. _siftdown and _siftup are CPython's private Python helpers.


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


# The sifts of CPython's heapq.py with the order as an argument: before(a, b) is a < b for a min-heap and b < a for
# a max-heap, so each makes the comparisons CPython's makes, in the same order.
def _siftdown_by(heap, startpos, pos, before):
    newitem = heap[pos]
    while pos > startpos:
        parentpos = (pos - 1) >> 1
        parent = heap[parentpos]
        if before(newitem, parent):
            heap[pos] = parent
            pos = parentpos
            continue
        break
    heap[pos] = newitem


def _siftup_by(heap, pos, before):
    endpos = len(heap)
    startpos = pos
    newitem = heap[pos]
    childpos = 2 * pos + 1
    while childpos < endpos:
        rightpos = childpos + 1
        if rightpos < endpos and not before(heap[childpos], heap[rightpos]):
            childpos = rightpos
        heap[pos] = heap[childpos]
        pos = childpos
        childpos = 2 * pos + 1
    heap[pos] = newitem
    _siftdown_by(heap, startpos, pos, before)


# CPython's private Python helpers, under their names
def _siftdown(heap, startpos, pos):
    _siftdown_by(heap, startpos, pos, _lt)


def _siftup(heap, pos):
    _siftup_by(heap, pos, _lt)


def _siftdown_max(heap, startpos, pos):
    _siftdown_by(heap, startpos, pos, _gt)


def _siftup_max(heap, pos):
    _siftup_by(heap, pos, _gt)


# The pure-Python heap operations: what heapq is when _heapq is blocked (test.support's import_fresh_module), as
# CPython's heapq.py without its C module. Not safe to share between threads, unlike _heapq's.
def _push(heap, item, before):
    heap.append(item)
    _siftdown_by(heap, 0, len(heap) - 1, before)


def _pop(heap, before):
    last = heap.pop()
    if not heap:
        return last
    top = heap[0]
    heap[0] = last
    _siftup_by(heap, 0, before)
    return top


def _replace(heap, item, before):
    top = heap[0]
    heap[0] = item
    _siftup_by(heap, 0, before)
    return top


def _pushpop(heap, item, before):
    if heap and before(heap[0], item):
        item, heap[0] = heap[0], item
        _siftup_by(heap, 0, before)
    return item


def _heapify_by(x, before):
    for i in reversed(range(len(x) // 2)):
        _siftup_by(x, i, before)


def heappush(heap, item):
    _push(heap, item, _lt)


def heappop(heap):
    return _pop(heap, _lt)


def heapreplace(heap, item):
    return _replace(heap, item, _lt)


def heappushpop(heap, item):
    return _pushpop(heap, item, _lt)


def heapify(x):
    _heapify_by(x, _lt)


def heappush_max(heap, item):
    _push(heap, item, _gt)


def heappop_max(heap):
    return _pop(heap, _gt)


def heapreplace_max(heap, item):
    return _replace(heap, item, _gt)


def heappushpop_max(heap, item):
    return _pushpop(heap, item, _gt)


def heapify_max(x):
    _heapify_by(x, _gt)


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
