# SPDX-License-Identifier: Apache-2.0
# gc.set_debug(gc.DEBUG_SAVEALL) keeps collected objects in gc.garbage instead of freeing them.
import gc
gc.collect()
gc.disable()
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL, gc.garbage)
class Cell:
    def __init__(self, v):
        self.v = v
a = Cell(1)
b = Cell(2)
a.n = b
b.n = a
del a, b
n = gc.collect()
print("collected", n, "garbage size", len(gc.garbage))
print(sorted(type(o).__name__ for o in gc.garbage))
print(sorted(o.v for o in gc.garbage if isinstance(o, Cell)))
first = gc.garbage[0]
print(first.n.n is first)
del first
gc.set_debug(0)
gc.garbage.clear()
print("freed for real:", gc.collect(), gc.garbage)
gc.set_debug(gc.DEBUG_SAVEALL)
lst = [0]
lst.append(lst)
del lst
print("collected", gc.collect(), [len(x) for x in gc.garbage])
print(gc.garbage[0][1] is gc.garbage[0])
gc.set_debug(0)
gc.garbage.clear()
print(gc.get_debug(), gc.garbage, gc.collect())
c = Cell(3)
c.n = c
del c
print("without SAVEALL:", gc.collect(), gc.garbage)
gc.enable()
