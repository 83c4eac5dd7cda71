# Found by CPython's test_print, test_grammar and test_patma: print writes each piece to a file object and flushes
# it, Python 2 print/exec hints, return with a starred item, complex literal patterns, sequence patterns that read
# the length first, collections.abc Sequence/Mapping subjects, bytes class patterns, pattern SyntaxErrors.
import sys, io
class F:
    def __init__(self): self.w = []; self.f = 0
    def write(self, s): self.w.append(s)
    def flush(self): self.f += 1
f = F()
print(1, 'a', None, file=f, sep='-', end='!', flush=True)
print(file=f)
print(f.w, f.f)
old = sys.stdout
sys.stdout = None
print("hidden")
sys.stdout = old
buf = io.StringIO()
print('x', 'y', file=buf)
print(repr(buf.getvalue()))
class Bad:
    def __str__(self): raise ValueError('no str')
g = F()
try:
    print('ok', Bad(), file=g)
except ValueError as e:
    print(e, g.w)
for s in ['print "hi"', 'print x', 'print 1, 2', 'print >>sys.stderr, "x"', 'exec "x=1"', 'print -1', 'print', 'if 1: print "x"', 'x = print "a"', 'print f(x)', 'print (1) 2', 'for i in s: print i', 'print  "Hello World", ']:
    try: compile(s, 's', 'exec'); print(repr(s), 'ok')
    except SyntaxError as e: print(repr(s), e.msg, e.offset)
import sys
try: print >> sys.stderr, "x"
except TypeError as e: print(e)
try: print >> 42
except TypeError as e: print(e)
def f(z):
    return 1, *z, 2
print(f([7, 8]))
try:
    compile("def g():\n    return *x\n", "s", "exec")
except SyntaxError as e:
    print(e.msg, e.lineno)
for v in (0j, 1+2j, -1-2j, 3, 1.5+0j, -0.5+1j):
    match v:
        case 0 + 0j:
            print(v, 'zero')
        case 1 + 2j:
            print(v, 'one-two')
        case -1 - 2j:
            print(v, 'minus')
        case -0.5 + 1j:
            print(v, 'half')
        case 3:
            print(v, 'three')
        case _:
            print(v, 'other')
for bad in ["match x:\n    case 1j + 1j: pass\n", "match x:\n    case 1 + 1: pass\n"]:
    try:
        compile(bad, 's', 'exec')
    except SyntaxError as e:
        print(e.msg)
import collections, collections.abc
match range(1 << 30):
    case x, y, *_:
        print('huge', x, y)
class Seq(collections.abc.Sequence):
    def __getitem__(self, i):
        return i * 10
    def __len__(self):
        return 5
match Seq():
    case [a, *_, b]:
        print('seq', a, b)
class Reg:
    pass
match Reg():
    case [*_]:
        print('sequence before registration')
    case _:
        print('not a sequence yet')
collections.abc.Sequence.register(Reg)
Reg.__len__ = lambda self: 0
match Reg():
    case []:
        print('registered sequence')
match collections.UserDict({0: 1, 2: 3}):
    case {2: 3, **rest}:
        print('mapping', rest)
match collections.UserString('ab'):
    case [p, q]:
        print('userstring', p, q)
match bytearray(b'x'):
    case bytearray(z):
        print('bytearray', z)
for code in ["match x:\n    case a | 'b': pass\n", "match x:\n    case [a, a]: pass\n",
             "match x:\n    case C(k=1, k=2): pass\n", "match x:\n    case y: pass\n    case 1: pass\n",
             "match x:\n    case _: pass\n    case 1: pass\n", "match x:\n    case [a] | [b]: pass\n",
             "match x:\n    case {**_}: pass\n", "match x:\n    case {**r, 'k': 1}: pass\n",
             "match x:\n    case y if y: pass\n    case 1: pass\n"]:
    try:
        compile(code, 's', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg)
