# SPDX-License-Identifier: Apache-2.0
# Dicts with int keys, big ints, negative keys, tuple keys; memoization table.
d = {}
for i in range(-3, 4):
    d[i] = i ** 3
print(d)
d[2 ** 70] = "big"
print(d[2 ** 70], 2 ** 70 in d, (2 ** 70) + 1 in d)
grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * 3 + c
print(grid[(1, 2)], grid[2, 0], sorted(k for k in grid if k[0] == k[1]))
memo = {0: 0, 1: 1}
def fib(n):
    if n not in memo:
        memo[n] = fib(n - 1) + fib(n - 2)
    return memo[n]
print(fib(90), len(memo))
print({1.0: "x"}[1], {True: "t"}[1], {0: "z"}[False])
