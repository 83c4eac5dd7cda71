# The __getitem__ iterator and the callable iterator (iter(f, sentinel)) pickle as CPython's: (iter, (seq,), index),
# (iter, (callable, sentinel)), (iter, ((),)) once exhausted; the former's __length_hint__ without __len__.
import pickle
class Seq:
    def __getitem__(self, i):
        if i < 5: return i * 2
        raise IndexError
it = iter(Seq()); next(it)
r = it.__reduce__(); print(r[0].__name__, type(r[1][0]).__name__, r[2])
print(list(pickle.loads(pickle.dumps(it))), list(it))
print(it.__reduce__())
vals = iter([1, 2, 3, 4, 5, 4, 7, 8, 4])
def f():
    return next(vals)
ci = iter(f, 4)
print(next(ci), ci.__reduce__()[1][1], list(pickle.loads(pickle.dumps(ci))), list(ci), ci.__reduce__())
print(iter(Seq()).__length_hint__() if hasattr(iter(Seq()), '__length_hint__') else "no hint")
