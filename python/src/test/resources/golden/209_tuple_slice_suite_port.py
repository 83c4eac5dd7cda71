# SPDX-License-Identifier: Apache-2.0
# tuple and slice cases after CPython's test_tuple/seq_tests: index with start and stop, slice(), huge indices.
from suite_case import T
T("tuple basics", lambda: ((1, 2) + (3,), (1,) * 3, (1, 2, 3)[::-1], (1, 2, 3)[1:], len(()), (1, 2).count(2), (1, 2, 1).index(1, 1)))
T("tuple index missing", lambda: (1, 2).index(5))
T("tuple compare", lambda: ((1, 2) < (1, 3), (1, 2) < (1, 2, 0), () < (0,), (1, 'a') < (1, 'b'), (1, 2) == (1.0, 2.0)))
T("tuple compare mixed", lambda: (1, 'a') < (1, 2))
T("tuple hash", lambda: (hash((1, 2)) == hash((1, 2)), hash(()) == hash(()), hash((1, (2, 3))) == hash((1, (2, 3)))))
T("tuple unhashable", lambda: hash((1, [2])))
T("tuple item assign", lambda: exec("t=(1,);t[0]=2") if False else (lambda t: t.__setitem__)((1,)))
def tset():
    t = (1, 2)
    t[0] = 5
T("tuple setitem", tset)
T("tuple repr", lambda: (repr((1,)), repr(()), repr((1, (2,))), str(('a',))))
T("tuple of generator", lambda: tuple(x * 2 for x in range(3)))
T("nested mutable", lambda: (lambda t: (t[0].append(1), t)[1])(([],)))
def tiadd():
    t = ([],)
    try:
        t[0] += [1]
    except TypeError as e:
        return str(e), t
T("tuple item iadd", tiadd)
T("tuple contains", lambda: (2 in (1, 2), [1] in ([1],), float('nan') in (float('nan'),)))
T("tuple mul neg", lambda: (1, 2) * -3)
T("tuple slice step", lambda: (0, 1, 2, 3, 4, 5)[1:5:2])
T("tuple unpack star", lambda: (lambda *a: a)(*(1, 2), *[3]))
T("bool of tuple", lambda: (bool(()), bool((0,))))
T("min of tuples", lambda: min([(2, 'b'), (1, 'z'), (1, 'a')]))
T("sort tuples key", lambda: sorted([(1, 'b'), (0, 'c'), (1, 'a')], key=lambda t: t[1]))
T("tuple index big", lambda: (1, 2)[10**20])
T("tuple getitem slice obj", lambda: (1, 2, 3)[slice(1, None)])
T("tuple count custom eq", lambda: (lambda C: (C(), C(), 1).count(1))(type('C', (), {'__eq__': lambda s, o: True}) if False else int))
T("tuple index start stop", lambda: ((1, 2, 1, 2).index(2, 2), (1, 2, 1).index(1, -1), (1, 2, 3).index(3, 0, 10)))
T("tuple index out of window", lambda: (1, 2, 1).index(2, 2))
T("tuple index neg stop", lambda: (1, 2, 3).index(3, 0, -1))
T("slice type", lambda: (slice(3), slice(1, 5, 2), slice(1, 5, 2).start, slice(2).stop, slice(2).step, isinstance(slice(1), slice)))
T("slice use", lambda: ([0, 1, 2, 3][slice(1, None)], 'abcdef'[slice(None, None, -2)]))
T("slice bad", lambda: slice())
T("list index big", lambda: [1][10**20])
T("str index big", lambda: 'a'[-10**20])
