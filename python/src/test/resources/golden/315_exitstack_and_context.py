# contextlib.ExitStack as CPython's (enter_context's errors, push of a manager or a callable, callback's __wrapped__,
# exception chaining between callbacks), suppress of exception groups, and a context cleared in a finally clause
# that stays cleared (found by CPython's test_contextlib).
def g():
    try:
        yield
    except BaseException:
        exc = KeyError('k')
        try:
            raise exc
        finally:
            exc.__context__ = None
it = g()
next(it)
try:
    it.throw(IndexError())
except KeyError as e:
    print('throw', e.__context__)
def h():
    try:
        raise IndexError()
    except IndexError:
        exc = KeyError('k')
        try:
            raise exc
        finally:
            exc.__context__ = None
try:
    h()
except KeyError as e:
    print('plain', e.__context__)
from contextlib import ExitStack, suppress, contextmanager
log = []
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        log.append('enter ' + self.name)
        return self.name
    def __exit__(self, *exc):
        log.append('exit %s %s' % (self.name, exc[0].__name__ if exc[0] else None))
        return False
with ExitStack() as stack:
    print(stack.enter_context(CM('a')))
    cm_b = CM('b')
    stack.push(cm_b)
    print(stack._exit_callbacks[-1][1].__self__ is cm_b)
    cb = stack.callback(log.append, 'callback')
    print(stack._exit_callbacks[-1][1].__wrapped__ is log.append)
    stack.push(lambda *exc: log.append('plain exit'))
print(log)
try:
    with ExitStack() as stack:
        stack.enter_context(object())
except TypeError as e:
    print(e)
def raise_exc(exc):
    raise exc
try:
    with ExitStack() as stack:
        stack.callback(raise_exc, IndexError)
        stack.callback(raise_exc, KeyError)
        stack.callback(raise_exc, AttributeError)
        1 / 0
except IndexError as exc:
    chain = []
    while exc is not None:
        chain.append(type(exc).__name__)
        exc = exc.__context__
    print(chain)
with ExitStack() as stack:
    stack.push(lambda *exc: True)
    raise ValueError('suppressed by the stack')
print('after suppression')
with suppress(ValueError):
    raise ExceptionGroup('eg', [ValueError(1), ValueError(2)])
try:
    with suppress(ValueError):
        raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
except ExceptionGroup as eg:
    print(repr(eg.exceptions))
@contextmanager
def cleared():
    try:
        yield
    except BaseException:
        exc = RuntimeError('new')
        try:
            raise exc
        finally:
            exc.__context__ = None
try:
    with cleared():
        raise IndexError()
except RuntimeError as e:
    print('context', e.__context__)

# exception groups: CPython's argument-count message, and split parts keep the group's traceback
for args in (('m',), ('m', [ValueError()], 3), ([ValueError()],)):
    try:
        ExceptionGroup(*args)
    except TypeError as e:
        print(e)

def f():
    raise ExceptionGroup('eg', [ValueError(1), KeyError(2)])
try:
    f()
except ExceptionGroup as eg:
    m, r = eg.split(ValueError)
    print(m.__traceback__ is not None, [t.tb_lineno for t in (m.__traceback__, r.__traceback__)] == [eg.__traceback__.tb_lineno] * 2)
