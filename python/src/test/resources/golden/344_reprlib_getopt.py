# reprlib and getopt as CPython 3.13's (written here): reprlib (Repr limits, indent, recursive_repr) and getopt
# (getopt, gnu_getopt, GetoptError messages); output must match CPython 3.13.
import reprlib, getopt, array, collections, os, re, threading

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', r if isinstance(r, str) else repr(r))

def noaddr(s):
    return re.sub(r'0x[0-9a-f]+', '0xADDR', s)

print(sorted(reprlib.__all__), getopt.__all__)
r = reprlib.repr
print(r(list(range(3))), r(list(range(20))), r(tuple(range(20))), r((1,)), r(()), r([]))
print(r(set(range(20))), r(set()), r(frozenset(range(10))), r(frozenset()), r({3, 1, 2}))
print(r({i: str(i) for i in range(10)}), r({}), r({'a': [1, 2, 3] * 5}))
print(r('x' * 100), r('short'), r("it's" * 10), r('a\nb' * 20), r(b'bytes' * 20))
print(r(10 ** 50), r(-10 ** 50), r(12345), r(2 ** 100))
print(r(array.array('i', range(10))), r(array.array('d')), r(array.array('u', 'hello world')))
print(r(collections.deque(range(10))), r(collections.deque()))
print(r([[[[[[[[1]]]]]]]]), r({'a': {'b': {'c': {'d': {'e': {'f': {'g': 1}}}}}}}))
print(r(((((((((1,),),),),),),),)), r([[], [[]], {}, set()]))
print(r(3.14159265358979), r(None), r(True), r(1j), r(range(100)))
class Long:
    def __repr__(self): return 'L' * 100
class Bad:
    def __repr__(self): raise RuntimeError('boom')
print(r(Long()), noaddr(r(Bad())))
print(r([Long(), 'x' * 50, 10 ** 60]))
print(r({1, 'a', 2.5}) in ("{1, 'a', 2.5}", "{1, 2.5, 'a'}", "{'a', 1, 2.5}"), r({(1, 2): 3, 'k': None}))

R = reprlib.Repr
aR = R()
print(aR.maxlevel, aR.maxtuple, aR.maxlist, aR.maxarray, aR.maxdict, aR.maxset,
      aR.maxfrozenset, aR.maxdeque, aR.maxstring, aR.maxlong, aR.maxother, repr(aR.fillvalue), aR.indent)
print(sorted(vars(aR)))
t('positional', lambda: R(5))
t('bad kw', lambda: R(maxfoo=1))
c = R(maxlist=2, maxstring=10, maxlong=8, maxother=12, fillvalue='<>', maxdict=1, maxlevel=2)
print(c.repr(list(range(5))), c.repr('abcdefghijklmnop'), c.repr(123456789012), c.repr(Long()))
print(c.repr({1: 2, 3: 4}), c.repr([[[1]]]), c.repr(((1,),)), c.repr({'a': {'b': {'c': 1}}}))
c2 = R(maxstring=3, maxlong=2, maxother=1)
print(c2.repr('abcdef'), c2.repr(12345), c2.repr(Long()), c2.repr('ab'))
c3 = R(maxstring=0, maxlong=0, maxother=0, maxlist=0, maxtuple=0, maxset=0)
print(c3.repr('abc'), c3.repr(123), c3.repr(Long()), c3.repr([1]), c3.repr((1,)), c3.repr({1}), c3.repr([]))
c4 = R(maxlevel=0)
print(c4.repr([1]), c4.repr([]), c4.repr({1: 2}), c4.repr({}), c4.repr((1, 2)), c4.repr('s'), c4.repr({1}))
a = R()
a.maxlist = 3; a.fillvalue = '+++'
print(a.repr(list(range(10))), a.repr(['z' * 50]))
print(reprlib.aRepr.maxlist, reprlib.repr == reprlib.aRepr.repr)

# indent
for ind in (None, 2, '--', 0, ''):
    ri = R(indent=ind)
    print(repr(ind))
    print(ri.repr([1, [2, 3], {'a': (4,)}]))
    print(ri.repr((1,)), ri.repr([]), ri.repr({}), ri.repr({'k': [1, 2, 3, 4, 5, 6, 7, 8]}))
ri = R(indent=4, maxlevel=2)
print(ri.repr([1, [2, [3, [4]]]]))
print(ri.repr({'x': {'y': {'z': 1}}}))
t('indent neg', lambda: R(indent=-1).repr([1, 2]))
t('indent float', lambda: R(indent=1.5).repr([1, 2]))
t('indent float empty', lambda: R(indent=1.5).repr([]))
t('indent list', lambda: R(indent=[' ']).repr([1]))

# subclass with custom handlers
class MyRepr(R):
    def repr_NoneType(self, x, level):
        return 'NONE'
    def repr_dict_keys(self, x, level):
        return 'KEYS(%d)' % len(x)
    def repr_float(self, x, level):
        return '%.2f' % x
my = MyRepr()
print(my.repr([None, {}.keys(), 3.14159, {'a': None}]), my.repr1(None, 0))
class Spaced:
    pass
Spaced.__name__ = 'has space'
class SR(R):
    def repr_has_space(self, x, level):
        return 'SPACED'
print(SR().repr([Spaced()]))

# recursive_repr
class Node:
    def __init__(self, name):
        self.name = name
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        """Node repr."""
        return 'Node(%s, %r)' % (self.name, self.kids)
n = Node('a'); m = Node('b')
n.kids.append(m); m.kids.append(n); n.kids.append(n)
print(repr(n), repr(m))
print(Node.__repr__.__name__, Node.__repr__.__qualname__, Node.__repr__.__doc__,
      Node.__repr__.__module__, Node.__repr__.__wrapped__.__name__)
class Box(list):
    @reprlib.recursive_repr(fillvalue='<loop>')
    def __repr__(self):
        return 'Box' + list.__repr__(self)
b = Box([1]); b.append(b)
print(repr(b))
class Fails:
    @reprlib.recursive_repr()
    def __repr__(self):
        raise ValueError('nope')
f = Fails()
t('fails1', lambda: repr(f))
t('fails2', lambda: repr(f))  # guard released after an exception
class Threaded2:
    count = 0
    @reprlib.recursive_repr('...')
    def __repr__(self):
        Threaded2.count += 1
        if Threaded2.count > 3:
            return 'deep'
        res = []
        th = threading.Thread(target=lambda: res.append(repr(self)))
        th.start(); th.join()
        return 'T2(%s,%s)' % (res[0], repr(self))
print(repr(Threaded2()))

# getopt
g = getopt.getopt
gg = getopt.gnu_getopt
cases = [
    (['-a', '-b', 'x', 'rest'], 'ab:', []),
    (['-abx', 'rest'], 'ab:', []),
    (['-a', '--', '-b'], 'ab', []),
    (['-', '-a'], 'a', []),
    (['file', '-a'], 'a', []),
    ([], 'a', []),
    (['-b'], 'ab:', []),
    (['-c'], 'ab', []),
    (['-:'], 'a:', []),
    (['--alpha', '--beta=1', '--beta', '2', 'x'], '', ['alpha', 'beta=']),
    (['--al'], '', ['alpha', 'beta=']),
    (['--be=3'], '', ['alpha', 'beta=']),
    (['--be', '4'], '', ['alpha', 'beta=']),
    (['--x'], '', ['alpha']),
    (['--alpha=1'], '', ['alpha']),
    (['--beta'], '', ['beta=']),
    (['--a'], '', ['ab', 'ac']),
    (['--ab'], '', ['abc', 'abd']),
    (['--foo'], '', ['foo', 'foobar']),
    (['--foo'], '', ['foo=', 'foobar']),
    (['--foo=x'], '', 'foo='),
    (['--foo'], '', 'foo'),
    (['--='], '', ['foo']),
    (['--', 'a'], 'a', []),
    (['-a', 'x', '-b'], 'ab', []),
    (['x', '-a', '--long', 'y', '--', '-b'], 'a', ['long']),
    (['-a1', '-a', '2', '-bc'], 'a:bc', []),
    (['-ba'], 'b:a', []),
    (['--beta=', '-b', ''], 'b:', ['beta=']),
    (['--b'], '', ['beta', 'beta=']),
    (['-a'], ':a', []),
    (['-x'], '+x', []),
    (['--long=a=b'], '', ['long=']),
    (['-a', '-'], 'a', []),
]
for args, so, lo in cases:
    for name, fn in (('getopt', g), ('gnu', gg)):
        try:
            print(name, args, so, lo, '=>', fn(args, so, lo))
        except getopt.GetoptError as e:
            print(name, args, so, lo, '->', type(e).__name__, repr(e.msg), repr(e.opt), str(e), e.args)
print(gg(['a', '-x', 'b', '-y'], '+xy'))
print(gg(['-x', 'a', '-y'], '+xy'))
print(g(('-a', 'b'), 'a'), gg(('b', '-a'), 'a'))
lst = ['x', '-a']
print(g(lst, 'a')[1] is lst, g(['-a'] + lst, 'a')[1] == lst)
old = os.environ.get('POSIXLY_CORRECT')
os.environ['POSIXLY_CORRECT'] = '1'
print(gg(['a', '-x', 'b'], 'x'))
del os.environ['POSIXLY_CORRECT']
print(gg(['a', '-x', 'b'], 'x'))
e = getopt.GetoptError('message', 'o')
print(e.msg, e.opt, str(e), e.args, repr(e), getopt.error is getopt.GetoptError, issubclass(getopt.GetoptError, Exception))
e2 = getopt.GetoptError('only')
print(repr(e2.opt), e2.args, getopt.GetoptError.opt == '', getopt.GetoptError.msg == '')
try:
    g(['-z'], 'a')
except getopt.error as ex:
    print('caught', ex, ex.opt)
