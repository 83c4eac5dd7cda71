# statistics and operator rewritten to CPython 3.13's behaviour (CPython's test_statistics and test_operator pass
# but for one geometric_mean-of-Decimals case and one doctest of unittest's result repr): NormalDist, kde and
# kde_random, exact means of Fractions and Decimals, correlation's ranked method; operator's getters' reprs,
# pickling and refusals, length_hint, concat's rules.
import statistics as st, operator as op, pickle, random
from fractions import Fraction as F
from decimal import Decimal as D
n = st.NormalDist(100, 15)
print(n, n.mean, n.stdev, n.variance, round(n.cdf(130), 12), round(n.pdf(100), 12), round(n.inv_cdf(0.975), 9))
print([round(q, 6) for q in n.quantiles()], round(n.overlap(st.NormalDist(110, 20)), 12), round(n.zscore(70), 12))
print(n + 5, n * 2, n - st.NormalDist(0, 5), n == st.NormalDist(100, 15), hash(n) == hash(st.NormalDist(100, 15)))
print(st.NormalDist.from_samples([2.5, 3.1, 2.1, 2.4, 2.7, 3.5]), pickle.loads(pickle.dumps(n)) == n)
try:
    st.NormalDist(0, -1)
except st.StatisticsError as e:
    print(e)
f = st.kde([1.0, 2.0, 2.5, 4.0], h=0.5)
print(round(f(2.0), 12), round(st.kde([1, 2, 3], h=1, kernel='triangular', cumulative=True)(2.5), 12))
random.seed(7)
r = st.kde_random([1, 2, 3], h=0.5, seed=8)
print([round(r(), 9) for _ in range(3)])
print(st.mean([F(1, 3), F(1, 6)]), st.mean([D('1.1'), D('2.2')]), st.fmean([1, 2, 4], weights=[1, 1, 2]), st.median([1, 3, 2, 4]),
      st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.variance([F(1, 4), F(5, 4), F(1, 2)]), st.mode('aabbbc'),
      st.correlation([1, 2, 3, 4], [1, 3, 2, 4], method='ranked'), st.quantiles(range(1, 11), n=4),
      st.linear_regression([1, 2, 3], [2, 4, 7]), st.geometric_mean([1, 2, 4]), st.harmonic_mean([40, 60], weights=[5, 30]))
for bad in (lambda: st.mean([]), lambda: st.variance([1]), lambda: st.kde([], h=1), lambda: st.kde([1], h=0)):
    try:
        bad()
    except st.StatisticsError as e:
        print(type(e).__name__, e)
g = op.attrgetter('a', 'b.c')
print(repr(g), repr(op.itemgetter(1, 'x')), repr(op.methodcaller('m', 1, k=2)), op.index(True), op.length_hint(iter([1, 2, 3])))
for bad in (lambda: type('X', (op.attrgetter,), {}), lambda: op.attrgetter(1), lambda: op.concat(1, 2), lambda: op.length_hint(1, 'x')):
    try:
        bad()
    except TypeError as e:
        print(e)
print(pickle.loads(pickle.dumps(op.itemgetter(0)))([5]), op.concat([1], [2]), op.countOf([1, 2, 1], 1),
      op.call(len, 'abc'), op.iconcat([1], (2,)), op.__add__(1, 2))
