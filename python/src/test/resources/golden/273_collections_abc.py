# collections.abc: the ABCs answer isinstance/issubclass from a class's methods, built-in types are registered where
# CPython registers them, the mixin methods work, abc.ABC.register makes virtual subclasses; a module's own
# __getattr__ (PEP 562) answers missing attributes.
import collections.abc as cabc
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Sized, Callable, Hashable, Container, Collection, Set, MutableSet, Generator, Reversible
import collections, abc

for obj in [[], (), {}, set(), frozenset(), "s", b"b", bytearray(), range(3), iter([]), (x for x in []), 1, 1.5, None, len, lambda: 0, collections.deque(), collections.OrderedDict(), collections.UserDict(), collections.UserList(), collections.ChainMap()]:
    print(type(obj).__name__, [c.__name__ for c in (Iterable, Iterator, Mapping, MutableMapping, Sequence, MutableSequence, Sized, Callable, Hashable, Container, Collection, Set, MutableSet, Generator, Reversible) if isinstance(obj, c)])

class MyMap(Mapping):
    def __init__(self, d): self.d = d
    def __getitem__(self, k): return self.d[k]
    def __iter__(self): return iter(self.d)
    def __len__(self): return len(self.d)
m = MyMap({"a": 1, "b": 2})
print(m.get("a"), m.get("z", 0), "a" in m, list(m.keys()), list(m.items()), list(m.values()), m == {"a": 1, "b": 2}, len(m.keys()))
print(isinstance(m, Mapping), isinstance(m, MutableMapping), isinstance(m, Collection))
try:
    class Half(Mapping):
        def __getitem__(self, k): pass
    Half()
except TypeError as e:
    print("TypeError", e)

class MySeq(Sequence):
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i * 10
    def __len__(self): return self.n
s = MySeq(4)
print(list(s), 20 in s, s.index(30), s.count(10), list(reversed(s)))

class MyList(MutableSequence):
    def __init__(self): self.data = []
    def __getitem__(self, i): return self.data[i]
    def __setitem__(self, i, v): self.data[i] = v
    def __delitem__(self, i): del self.data[i]
    def __len__(self): return len(self.data)
    def insert(self, i, v): self.data.insert(i, v)
ml = MyList(); ml.append(1); ml.extend([2, 3]); ml += [4]; ml.reverse(); print(ml.data, ml.pop(), ml.data); ml.remove(3); print(ml.data)

class MySet(MutableSet):
    def __init__(self, it=()): self.s = set(it)
    def __contains__(self, x): return x in self.s
    def __iter__(self): return iter(self.s)
    def __len__(self): return len(self.s)
    def add(self, x): self.s.add(x)
    def discard(self, x): self.s.discard(x)
a = MySet([1, 2, 3]); b = MySet([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= MySet([1, 2, 3, 4]), a == MySet([3, 2, 1]))

class Walker:
    def __iter__(self): return self
    def __next__(self): raise StopIteration
print(isinstance(Walker(), Iterator), issubclass(Walker, Iterable), issubclass(int, Hashable), issubclass(list, Hashable))

class Proto(abc.ABC):
    pass
class Impl:
    pass
Proto.register(Impl)
print(isinstance(Impl(), Proto), issubclass(Impl, Proto), issubclass(int, Proto))
class Sub(Impl): pass
print(issubclass(Sub, Proto))
try:
    Proto.register(3)
except TypeError as e:
    print("TypeError", e)
print(Proto.register(Impl) is Impl)

import os, sys, tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, "lazymod.py"), "w") as f:
    f.write("x = 1\ndef __getattr__(name):\n    if name == 'computed':\n        return 42\n    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')\n")
sys.path.insert(0, d)
import lazymod
print(lazymod.x, lazymod.computed, getattr(lazymod, "missing", "default"), hasattr(lazymod, "computed"))
try:
    lazymod.missing
except AttributeError as e:
    print("AttributeError", e)
from lazymod import computed
print(computed)
os.remove(os.path.join(d, "lazymod.py"))
os.rmdir(d)
