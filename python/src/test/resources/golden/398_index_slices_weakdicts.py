# operator.index as CPython's PyNumber_Index; sequence repetition by an int beyond a Py_ssize_t (either sign) is an
# OverflowError; slice.indices over ints of any size; deepcopy copies a slice's parts; the weak dictionaries compare
# as Mappings and are registered with the collections ABCs (cases from CPython's test_index, test_slice, test_copy).
import operator, copy, sys, weakref, warnings, collections.abc as abc

class MyInt(int):
    def __index__(self):
        return int(str(self)) + 1
print(MyInt(7).__index__(), operator.index(MyInt(7)), operator.index(True), operator.index(2**70))
class BadInt:
    def __index__(self):
        return True
class BadInt2(int):
    def __index__(self):
        return True
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    n = operator.index(BadInt())
    print(n, type(n).__name__, w[0].category.__name__, str(w[0].message)[:40])
print(operator.index(BadInt2()))
class Dumb:
    def __index__(self):
        return 'dumb'
for f in (lambda: operator.index(Dumb()), lambda: slice(Dumb()).indices(0), lambda: operator.index(1.5),
          lambda: [1, 2][Dumb()]):
    try:
        f()
    except TypeError as e:
        print('TypeError', e)

for seq in ('a', b'a', [1], (1,), bytearray(b'a')):
    for n in (2**100, -2**100):
        try:
            seq * n
        except OverflowError as e:
            print(type(seq).__name__, 'OverflowError', e)
print('a' * (-sys.maxsize - 1), [1] * -5, 'ab' * False)

M = sys.maxsize
for s, n in ((slice(None), 2**70), (slice(-2**80, 2**80, 3), 10), (slice(None, None, -2**70), 2**65),
             (slice(2**64, -2**64, -1), 2**66), (slice(-5, None), M * 4), (slice(1, 10, 2), 0)):
    print(s, n, s.indices(n))
for s, n in ((slice(0, 1, 0), 5), (slice(0, 1), -1)):
    try:
        s.indices(n)
    except ValueError as e:
        print('ValueError', e)

s = slice([1, 2], [3, 4], [5, 6])
c = copy.deepcopy(s)
print(c == s, c is s, c.start is s.start, copy.copy(s) is s)

class C:
    pass
a, b, c2, d = C(), C(), C(), C()
for D in (weakref.WeakKeyDictionary, weakref.WeakValueDictionary):
    u = D(); u[a] = b; u[c2] = d
    v = copy.copy(u)
    print(D.__name__, v is u, v == u, v != u, u == dict(u.items()), u == 1, isinstance(u, abc.MutableMapping))
    try:
        hash(u)
    except TypeError as e:
        print(e)
    try:
        reversed(u)
    except TypeError as e:
        print(e)
print(isinstance(weakref.WeakSet(), abc.MutableSet))
