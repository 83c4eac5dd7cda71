# SPDX-License-Identifier: Apache-2.0
# Objects in a reference cycle are finalized only by gc.collect(), not when names are dropped.
import gc
gc.collect()
gc.disable()
finalized = []
class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None
    def __del__(self):
        finalized.append(self.name)
a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
del a, b
print("cycle unreachable, finalized:", finalized)
n = gc.collect()
print("collected", n, "finalized:", sorted(finalized))
finalized.clear()
s = Node("self")
s.peer = s
s = None
print("self cycle dropped, finalized:", finalized)
print("collected", gc.collect(), "finalized:", finalized)
finalized.clear()
x = Node("x")
x.peer = Node("x-child")
x = None
print("acyclic chain freed immediately:", finalized)
gc.enable()
print("end")
