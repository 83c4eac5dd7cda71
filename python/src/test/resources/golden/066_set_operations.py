# SPDX-License-Identifier: Apache-2.0
# Set union, intersection, difference with | & -, comprehensions, and int/tuple members.
a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(b - a))
print(sorted((a | b) - (a & b)))
c = a
c = c | {100}
print(sorted(a), sorted(c))
evens = {x for x in range(20) if x % 2 == 0}
threes = {x for x in range(20) if x % 3 == 0}
print(sorted(evens & threes), len(evens | threes), sorted(threes - evens))
pairs = {(x, y) for x in range(3) for y in range(3) if x != y}
print(sorted(pairs), len(pairs))
print(sorted({x % 5 for x in range(100)}))
print(len(a & set()), sorted(a - a), sorted(set() | b))
tags = [{"py", "java"}, {"py", "go"}, {"py", "c", "go"}]
common = tags[0] & tags[1] & tags[2]
allt = tags[0] | tags[1] | tags[2]
print(sorted(common), sorted(allt))
