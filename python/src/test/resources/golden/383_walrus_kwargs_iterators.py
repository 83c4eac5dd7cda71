# Unparenthesized named expressions in set displays and later tuple items; tuple/frozenset subclasses whose __init__
# takes keywords (list's __new__); every built-in iterator type has __iter__/__next__ (collections.abc.Iterator);
# dict views' methods and isdisjoint.
for src in ["{y := 1, 2}", "{y := i for i in range(3)}", "(1, y := 2)", "print((1, y := 2))", "{1, y := 2}",
            "{y := 1: 2}", "(1, *a := 2)", "{(y := 1): 2}"]:
    try:
        compile(src, "<s>", "exec"); print("ok         ", src)
    except SyntaxError as e:
        print("SyntaxError", src, "->", e.msg)
print({y := 1, 2}, y, {z := i * 2 for i in range(3)}, z, (1, w := 5), w, {0, v := 7}, v)
class T(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
class L(list):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
class S(set):
    def __new__(cls, arg, newarg=None):
        self = super().__new__(cls, arg)
        self.newarg = newarg
        return self
class F(frozenset):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
for C in (T, L, S, F):
    try:
        u = C([1, 2], newarg=3); print(C.__name__, sorted(u), u.newarg)
    except TypeError as e:
        print(C.__name__, "TypeError:", e)
class T2(tuple): pass
class L2(list): pass
for C in (T2, L2):
    try:
        C([1], x=1)
    except TypeError as e:
        print(C.__name__, "TypeError:", e)
try:
    T([1], 2, newarg=3)
except TypeError as e:
    print("TypeError:", e)
d = {1: 'a', 2: 'b'}
print(d.keys().isdisjoint({3}), d.keys().isdisjoint([2]), d.items().isdisjoint([(1, 'a')]), d.items().isdisjoint([]))
print(list(d.keys().__iter__()), d.values().__len__(), d.items().__contains__((1, 'a')), d.keys().__contains__(5))
print(hasattr(d.values(), 'isdisjoint'), hasattr(d.values(), '__contains__'))
import collections.abc as c
print(isinstance(d.keys(), c.KeysView), isinstance(d.items(), c.Set), isinstance(d.values(), c.ValuesView))
import collections.abc
class Seq:
    def __getitem__(self, i):
        if i < 3: return i
        raise IndexError
it = iter(Seq())
print(isinstance(it, collections.abc.Iterator), hasattr(type(it), '__next__'))
it = iter(int, 1)
print(isinstance(it, collections.abc.Iterator), hasattr(type(it), '__next__'))
import collections.abc as c
for x in (iter([]), iter({}), reversed([]), iter({}.items()), iter({}.values()), iter(()), iter(''), iter('é'), iter(set()), iter(range(2)), enumerate([]), zip(), map(str, []), filter(None, []), iter(b''), iter(bytearray()), (x for x in [])):
    print(isinstance(x, c.Iterator), hasattr(type(x), '__next__'), iter(x) is x)
it = iter([1, 2])
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration:
    print('stop')
