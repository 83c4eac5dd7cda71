# exec and eval with any mapping as locals (CPython's LOAD_NAME/STORE_NAME through __getitem__/__setitem__), a dict
# subclass as globals; type()'s __module__ from the caller, __base__ as CPython's best_base, __firstlineno__.
class M:
    "Test mapping interface versus possible calls from eval()."
    def __getitem__(self, key):
        if key == 'a':
            return 12
        raise KeyError
    def keys(self):
        return list('xyz')
m = M()
g = globals()
print(eval('a', g, m))
try:
    eval('b', g, m)
except NameError as e:
    print("NameError", e)
class D(dict):
    def __getitem__(self, key):
        if key == 'a':
            return 12
        return dict.__getitem__(self, key)
    def keys(self):
        return list('xyz')
d = D()
print(eval('a', g, d))
class SpreadSheet:
    "Sample application showing nested, calculated lookups."
    _cells = {}
    def __setitem__(self, key, formula):
        self._cells[key] = formula
    def __getitem__(self, key):
        return eval(self._cells[key], globals(), self)
ss = SpreadSheet()
ss['a1'] = '5'
ss['a2'] = 'a1*6'
ss['a3'] = 'a2*7'
print(ss['a3'])
rec = {}
class Rec:
    def __getitem__(self, k):
        raise KeyError(k)
    def __setitem__(self, k, v):
        rec[k] = v
    def __delitem__(self, k):
        rec.pop(k)
exec("x = 1\ndel x\ndef f(): pass", {}, Rec())
print(sorted(rec))
class frozendict_error(Exception): pass
class frozendict(dict):
    def __setitem__(self, key, value):
        raise frozendict_error("frozendict is readonly")
try:
    exec("x=1", frozendict({}))
except frozendict_error as e:
    print("frozen", e)
class setonlyerror(Exception): pass
class setonlydict(dict):
    def __getitem__(self, key):
        raise setonlyerror
try:
    exec("globalname", setonlydict({'globalname': 1}))
except setonlyerror:
    print("setonlyerror")
class Logging(dict):
    def __setitem__(self, k, v):
        print("set", k)
        dict.__setitem__(self, k, v)
ns = Logging()
exec("a = 1\nb = a + 1\nprint(b)", ns)
print(ns['b'])
try:
    exec("x", {}, 5)
except TypeError as e:
    print(e)
try:
    eval("x", {}, 5)
except TypeError as e:
    print(e)
try:
    exec("x", [])
except TypeError as e:
    print(e)
print(eval("dir()", {}, m))
class B:
    def ham(self): return 'ham%d' % self
C = type('C', (B, int), {'spam': lambda self: 'spam%s' % self})
print(C.__base__, C.__module__, C.__bases__)
class S:
    __slots__ = ('a',)
class D(B, S): pass
print(D.__base__)
class E(KeyError): pass
print(E.__base__, bool.__base__, object.__base__, type.__base__)
class F: pass
class G(F, B): pass
print(G.__base__)
A = type('A', (), {'__firstlineno__': 42})
print(A.__dict__['__firstlineno__'])
A.__module__ = 'testmodule'
print('__firstlineno__' in A.__dict__, A.__module__)
def mk():
    return type('X', (), {})
print(mk().__module__)
class H(dict, B): pass
print(H.__base__)
# a built-in type's method descriptors are one object each, and set.__repr__ names a set subclass (pprint relies on both)
class set3(set):
    def __repr__(self):
        return set.__repr__(self)
print(set.__repr__ is set.__repr__, dict.get is dict.get, set3.__repr__ is set.__repr__, repr(set3([1])))
class Plain: pass
print(Plain.__hash__ is object.__hash__, Plain.__eq__ is object.__eq__, Plain.__repr__ is object.__repr__)
import pprint
print(pprint.pformat(set3(range(7)), width=20))
