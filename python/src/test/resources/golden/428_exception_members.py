# The members built-in exceptions keep beside their args (CPython 3.13's exceptions.c):
# ImportError's msg/name/path/name_from, AttributeError's name/obj, NameError's name;
# their keyword-only constructor arguments, BaseException's refusal of keywords,
# __setstate__, pickling and copying, and the values the interpreter fills in.
import copy
import pickle

e = ImportError('m', name='n', path='p')
print(e.msg, e.name, e.path, e.name_from, e.args, str(e), repr(e), e.__dict__)
e.msg = 'changed'
print(str(e), e.args)
e.msg = 5
print(str(e))
print(ImportError('a', 'b').msg, str(ImportError('a', 'b')))
e3 = ImportError()
print(e3.msg, e3.name, repr(str(e3)))
print(ImportError('m', name_from='x').name_from)
for call in (lambda: ImportError(a=1), lambda: ModuleNotFoundError(a=1), lambda: BaseException(a=1),
             lambda: ValueError(a=1), lambda: OSError(a=1), lambda: KeyError(a=1),
             lambda: AttributeError(foo=1), lambda: NameError(obj=1), lambda: ImportError(msg='x')):
    try:
        call()
    except TypeError as x:
        print('TypeError:', x)


class Mine(Exception):
    pass


try:
    Mine(a=1)
except TypeError as x:
    print('TypeError:', x)

a = AttributeError('x', name='n', obj=5)
print(a.name, a.obj, a.args, a.__dict__)
n = NameError('x', name='nm')
print(n.name, n.args)
print(AttributeError().name, AttributeError().obj, NameError().name)


class A:
    pass


o = A()
try:
    o.bluch
except AttributeError as x:
    print(x.name, x.obj is o)
try:
    getattr(o, 'zzz')
except AttributeError as x:
    print(x.name, x.obj is o)
try:
    (1).foo
except AttributeError as x:
    print(x.name, x.obj)
try:
    A.foo
except AttributeError as x:
    print(x.name, x.obj is A)
try:
    object().attr = 1
except AttributeError as x:
    print(x.name, type(x.obj).__name__)
try:
    bluch
except NameError as x:
    print(x.name, type(x).__name__)


def f():
    try:
        print(yy)
        yy = 1
    except UnboundLocalError as x:
        print(x.name, type(x).__name__)


f()
try:
    import no_such_module_anywhere
except ImportError as x:
    print(x.name, x.path, x.msg, x.name_from, type(x).__name__)
try:
    from json import no_such_name
except ImportError as x:
    print(x.name, x.name_from, type(x).__name__)

# __init__ runs again: every member is reset
ImportError.__init__(e, 'q', path='w')
print(e.msg, e.name, e.path, e.args)


class Passes(ImportError):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)


class Ignores(ImportError):
    def __init__(self, *a, **k):
        pass


m = Passes('x', name='y')
print(m.args, m.msg, m.name)
m = Passes('x', 'z', name='y')
print(m.args, m.msg, m.name, str(m))
m = Ignores('x', name='y')
print(m.args, m.msg, m.name)

# assignment and deletion of members; the getset descriptors that refuse a del
e = ImportError('m', name='n')
e.name = 'q'
print(e.name)
del e.name
print(e.name)
x = ValueError(1)
for attr in ('args', '__traceback__', '__context__', '__cause__'):
    try:
        delattr(x, attr)
    except TypeError as err:
        print('TypeError:', err)

# __setstate__, __reduce__, pickle and copy
x = Exception(1, 2)
x.__setstate__({'a': 1, 'b': 2})
print(x.a, x.b, x.__dict__, x.__reduce__())
x.__setstate__(None)
try:
    x.__setstate__(1)
except TypeError as err:
    print('TypeError:', err)
e = ImportError('m', name='n', path='p', name_from='f')
print(e.__reduce__())
print(AttributeError('x').__reduce__(), ImportError('x').__reduce__())
a = AttributeError('x', name='n', obj=1)
a.q = 1
print(a.__reduce__())
print(NameError('x', name='y').__reduce__())
c = copy.copy(e)
print(c.msg, c.name, c.path, c.name_from)
p = pickle.loads(pickle.dumps(e))
print(p.msg, p.name, p.path, p.args)
p = pickle.loads(pickle.dumps(AttributeError('x', name='n', obj=5)))
print(p.name, p.obj, p.args)
print(pickle.loads(pickle.dumps(NameError('x', name='n'))).name)
