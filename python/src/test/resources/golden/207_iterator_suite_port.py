# SPDX-License-Identifier: Apache-2.0
# Iterators after CPython's test_iter/test_builtin: laziness, shared iterators, StopIteration raised by map's function.
from suite_case import T
def lazy():
    log = []
    def f(x):
        log.append(x); return x * 2
    m = map(f, [1, 2, 3])
    first = next(m)
    return first, log, list(m), list(m), log
T("map lazy", lazy)
def filt():
    f = filter(lambda x: x % 2, range(6))
    return next(f), list(f), list(f)
T("filter lazy", filt)
def zipl():
    z = zip([1, 2], 'ab')
    return next(z), list(z), list(z)
T("zip lazy", zipl)
def en():
    e = enumerate('abc')
    return next(e), list(e)
T("enumerate", en)
def rev():
    r = reversed([1, 2, 3])
    return next(r), list(r), list(r)
T("reversed", rev)
def it_shared():
    it = iter([1, 2, 3, 4])
    return list(zip(it, it))
T("zip same iterator", it_shared)
def iter_of_iter():
    it = iter([1])
    return iter(it) is it
T("iter of iter", iter_of_iter)
def dict_iter_views():
    d = {1: 'a', 2: 'b'}
    k = iter(d.keys()); v = iter(d.values()); i = iter(d.items())
    return next(k), next(v), next(i), list(k)
T("dict view iterators", dict_iter_views)
def range_iter():
    r = iter(range(3))
    return next(r), list(r)
T("range iterator", range_iter)
def str_iter():
    s = iter('ab')
    return next(s), next(s), next(s, 'end')
T("str iterator", str_iter)
def next_non_iter():
    return next([1])
T("next on list", next_non_iter)
def stop_in_map():
    def f(x):
        if x == 2:
            raise StopIteration
        return x
    return list(map(f, [1, 2, 3]))
T("StopIteration inside map", stop_in_map)
def sum_iter():
    return sum(iter([1, 2])), max(iter([3, 1])), sorted(iter([2, 1])), tuple(iter('ab')), set(iter([1, 1]))
T("consumers of iterators", sum_iter)
def len_of_iter():
    return len(iter([1]))
T("len of iterator", len_of_iter)
def map_multi():
    return list(map(lambda a, b: a + b, [1, 2, 3], [10, 20]))
T("map two iterables", map_multi)
def any_short():
    log = []
    def g(x):
        log.append(x); return x
    return any(map(g, [0, 1, 2])), log
T("any short-circuits", any_short)
def f2(x):
    if x == 2:
        raise StopIteration
    return x
def forloop():
    out = []
    for v in map(f2, [1, 2, 3]):
        out.append(v)
    return out
T("for over map with StopIteration", forloop)
T("comprehension over map", lambda: [v for v in map(f2, [1, 2, 3])])
T("sorted over map", lambda: sorted(map(f2, [1, 2, 3])))
T("tuple over filter", lambda: tuple(filter(lambda x: f2(x) or True, [1, 2, 3])))
T("sum over map", lambda: sum(map(f2, [1, 2, 3])))
T("next on map", lambda: (lambda m: (next(m), next(m, 'default')))(map(f2, [1, 2, 3])))
T("next on map no default", lambda: (lambda m: (next(m), next(m)))(map(f2, [1, 2, 3])))
T("dict from map", lambda: dict(map(lambda x: (f2(x), x), [1, 2, 3])))
T("star unpack map", lambda: [*map(f2, [1, 2, 3])])
T("max over map", lambda: max(map(f2, [1, 2, 3])))
T("list extend map", lambda: (lambda l: (l.extend(map(f2, [1, 2, 3])), l)[1])([]))
T("str join map", lambda: ','.join(map(lambda x: str(f2(x)), [1, 2, 3])))
T("zip over map", lambda: list(zip(map(f2, [1, 2, 3]), 'abc')))
