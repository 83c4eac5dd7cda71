# SPDX-License-Identifier: Apache-2.0
# Scoping, unpacking, calls, ranges, tuples and sets after CPython's grammar and builtin tests, in the subset.
from suite_case import T
x = 10
def clo():
    fs = [lambda: i for i in range(3)]
    return [f() for f in fs]
T("late binding", clo)
def clo2():
    fs = [lambda i=i: i for i in range(3)]
    return [f() for f in fs]
T("default binding", clo2)
def nl():
    n = 0
    def inc():
        nonlocal n
        n += 1
        return n
    inc(); inc()
    return n
T("nonlocal", nl)
def gl():
    global x
    x += 1
    return x
T("global", gl)
def comp_scope():
    y = 5
    return [y + i for i in range(2)], {i: y for i in range(2)}, {y * i for i in range(2)}
T("comp scope", comp_scope)
def comp_leak():
    [zz for zz in range(3)]
    try:
        return zz
    except NameError as e:
        return str(e)
T("comp no leak", comp_leak)
T("nested comp", lambda: [(i, j) for i in range(3) for j in range(i) if j != 1])
T("comp cond", lambda: [i if i % 2 else -i for i in range(4)])
T("dict comp order", lambda: {k: v for k, v in zip('cab', range(3))})
T("unpack", lambda: (lambda a, b, *c: (a, b, c))(*[1, 2, 3, 4]))
def unp():
    a, (b, c), *d = 1, (2, 3), 4, 5
    return a, b, c, d
T("nested unpack", unp)
def unp_err():
    a, b = 1, 2, 3
T("unpack too many", unp_err)
def unp_err2():
    a, b, c = 1, 2
T("unpack too few", unp_err2)
def unp_err3():
    a, b = 1
T("unpack non iter", unp_err3)
def swap():
    a, b = 1, 2
    a, b = b, a
    return a, b
T("swap", swap)
def chained():
    a = b = []
    a.append(1)
    return b
T("chained assign", chained)
def aug():
    l = [1]
    m = l
    l += [2]
    t = (1,)
    u = t
    t += (2,)
    return m, u, t
T("augmented identity", aug)
def walrus_free():
    return [y for y in range(5) if y > 2]
T("filter", walrus_free)
T("sorted stable", lambda: sorted(['b', 'A', 'a', 'B'], key=str.lower))
T("sorted key none", lambda: sorted([3, 1], key=None))
T("sorted reverse stable", lambda: sorted([(1, 'a'), (0, 'b'), (1, 'c')], key=lambda t: t[0], reverse=True))
T("list sort key err", lambda: sorted([1, 2], key=lambda v: 1 / 0))
T("min key default", lambda: min([], key=len, default=None))
T("enumerate start", lambda: list(enumerate('ab', start=5)))
T("reversed range", lambda: list(reversed(range(1, 10, 3))))
T("range", lambda: (list(range(5, 0, -2)), range(10)[2:5], len(range(0, 10, 3)), 3 in range(0, 10, 3), range(3) == range(0, 3), repr(range(1, 5, 2))))
T("range index", lambda: (range(10).index(4), range(0, 10, 2).count(4), range(5)[-1]))
T("range zero step", lambda: range(0, 5, 0))
T("range float", lambda: range(1.5))
T("str join map", lambda: ', '.join(map(str, [1, 2])))
T("filter none", lambda: list(filter(None, [0, 1, '', 'a', None])))
T("any all", lambda: (any([]), all([]), any(x > 1 for x in [1, 2]), all([1, 0])))
T("iter sentinel", lambda: list(iter([1, 2, 3, 0, 5].pop, 5)) if False else 'skip')
T("tuple", lambda: ((1,) * 3, (1, 2) + (3,), (1, 2) < (1, 3), (1, 2).index(2), (1, 1).count(1), tuple('ab')))
T("tuple hash eq", lambda: hash((1, 2)) == hash((1, 2)))
T("tuple unhashable", lambda: hash((1, [])))
T("set ops", lambda: (sorted({1, 2} | {3}), sorted({1, 2} & {2, 3}), sorted({1, 2} - {2}), sorted({1, 2} ^ {2, 3}), {1, 2} <= {1, 2, 3}, {1} < {1}))
T("set methods", lambda: (sorted({1, 2}.union([3], (4,))), sorted({1, 2, 3}.intersection([2, 3], [3])), {1}.isdisjoint([2])))
T("set discard remove", lambda: (lambda s: (s.discard(5), s.remove(1), s)[2])({1, 2}))
T("set remove missing", lambda: {1}.remove(2))
T("set pop empty", lambda: set().pop())
T("set unhashable", lambda: {[1]})
T("bool ops", lambda: (1 and 2, 0 or 'x', not [], None or 0, [] and 1))
T("cond expr", lambda: 'a' if [] else 'b')
T("ellipsis", lambda: (..., repr(...)))
T("print sep end", lambda: print(1, 2, sep='-', end='!\n'))
T("print file", lambda: print('x', file=None))
T("id distinct", lambda: id([]) != id(0))
T("type of", lambda: (type(1).__name__, type(None).__name__, type(print).__name__, type(len).__name__, type(lambda: 0).__name__))
T("isinstance bool int", lambda: (isinstance(True, int), type(True) is int))
T("int str roundtrip", lambda: int(str(-10 ** 30)) == -10 ** 30)
T("divmod neg", lambda: [divmod(a, b) for a in (7, -7) for b in (2, -2)])
T("string compare unicode", lambda: sorted(['é', 'e', 'z', 'É']))
T("max of strs", lambda: max(['apple', 'Banana', 'cherry'], key=str.lower))
T("globals access", lambda: x)
T("del global", lambda: exec("del x") if False else 'skip')
def defaults_mutable(a=[]):
    a.append(1)
    return a
T("mutable default", lambda: (defaults_mutable(), defaults_mutable()))
def kwargs_order(**kw):
    return list(kw)
T("kwargs order", lambda: kwargs_order(b=1, a=2, c=3))
T("star args empty", lambda: (lambda *a, **k: (a, k))())
T("call with dict unpack", lambda: (lambda a, b: a - b)(**{'b': 1, 'a': 5}))
T("call dup kw", lambda: (lambda **k: k)(**{'a': 1}, a=2))
T("call kw not str", lambda: (lambda **k: k)(**{1: 2}))
T("range index", lambda: (range(10).index(4), range(0, 10, 2).count(4), range(5)[-1], range(10, 0, -3).index(4), range(5).index(4.0), range(5).count(2.0), range(5).index(True)))
T("range index missing", lambda: range(10).index(40))
T("range index odd", lambda: range(0, 10, 2).index(3))
T("range index str", lambda: range(3).index('a'))
T("range count none", lambda: (range(3).count(5), range(0).count(0), range(-5, 5).index(-5)))
