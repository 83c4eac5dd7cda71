# SPDX-License-Identifier: Apache-2.0
# sum, min, max, abs, pow, divmod, round over numeric lists.
xs = [3, -1, 4, 1, -5, 9, 2, 6]
print(sum(xs), sum(xs, 100), sum([]), sum([0.5, 0.25]))
print(min(xs), max(xs), min(xs, key=abs), max(xs, key=lambda v: -v))
print(sorted(xs), sorted(xs, reverse=True), sorted(xs, key=abs))
print(abs(-3.5), pow(-2, 3), pow(2, -1), pow(-8, 2))
print(divmod(100, 7), divmod(2 ** 65, 10))
print(sum(x * x for x in xs), sum(range(101)))
print(max([7]), min([7, 7.0]), max(2, 2.0), min(0.0, 0))
print(min((2, "b"), (1, "z"), (1, "a")))
print(any(x > 8 for x in xs), all(x > -10 for x in xs), any([]), all([]))
print(list(map(abs, xs)), list(filter(lambda v: v % 2 == 0, xs)))
print(sum([[1], [2, 3]], []))
