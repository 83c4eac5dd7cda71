# SPDX-License-Identifier: Apache-2.0
# gc.collect() counts for cycles through containers held by instances and for mixed graphs.
import gc
gc.collect()
gc.disable()
class Box:
    pass
b = Box()
b.items = [b]
del b
print("instance <-> list:", gc.collect())
b = Box()
b.map = {"me": b}
del b
print("instance <-> dict:", gc.collect())
outer = []
inner = [outer]
outer.append(inner)
del outer, inner
print("two lists:", gc.collect())
d1 = {}
d2 = {"d1": d1}
d1["d2"] = d2
del d1, d2
print("two dicts:", gc.collect())
nodes = [Box() for _ in range(3)]
for n in nodes:
    n.all = nodes
del nodes, n
print("three instances sharing a list:", gc.collect())
p = Box()
p.child = Box()
p.child.parent = p
p.child.extra = Box()
del p
print("parent/child plus acyclic extra:", gc.collect())
gc.enable()
