# A set subclass that defines __hash__ is its own key in a set (CPython falls
# back to frozenset(item) only when hashing fails; bug #1257731 in test_set),
# and a set subclass holding itself shows Name(...) as CPython's set_repr.
class H(set):
    def __hash__(self):
        return int(id(self) & 0x7fffffff)
s = H()
f = set()
f.add(s)
print(s in f, H() in f, set() in f)
f.remove(s)
f.add(s)
f.discard(s)
print(len(f))
class HF(frozenset):
    def __hash__(self):
        return int(id(self) & 0x7fffffff)
g = HF()
f.add(g)
print(g in f, HF() in f, frozenset() in f)
f = {frozenset()}
print(set() in f, H() in f)
f.discard(set())
print(f)
class SS(set):
    pass
class Cell:
    def __hash__(self): return 1
s = SS()
c = Cell()
c.s = s
s.add(c)
Cell.__repr__ = lambda self: repr(self.s)
print(repr(s))
