# SPDX-License-Identifier: Apache-2.0
# A comprehension whose first iterable is a display or an f-string reads the enclosing scope's names (it read the comprehension's slots).
def f(a, b=2):
    return [v for v in (a, b)], [v * 2 for v in [a, b]], {k: v for k, v in {a: b}.items()}, list(v for v in (a,))
print(f(1))
def g(x):
    return sorted(c for c in f"{x}-{x}"), [w for w in (x, x) if w], any(isinstance(v, int) for v in (x, 3.5))
print(g(5))
class K:
    def __init__(self, days=0, seconds=0):
        self.ok = all(isinstance(v, int) for v in (days, seconds))
print(K().ok, K(1, 2.5).ok)
def h(n):
    m = n + 1
    return [[i, j] for i in (n, m) for j in (m,)]
print(h(1))
