# Subclasses of types.ModuleType: made by calling them, given by __class__ assignment, their hooks and descriptors.
import types, sys
MT = type(sys)
log = []
class MM(MT):
    def __init__(self, name):
        MT.__init__(self, name)
    def __getattribute__(self, name):
        log.append(("getattr", name))
        return MT.__getattribute__(self, name)
    def __setattr__(self, name, value):
        log.append(("setattr", name, value))
        MT.__setattr__(self, name, value)
    def __delattr__(self, name):
        log.append(("delattr", name))
        MT.__delattr__(self, name)
a = MM("a")
a.foo = 12
x = a.foo
del a.foo
print(log)
print(a, type(a), isinstance(a, types.ModuleType))

class Lazy(types.ModuleType):
    loaded = 0
    def __getattr__(self, n):
        if n.startswith('_'):
            raise AttributeError(n)
        type(self).loaded += 1
        v = n.upper()
        setattr(self, n, v)
        return v
    @property
    def size(self):
        return len(self.__dict__)
mod = Lazy("lazy", "a lazy module")
print(mod.abc, mod.abc, Lazy.loaded, mod.__name__, mod.__doc__, mod.size, hasattr(mod, '_x'))
print(sorted(mod.__dict__), repr(mod), dir(mod))
try:
    mod.size = 3
except AttributeError as e:
    print('AttributeError', e)
sys.modules['lazy'] = mod
import lazy
print(lazy is mod, lazy.xyz)
from lazy import qq
print(qq)

m = types.ModuleType("m")
print(m.__class__ is types.ModuleType, hasattr(m, "a"))
class SubType(types.ModuleType):
    a = 1
    def __repr__(self): return 'SubType!' + self.__name__
m.__class__ = SubType
print(m.__class__ is SubType, hasattr(m, "a"), m.a, repr(m))
m.__class__ = types.ModuleType
print(m.__class__ is types.ModuleType, hasattr(m, "a"), repr(m))
try:
    m.__class__ = int
except TypeError as e:
    print('TypeError', e)
class Plain: pass
try:
    m.__class__ = Plain
except TypeError as e:
    print('TypeError', e)
try:
    Plain().__class__ = SubType
except TypeError as e:
    print('TypeError', e)
try:
    class Bad(types.ModuleType, str): pass
except TypeError as e:
    print('TypeError', e)
u = types.ModuleType.__new__(types.ModuleType)
print(str(u), hasattr(u, '__name__'), u.__dict__)
u2 = SubType.__new__(SubType)
print(hasattr(u2, '__name__'), u2.__dict__)
u2.foo = 1
print(u2.__dict__)
try:
    mod.__dict__ = {}
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class WithDir(types.ModuleType):
    def __dir__(self): return ['z', 'a']
print(dir(WithDir('w')))
import math
print(math.__getattribute__('pi'), type(math.__dir__()).__name__, 'sqrt' in dir(math))
try:
    math.nope
except AttributeError as e:
    print(e)


# PEP 562 beside a subclass's hooks: the module's own __getattr__ first, then the class's
class Both(types.ModuleType):
    def __getattr__(self, n):
        return 'class:' + n


b = Both('both')
b.__getattr__ = lambda n: 'dict:' + n if n.startswith('d') else (_ for _ in ()).throw(AttributeError(n))
print(b.dx, b.yy, getattr(b, 'zz', 'default'))


class Slots(types.ModuleType):
    __slots__ = ('a', 'b')

    def __init__(self, name):
        super().__init__(name)


s = Slots('slots')
print(hasattr(s, 'a'))
s.a, s.b = 1, 2
print(s.a, s.b)


# a module's repr from its spec, file or loader (importlib's _module_repr)
class Loader:
    def __repr__(self):
        return 'Loader()'


r = types.ModuleType('r')
print(repr(r))
r.__loader__ = Loader()
print(repr(r))
r.__file__ = '/x/r.py'
print(repr(r))
del r.__name__
print(repr(r))


# a descriptor of ours on a module subclass, and __init__ called again
class Desc:
    def __get__(self, obj, owner=None):
        return ('get', type(obj).__name__)

    def __set__(self, obj, value):
        obj.__dict__['_stored'] = value


class WithDesc(types.ModuleType):
    d = Desc()


w = WithDesc('w', 'first')
w.d = 5
print(w.d, w._stored, w.__doc__)
types.ModuleType.__init__(w, 'w2')
print(w.__name__, w.__doc__, w.__spec__, sorted(w.__dict__))
try:
    types.ModuleType.__init__(w, 3)
except TypeError as e:
    print('TypeError', e)
try:
    types.ModuleType.__init__(1, 'x')
except TypeError as e:
    print('TypeError', e)
