# Assigning a function's __defaults__ and __kwdefaults__ changes its calls; property's doc (from the getter, given,
# assigned: namedtuple's field docs), fget/fset/fdel, __name__ and __isabstractmethod__.
def bar(a=1, b=2, *, c=3):
    return a, b, c
print(bar(), bar.__defaults__, bar.__kwdefaults__)
bar.__defaults__ = (10,)
print(bar(0), bar.__defaults__)
try:
    bar()
except TypeError as e:
    print(e)
bar.__defaults__ = None
print(bar.__defaults__)
bar.__kwdefaults__ = {'c': 30}
print(bar(1, 2), bar.__kwdefaults__)
bar.__kwdefaults__ = None
try:
    bar(1, 2)
except TypeError as e:
    print(e)
for bad in ([1], 5):
    try:
        bar.__defaults__ = bad
    except TypeError as e:
        print(e)
try:
    bar.__kwdefaults__ = [1]
except TypeError as e:
    print(e)
p = property(lambda s: 1, doc='d')
print(p.__doc__)
def g(s):
    'getter doc'
print(property(g).__doc__, property(g).fset, property(g, doc='x').__doc__)
class C:
    @property
    def x(self):
        'xdoc'
        return 5
    @x.setter
    def x(self, v):
        pass
print(C.x.__doc__, C().x, C.x.fset.__name__, C.x.fdel, C.x.__name__, C.x.__isabstractmethod__)
C.x.__doc__ = 'changed'
print(C.x.__doc__)
import collections
P = collections.namedtuple('P', 'a b')
P.a.__doc__ = 'the a'
print(P.a.__doc__)
import abc
class A(abc.ABC):
    @property
    @abc.abstractmethod
    def y(self): ...
print(A.y.__isabstractmethod__)
