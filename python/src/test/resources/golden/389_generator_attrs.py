# Generators' gi_code, gi_frame (None once finished), assignable __name__/__qualname__ (shown in the repr), and
# inspect.getgeneratorstate through every state.
import inspect
def g():
    x = yield 1
    yield 2
it = g()
print(inspect.getgeneratorstate(it), it.gi_frame is not None, it.gi_code.co_name, it.gi_code is not None)
next(it)
print(inspect.getgeneratorstate(it), it.gi_frame.f_code.co_name, it.gi_yieldfrom)
it.__name__ = 'renamed'
it.__qualname__ = 'q.renamed'
print(it.__name__, it.__qualname__, repr(it).split(' at ')[0])
list(it)
print(inspect.getgeneratorstate(it), it.gi_frame)
try:
    it.__name__ = 5
except TypeError as e:
    print(e)
def running():
    yield inspect.getgeneratorstate(r)
r = running()
print(next(r))
