# bytes/bytearray: split/rsplit on whitespace with maxsplit, hex(sep, bytes_per_sep), join of subclass items;
# a generic TypedDict subscripted and subclassed.
for t in (bytes, bytearray):
    print(t(b'  a    b   ').split(None, 1), t(b'  a    b   ').rsplit(None, 1), t(b'  a    b   c   ').split(None, 0), t(b'  a    b   c   ').rsplit(None, 0))
    print(t(b'a  b  c  d').split(None, 2), t(b'a  b  c  d').rsplit(None, 2), t(b'   ').split(), t(b'\x0b a\x1cb').split())
    six = t(x * 3 for x in range(1, 7))
    print(six.hex(), six.hex('.', 1), six.hex(' ', 2), six.hex('-', 3), six.hex(':', -2), six.hex(b'|', 4), six.hex(':', 6), six.hex(':', 10))
    class S(t): pass
    r = t().join([S(b'ab')]); print(type(r).__name__, r)
    r = t(b'-').join([S(b'ab'), memoryview(b'cd')]); print(type(r).__name__, r)
    it = iter(t(b'ab')); print(list(it), list(it))
    it = iter(t(b'abc')); next(it); print(it.__length_hint__())
for s in ('  a    b   ', 'a  b  c  d'):
    print(s.split(None, 1), s.rsplit(None, 1), s.split(None, 0), s.rsplit(None, 0))
print('abcdef'.encode().hex(':', 2), bytes.fromhex('01 02 0a'), bytearray.fromhex(' 1f2f '))
try:
    bytes.fromhex('1')
except ValueError as e:
    print(e)
from typing import Generic, Optional, TypedDict, TypeVar
T = TypeVar("T")
class FooGeneric(TypedDict, Generic[T]):
    a: Optional[T]
print(FooGeneric[int], FooGeneric.__parameters__, FooGeneric.__orig_bases__[1:], FooGeneric.__orig_bases__[0].__name__)
class Bar(FooGeneric[T], total=False):
    b: int
print(Bar.__required_keys__, Bar.__optional_keys__, Bar.__annotations__)
x: FooGeneric[int] = {'a': 1}
print(x)
