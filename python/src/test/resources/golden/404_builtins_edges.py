# Built-in functions at their edges, as CPython 3.13's (cases from CPython's test_builtin): sum keeps a negative
# zero and refuses bytes, ord of one byte, pow by keyword, hash of an int subclass's instance, len beyond a
# Py_ssize_t, NotImplemented in a boolean context, format checking __format__'s result, __import__ given a name
# twice, zip propagating __iter__'s error, input without sys.stdout, the singletons' types, type() from an
# OrderedDict, eval of bytes with a byte order mark, open of a bytes path.
import sys, io, warnings, collections
print(repr(sum([-0.0], -0.0)), repr(sum([-0.0, -0.0])), repr(sum([], -0.0)), repr(sum([0.1] * 10)),
      sum([1, 2.5], 0), repr(sum([float('inf'), 1.0])), sum([1e100, 1.0, -1e100]))
for start in (b'', bytearray(), ''):
    try:
        sum([], start)
    except TypeError as e:
        print(e)
print(ord(b'a'), ord(bytearray(b'z')), ord('é'))
for bad in (b'ab', b''):
    try:
        ord(bad)
    except TypeError as e:
        print(e)
print(pow(base=2, exp=3), pow(2, 3, mod=5), pow(2, exp=10), pow(0, exp=0))
for call in (lambda: pow(2), lambda: pow(2, 3, base=2), lambda: pow(1, 2, 3, 4)):
    try:
        call()
    except TypeError as e:
        print(e)

class Z(int):
    def __hash__(self):
        return self
print(hash(Z(42)) == hash(42))
class Huge:
    def __len__(self):
        return sys.maxsize + 1
class Neg:
    def __len__(self):
        return -sys.maxsize - 10
class IntSub:
    def __len__(self):
        return Z(3)
for o in (Huge(), Neg(), IntSub()):
    try:
        print(len(o))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(bool(NotImplemented), not NotImplemented, w[0].category.__name__, w[0].message)
class BadFormat:
    def __format__(self, spec):
        return 1.0
for call in (lambda: format(BadFormat(), ''), lambda: f'{BadFormat()}', lambda: __import__('sys', name='sys')):
    try:
        call()
    except TypeError as e:
        print(e)
exc = TypeError('from __iter__')
class BadIterable:
    def __iter__(self):
        raise exc
try:
    zip(BadIterable())
except TypeError as e:
    print(e is exc)
try:
    zip(1)
except TypeError as e:
    print(e)
saved = sys.stdout
try:
    del sys.stdout
    try:
        input('prompt')
    except RuntimeError as e:
        msg = str(e)
finally:
    sys.stdout = saved
print(msg)
print(type(None)(), type(NotImplemented)(), type(...)())
try:
    type(None)(1)
except TypeError as e:
    print(e)
C = type('C', (), collections.OrderedDict([('b', 1), ('a', 2)]))
print([k for k in C.__dict__ if k in 'ab'])
try:
    type('A', (), {'__qualname__': 5})
except TypeError as e:
    print(e)
print(eval(b'\xef\xbb\xbf1 + 1'), eval(bytearray(b'2 * 3')))
try:
    open(b'a\x00b')
except ValueError as e:
    print(e)
print(open(sys.argv[0].encode()).readline().startswith('# Built-in'))
