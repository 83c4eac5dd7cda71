# OSError keeps errno, strerror and the filenames apart from its args (CPython's OSError_new/OSError_init), and
# set.isdisjoint iterates a non-set argument without building a set.
import copy, pickle, errno

try:
    open('/nonexistent-dir/x')
except OSError as e:
    print(type(e).__name__, e.args, e.errno, e.filename, e.filename2, str(e))

e = OSError(2, 'No such file', 'f.txt')
print(type(e).__name__, e.args, e.filename, e.strerror, str(e), repr(e))
e = OSError(2, 'x', 'a', None, 'b'); print(e.args, e.filename, e.filename2, str(e))
e = OSError(2, 'x', None, None, 'g'); print(e.args, str(e), e.filename2)
print(OSError(2, 'x', None).args, OSError(1).args, OSError(1).errno, OSError(1, 2, 3, 4, 5, 6).args,
      OSError(1, 2, 3, 4, 5, 6).errno, OSError('msg').strerror, str(OSError('msg')))
print(OSError(errno.EEXIST, 'x', 3).args, type(OSError(errno.EEXIST, 'x', 3)).__name__)

# the fields are assignable and deletable, and the str follows them, not the args
e = OSError(2, 'x', 'f'); e.filename = 'g'; e.errno = 7; print(str(e), e.args)
e.args = (9, 'y'); print(e.errno, str(e), e.args)
del e.errno; print(e.errno)
e = OSError('plain'); e.filename = 'late'; print(str(e), e.errno)

# OSError.__init__ parses only for a class with an __init__ of its own; __new__ parses otherwise
e = OSError(1, 'a'); OSError.__init__(e, 5, 'b', 'f'); print(e.args, e.errno, e.filename)
BaseException.__init__(e, 7); print(e.args, e.errno)
class M(OSError):
    def __init__(self, x):
        super().__init__(x, 'msg', 'file')
m = M(3); print(m.args, m.errno, m.filename, str(m), type(m).__name__)
class Quiet(OSError):
    def __init__(self, *a):
        pass
q = Quiet(2, 'x', 'f'); print(type(q).__name__, q.args, q.errno, q.filename)
class N(OSError):
    def __new__(cls, *a):
        return super().__new__(cls, 9, 'q', 'r')
n = N(); print(n.args, n.errno, n.filename)
class P(OSError): pass
p = P(2, 'x', 'y'); print(type(p).__name__, p.args, p.filename)
print(OSError.__new__(OSError, 2, 'x', 'f').args, type(OSError.__new__(OSError, 2, 'x', 'f')).__name__)
class V(ValueError):
    def __new__(cls, *a):
        self = super().__new__(cls, 5, 6)
        print('in __new__', self.args)
        return self
print(V(1).args)

# BlockingIOError's characters_written
b = BlockingIOError(11, 'x', 5); print(b.args, b.characters_written, str(b))
b.characters_written = 3; print(b.characters_written)
del b.characters_written
for exc in (b, BlockingIOError(11, 'x')):
    try:
        exc.characters_written
    except AttributeError as x:
        print('AttributeError', x)

# reduce, copy and pickle keep the filenames
print(OSError(2, 'x', 'a', None, 'b').__reduce__(), OSError(2, 'x', 'a').__reduce__())
e = OSError(2, 'x', 'f'); e.foo = 1; print(e.__reduce__())
e2 = copy.copy(OSError(2, 'x', 'f')); print(type(e2).__name__, e2.args, e2.filename)
e3 = pickle.loads(pickle.dumps(OSError(13, 'denied', 'a', None, 'b')))
print(type(e3).__name__, e3.args, e3.filename, e3.filename2, str(e3))

# set.isdisjoint with any iterable
print(frozenset('abc').isdisjoint('xyz'), frozenset('abc').isdisjoint('xaz'), {1, 2}.isdisjoint(iter([3, 4])))
for arg in (5, [[1]]):
    try:
        print({1}.isdisjoint(arg))
    except TypeError as x:
        print(type(x).__name__, x)
class Eq:
    def __eq__(self, other):
        return True
    def __hash__(self):
        return hash(1)
print({1}.isdisjoint([Eq()]), {1}.isdisjoint({Eq()}))
g = (i for i in range(10**9)); print({5}.isdisjoint(g), next(g))
print(set().isdisjoint([]), set().isdisjoint(set()))
