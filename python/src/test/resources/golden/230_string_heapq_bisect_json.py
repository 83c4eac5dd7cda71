# SPDX-License-Identifier: Apache-2.0
# string, heapq, bisect and json (dumps options, loads, JSONDecodeError positions), written in Python for ftpython.
import string, heapq, bisect, json, copy, textwrap, os, os.path
from contextlib import contextmanager, suppress, nullcontext, ExitStack, closing
from abc import ABC, abstractmethod
print(string.ascii_letters, string.digits, string.punctuation, repr(string.whitespace))
print(string.capwords('hello  wide world'), string.Template('$who likes ${what}').substitute(who='tim', what='pie'))
print(string.Template('$a and $b').safe_substitute(a=1))
h = []
for v in [5, 1, 8, 3, 9, 2]:
    heapq.heappush(h, v)
print(h, [heapq.heappop(h) for _ in range(3)], h)
data = [7, 2, 9, 4, 1]
heapq.heapify(data); print(data, heapq.nlargest(2, [3, 1, 4, 1, 5]), heapq.nsmallest(2, 'zebra'))
print(heapq.heappushpop([1, 5], 3), list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
tasks = [(2, 'b'), (1, 'a'), (3, 'c')]
heapq.heapify(tasks); print(heapq.heappop(tasks), heapq.heapreplace(tasks, (0, 'z')), tasks)
a = [1, 2, 4, 4, 7]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5))
bisect.insort(a, 3); print(a, bisect.bisect_left([(1, 'a'), (3, 'c')], 2, key=lambda p: p[0]))
obj = {'name': 'x', 'vals': [1, 2.5, None, True], 'nested': {'k': 'é'}}
s = json.dumps(obj)
print(s, json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False))
print(json.loads(s) == obj, json.loads('[1, 2.0, "a\\u00e9", {"b": null}]'), json.dumps([1e20, 0.1, -0.0, 10**20]))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')), json.dumps('tab\there'), json.loads('"\\ud83d\\ude00"'))
try:
    json.loads('{"a": 1,}')
except json.JSONDecodeError as e:
    print('JSONDecodeError:', e)
try:
    json.loads('[1, 2')
except ValueError as e:
    print(e)
try:
    json.dumps({1: set()})
except TypeError as e:
    print(e)
print(json.dumps({'x': {1, 2}}, default=sorted), json.loads('{"a": 1}', object_hook=lambda d: sorted(d)))
