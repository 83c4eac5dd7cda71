# SPDX-License-Identifier: Apache-2.0
# Methods of built-in values called with bad arguments: Python errors only, never a Java exception or a hang.
import threading
import re
import datetime
class U:
    pass
def gen():
    try:
        while True:
            x = yield 1
            yield from [x, x]
    finally:
        pass
started = gen()
next(started)
from fuzz_subclasses import D, L, S, I, T, St, Fl, MC, WM
class _Step:
    def __await__(self):
        yield 1
async def _coro():
    await _Step()
    await _Step()
_coro_started = _coro()
_coro_started.send(None)
async def _agen():
    yield 1
    await _Step()
    yield 2
try:
    raise KeyError('tb')
except KeyError as _e:
    _tb = _e.__traceback__
samples = [_tb, _tb.tb_frame, _tb.tb_frame.f_code, compile('1 + 1', 'f', 'eval'), datetime.datetime(2024, 1, 2, 3, 4, 5), datetime.date(2024, 1, 2), datetime.timedelta(1, 2, 3),
           datetime.time(1, 2), datetime.timezone.utc, b'ab c', bytearray(b'xy z'), D({1: 2}), L([1, 2]), S('abc'), I(5), T((1, 2)), St({1, 2}), Fl(2.5), [1, 2], {1: 2}, 'abc', {1, 2}, (1, 2), 5, 2.5, True, range(3), None, U(), threading.RLock(), threading.Event(),
           gen(), started, (i for i in range(3)), re.compile('(a)(?P<n>b)?'), re.match('(a)', 'ab'),
           frozenset([1, 2]), MC, WM, type, 1j, complex('nan+1j'), -0j,
           ExceptionGroup('m', [ValueError(1), ExceptionGroup('n', [TypeError(2)])]), _coro(), _coro_started, _agen(), __import__('decimal').Decimal('1.5'), __import__('decimal').Decimal('NaN')]
methods = ['append', 'extend', 'insert', 'pop', 'remove', 'index', 'count', 'sort', 'reverse', 'copy', 'clear', 'get',
           'keys', 'values', 'items', 'popitem', 'setdefault', 'update', 'fromkeys', 'join', 'split', 'rsplit',
           'splitlines', 'strip', 'lstrip', 'rstrip', 'replace', 'upper', 'lower', 'startswith', 'endswith', 'find',
           'rfind', 'rindex', 'isdigit', 'center', 'ljust', 'rjust', 'zfill', 'expandtabs', 'partition',
           'rpartition', 'format', 'removeprefix', 'removesuffix', 'encode', 'add', 'discard', 'union',
           'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset', 'isdisjoint',
           'intersection_update', 'difference_update', 'symmetric_difference_update', 'bit_length', 'is_integer',
           'acquire', 'release', 'locked', 'set', 'is_set', 'wait', '_is_owned', '_release_save', '_acquire_restore',
           '__getitem__', '__setitem__', '__delitem__', '__len__', '__contains__', '__iter__', '__add__', '__mul__',
           '__eq__', '__lt__', '__hash__', '__repr__', '__format__', '__or__', '__and__', '__neg__', '__enter__',
           '__exit__', 'conjugate', 'as_integer_ratio', 'hex', 'real', 'imag', 'numerator', 'send', 'throw', 'close',
           '__next__', 'search', 'match', 'fullmatch', 'findall', 'finditer', 'sub', 'subn', 'group', 'groups',
           'groupdict', 'start', 'end', 'span', 'expand', 'translate', 'maketrans', 'isprintable', 'bit_count',
           'as_integer_ratio', 'conjugate', 'is_integer', 'decode', 'hex', 'fromhex', 'isalpha', 'title', 'swapcase',
           'to_bytes', 'from_bytes', 'istitle', 'isupper', 'capitalize', 'strftime', 'isoformat', 'astimezone',
           'timestamp', 'total_seconds', 'utcoffset', 'tzname', 'fromutc', 'combine', 'strptime', 'fromisoformat',
           'fromtimestamp', 'isocalendar', 'toordinal', 'weekday', 'mro', '__call__', '__instancecheck__',
           '__subclasscheck__', '__init__', '__prepare__', '__setattr__', '__delattr__', '__new__', 'subgroup',
           'derive', 'add_note', '__await__', 'quantize', 'sqrt', 'normalize', 'compare',
           'to_integral_value', 'as_tuple', 'copy_sign', 'fma', 'max', 'min', 'asend', 'athrow', 'aclose',
           '__anext__', '__aiter__']
argsets = [(b'a',), (1j,), (2, 0.5j), (b'', b'x'), (bytearray(b'q'), 1), (300,), ('utf-8', 'bogus'), (), (None,), (None, None), (1, 2, 3, 4, 5), ('x',), ([],), ({},), (-1,), (10**30,), (U(),), (1.5,),
           (-10**30,), ('',), ((),), (0, 0), ('a', 'b', 'c'), ([[]],), ([(1, 2), (3,)],), ({1: []},), ([1], [[]]),
           (iter([1, []]),), ([1, 'a'],)]
n = 0
for s in samples:
    for m in methods:
        f = getattr(s, m, None)
        if f is None or not callable(f):
            continue
        for a in argsets:
            if m in ('acquire', 'wait') and a == ():
                continue
            if m == 'acquire' and isinstance(s, type(threading.Lock())) and a and a[0] is not None and a[0] != 0:
                continue
            if m in ('wait',) and (a[0] is None or (type(a[0]) in (int, float) and a[0] > 0.01)):
                continue
            try:
                f(*a)
            except Exception:
                pass
            n += 1
    for a in argsets:
        for kw in ({'key': None}, {'reverse': 1}, {'x': 1}, {'sep': 1}, {'maxsplit': 'a'}, {'key': len},
                   {'default': 1}, {'count': -1}):
            for m in ('sort', 'split', 'pop', 'get', 'index', 'count', 'replace', 'union', 'update', 'extend',
                      'setdefault', 'fromkeys', 'join', 'format', 'insert'):
                f = getattr(s, m, None)
                if f is None:
                    continue
                try:
                    f(*a, **kw)
                except Exception:
                    pass
                n += 1
print("done")
