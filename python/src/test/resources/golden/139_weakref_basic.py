# SPDX-License-Identifier: Apache-2.0
# weakref.ref: calling returns the object while alive and None after it is freed.
import weakref
class Obj:
    def __init__(self, v):
        self.v = v
o = Obj(42)
r = weakref.ref(o)
print(r() is o, r().v)
o2 = r()
del o
print("still alive via o2:", r() is not None, r().v)
del o2
print("after last ref dropped:", r())
p = Obj(1)
r1 = weakref.ref(p)
r2 = weakref.ref(p)
print(r1() is r2(), r1() is p)
p = Obj(2)
print(r1() is None, r2() is None)
objs = [Obj(i) for i in range(3)]
refs = [weakref.ref(x) for x in objs]
print([x().v for x in refs])
objs.pop(1)
print([x() is None for x in refs])
objs = []
print([x() is None for x in refs])
