# range over ints of any size, as CPython's: bounds, length (OverflowError past a Py_ssize_t), items, slices,
# membership, index/count, reversed, iteration (longrange_iterator), hash, equality, pickle; loops whose
# step would overflow a long past the last item.
import sys, pickle, copy, itertools
M = sys.maxsize
big = [10**20, -10**20, 2**63, 2**63 - 1, -2**63, 2**64, M, -M - 1, 3, -3, 0]
rs = [range(10**20, 10**20 + 10, 3), range(2**70), range(-2**70, 2**70, 2**68), range(M - 5, M + 5),
      range(-M - 3, -M + 3), range(M, -M - 1, -M), range(0, 2**63 - 1, 2**62), range(-2**63, 2**63 - 1),
      range(2**63 - 2, 2**63 + 2), range(5, 2**65, 2**64), range(0), range(1, 10**30, 10**29), range(10, 0, -2**64)]
for r in rs:
    print(r, r.start, r.stop, r.step, bool(r), hash(r) == hash(r), r == eval(repr(r)))
    try:
        print(' len', len(r))
    except OverflowError as e:
        print(' len', type(e).__name__, e)
    print(' items', list(itertools.islice(r, 4)), list(itertools.islice(reversed(r), 3)))
    for i in (0, 1, -1, 2**63, -2**63, 2**69, 10**25):
        try:
            print(' [%d]' % i, r[i])
        except IndexError as e:
            print(' [%d]' % i, e)
    for sl in (slice(1, None), slice(None, None, -1), slice(2**64, None), slice(-3, None), slice(None, None, 2**65),
               slice(1, -1, 3), slice(-2**70, 2**70), slice(5, 2, -1)):
        print(' slice', sl, r[sl])
    for v in big + [r.start, r.start + r.step, r.stop]:
        print(' in', v, v in r, r.count(v), end=';')
        try:
            print(r.index(v))
        except ValueError as e:
            print(e)
    it = iter(r)
    print(' iter', type(it).__name__, next(it, None), pickle.loads(pickle.dumps(it)).__reduce__()[1] if False else '')
    print(' pickle', pickle.loads(pickle.dumps(r)) == r, copy.copy(r) == r)
print(range(2**64) == range(0, 2**64, 1), range(2**64) != range(2**64 + 1), range(0, 2**64, 2**64) == range(0, 1))
print(hash(range(3)) == hash((3, 0, 1)), hash(range(0)) == hash((0, None, None)), hash(range(5, 6)) == hash((1, 5, None)),
      hash(range(2**70, 2**71, 2**69)) == hash((2, 2**70, 2**69)))
t = 0
for i in range(0, 2**63 - 1, 2**62):
    t += 1
print(t, [i for i in range(2**63 - 3, 2**63 - 1)], [i for i in range(-2**63 + 2, -2**63, -1)])
for i in range(2**64, 2**64 + 3): print(i, end=' ')
print()
print(list(range(5))[::-1], list(reversed(range(-2**63, -2**63 + 3))), list(reversed(range(2**63 - 3, 2**63 - 1))))
class I:
    def __index__(self): return 2**65
print(range(I()), range(I())[-1], range(0, 10)[I():], 2**65 in range(I()), range(1, I(), 2**64))
try: range(1.5)
except TypeError as e: print(e)
try: range(0, 10, 0)
except ValueError as e: print(e)
try: range(10)[1.5]
except TypeError as e: print(e)
try: range(10)[::0]
except ValueError as e: print(e)
print(operator_len := __import__('operator').length_hint(iter(range(10**20, 10**20 + 5))))
it = iter(range(-2**65, 20, 2)); it.__setstate__(2**64 + 7); print(list(it))
it = reversed(range(10, 2**65, 2)); it.__setstate__(2**64 - 7); print(list(it))
it = iter(range(10**20, 10**20 + 6, 2)); next(it); print(list(pickle.loads(pickle.dumps(it))), list(it))
it = iter(range(10, 20, 2))
try:
    it.__setstate__(10**30)
except OverflowError as e:
    print(e)
it.__setstate__(-5); print(list(it))
