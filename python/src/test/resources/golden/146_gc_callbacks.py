# SPDX-License-Identifier: Apache-2.0
# gc.callbacks receive ("start", info) and ("stop", info) around each explicit collection.
import gc
gc.collect()
gc.disable()
events = []
def cb(phase, info):
    events.append((phase, info["generation"], info["collected"], info["uncollectable"]))
gc.callbacks.append(cb)
class Node:
    pass
a = Node()
b = Node()
a.p = b
b.p = a
del a, b
n = gc.collect()
print("collected", n)
for e in events:
    print(e)
events.clear()
gc.collect()
print(events)
events.clear()
lst = []
lst.append(lst)
del lst
gc.collect()
print(events)
print(sorted(k for k in ["generation", "collected", "uncollectable"]))
gc.callbacks.remove(cb)
events.clear()
gc.collect()
print("after remove:", events, len(gc.callbacks) >= 0)
gc.enable()
