# str and bytes search methods clip start/end beyond the machine range as CPython's _PyEval_SliceIndex does (never an
# OverflowError), take __index__, and refuse other types with CPython's message; UserString.encode takes None for
# its defaults. Checked against CPython 3.13 (string_tests' test_find/test_rfind, test_userstring).
import sys
from collections import UserString


class Idx:
    def __index__(self):
        return 1


big = sys.maxsize + 1
for args in [('xxx', big, 0), ('a', -big), ('b', 0, big), ('a', -big, big), ('b', Idx()), ('a', None, Idx()),
             ('b', -10 ** 30, 10 ** 30)]:
    out = []
    for m in ['find', 'rfind', 'count', 'startswith', 'endswith', 'index', 'rindex']:
        for s, sub in (('ab', args[0]), (b'ab', args[0].encode())):
            try:
                out.append(getattr(s, m)(sub, *args[1:]))
            except ValueError as e:
                out.append('ValueError')
    print(out)
for bad in ['x', 1.5, []]:
    for s, sub in (('ab', 'a'), (b'ab', b'a')):
        try:
            s.find(sub, bad)
        except TypeError as e:
            print(type(s).__name__, e)
print(UserString('hello').encode(None, None), UserString('hé').encode('latin-1', None))
