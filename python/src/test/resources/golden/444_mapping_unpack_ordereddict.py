# f(**m) takes any mapping, as CPython's: a dict subclass (OrderedDict,
# defaultdict, Counter) and a UserDict (it raised "argument after ** must be a
# mapping, not OrderedDict"); and OrderedDict after CPython's test_ordered_dict:
# its __init__ sets items through self[key] (never a subclass's update), copy
# and pickle keep its attributes (__reduce__), and one holding itself shows ....
import copy, pickle
from collections import OrderedDict, defaultdict, Counter, UserDict
def f(**k): return k
print(f(**OrderedDict(a=1)), f(**defaultdict(int, b=2)), f(**Counter(c=3)), f(**UserDict(u=4)))
print(dict(**OrderedDict(x=1)), {**OrderedDict(y=2)})
class D(dict): pass
print(f(**D(z=1)), f(a=0, **D(z=1)))
try:
    f(**OrderedDict(a=1), a=2)
except TypeError as e:
    print('TypeError', e)
try:
    f(**5)
except TypeError as e:
    print('TypeError', e)
try:
    f(**{1: 2})
except TypeError as e:
    print('TypeError', e)
argdict = OrderedDict([('a', 1), ('b', 2)])
print(OrderedDict(**argdict))
od = OrderedDict(a=1, b=2)
od.x = ['x']
dup = copy.copy(od)
print(dup, dup.x is od.x, type(dup).__name__)
dup = copy.deepcopy(od)
print(dup, dup.x == od.x, dup.x is od.x)
p = pickle.loads(pickle.dumps(od))
print(p, p.x)
print(od.__reduce__()[:4])
class MyOD(OrderedDict):
    def update(self, *args, **kwds):
        raise Exception()
print(list(MyOD([(1, 2), (3, 4)]).items()))
class Loud(OrderedDict):
    def __setitem__(self, k, v):
        print('set', k)
        super().__setitem__(k, v)
Loud(a=1)
od2 = OrderedDict.fromkeys('abc')
od2['x'] = od2
print(repr(od2))
