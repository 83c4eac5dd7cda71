# SPDX-License-Identifier: Apache-2.0
# heapq for ftpython: a binary min-heap over a list, with the same element moves as CPython's (so equal keys come out
# in the same order), and nlargest, nsmallest and merge.


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


def heappush(heap, item):
    heap.append(item)
    _siftdown(heap, 0, len(heap) - 1)


def heappop(heap):
    lastelt = heap.pop()
    if heap:
        returnitem = heap[0]
        heap[0] = lastelt
        _siftup(heap, 0)
        return returnitem
    return lastelt


def heapreplace(heap, item):
    returnitem = heap[0]
    heap[0] = item
    _siftup(heap, 0)
    return returnitem


def heappushpop(heap, item):
    if heap and heap[0] < item:
        item, heap[0] = heap[0], item
        _siftup(heap, 0)
    return item


def heapify(x):
    n = len(x)
    for i in reversed(range(n // 2)):
        _siftup(x, i)


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
