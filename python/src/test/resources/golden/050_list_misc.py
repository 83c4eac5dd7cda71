# SPDX-License-Identifier: Apache-2.0
# Misc list behaviour: equality with other types, bool, multiplication with negatives, in with None.
print([] == (), [1] == [1.0], [None] == [None], bool([]), bool([[]]))
print([1, 2] * 0, [1, 2] * -1, 3 * [7])
print(None in [None], [1, [2]] == [1, [2]], [1, 2] < [1, 2, 3])
print(list(range(3)) + list("ab"))
xs = [5, 3, 8]
ys = xs
xs *= 2
print(ys, xs is ys)
m = [x for x in range(10)]
print(m[m.index(4):], m.count(4), 4 in m)
print([1, 2, 3].index(2), ["a", "b"].index("b"))
cnt = [0] * 5
for v in [1, 3, 3, 4, 1, 1]:
    cnt[v] += 1
print(cnt)
pos = [i for i, v in enumerate([3, 1, 3, 2, 3]) if v == 3]
print(pos)
print(list(map(list, zip([1, 2], [3, 4]))))
