# pprint's printers for deque, ChainMap, UserDict/UserList/UserString, mappingproxy, SimpleNamespace, dataclasses
# and bytes/bytearray wrapping, as CPython 3.13's (test_pprint).
import pprint, types, collections, dataclasses
words = 'the quick brown fox jumped over a lazy dog'.split()
pairs = list(zip(words, range(len(words))))
print(pprint.pformat(collections.deque(pairs)))
print(pprint.pformat(collections.deque(pairs, maxlen=7)))
print(pprint.pformat(collections.ChainMap(dict(pairs), {'x': 1})))
print(pprint.pformat(collections.UserDict(pairs)))
print(pprint.pformat(collections.UserList(pairs)))
print(pprint.pformat(collections.UserString(' '.join(words)), width=20))
print(pprint.pformat(types.MappingProxyType(dict(pairs))))
ns = types.SimpleNamespace(**dict(pairs))
print(pprint.pformat(ns, width=30))
@dataclasses.dataclass
class Point:
    label: str
    x: int = 10000000000
    hidden: bool = dataclasses.field(default=True, repr=False)
print(pprint.pformat([Point('some fairly long text'), Point('another long text here')], indent=4))
print(pprint.pformat(bytes(range(40)), width=30))
print(pprint.pformat({'k': bytearray(range(30))}, width=40))
print(pprint.pformat(collections.deque()), pprint.pformat(collections.ChainMap()), pprint.pformat(b'ab'))
