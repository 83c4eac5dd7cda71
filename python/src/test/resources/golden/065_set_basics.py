# SPDX-License-Identifier: Apache-2.0
# Sets: literals, set(), add/remove/discard, membership, len, dedup.
s = {3, 1, 4, 1, 5, 9, 2, 6, 5}
print(sorted(s), len(s), 4 in s, 7 in s, 7 not in s)
s.add(7)
s.add(3)
s.remove(1)
s.discard(100)
s.discard(9)
print(sorted(s), len(s))
try:
    s.remove(42)
except KeyError as e:
    print("KeyError:", e)
e = set()
print(len(e), bool(e), bool({0}), {5})
print(sorted(set("hello")), sorted(set([3, 3, 2])), len(set(range(100)) ), sorted(set((1, 1.0, True))))
try:
    {[1, 2]}
except TypeError as e:
    print("TypeError:", e)
try:
    s.add({})
except TypeError as e:
    print("TypeError:", e)
words = "a rose is a rose is a rose".split()
print(len(words), len(set(words)), sorted(set(words)))
seen = set()
dups = []
for w in words:
    if w in seen:
        dups.append(w)
    seen.add(w)
print(dups)
print({1, 2} == {2, 1}, {1} == {1.0}, set() == set(), {"x"})
