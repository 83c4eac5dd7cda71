# SPDX-License-Identifier: Apache-2.0
# gc.collect() counts for cycles of instances, lists, dicts and tuples; enable/disable state.
import gc
gc.collect()
gc.disable()
print(gc.isenabled())
class A:
    pass
print("nothing to collect:", gc.collect())
a = A()
b = A()
a.b = b
b.a = a
del a, b
print("two-instance cycle:", gc.collect())
l = []
l.append(l)
del l
print("self-referencing list:", gc.collect())
d = {}
d["self"] = d
del d
print("self-referencing dict:", gc.collect())
x = [1]
t = (x,)
x.append(t)
del x, t
print("list-tuple cycle:", gc.collect())
ring = [A() for _ in range(5)]
for i in range(5):
    ring[i].next = ring[(i + 1) % 5]
del ring
print("five-instance ring:", gc.collect())
keep = A()
keep.me = keep
print("reachable cycle:", gc.collect())
del keep
print("now unreachable:", gc.collect())
gc.enable()
print(gc.isenabled())
