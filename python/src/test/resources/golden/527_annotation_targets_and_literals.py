# Annotated assignments whose target is not a plain name, the module's lazily made __annotations__, annotated names
# declared global or nonlocal, literal and legacy-print syntax errors, and Fraction's bool and copy (found by CPython
# 3.13's test_grammar, test_opcodes and test_fractions).
import copy
import sys
import types
from fractions import Fraction


def syntax(src):
    try:
        compile(src, '<t>', 'exec')
        print(repr(src), 'compiles')
    except SyntaxError as e:
        print(repr(src), '->', e.msg, e.lineno, e.offset)


# (x): T is not a simple target: no local, nothing recorded; the annotation is still evaluated at module level
def f2bad():
    (no_such_global): int
    print(no_such_global)


try:
    f2bad()
except NameError as e:
    print(type(e).__name__, e)

ns = {}
exec('X: int; (w): complex = 1j; (y): str', ns)
print(ns['__annotations__'], ns['w'], 'y' in ns)
try:
    exec('(z): undefined_annotation', {})
except NameError as e:
    print('module-level annotation evaluated:', e)


# a.b: T and d[k]: T evaluate a, d and k, in a function too; the annotation only outside functions
class A:
    pass


a = A()
a.b: int
d = {}
d['k']: str
print(d, vars(a))


def attr_target():
    missing_object.attr: undefined_in_function
    return 'unreached'


try:
    attr_target()
except NameError as e:
    print('function evaluates the target object:', e)


class C:
    (q): int = 3
    r: str
    s.t if False else None


print(C.__annotations__, C.q)

# a class body whose __annotations__ was deleted: the next annotation is a NameError (CPython's LOAD_NAME)
try:
    class D:
        del __annotations__
        x: int
except NameError as e:
    print('deleted __annotations__:', e)

try:
    exec('class E:\n    del __annotations__\n    x: int\n', {})
except NameError as e:
    print('deleted, and no module-level one:', e)
print(__annotations__)

# a module's __annotations__ is made empty on first read and kept
m = types.ModuleType('m')
print(m.__annotations__, m.__annotations__ is m.__annotations__, '__annotations__' in vars(m))
m2 = types.ModuleType('m2')
m2.__annotations__['x'] = int
print(vars(m2)['__annotations__'])

for src in ["def f():\n    x: int\n    global x\n", "def f():\n    global x\n    x: int\n",
            "def f():\n    x: int\n    nonlocal x\n", "def f():\n    nonlocal x\n    x: int\n",
            "def f():\n    (x): int\n    global x\n",
            "0b1_2", "0o7_8", "0b1001_0100", "0o_7", "0b2", "0o8",
            "print {1:(foo.)}", "print 1", "print 'x'", "exec 'x'", "print f(", "print(1)"]:
    syntax(src)
print(0b1001_0100, 0o7_7, 0x_f)


# Fraction: bool without comparing the numerator; a subclass's instance copies to a new one, a Fraction to itself
class Num(int):
    def __eq__(self, other):
        raise AssertionError('compared')
    __hash__ = int.__hash__


class MyFraction(Fraction):
    pass


print(bool(Fraction(3, 4)), bool(Fraction(0)))
f = Fraction(1, 3)
print(copy.copy(f) is f, copy.deepcopy(f) is f)
mf = MyFraction(1, 3)
print(type(copy.copy(mf)).__name__, copy.copy(mf) is mf, copy.deepcopy(mf) == mf, copy.deepcopy(mf) is mf)
print(Fraction(Fraction(1, 2), Fraction(1, 3)), Fraction(-4, -6), Fraction(True, 2), Fraction(6, Fraction(3, 4)))
try:
    Fraction(1, 2.0)
except TypeError as e:
    print('TypeError:', e)
print(float.__getformat__('double').startswith('IEEE'), float.__getformat__.__qualname__)
try:
    float.__getformat__('long double')
except ValueError as e:
    print('ValueError:', e)
