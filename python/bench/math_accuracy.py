# SPDX-License-Identifier: Apache-2.0
# math accuracy against another Python: each function over the same 3,000 arguments, one line of reprs per function.
# Compare: python/bench/math_accuracy.sh [PYTHON] (counts, per function, the results that differ).
import math
names = ['sqrt', 'exp', 'log', 'log2', 'log10', 'log1p', 'expm1', 'sin', 'cos', 'tan', 'atan', 'asin', 'acos', 'sinh', 'cosh', 'tanh', 'asinh', 'acosh', 'atanh', 'exp2', 'cbrt']
seed = 12345
def rnd():
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed / 2147483648.0
xs = [rnd() * 10 - 5 for _ in range(2000)] + [rnd() * 0.01 for _ in range(500)] + [rnd() * 700 for _ in range(500)]
for n in names:
    f = getattr(math, n)
    out = []
    for x in xs:
        try:
            out.append(repr(f(x)))
        except (ValueError, OverflowError):
            out.append('E')
    print(n, ' '.join(out))
