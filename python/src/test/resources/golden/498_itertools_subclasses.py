# itertools iterators are classes that can be subclassed (with keywords for a subclass whose __init__ or __new__
# takes them), and so are filter, map, reversed, tuple and frozenset (test_itertools.test_keywords_in_subclass).
import itertools, operator
from itertools import *
def isEven(x): return x % 2 == 0
testcases = [(accumulate, ([1, 2, 3],), [1, 3, 6]), (batched, ([1, 2, 3], 2), [(1, 2), (3,)]), (chain, ([1, 2], [3, 4]), [1, 2, 3]),
    (combinations, ([1, 2, 3], 2), [(1, 2), (1, 3), (2, 3)]), (starmap, (operator.pow, ((2, 3), (3, 2))), [8, 9]),
    (islice, ([1, 2, 3, 4], 1, 3), [2, 3]), (takewhile, (isEven, [2, 3, 4]), [2]), (dropwhile, (isEven, [2, 3, 4]), [3, 4]),
    (cycle, ([1, 2],), [1, 2, 1]), (compress, ('ABC', [1, 0, 1]), ['A', 'C']), (groupby, ('aab',), None), (pairwise, ('abc',), [('a', 'b'), ('b', 'c')]),
    (product, ('ab', 'c'), [('a', 'c'), ('b', 'c')]), (zip_longest, ('ab', 'c'), [('a', 'c'), ('b', None)])]
for cls, args, result in testcases:
    class subclass(cls):
        pass
    u = subclass(*args)
    got = list(islice(u, 0, 3))
    if result is None:
        got = [k for k, g in got]
    print(cls.__name__, type(u) is subclass, isinstance(u, cls), got)
    try:
        subclass(*args, newarg=3)
    except TypeError:
        print("TypeError for newarg")
    class with_init(cls):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    try:
        w = with_init(*args, newarg=3)
        print(type(w) is with_init, w.newarg)
    except TypeError as e:
        print("TypeError")
    class with_new(cls):
        def __new__(cls, *args, newarg=None):
            self = super().__new__(cls, *args)
            self.newarg = newarg
            return self
    n = with_new(*args, newarg=3)
    print(type(n) is with_new, n.newarg, list(islice(n, 0, 2)) == list(islice(cls(*args), 0, 2)) if result is not None else True)
print(list(chain.from_iterable(['ab', 'cd'])), type(chain).__name__, repr(chain)[:24])
class C(chain): pass
print(type(C.from_iterable(['ab'])) is C, list(C.from_iterable(['ab', 'c'])))
for base, args in ((filter, (None, [0, 1])), (map, (str, [1, 2])), (reversed, ((1, 2),)), (tuple, ([1, 2],)), (frozenset, ([1],)), (zip, ([1], 'a'))):
    class WithInit(base):
        def __init__(self, *args, newarg=None):
            self.newarg = newarg
    class Plain(base):
        pass
    try:
        w = WithInit(*args, newarg=3)
        print(base.__name__, type(w).__name__, w.newarg, list(w))
    except TypeError as e:
        print(base.__name__, "TypeError:", e)
    try:
        Plain(*args, newarg=3)
    except TypeError as e:
        print(base.__name__, "TypeError:", e)
