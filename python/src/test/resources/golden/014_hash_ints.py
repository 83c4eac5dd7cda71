# SPDX-License-Identifier: Apache-2.0
# hash() of ints and of tuples of ints follows CPython exactly.
for v in [0, 1, -1, -2, 42, 2 ** 31, 2 ** 61 - 2, 2 ** 61 - 1, 2 ** 61, -(2 ** 61), 2 ** 100, True, False]:
    print(v, hash(v))
print(hash(()), hash((1,)), hash((1, 2)), hash((1, 2, 3)), hash((-1, -2)))
print(hash(((1, 2), (3, 4))))
print(hash(1) == hash(1.0), hash(2 ** 61 - 1) == hash(0))
print(hash((1, 2)) == hash((1, 2)), hash((1, 2)) == hash((2, 1)))
class K:
    def __init__(self, k):
        self.k = k
    def __hash__(self):
        return self.k * 31
print(hash(K(2)), hash(K(-1)), hash(K(0)))
print([hash(i) for i in range(-3, 4)])
print(hash(-(2 ** 61 - 1)), hash(2 ** 62), hash(-(2 ** 64)))
