# SPDX-License-Identifier: Apache-2.0
# Finalizers triggered by attribute rebinding, delattr, and instance replacement in a class attribute.
class Leaf:
    def __init__(self, tag):
        self.tag = tag
    def __del__(self):
        print("leaf gone", self.tag)
class Holder:
    slot = None
    def __init__(self):
        self.child = Leaf("first")
h = Holder()
h.child = Leaf("second")
print("rebound attribute")
del h.child
print("deleted attribute")
h.child = Leaf("third")
setattr(h, "child", None)
print("setattr None")
Holder.slot = Leaf("class-level")
Holder.slot = Leaf("class-level-2")
print("class attribute rebound")
h.other = Leaf("other")
h = None
print("holder dropped")
Holder.slot = None
print("end")
