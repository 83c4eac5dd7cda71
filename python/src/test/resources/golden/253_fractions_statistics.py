# SPDX-License-Identifier: Apache-2.0
# fractions.Fraction and statistics (exact means and variances as CPython's, correctly rounded stdev), float.as_integer_ratio.
from fractions import Fraction
import statistics as st
import math
f = Fraction(3, 4)
print(f, repr(f), Fraction(6, -8), Fraction("1/3"), Fraction("0.25"), Fraction("-1.5e2"), Fraction(0.5), Fraction(1.1))
print(f + Fraction(1, 4), f - 1, f * 2, f / 3, 1 / f, f ** 2, f ** -2, 2 ** Fraction(2), -f, abs(-f), f + 0.25)
print(f == 0.75, f < 1, Fraction(1, 2) == Fraction(2, 4), hash(Fraction(1, 2)) == hash(0.5), hash(Fraction(3)) == hash(3), {Fraction(1, 2): "half"}[0.5])
print(int(Fraction(7, 2)), int(Fraction(-7, 2)), round(Fraction(5, 2)), round(Fraction(7, 2)), round(Fraction(22, 7), 2), math.floor(Fraction(-7, 2)), math.ceil(Fraction(7, 2)))
print(Fraction(355, 113).limit_denominator(10), Fraction(math.pi).limit_denominator(1000), float(Fraction(1, 3)), Fraction(7, 3) // 2, Fraction(7, 3) % 2)
print(sorted([Fraction(1, 3), 0.25, 1, Fraction(1, 2)]), sum([Fraction(1, 3)] * 3), f"{Fraction(1, 3):.3f}", str(Fraction(4, 2)), Fraction(1, 3).as_integer_ratio())
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
data = [2, 4, 4, 4, 5, 5, 7, 9]
print(st.mean(data), st.mean([1, 2, 3, 4]), st.mean([1.5, 2.5]), st.mean([Fraction(1, 2), Fraction(1, 3)]), st.fmean(data))
print(st.median(data), st.median([3, 1, 2]), st.median_low(data), st.median_high(data), st.mode([1, 1, 2, 3]), st.multimode("aabbc"))
print(st.pstdev(data), st.stdev(data), st.pvariance(data), st.variance(data), st.variance([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev([1, 2, 3, 4]), st.pstdev([0.1, 0.2, 0.3]), st.variance([Fraction(1, 3), Fraction(2, 3), 1]))
print(st.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), st.quantiles(range(1, 11), n=10, method="inclusive"), st.harmonic_mean([40, 60]), st.geometric_mean([54, 24, 36]))
print(st.correlation([1, 2, 3, 4], [2, 4, 5, 9]), st.covariance([1, 2, 3], [1, 2, 4]), st.linear_regression([1, 2, 3], [2, 4, 7]))
for bad in [lambda: st.mean([]), lambda: st.stdev([1]), lambda: st.mode([])]:
    try:
        bad()
    except st.StatisticsError as e:
        print("StatisticsError", e)
import random
random.seed(7)
xs = [random.random() * 100 for _ in range(200)]
print(st.stdev(xs), st.variance(xs), st.mean(xs), st.median(xs), st.pstdev(xs))
