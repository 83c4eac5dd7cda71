# functools.partial pickles and copies through __reduce__/__setstate__ as CPython's (a subclass's attributes too), and
# its repr and partialmethod's name the class by module and qualified name.
import functools, copy, pickle, operator
p = functools.partial(max, 1)
print(copy.copy(p)(2), copy.deepcopy(p)(3), pickle.loads(pickle.dumps(p))(4))
print(p.__reduce__()[0].__name__, p.__reduce__()[1][0] is functools.partial)
s = p.__reduce__()[2]
q = functools.partial(min)
q.__setstate__(s)
print(q(10), q.func is max, q.args, q.keywords)
print(repr(functools.partial(max, 1, x=2)).split(' at ')[0])
class P(functools.partial): pass
print(repr(P(max, 1)).split(' at ')[0], P(max, 1)(1))
pm = functools.partialmethod(max, 1)
print(repr(pm).split(' at ')[0])
r = functools.partial(print)
r = functools.partial(print, 1)
print(repr(r).split(' at ')[0])
try:
    q.__setstate__((1, (), None, None))
except TypeError as e:
    print('TypeError', e)
try:
    q.__setstate__(())
except TypeError as e:
    print('TypeError', e)
class PP(functools.partial):
    pass
pp = PP(max, 2)
pp.attr = 'kept'
pp2 = pickle.loads(pickle.dumps(pp))
print(type(pp2).__name__, pp2(1), pp2.attr)
