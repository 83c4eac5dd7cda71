# sys: exit with a tuple passes it as SystemExit's arguments (sys.exit((42,)) exits with 42); setswitchinterval
# keeps its value; getrecursionlimit takes no arguments; call_tracing; thread_info; excepthook given a value that is
# no exception writes CPython's line; print and displayhook with sys.stdout deleted raise "lost sys.stdout".
import contextlib
import io
import sys

err = io.StringIO()
with contextlib.redirect_stderr(err):
    r = sys.excepthook(1, '1', 1)
print('returned', r, repr(err.getvalue()))
print(sys.call_tracing(max, (1, 2)))
try:
    sys.call_tracing(max, [1, 2])
except TypeError as e:
    print('TypeError', e)
orig = sys.getswitchinterval()
for n in (0.00001, 0.05, 3.0):
    sys.setswitchinterval(n)
    print(sys.getswitchinterval())
sys.setswitchinterval(orig)
for bad in ('a', -1.0, 0.0):
    try:
        sys.setswitchinterval(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    sys.getrecursionlimit(42)
except TypeError as e:
    print(e)
for arg in ((42,), (42, 1), (), 'text', None):
    try:
        sys.exit(arg)
    except SystemExit as e:
        print(repr(e.code), e.args)
try:
    raise SystemExit((42,))
except SystemExit as e:
    print(repr(e.code), e.args)
print(type(sys.thread_info).__name__, len(sys.thread_info), sys.thread_info.name)
stdout = sys.stdout
del sys.stdout
caught = []
for f in (lambda: print('y'), lambda: sys.displayhook(42)):
    try:
        f()
    except RuntimeError as e:
        caught.append(str(e))
sys.stdout = stdout
print(caught)
sys.stdout = None
print('not shown')
sys.stdout = stdout
print('back')
