# SPDX-License-Identifier: Apache-2.0
# Finalizers triggered by removing objects from lists and dicts, and by clearing containers.
class Item:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del item", self.n)
items = [Item(i) for i in range(4)]
print("created")
items.pop(0)
print("popped 0")
del items[0]
print("deleted index 0")
items[0] = Item(10)
print("replaced slot 0")
d = {"k": Item(20), "j": Item(21)}
d["k"] = None
print("overwrote k")
del d["j"]
print("deleted j")
items.clear()
print("cleared list")
t = (Item(30), Item(31))
t = ()
print("tuple dropped")
s = [Item(40)]
s[:] = []
print("slice cleared")
