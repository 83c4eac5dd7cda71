# traceback.TracebackException and StackSummary, as CPython 3.13's: chained exceptions (cause, context,
# suppressed context, compact), exception groups with members and notes, SyntaxError's carets, NameError's
# suggestion, format_exception_only(show_group=True), limits, equality, and StackSummary.extract over
# walk_tb with a recursion cut to three repeats.
import sys
import traceback


def clean(lines):
    return ''.join(lines).replace(__file__, 'FILE')


def chained():
    try:
        try:
            {}['k']
        except KeyError as e:
            raise ValueError('bad value') from e
    except ValueError:
        raise RuntimeError('while handling')


try:
    chained()
except RuntimeError as e:
    te = traceback.TracebackException.from_exception(e)
    print(type(te.__context__).__name__, te.__context__.exc_type_str, str(te.__context__))
    print(te.__context__.__cause__.exc_type_str, te.__cause__)
    print(clean(te.format()))
    print(clean(te.format(chain=False)))
    print(clean(traceback.TracebackException.from_exception(e, compact=True).format()))
    print(clean(traceback.TracebackException.from_exception(e, limit=1).format()))
    print(te == traceback.TracebackException.from_exception(e), str(te))


def group():
    errors = []
    for i in range(3):
        try:
            [1, 2][i + 5]
        except IndexError as e:
            e.add_note('note %d' % i)
            errors.append(e)
    raise ExceptionGroup('several', errors + [ValueError('v')])


try:
    group()
except ExceptionGroup as e:
    te = traceback.TracebackException.from_exception(e)
    print(clean(te.format()))
    print(clean(te.format_exception_only(show_group=True)))
    print(clean(traceback.TracebackException.from_exception(e, max_group_width=2).format()))

try:
    compile('x = (1 +* 2)\n', 'bad.py', 'exec')
except SyntaxError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.filename, te.lineno, te.offset, te.msg)
    print(clean(te.format_exception_only()))

try:
    raise SyntaxError('bad bad', ('bad.py', 1, 2, 'abcdefg', 1, 5))
except SyntaxError as e:
    print(clean(traceback.TracebackException.from_exception(e).format_exception_only()))

value_one = 1
try:
    value_onr
except NameError as e:
    print(clean(traceback.TracebackException.from_exception(e).format_exception_only()))


def recurse(n):
    if n == 0:
        raise ValueError('deep')
    return recurse(n - 1)


try:
    recurse(6)
except ValueError as e:
    summary = traceback.StackSummary.extract(traceback.walk_tb(e.__traceback__))
    print([(fs.name, fs.lineno) for fs in summary])
    print(clean(summary.format()))
    print(clean(traceback.extract_tb(e.__traceback__, limit=-2).format()))

te = traceback.TracebackException(None, None, None)
print(repr(str(te)), list(te.format()))
try:
    traceback.print_last()
except ValueError as e:
    print('print_last:', e)
print(sorted(traceback.__all__))
