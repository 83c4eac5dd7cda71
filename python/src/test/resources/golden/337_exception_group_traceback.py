# How tracebacks print exception groups and notes, as CPython 3.13's traceback module and top level do: the boxed
# tree with numbered members, nested groups one level in, "and N more exceptions" past 15 members, the depth limit
# at 10, chained exceptions and notes inside the box; notes (PEP 678) in format_exception_only, a non-list
# __notes__ by its repr. Only whole-line raises, so that CPython draws no position carets.
import traceback, sys
print(''.join(traceback.format_exception(ExceptionGroup('many', [ValueError(i) for i in range(17)]))))
try:
    try:
        raise KeyError('k')
    except KeyError as k:
        e = ExceptionGroup('ctx', [TypeError('t')])
        e.add_note('group note')
        raise e
except ExceptionGroup as g:
    print(traceback.format_exc().replace(__file__, '<this file>'))  # the path's spelling is the runner's
eg = BaseExceptionGroup('b', [KeyboardInterrupt(), ExceptionGroup('i', [ExceptionGroup('j', [OSError(2, 'x')])])])
print(''.join(traceback.format_exception(eg)))
def deep(n):
    return ExceptionGroup('d%d' % n, [deep(n - 1) if n else ValueError('bottom')])
print(''.join(traceback.format_exception(deep(12))))
inner = ValueError('inner')
inner.add_note('first note')
inner.add_note('a note\non two lines')
outer = ExceptionGroup('with notes', [inner, RuntimeError()])
outer.__cause__ = ZeroDivisionError('cause')
print(''.join(traceback.format_exception(outer)))
e = ValueError('a')
e.add_note('n1')
print(traceback.format_exception_only(e))
e.__notes__ = 'notalist'
print(traceback.format_exception_only(e))
print(''.join(traceback.format_exception(e)))
raise ExceptionGroup('uncaught', [ValueError('v'), ExceptionGroup('inner', [TypeError('t')])])
