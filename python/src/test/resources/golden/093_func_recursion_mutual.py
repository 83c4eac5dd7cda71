# SPDX-License-Identifier: Apache-2.0
# Mutual recursion, recursive data structure traversal and memoized recursion via dict.
def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(10), is_odd(7), is_even(3))
tree = {"v": 1, "kids": [{"v": 2, "kids": []}, {"v": 3, "kids": [{"v": 4, "kids": []}, {"v": 5, "kids": []}]}]}
def tree_sum(t):
    return t["v"] + sum(tree_sum(k) for k in t["kids"])
def depth(t):
    return 1 + max([depth(k) for k in t["kids"]] + [0])
def paths(t, prefix):
    here = prefix + [t["v"]]
    if not t["kids"]:
        return [here]
    out = []
    for k in t["kids"]:
        out.extend(paths(k, here))
    return out
print(tree_sum(tree), depth(tree), paths(tree, []))
cache = {}
def ways(n, coins):
    key = (n, len(coins))
    if key in cache:
        return cache[key]
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    r = ways(n - coins[0], coins) + ways(n, coins[1:])
    cache[key] = r
    return r
print(ways(100, [50, 25, 10, 5, 1]), len(cache) > 0)
