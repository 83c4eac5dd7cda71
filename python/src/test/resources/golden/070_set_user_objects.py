# SPDX-License-Identifier: Apache-2.0
# Sets of user objects with __eq__/__hash__; identity-hashed objects; frozen-like tuples.
class Tag:
    def __init__(self, name):
        self.name = name
    def __eq__(self, other):
        return isinstance(other, Tag) and self.name.lower() == other.name.lower()
    def __hash__(self):
        return len(self.name)
    def __repr__(self):
        return "Tag(" + self.name + ")"
tags = {Tag("Py"), Tag("py"), Tag("PY"), Tag("go"), Tag("Java")}
print(len(tags), Tag("pY") in tags, Tag("rust") in tags)
print(sorted(t.name.lower() for t in tags))
tags.discard(Tag("GO"))
print(len(tags), sorted(t.name.lower() for t in tags))
class Plain:
    pass
p1 = Plain()
p2 = Plain()
ps = {p1, p2, p1}
print(len(ps), p1 in ps, Plain() in ps)
ps.remove(p1)
print(len(ps), p2 in ps, p1 in ps)
