# array as CPython 3.13's (lib/array.py, written here; no buffer protocol): construction, conversion/range errors,
# sequence protocol, methods, bytes/file I/O, comparisons, copy and pickling.
import array, sys, copy, os, warnings
warnings.simplefilter('ignore')
from array import array as A

def tt(label, f):
    # only the exception type: the message names the C type 'array.array'
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__)
    else:
        print(label, '=>', repr(r))

def t(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '=>', repr(r))

class Idx:
    def __index__(self): return 5
class Flt:
    def __float__(self): return 2.5
class IntO:
    def __int__(self): return 7

print(array.typecodes, array.ArrayType is A, A.__name__, A.__module__)
print(repr(A), type(A('i')))

# itemsize / typecode for all
for tc in array.typecodes:
    a = A(tc)
    print(tc, a.typecode, a.itemsize, repr(a), len(a), a.buffer_info()[1])

# constructor errors
t('no args', lambda: A())
t('int tc', lambda: A(1))
t('str2 tc', lambda: A('ab'))
t('empty tc', lambda: A(''))
t('bad tc', lambda: A('x'))
t('bad tc c', lambda: A('c'))
t('bytes tc', lambda: A(b'i'))
t('kw', lambda: A('i', initializer=[1]))
t('kw2', lambda: A(typecode='i'))
t('3 args', lambda: A('i', [1], 2))
t('str init i', lambda: A('i', 'abc'))
t('str init b', lambda: A('b', 'abc'))
t('uarr init i', lambda: A('i', A('u', 'ab')))
t('warr init d', lambda: A('d', A('w', 'ab')))
t('uarr init w', lambda: A('w', A('u', 'ab')))
t('warr init u', lambda: A('u', A('w', 'ab')))
t('iarr init u', lambda: A('u', A('i', [1])))
t('none init', lambda: A('i', None))
t('int init', lambda: A('i', 5))
t('float init', lambda: A('d', 1.5))
t('list init', lambda: A('i', [1, 2, 3]))
t('tuple init', lambda: A('h', (1, -2, 3)))
t('range init', lambda: A('l', range(5)))
t('gen init', lambda: A('d', (x / 2 for x in range(4))))
t('bytes init', lambda: A('B', b'abc'))
t('bytes init h', lambda: A('h', b'\x01\x00\x02\x00'))
t('bytes init h odd', lambda: A('h', b'\x01\x00\x02'))
t('bytearray init', lambda: A('b', bytearray(b'\xff\x01')))
t('str init u', lambda: A('u', 'hello'))
t('str init w', lambda: A('w', 'h\u20ac\U0001f600'))
t('arr init same', lambda: A('i', A('i', [4, 5])))
t('arr init other', lambda: A('d', A('i', [4, 5])))
t('arr init narrow', lambda: A('b', A('i', [4, 500])))
t('set init', lambda: A('i', {3}))
t('dict init', lambda: A('i', {7: 1}))
t('list bad item', lambda: A('i', [1, 'x']))
t('list bad f', lambda: A('f', [1, 'x']))
t('u list', lambda: A('u', ['a', 'b']))
t('u list bad', lambda: A('u', ['ab']))
t('w list int', lambda: A('w', [65]))
t('b iter overflow', lambda: A('b', iter([1, 2, 300])))

# range / type errors per typecode
vals = [-2**70, -2**63-1, -2**63, -2**31-1, -2**31, -32769, -32768, -129, -128, -1, 0,
        127, 128, 255, 256, 32767, 32768, 65535, 65536, 2**31-1, 2**31, 2**32-1, 2**32,
        2**63-1, 2**63, 2**64-1, 2**64, 1.5, '1', None, True, Idx(), Flt(), IntO(),
        2**1024, 'a', 'ab', b'a', 1e40, -1e300, float('inf')]
for tc in array.typecodes:
    for v in vals:
        name = type(v).__name__ if isinstance(v, (Idx, Flt, IntO)) else repr(v)
        if len(name) > 30: name = name[:30]
        try:
            a = A(tc, [v]); r = repr(a[0])
        except Exception as e:
            r = '%s: %s' % (type(e).__name__, e)
        print(tc, name, r)

# float32 rounding
a = A('f', [0.1, 1/3, 3.4028235e38, 3.4028236e38, 3.5e38, 1e-46, 1e-40, -0.0, 16777217.0])
print(a, a.tolist())
a[0] = 0.2
print(a[0])
a.append(2.0**-149 * 0.6)
print(a[-1])
nan = A('d', [float('nan')])
print(nan, nan == nan, nan[0] != nan[0])
print(A('d', [1e308 * 10, -1e308 * 10]))

# sequence ops
a = A('i', range(10))
print(len(a), a[0], a[-1], a[2:5], a[::2], a[::-1], a[-3:], a[5:2], a[1:8:3], a[100:])
t('idx oob', lambda: a[10])
t('idx oob neg', lambda: a[-11])
t('idx str', lambda: a['x'])
t('idx float', lambda: a[1.0])
t('idx Idx', lambda: a[Idx()])
t('idx big', lambda: a[2**100])
print(type(a[1:3]) is A)
b = A('i', a)
b[0] = 100; b[-1] = -100
print(b)
def setit(x, i, v): x[i] = v
def delit(x, i): del x[i]
t('set oob', lambda: setit(b, 10, 1))
t('set oob neg', lambda: setit(b, -11, 1))
t('set bad', lambda: setit(b, 0, 'x'))
t('set overflow', lambda: setit(b, 0, 2**40))
t('set slice list', lambda: setit(b, slice(0, 2), [1, 2]))
t('set slice tuple', lambda: setit(b, slice(0, 2), (1, 2)))
t('set slice other tc', lambda: setit(b, slice(0, 2), A('l', [1, 2])))
t('set slice int', lambda: setit(b, slice(0, 2), 5))
t('set idx str', lambda: setit(b, 'a', 5))
b[1:3] = A('i', [7, 8, 9, 10])
print(b)
b[2:2] = A('i', [-5])
print(b)
b[::3] = A('i', [0] * len(b[::3]))
print(b)
t('ext slice size', lambda: setit(b, slice(None, None, 2), A('i', [1, 2])))
b[::-1] = A('i', range(len(b)))
print(b)
b[3:1] = A('i', [99])
print(b)
b[:] = b
print(b)
b[2:6] = b
print(b)
b[::2] = b[::2]
print(b)
del b[0]
print(b)
del b[-1]
print(b)
del b[1:3]
print(b)
del b[::2]
print(b)
del b[::-2]
print(b)
t('del oob', lambda: delit(b, 100))
t('del str', lambda: delit(b, 'x'))
c = A('i', range(10))
del c[5:1]
del c[8:2:-3]
print(c)
del c[:]
print(c, len(c))

# arithmetic
x = A('h', [1, 2]); y = A('h', [3])
print(x + y, x * 3, 3 * x, x * 0, x * -1, y * 2)
t('add list', lambda: x + [1])
t('add other tc', lambda: x + A('i', [1]))
t('mul float', lambda: x * 1.5)
t('mul str', lambda: x * 'a')
tt('radd', lambda: [1] + x)
z = x
z += y
print(z, z is x, x)
z *= 2
print(z, x)
def iadd(p, q):
    p += q
    return p
t('iadd list', lambda: iadd(A('i', [1]), [2]))
t('iadd tc', lambda: iadd(A('i', [1]), A('d', [2])))
t('iadd self', lambda: iadd(A('i', [1, 2]), A('i', [1, 2])))
def imul(p, q):
    p *= q
    return p
t('imul 0', lambda: imul(A('i', [1]), 0))
t('imul neg', lambda: imul(A('i', [1]), -3))
t('imul float', lambda: imul(A('i', [1]), 2.0))

# contains / iteration
a = A('d', [1.0, 2.5, 3.0])
print(2.5 in a, 2 in a, 3 in a, 'x' in a, None in a, [x for x in a], list(reversed(a)))
print(sum(A('i', range(101))), max(A('b', [3, -5, 2])), sorted(A('i', [3, 1, 2])))
it = iter(A('i', [1, 2]))
print(next(it), next(it), next(it, 'end'))
u = A('u', 'abc')
print('b' in u, 'bc' in u, 98 in u, list(u))

# comparisons
p = A('i', [1, 2, 3]); q = A('i', [1, 2, 4]); r = A('d', [1.0, 2.0, 3.0]); s = A('i', [1, 2])
for (m, n) in [(p, q), (p, r), (p, s), (s, p), (p, p), (A('i'), A('i')), (A('u', 'ab'), A('w', 'ab')),
               (A('u', 'ab'), A('u', 'ac')), (A('b', [1]), A('B', [1])), (A('i'), A('d'))]:
    print(m == n, m != n, m < n, m <= n, m > n, m >= n)
print(p == [1, 2, 3], p != (1, 2, 3))
tt('lt list', lambda: p < [1])
tt('lt int', lambda: p < 1)
t('lt u i', lambda: A('u', 'a') < A('i', [1]))
t('eq u i', lambda: A('u', 'a') == A('i', [1]))
tt('hash', lambda: hash(p))
print(A('d', [float('nan')]) < A('d', [float('nan')]), A('d', [1.0, float('nan')]) <= A('d', [1.0, float('nan')]))

# methods
a = A('i', [1, 2, 3, 2, 1])
a.append(7); print(a)
t('append bad', lambda: a.append('x'))
t('append 2 args', lambda: a.append(1, 2))
t('append none', lambda: a.append())
a.extend([8, 9]); print(a)
a.extend(A('i', [10])); print(a)
a.extend(range(2)); print(a)
a.extend(a); print(a)
t('extend tc', lambda: a.extend(A('d', [1.0])))
t('extend int', lambda: a.extend(5))
t('extend str', lambda: a.extend('ab'))
a = A('i', [1, 2, 3])
t('extend partial', lambda: a.extend([4, 'x', 5]))
print(a)
a.insert(0, 0); a.insert(100, 99); a.insert(-1, 50); a.insert(-100, -1); print(a)
t('insert bad', lambda: a.insert(0, 'x'))
t('insert idx', lambda: a.insert('x', 0))
t('insert float', lambda: a.insert(1.0, 0))
print(a.pop(), a.pop(0), a.pop(-2), a)
t('pop oob', lambda: a.pop(100))
t('pop empty', lambda: A('i').pop())
t('pop str', lambda: a.pop('x'))
a = A('i', [1, 2, 3, 2, 1])
a.remove(2); print(a)
t('remove missing', lambda: a.remove(42))
t('remove str', lambda: a.remove('x'))
print(a.index(1), a.index(1, 1), a.index(3, -3), a.index(1, -1, 10))
t('index missing', lambda: a.index(42))
t('index range', lambda: a.index(3, 0, 1))
t('index start str', lambda: a.index(3, 'a'))
t('index big', lambda: a.index(3, 2**100))
t('index neg big', lambda: a.index(3, -2**100))
print(a.count(1), a.count(2), a.count(42), a.count('x'), A('d', [1.0, 1]).count(1))
a.reverse(); print(a)
t('reverse arg', lambda: a.reverse(1))
a.clear(); print(a)
print(A('i', [1, 2]).tolist(), A('u', 'ab').tolist(), A('f', [0.5]).tolist())
a = A('h', [1])
a.fromlist([2, 3]); print(a)
t('fromlist tuple', lambda: a.fromlist((4,)))
t('fromlist bad', lambda: a.fromlist([4, 'x']))
print(a)
t('fromlist overflow', lambda: a.fromlist([4, 2**20]))
print(a)

# bytes
for tc in 'bBhHiIlLqQfd':
    a = A(tc, [1, 2, 100])
    bs = a.tobytes()
    print(tc, bs, A(tc, bs) == a)
print(A('u', 'hi').tobytes(), A('w', 'h\u20ac').tobytes())
a = A('i')
a.frombytes(b'\x01\x00\x00\x00\xff\xff\xff\xff'); print(a)
t('frombytes bad len', lambda: a.frombytes(b'\x01\x02'))
t('frombytes str', lambda: a.frombytes('abcd'))
t('frombytes list', lambda: a.frombytes([1, 2, 3, 4]))
a.frombytes(bytearray(4)); print(a)
a.frombytes(A('b', [1, 0, 0, 0])); print(a)
a.frombytes(b''); print(a)
a = A('h', [1, 256, -2])
a.byteswap(); print(a)
a.byteswap(); print(a)
for tc in 'bBuwhHiIlLqQfd':
    a = A(tc, 'ab' if tc in 'uw' else [1, 2])
    a.byteswap(); print(tc, a.tobytes())
a = A('d', [1.0]); a.byteswap(); print(a)

# unicode
u = A('u', 'hello')
print(u, u.tounicode(), u[1], u[1:3], repr(A('u')), repr(A('w', 'x\ny')))
u.fromunicode(' world'); print(u)
t('fromunicode bytes', lambda: u.fromunicode(b'x'))
t('fromunicode int arr', lambda: A('i').fromunicode('x'))
t('tounicode int arr', lambda: A('i').tounicode())
t('u set int', lambda: setit(u, 0, 1))
t('u append 2', lambda: u.append('xy'))
w = A('w', '\U0001f600ab')
print(w, w.tounicode(), len(w), w.itemsize, ascii(w.tounicode()))
w.fromunicode('cd'); print(w)
print(A('w', 'abc') + A('w', 'd'), A('u', 'ab') * 2)
print(A('w', b'a\x00\x00\x00b\x00\x00\x00'))
t('w bad code', lambda: A('w', b'\x00\x00\x11\x00').tounicode())
t('w bad code2', lambda: A('w', b'\x00\x00\x11\x00')[0])
t('u bad code', lambda: A('u', b'\x00\x00\x11\x00').tounicode())

# files
fn = '/tmp/_golden_array_%d.bin' % os.getpid()
a = A('i', range(5))
with open(fn, 'wb') as f:
    a.tofile(f)
    A('d', [1.5, -2.5]).tofile(f)
with open(fn, 'rb') as f:
    b = A('i'); b.fromfile(f, 3); print(b)
    b.fromfile(f, 2); print(b)
    d = A('d'); d.fromfile(f, 2); print(d)
    t('fromfile eof', lambda: d.fromfile(f, 1))
    print(d)
with open(fn, 'rb') as f:
    e = A('i')
    t('fromfile short', lambda: e.fromfile(f, 100))
    print(e)
with open(fn, 'rb') as f:
    t('fromfile neg', lambda: A('i').fromfile(f, -1))
    t('fromfile str', lambda: A('i').fromfile(f, 'x'))
t('fromfile notfile', lambda: A('i').fromfile(42, 1))
t('tofile notfile', lambda: A('i', [1]).tofile(42))
with open(fn, 'rb') as f:
    print(f.read()[:12])
os.remove(fn)

# buffer_info, sizes
a = A('q', [1, 2, 3])
bi = a.buffer_info()
print(type(bi).__name__, len(bi), bi[1], type(bi[0]).__name__)

# repr / str
print(repr(A('i', [1, 2])), str(A('d', [1.5])), repr(A('d')), repr(A('u', 'abc')), repr(A('f', [0.1])))
print(repr(A('b', [-1])), repr(A('Q', [2**64 - 1])), repr(A('u', "it's")), repr(A('w', '"q"')))
print('%s' % A('B', [5]), format(A('h', [1])), f'{A("i")}')

# copy / pickle
import pickle
a = A('i', [1, 2, 3])
b = copy.copy(a); c = copy.deepcopy(a)
print(b, c, b is a, c is a, b == a)
b.append(4); print(a, b)
print(a.__copy__(), a.__deepcopy__({}))
for tc in array.typecodes:
    orig = A(tc, 'xy' if tc in 'uw' else [1, 2])
    for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
        cl = pickle.loads(pickle.dumps(orig, proto))
        if cl != orig or cl.typecode != tc or type(cl) is not A:
            print('pickle mismatch', tc, proto)
print('pickle ok')
l = [A('d', [1.0]), A('d', [1.0])]
print(pickle.loads(pickle.dumps(l)))

# subclassing
class MyArr(A):
    def __init__(self, tc, init=(), extra=None):
        self.extra = extra
class Plain(A):
    pass
m = MyArr('i', [1, 2], extra='x')
print(type(m).__name__, m, m.extra, isinstance(m, A), m.typecode)
print(type(m + m).__name__, type(m[0:1]).__name__, type(m * 2).__name__, type(copy.copy(m)).__name__)
p = Plain('i', [3]); p.attr = 1
print(p, p.attr, repr(p))
pp = pickle.loads(pickle.dumps(p))
print(type(pp).__name__, pp, pp.attr)
tt('attr on array', lambda: setattr(A('i'), 'x', 1))
t('typecode set', lambda: setattr(A('i'), 'typecode', 'd'))
t('itemsize set', lambda: setattr(A('i'), 'itemsize', 3))

# misc
print(bool(A('i')), bool(A('i', [0])))
a = A('i', [5, 3, 8])
print(list(map(abs, A('b', [-1, 2]))), A('i', sorted(a)), tuple(a), bytes(A('B', [65, 66])))
print(A('i', [1, 2]) == A('b', [1, 2]), A('d', [0.5]) == A('f', [0.5]))
print(A('I', [2**32 - 1]).tolist(), A('L', [2**64 - 1]).tolist(), A('q', [-2**63]).tolist())
print(A.__class_getitem__(int) if hasattr(A, '__class_getitem__') else None)
print(A('i', [1, 2, 3]).__len__(), A('i', [9]).__getitem__(0))
g = A('i', [1, 2, 3, 4, 5, 6])
g[1:5:2] = A('i', [20, 40]); print(g)
g[-1:-7:-2] = A('i', [0, 0, 0]); print(g)
g[10:20] = A('i', [7]); print(g)
g[-100:1] = A('i', [-1]); print(g)

# reflected operators from user classes
class RAdd:
    def __radd__(self, o): return 'radd'
    def __rmul__(self, o): return 'rmul'
print(A('i', [1]) + RAdd(), A('i', [1]) * RAdd())
t('add int', lambda: A('i', [1]) + 1)
t('add none', lambda: A('i', [1]) + None)
try:
    A('i', [1]) * A('i', [2])
except TypeError:
    print('mul arr -> TypeError')  # CPython's message names the type 'array.array', ftpython's 'array'
t('mul Idx', lambda: A('i', [1, 2]) * Idx())
t('rmul Idx', lambda: Idx() * A('i', [1]))
t('mul big', lambda: A('i', [1]) * 2**100)
t('mul bool', lambda: A('i', [1]) * True)

# reduce / reconstructor
a = A('i', [1, 2])
print(a.__reduce_ex__(2)[1:], a.__reduce_ex__(3)[1:], a.__reduce_ex__(4)[0] is array._array_reconstructor)
for tc in array.typecodes:
    print(tc, A(tc, 'a' if tc in 'uw' else [1]).__reduce_ex__(4)[1][1:])
print(A('u', 'ab').__reduce_ex__(1)[1:], A('f', [0.5]).__reduce_ex__(0)[1:])
pl = Plain('h', [7]); pl.z = 3
print(pl.__reduce_ex__(2)[1:], pl.__reduce_ex__(4)[1][1:], pl.__reduce_ex__(4)[2])
R = array._array_reconstructor
for args in [(1, 'i', 8, b''), (int, 'i', 8, b''), (A, 'x', 8, b''), (A, 'i', 22, b''),
             (A, 'i', -1, b''), (A, 'i', 8, 'ab'), (A, 'ii', 8, b''), (A, 5, 8, b''),
             (A, 'i', 9, b'\x00\x00\x00\x05'), (A, 'l', 13, b'\x00\x00\x00\x00\x00\x00\x00\x05'),
             (A, 'u', 19, b'\x00a\x00b'), (A, 'd', 15, b'?\x80\x00\x00'),
             (A, 'b', 7, b'\x00\x00\x00\x05'), (A, 'i', 8, b'\x00\x00\x00'),
             (A, 'b', 3, b'\x01\x00'), (A, 'i', 21, b'\x00\x00\x00a'), (A, 'b', 1, b'\x05'),
             (A, 'i', 18, b'a\x00'), (A, 'f', 17, b'?\xf0\x00\x00\x00\x00\x00\x00'),
             (A, 'h', 7, b'\x00\x01\x00\x00'), (A, 'i', 7, b'\x00\x01\x00'),
             (A, 'w', 19, b'\xd8=\xde\x00'), (A, 'w', 18, b'a\x00'), (A, 'w', 18, b'a\x00b\x00'),
             (A, 'u', 21, b'\x00\x00\x00a\x00\x00\x00b'), (A, 'i', 20, b'a\x00\x00\x00b\x00\x00\x00'),
             (A, 'b', 14, b'\x01\x02\x03\x04'), (A, 'd', 14, b'\x00\x00\x80?'),
             (A, 'H', 11, b'\x00\x00\x00\x00\x00\x00\x00\x07'), (A, 'B', 4, b'\xff\xff'),
             (Plain, 'i', 8, b'\x01\x00\x00\x00'), (Plain, 'q', 9, b'\xff\xff\xff\xfe')]:
    t('R%r' % (args[1:3],), lambda: R(*args))

# index-like subscripts, bools, negative zero
a = A('i', [10, 20, 30])
print(a[True], a[False], a[-1], a[Idx() if len(a) > 5 else 1])
a[True] = 5; print(a)
del a[False]; print(a)
t('del big', lambda: delit(a, 2**100))
t('set big', lambda: setit(a, -2**100, 1))
print(A('d', [-0.0]), A('f', [-0.0]).tobytes(), A('d', [0.0]) == A('d', [-0.0]))
print(A('f', [1e-45, 7e-46, 1.5e-45, 2.1e-45, -1e-50]).tolist())
print(A('f', [3.4028235e38, -3.4028236e38, 3.4028235677973366e38, 3.40282356779733e38]).tolist())
print(A('f', [16777217, 2**128, -2**127, 0.1 + 0.2]).tolist())

# byteswap of floats and large ints
a = A('d', [1.0, -2.5, 1e300]); a.byteswap(); print(a.tobytes()); a.byteswap(); print(a)
a = A('f', [1.0, -2.5]); a.byteswap(); print(a.tobytes()); a.byteswap(); print(a)
a = A('Q', [1, 2**64 - 2]); a.byteswap(); print(a)
a = A('q', [-2, 2**62]); a.byteswap(); print(a)
a = A('I', [1, 0xdeadbeef]); a.byteswap(); print(a)

# iteration while mutating, reversed, enumerate
a = A('i', [1, 2, 3])
out = []
for x in a:
    out.append(x)
    if x == 1:
        a.append(4)
print(out, list(reversed(A('u', 'abc'))), list(enumerate(A('w', 'xy'))))
a = A('b', [1, 2, 3])
it = iter(a)
print(next(it)); del a[:]; print(next(it, 'stop'))

# count/index/remove with mixed types
a = A('d', [1.0, 2.0, 1.0, 3.5])
print(a.count(1), a.count(True), a.index(3.5), a.index(1, 1), 2 in a, 2.0000001 in a)
a.remove(1); print(a)
u = A('w', 'abcabc')
print(u.count('a'), u.count('ab'), u.count(97), u.index('c'), u.index('c', 3), 'c' in u)
u.remove('b'); print(u)
t('u remove int', lambda: u.remove(98))
i = A('B', [1, 2, 3])
print(i.count(2.0), i.index(3.0), 2.0 in i, i.count(None))

# misc construction from other arrays and iterables
print(A('i', A('b', [-1, 2])), A('d', A('f', [0.1])), A('w', A('u', 'xy')), A('B', iter(b'AB')))
print(A('q', map(int, '123')), A('u', iter('xyz')), A('f', range(3)), A('H', (x * x for x in range(4))))
big = A('i', range(1000))
print(len(big), big[999], sum(big), len(big.tobytes()), A('i', big.tobytes()) == big)
big2 = A('d', [x / 7 for x in range(5000)])
print(A('d', big2.tobytes()) == big2, big2[4999])
print(A('i', [1, 2]) + A('i'), A('i') * 5, A('u') + A('u', 'a'))
a = A('l', [1, 2, 3])
a[1:2] = A('l'); print(a)
a[:0] = A('l', [9, 8]); print(a)
a[len(a):] = A('l', [7]); print(a)
a[::-1] = A('l'); print(a)
a.extend(A('l', [1, 2, 3, 4, 5]))
a[1::2] = A('l'); print(a)
