# Pickling iterators and built-in methods as CPython does: enumerate, zip (strict too), map and filter as their
# type and sources; dict, set and set-subclass iterators as iter(list of what is left), without advancing them; a
# type's method as getattr(type, name), a bound one as getattr(obj, name), a module's function by name; reversed()'s
# length hint asks the sequence's length again. Checked against CPython 3.13 (test_enumerate, test_set, test_dict).
import pickle
def rt(it, proto=2):
    return pickle.loads(pickle.dumps(it, proto))
e = enumerate('abc', 10); next(e); print(list(rt(e)), list(e))
e = enumerate('ab', 2**70); print(list(rt(e)))
z = zip('abc', [1, 2, 3], strict=True); next(z); z2 = rt(z); print(list(z2))
z = zip('abc', [1, 2], strict=True); next(z); z2 = rt(z)
try: print(list(z2))
except ValueError as ex: print('ValueError', ex)
m = map(pow, [2, 3, 4], [1, 2, 3]); next(m); print(list(rt(m)))
f = filter(None, [0, 1, 0, 2, 3]); next(f); print(list(rt(f)))
f = filter(str.isdigit, 'a1b2'); print(list(rt(f)))
d = {1: 'a', 2: 'b', 3: 'c'}
for it in (iter(d), iter(d.values()), iter(d.items())):
    next(it); print(type(rt(it)).__name__, list(rt(it)), list(it))
s = {1, 2, 3}; it = iter(s); next(it); print(sorted(rt(it)), len(list(it)))
print(list(rt(iter(set()))))
for x in e: pass
print(list(rt(e)))
import math, copy
for f in (len, math.sqrt, [].append, str.isdigit, dict.items, 'abc'.upper, int.__add__, object.__init__):
    try:
        g = pickle.loads(pickle.dumps(f))
        print(repr(g)[:40], g == f)
    except Exception as e:
        print(type(e).__name__, e)
print(len.__reduce__(), str.isdigit.__reduce__())
x = [1]; print(copy.copy(x.append) == x.append, copy.deepcopy(str.upper) is str.upper or copy.deepcopy(str.upper) == str.upper)
class SetSub(set):
    pass
it = iter(SetSub([5, 6, 7])); next(it); print(sorted(rt(it)))
class WeirdLen:
    called = False
    def __len__(self):
        if not self.called:
            self.called = True
            return 10
        raise ZeroDivisionError
    def __getitem__(self, index):
        return index
import operator
r = reversed(WeirdLen())
try:
    operator.length_hint(r)
except ZeroDivisionError:
    print('ZeroDivisionError')
r = reversed([1, 2, 3]); next(r); print(operator.length_hint(r))
