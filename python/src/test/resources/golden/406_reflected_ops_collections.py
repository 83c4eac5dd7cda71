# The reflected operator of a right operand whose class derives from the left's is tried first only when it
# overrides that method (CPython's method_is_overloaded); ChainMap's views and | with mappings; UserString's and
# UserDict's full protocols; the ABC registrations of dict views, memoryview, array and type (cases from CPython's
# test_collections).
class A:
    def __add__(self, o): return 'A.add'
    def __radd__(self, o): return 'A.radd'
class B(A):
    pass
class C(A):
    def __radd__(self, o): return 'C.radd'
class D(A):
    __radd__ = A.__radd__
print(A() + B(), A() + C(), A() + D(), B() + A(), 1 + B())
class N:
    def __add__(self, o): return NotImplemented
class M(N):
    def __radd__(self, o): return 'M.radd'
print(N() + M())
from collections import ChainMap, UserString, UserDict, OrderedDict
import collections.abc as abc, array
cm = ChainMap({'a': 1}, {'b': 2, 'a': 9})
print(cm.keys(), cm.items(), cm.values(), type(cm.items()).__name__, cm.items() == {'a': 1, 'b': 2}.items())
print({'z': 0} | cm, cm | {'z': 0}, (cm | ChainMap({'q': 1})).maps, isinstance(cm, abc.MutableMapping))
class Sub(ChainMap):
    pass
print(type(ChainMap() | Sub()).__name__, type(Sub() | ChainMap()).__name__, type({} | Sub()).__name__)
try:
    cm | [('c', 3)]
except TypeError as e:
    print(e)
u = UserString('a\tb')
print(u.expandtabs(4), u.isascii(), u.isprintable(), '{x}'.format_map({'x': 1}), UserString('{x}').format_map({'x': 2}),
      UserString('abc').translate(str.maketrans('a', 'z')), UserString.maketrans('a', 'b') == {97: 98},
      '%s!' % UserString('hi'), complex(UserString('1+2j')))
print(sorted(set(dir(str)) - set(dir(UserString))), sorted(set(dir(dict)) - set(dir(UserDict))))
try:
    reversed(UserDict())
except TypeError as e:
    print(e)
print(isinstance({}.keys(), abc.Reversible), isinstance(memoryview(b''), abc.Sequence),
      issubclass(array.array, abc.MutableSequence), isinstance(int, abc.Callable), issubclass(type, abc.Callable),
      list(reversed({'a': 1, 'b': 2}.items())))
