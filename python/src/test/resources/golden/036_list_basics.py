# SPDX-License-Identifier: Apache-2.0
# List creation, indexing, negative indices, len, concatenation, repetition, in.
xs = [10, 20, 30, 40, 50]
print(xs, len(xs), xs[0], xs[-1], xs[-5])
print(xs + [60], [0] * 3, [1, 2] * 2, [] * 5)
print(30 in xs, 35 in xs, 35 not in xs)
print(list(), list(range(5)), list("hey"), list((1, 2)))
nested = [[1, 2], [3, 4], []]
print(nested, nested[1][0], len(nested[2]))
xs[0] = 11
xs[-1] = 55
print(xs)
grid = [[0] * 3 for _ in range(2)]
grid[0][1] = 5
print(grid)
alias = [[0] * 2] * 2
alias[0][0] = 9
print(alias)
print([1, 2] == [1, 2], [1, 2] is [1, 2], [] == [])
try:
    xs[5]
except IndexError as e:
    print("IndexError:", e)
try:
    xs[-6] = 1
except IndexError as e:
    print("IndexError:", e)
try:
    xs["a"]
except TypeError as e:
    print("TypeError:", e)
