# collections.abc: Set._hash (frozenset's hash), AsyncGenerator's mixin methods (__anext__, aclose); UserDict's
# views are Mapping's; a namedtuple has no __dict__ or __weakref__ in dir() and subscripts to a GenericAlias
# (test_collections).
import asyncio
from collections import UserDict, namedtuple
from collections.abc import Set, KeysView, ItemsView, ValuesView, AsyncGenerator
class OneTwoThree(Set):
    def __init__(self): self.contents = [1, 2, 3]
    def __contains__(self, x): return x in self.contents
    def __len__(self): return len(self.contents)
    def __iter__(self): return iter(self.contents)
    def __hash__(self): return self._hash()
print(hash(OneTwoThree()) == hash(frozenset({1, 2, 3})), Set._hash(frozenset('abc')) == hash(frozenset('abc')))
for s in [set(), {1}, {-1, 2**70, 'x', (1, 2)}, set(range(100))]:
    print(Set._hash(frozenset(s)) == hash(frozenset(s)), end=' ')
print()
m = UserDict(red=5)
print(isinstance(m.keys(), KeysView), isinstance(m.values(), ValuesView), isinstance(m.items(), ItemsView),
      list(m.values()), list(m.items()))
m['blue'] = 6
v = m.values()
m['green'] = 7
print(list(v), len(v))
class MinimalAGen(AsyncGenerator):
    def __init__(self): self.n = 0
    async def asend(self, value):
        self.n += 1
        if self.n > 2:
            raise StopAsyncIteration
        return self.n
    async def athrow(self, *args):
        raise StopAsyncIteration
async def main():
    g = MinimalAGen()
    print(await g.__anext__(), await g.__anext__(), [x async for x in MinimalAGen()], await g.aclose())
asyncio.run(main())
P = namedtuple('P', 'x y')
print('__weakref__' in dir(P(1, 2)), '__dict__' in dir(P(1, 2)), '_fields' in dir(P), P[int, str])
class Q: pass
print('__weakref__' in dir(Q()), '__dict__' in dir(Q()))
class S:
    __slots__ = ('a',)
print('__weakref__' in dir(S()), '__dict__' in dir(S()), 'a' in dir(S()))
