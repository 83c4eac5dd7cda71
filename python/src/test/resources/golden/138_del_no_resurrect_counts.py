# SPDX-License-Identifier: Apache-2.0
# Counting live objects with __init__/__del__ bookkeeping through a workload of allocations.
class Obj:
    live = 0
    total = 0
    def __init__(self):
        Obj.live += 1
        Obj.total += 1
    def __del__(self):
        Obj.live -= 1
def workload():
    keep = []
    for i in range(100):
        o = Obj()
        if i % 10 == 0:
            keep.append(o)
    print("inside: live", Obj.live, "total", Obj.total)
    return keep
k = workload()
print("after return: live", Obj.live)
temp = [Obj() for _ in range(50)]
print("with temp: live", Obj.live)
temp = None
print("temp dropped: live", Obj.live)
k = k[:5]
print("sliced: live", Obj.live)
k = None
print("all dropped: live", Obj.live, "total", Obj.total)
d = {i: Obj() for i in range(7)}
for i in range(0, 7, 2):
    del d[i]
print("dict partial: live", Obj.live)
d.clear()
print("dict cleared: live", Obj.live)
