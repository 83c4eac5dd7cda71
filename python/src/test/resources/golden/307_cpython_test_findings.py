# Cases found by running CPython 3.13's own test files (test_bool, test_scope, test_grammar, test_with, ...)
# under ftpython: compile(), __traceback__, struct sequences in sys, bool details, operator dunders, parser gaps.
def f(x):
    class c:
        def inc(self):
            nonlocal x
            x += 1
            return x
    return c()
o = f(0)
print(o.inc(), o.inc())
def d01(*a): return a
print(d01(*[] or [2]))
print(d01(*[1] and [2], *() or (3,)))
import sys
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.int_info.bits_per_digit)
print(bool.__new__(bool, 5), int.__new__(int, '7'), str.__new__(str, 5), float.__new__(float, '1.5'), tuple.__new__(tuple, [1]))
print(type(True.real), True.imag, True.numerator, True.denominator)
print(bool.from_bytes(b'\x01', 'big'), int.from_bytes(b'\x01\x00', 'little'))
import operator
print(operator.__lt__(1, 2), operator.__add__(1, 2), operator.__getitem__([1], 0), operator.__not__(0))
print(operator.length_hint([1, 2]), operator.length_hint(type('H', (), {'__length_hint__': lambda self: 5})()), operator.ixor(6, 3), operator.matmul.__name__)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t, f = True, False
    print(~t, ~f)
print(len(w), w[0].category.__name__, str(w[0].message)[:40])
a = [1, 2]
print(a[b := 0], b)
d = {'metaclass': type}
class A(**d): pass
print(type(A))
class B(*[object]): pass
print(B.__bases__)

def f(x):
    class c:
        nonlocal x
        x += 1
        y = x
        def get(self):
            return x
    return c()
c = f(0)
print(c.get(), c.y, 'x' in c.__class__.__dict__)
def g():
    class C:
        nonlocal z
    z = 1
try:
    exec("class C:\n    nonlocal q\n")
except SyntaxError as e:
    print(e.msg)

c = compile("x = 1 + 2\nprint('in exec', x)", "<mine>", "exec")
print(type(c).__name__, c.co_filename, c.co_name)
g = {}
exec(c, g)
print(g['x'])
e = compile("x * 10", "<e>", "eval")
print(eval(e, {'x': 4}), exec(e, {'x': 4}))
s = compile("1 + 1", "<s>", "single")
exec(s)
exec(compile("y = 5", "<s>", "single"))
print(y)
try:
    compile("x = = 1", "myfile.py", "exec")
except SyntaxError as err:
    print(type(err).__name__, err.filename, err.lineno, err.msg)
try:
    compile("x = 1", "f", "eval")
except SyntaxError as err:
    print(type(err).__name__, err.msg)
try:
    compile("x", "f", "bad")
except ValueError as err:
    print(err)
try:
    compile(1, "f", "exec")
except TypeError as err:
    print(err)
print(eval(compile(b"2 ** 8", "b", "eval")))
try:
    compile(c, "x", "exec")
except TypeError as err:
    print(err)
def f():
    a = 7
    return eval(compile("a + 1", "<f>", "eval"))
print(f())

import sys
def inner():
    raise ValueError("boom")
def outer():
    inner()
try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    names = []
    while tb is not None:
        names.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(names)
    print(sys.exc_info()[2] is not None, type(sys.exc_info()[2]).__name__)
    e2 = e.with_traceback(None)
    print(e2 is e, e.__traceback__)
print(ValueError().__traceback__)
try:
    try:
        raise KeyError(1)
    except KeyError as k:
        raise RuntimeError("x").with_traceback(k.__traceback__)
except RuntimeError as r:
    t = r.__traceback__
    n = 0
    while t:
        n += 1
        t = t.tb_next
    print(n)
try:
    ValueError().__traceback__ = 5
except TypeError as err:
    print(err)
