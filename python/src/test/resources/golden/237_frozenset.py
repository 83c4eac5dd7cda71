# SPDX-License-Identifier: Apache-2.0
# frozenset: operators and result types, hashing as dict keys and set members, set arguments looked up as frozensets.
a = frozenset([1, 2, 3])
b = frozenset({3, 4})
print(a, repr(frozenset()), type(a).__name__, len(a), 2 in a, sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(type(a | {9}).__name__, type({9} | a).__name__, a == {1, 2, 3}, {1, 2, 3} == a, a <= frozenset(range(5)))
print(hash(a) == hash(frozenset([3, 2, 1])), {a: 'x'}[frozenset({1, 2, 3})], frozenset(a) is a, a.copy() is a)
s = {frozenset([1, 2]), frozenset([2, 1]), frozenset()}
print(len(s), frozenset([1, 2]) in s, {1, 2} in s, sorted(map(sorted, s)))
print(sorted(a.union([7], (8,))), sorted(a.intersection({1, 2}, [2])), a.isdisjoint(b), a.issubset([1, 2, 3, 4]))
try:
    a.add(4)
except AttributeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
c = a
c |= {10}
print(sorted(c), sorted(a), c is a)
st = {1, 2}
st.discard(frozenset())
d = {frozenset({'x', 'y'}): 1}
print(d[frozenset({'y', 'x'})], isinstance(a, frozenset), isinstance(a, set), frozenset('aab') == frozenset('ab'))
graph_edges = {frozenset((u, v)) for u, v in [(1, 2), (2, 1), (2, 3)]}
print(len(graph_edges))
try:
    {1}.remove({2})
except KeyError as e:
    print('KeyError', e)
s2 = {frozenset({1})}
s2.remove({1})
print(s2)
