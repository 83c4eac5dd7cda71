# random (3.13): bytes/bytearray/str seeds (version 1 and 2), the seed-type error, subclasses that bring their own
# random() or getrandbits() (randrange must use it), version-2 states, pickling, binomialvariate's BTRS branch,
# SystemRandom, and the module's __all__ and command line.
import pickle
import random

for s in ["abc", b"abc", bytearray(b"xy"), "", b"", 12345, -7, 3.5, 0, 2 ** 100]:
    r = random.Random(s)
    print(repr(s), r.random(), r.randrange(1000))
for s in ["abc", b"abc", ""]:
    r = random.Random()
    r.seed(s, version=1)
    print('v1', repr(s), r.random())
for bad in ([1], (1,), {}, object()):
    try:
        random.Random(bad)
    except TypeError as e:
        print(type(bad).__name__, e)


class Half(random.Random):
    def random(self):
        return 0.5


r = Half(1)
print('random() only:', r.randrange(10), r.choice('abcdef'), r.sample(range(20), 3), r.randint(1, 6))


class Three(random.Random):
    def getrandbits(self, k):
        return 3


print('getrandbits only:', Three(1).randrange(10), Three(1).choice('abcdefgh'))


class Both(Half):
    def getrandbits(self, k):
        return 1


print('both:', Both().randrange(10))


class Own(Half):
    def _randbelow(self, n):
        return n - 1


print('own _randbelow:', Own().randrange(10), Own().choice('xyz'))

r = random.Random(42)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)])
r2 = random.Random()
r2.setstate((2, tuple(x - 2 ** 32 if x >= 2 ** 31 else x for x in st[1][:-1]) + (st[1][-1],), None))
print('version 2 state:', r2.random() == random.Random(42).random())
try:
    r2.setstate((4, st[1], None))
except ValueError as e:
    print(e)

r = random.Random(7)
r.random()
c = pickle.loads(pickle.dumps(r))
print('pickled:', type(c).__name__, c.random() == r.random())
print(random.Random(9).__reduce__()[0].__name__)

r = random.Random(3)
print('binomial:', [r.binomialvariate(100, 0.3) for _ in range(8)])
print([r.binomialvariate(1000, 0.75) for _ in range(5)], r.binomialvariate(50, 0.1), r.binomialvariate(1, 0.4))
print(r.binomialvariate(5, 0.0), r.binomialvariate(5, 1.0))
for n, p in ((-1, 0.5), (3, 1.5)):
    try:
        r.binomialvariate(n, p)
    except ValueError as e:
        print(e)

s = random.SystemRandom()
print(isinstance(s, random.Random), 0.0 <= s.random() < 1.0, 0 <= s.getrandbits(5) < 32, len(s.randbytes(4)))
print(s.seed(1), s.randrange(5) in range(5))
for m in (s.getstate, s.setstate):
    try:
        m(None) if m == s.setstate else m()
    except NotImplementedError as e:
        print(e)
try:
    s.getrandbits(-1)
except ValueError as e:
    print(e)

print(set(random.__all__) <= set(dir(random)), len(random.__all__))
random.seed(5)
print(random.main(['-i', '10']), random.main(['-c', 'a', 'b', 'c']), random.main(['6']), random.main(['2.5']),
      random.main(['x y z']), random.main(['p', 'q']))
print(random.main([])[:6])
