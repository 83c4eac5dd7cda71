# SPDX-License-Identifier: Apache-2.0
# Finalization order for nested ownership: the owner is finalized before the objects it owns.
class Part:
    def __init__(self, name, children=None):
        self.name = name
        self.children = children or []
    def __del__(self):
        print("del", self.name)
root = Part("root", [Part("left", [Part("left.leaf")]), Part("right")])
print("built tree")
root = None
print("tree dropped")
chain = Part("c0", [Part("c1", [Part("c2", [Part("c3")])])])
del chain
print("chain dropped")
def build():
    holder = Part("holder", [Part("inner1"), Part("inner2")])
    print("returning inner list")
    return holder.children
kept = build()
print("kept", [p.name for p in kept])
kept = []
print("done")
