# sys.modules[name] = None blocks an import (CPython's ModuleNotFoundError "import of X halted"); heapq without
# _heapq (blocked) runs its pure-Python heap operations with the same element moves; bisect with and without _bisect.
import sys

sys.modules['json'] = None
for stmt in ('import json', 'from json import dumps'):
    try:
        exec(stmt)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
del sys.modules['json']
import json
print(json.dumps([1]))

saved = {n: sys.modules.pop(n) for n in ('heapq', '_heapq') if n in sys.modules}
sys.modules['_heapq'] = None
import heapq as py_heapq
del sys.modules['heapq'], sys.modules['_heapq']
sys.modules.update(saved)
print(py_heapq.heappush.__module__)

import random
rng = random.Random(5)
heap = []
data = [(rng.randrange(10), i) for i in range(40)]
for x in data:
    py_heapq.heappush(heap, x)
print([py_heapq.heappop(heap) for _ in range(len(data))] == sorted(data))
h = [rng.randrange(100) for _ in range(30)]
py_heapq.heapify(h)
print(h[:8])
print(py_heapq.heapreplace(h, 50), py_heapq.heappushpop(h, 49), h[:8])
h = [rng.randrange(100) for _ in range(30)]
py_heapq._heapify_max(h)  # 3.13's private max-heap helpers
print(h[:8], py_heapq._heappop_max(h), py_heapq._heapreplace_max(h, 1), h[:8])
try:
    py_heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
print(py_heapq.heappushpop([], 3), py_heapq.nsmallest(3, [5, 1, 4, 2]), list(py_heapq.merge([1, 3], [2, 4])))

import bisect
import _bisect
print(_bisect.bisect_right([1, 2, 2, 3], 2), _bisect.bisect_left([1, 2, 2, 3], 2), bisect.bisect is bisect.bisect_right)
a = [1, 3]
_bisect.insort(a, 2) if hasattr(_bisect, 'insort') else _bisect.insort_right(a, 2)
print(a)
