# SPDX-License-Identifier: Apache-2.0
# Chained comparisons, mixed numeric comparisons, equality of containers.
x = 5
print(1 < x < 10, 1 < x > 10, 0 <= x <= 5 < 6)
print(1 == 1.0 == True, 2 != 2.0, 0 == False == 0.0)
print(1 < 2 < 3 < 4 < 5, 5 > 4 > 3 > 3)
print([1, 2, 3] < [1, 2, 4], [1, 2] < [1, 2, 0], (1, 2) == (1, 2), (1, "a") < (1, "b"))
print("abc" < "abd", "Z" < "a", "" < "a", "abc" < "ab")
print([1, [2, 3]] == [1, [2, 3]], {1: 2} == {1: 2}, {1, 2} == {2, 1})
print(None == None, None is None, None != 0)
def noisy(v, tag):
    print("eval", tag)
    return v
print(noisy(1, "a") < noisy(2, "b") < noisy(0, "c") < noisy(5, "d"))
print(max(3, 7, 5), min("pear", "apple", "fig"), max([3, 1, 4], [3, 2]))
print(10 ** 20 < 10.0 ** 21, 2 ** 53 + 1 == float(2 ** 53 + 1))
