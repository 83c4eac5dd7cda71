# enumerate() and reversed() argument checks after CPython's test_enumerate
# (too many arguments, keywords, objects that are not sequences: no
# __getitem__, or a dict), reversed's __length_hint__, and __doc__ of built-in
# types and functions answering (None here: no docstrings are carried).
import operator
for call in (lambda: enumerate('abc', 2, 3), lambda: reversed([], a=1), lambda: enumerate()):
    try:
        print(call())
    except TypeError as e:
        print('TypeError:', e)
class NoGetItem(object):
    def __len__(self): return 2
class NoLen(object):
    def __getitem__(self, i): return 1
class D(dict):
    def __len__(self): return 1
for o in (NoGetItem(), NoLen(), D(a=1)):
    try:
        reversed(o)
    except TypeError as e:
        print('TypeError:', e)
print(operator.length_hint(reversed([1, 2, 3])), operator.length_hint(reversed(range(4))), operator.length_hint(reversed('abcd')))
r = reversed((1, 2, 3)); next(r); print(r.__length_hint__(), list(r), r.__length_hint__())
print(int.__doc__ is None or isinstance(int.__doc__, str), callable(len), len.__name__)
