# The index-based iterators (list, reversed list, tuple, str, range) pickle as CPython's: __reduce__ gives
# (iter, (seq,), index) or the range left, __setstate__ moves them, __length_hint__ counts what is left; the
# original is not advanced. Also sys.modules holds builtins from the start. As CPython 3.13 runs them.
import sys
print('builtins' in sys.modules, 'sys' in sys.modules)
import pickle
for seq in ([1, 2, 3], (1, 2, 3), "aé𝄞b", range(2, 20, 3)):
    it = iter(seq)
    next(it)
    print(type(it).__name__, it.__reduce__()[0].__name__, it.__reduce__()[1:], it.__length_hint__())
    for p in range(6):
        it2 = pickle.loads(pickle.dumps(it, p))
        assert type(it2) is type(it) and list(it2) == list(seq)[1:], (p, seq)
    print(list(it))
    print(it.__reduce__())
r = reversed([1, 2, 3]); next(r)
print(r.__reduce__()[0].__name__, r.__reduce__()[1:], list(pickle.loads(pickle.dumps(r))))
it = iter([1, 2, 3]); it.__setstate__(2); print(list(it))
it = iter([1, 2, 3]); it.__setstate__(-5); print(list(it))
it = iter("abc"); it.__setstate__(10); print(list(it))
