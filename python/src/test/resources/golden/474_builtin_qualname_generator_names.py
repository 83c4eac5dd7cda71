# __qualname__ of built-in functions and methods (a type's static and class methods name their type), and a
# generator's, coroutine's and async generator's names taken from the function's current __name__/__qualname__.
# Checked against CPython 3.13 (test_funcattrs.test_builtin__qualname__, test_generators.test_name).
import time
for f in (len, time.time, [1].append, {}.pop, str.upper, dict.fromkeys, str.maketrans, int.__add__, (1).__add__):
    try:
        print(repr(f.__qualname__), repr(f.__name__))
    except AttributeError as e:
        print('AttributeError', e)
class F:
    def a(self): pass
m = F().a
print(m.__class__, m.__self__.__class__ is F, type(m).__name__)
def func():
    yield 1
func.__qualname__ = "func_qualname"
func.__name__ = "func_name"
g = func()
print(g.__name__, g.__qualname__)
async def co(): pass
co.__name__ = 'co_name'; co.__qualname__ = 'co_q'
c = co(); print(c.__name__, c.__qualname__); c.close()
async def ag():
    yield 1
ag.__name__ = 'ag_name'
a = ag(); print(a.__name__, a.__qualname__)
