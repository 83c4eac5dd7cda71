# SPDX-License-Identifier: Apache-2.0
# random: seeded by int, str and float, CPython's exact sequences for every method, getstate/setstate, errors.
import random
random.seed(42)
print(random.random(), random.random())
print([random.randint(1, 100) for _ in range(10)])
print(random.choice('abcdefg'), random.randrange(0, 100, 7), random.uniform(1, 5))
l = list(range(20)); random.shuffle(l); print(l)
print(random.sample(range(100), 5), random.sample('abcdefghij', 3), random.sample(range(10**6), 4))
print(random.choices('abc', k=5), random.choices(['x', 'y'], weights=[1, 9], k=6))
print(random.gauss(0, 1), random.gauss(0, 1), random.normalvariate(5, 2), random.expovariate(2))
print(random.getrandbits(1), random.getrandbits(31), random.getrandbits(64), random.getrandbits(100))
random.seed('hello')
print(random.random(), random.randint(0, 10**20))
random.seed(2**100 + 7)
print(random.random())
random.seed(3.5)
print(random.random())
random.seed(-5)
print(random.random())
r = random.Random(7)
st = r.getstate()
a = [r.random() for _ in range(3)]
r.setstate(st)
print(a == [r.random() for _ in range(3)], r.triangular(0, 10, 3), r.betavariate(2, 3), r.gammavariate(0.5, 1))
print(r.paretovariate(3), r.weibullvariate(1, 2), r.vonmisesvariate(1, 4), r.lognormvariate(0, 1))
print(random.Random(0).sample(range(50), 10), random.Random(1).choices(range(5), cum_weights=[1, 2, 3, 4, 5], k=4))
print(random.Random(3).binomialvariate(5, 0.3), random.Random(5).sample(['a', 'b', 'c'], 2, counts=[1, 2, 3]))
try:
    random.choice([])
except IndexError as e:
    print(e)
try:
    random.randrange(5, 5)
except ValueError as e:
    print(e)
