# Sets: a frozenset's hash is computed once (a frozenset of frozensets nested 16 deep hashes in no time, as in
# CPython), a set subclass's instance is looked up as a frozenset in a set subclass, sets and their subclasses copy
# and pickle by set's reduction, and set and dict iterators have __length_hint__. As CPython 3.13 runs them.
import copy
import itertools
import pickle


def zf_range(n):
    nums = [frozenset()]
    for i in range(n - 1):
        nums.append(frozenset(nums))
    return nums[:n]


for n in (8, 16):
    t = 2 ** n
    u = len({h & (t - 1) for h in map(hash, (frozenset(c) for i in range(n + 1)
                                              for c in itertools.combinations(zf_range(n), i)))})
    print(n, 4 * u > t)


class SS(set):
    pass


s = SS([frozenset("abc")])
print(SS("abc") in s, set("abc") in s)
s.remove(SS("abc"))
print(s)

x = SS([1, 2])
x.tag = "t"
for y in (copy.copy(x), copy.deepcopy(x), pickle.loads(pickle.dumps(x, 2)), pickle.loads(pickle.dumps(x))):
    print(type(y).__name__, sorted(y), y.tag)
print(copy.deepcopy({1, 2}), copy.deepcopy(frozenset({4})), pickle.loads(pickle.dumps({5}, 1)))

st = {1, 2, 3}
it = iter(st)
print(it.__length_hint__())
next(it)
print(it.__length_hint__())
d = {1: 2, 3: 4}
it = iter(d)
next(it)
print(it.__length_hint__(), iter(d.items()).__length_hint__(), iter(d.values()).__length_hint__())
