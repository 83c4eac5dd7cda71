# SPDX-License-Identifier: Apache-2.0
# __del__ runs immediately when the last reference is dropped by del or rebinding.
class Tracked:
    def __init__(self, name):
        self.name = name
        print("init", name)
    def __del__(self):
        print("del", self.name)
a = Tracked("a")
b = a
del a
print("a deleted, b still holds it")
del b
print("after del b")
c = Tracked("c1")
c = Tracked("c2")
print("rebound c")
c = None
print("c is None")
d = Tracked("d")
e = [d, d]
del d
print("list still holds d")
e.pop()
print("one ref left")
e.clear()
print("end of script")
