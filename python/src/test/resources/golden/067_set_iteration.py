# SPDX-License-Identifier: Apache-2.0
# Iterating sets of small ints via sorted, sum/min/max over sets, set of tuples.
s = {10, 3, 7, 1}
print(sum(s), min(s), max(s), len(s), sorted(s, reverse=True))
total = 0
for x in s:
    total += x * x
print(total)
visited = set()
edges = [(1, 2), (2, 3), (3, 1), (4, 5)]
adj = {}
for u, v in edges:
    adj.setdefault(u, []).append(v)
    adj.setdefault(v, []).append(u)
def component(start):
    stack = [start]
    comp = set()
    while stack:
        n = stack.pop()
        if n in comp:
            continue
        comp.add(n)
        for m in adj[n]:
            stack.append(m)
    return comp
comps = []
for n in sorted(adj):
    if n not in visited:
        c = component(n)
        visited = visited | c
        comps.append(sorted(c))
print(comps)
print(sorted(list({(1, "a"), (0, "b"), (1, "a")})))
print(any(x > 9 for x in s), all(x > 0 for x in s))
