# SPDX-License-Identifier: Apache-2.0
# During gc, weakref callbacks and __del__ for a collected cycle both run; weakrefs read None afterwards.
import gc
import weakref
gc.collect()
gc.disable()
events = []
class T:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        events.append("del " + self.name)
x = T("x")
y = T("y")
x.y = y
y.x = x
rx = weakref.ref(x, lambda r: events.append("cb x"))
ry = weakref.ref(y, lambda r: events.append("cb y"))
del x, y
print(events)
n = gc.collect()
print("collected", n)
print(sorted(events))
print(rx() is None, ry() is None)
events.clear()
z = T("z")
rz = weakref.ref(z, lambda r: events.append("cb z"))
del z
print(events)
gc.enable()
