# Classes deriving from map, filter, zip, enumerate and reversed (CPython's
# test_enumerate derives MyEnum from enumerate): the instance is its own
# iterator, so a __next__ of the class's own runs in a for loop.
class MyEnum(enumerate):
    pass
e = MyEnum('abc', start=1)
print(list(e), isinstance(e, enumerate), type(e).__name__, iter(e) is e)
class Doubler(map):
    def __next__(self):
        return 2 * super().__next__()
print(list(Doubler(int, '123')))
d = Doubler(abs, [-1, 2])
print(next(d), next(d))
try:
    next(d)
except StopIteration:
    print('stop')
class Evens(filter):
    def __init__(self, it):
        self.extra = 'x'
    def __new__(cls, it):
        return super().__new__(cls, lambda v: v % 2 == 0, it)
ev = Evens(range(7))
print(list(ev), ev.extra)
class Z(zip):
    count = 0
    def __next__(self):
        Z.count += 1
        return super().__next__()
print(list(Z('ab', 'cd')), Z.count)
class R(reversed):
    pass
print(list(R([1, 2, 3])), issubclass(R, reversed))
for i, c in MyEnum('xy'):
    print(i, c)
class Tagged(enumerate):
    def __init__(self, it, tag):
        self.tag = tag
    def __new__(cls, it, tag):
        return super().__new__(cls, it)
t = Tagged('pq', 'T')
print(t.tag, list(t))
