# threading.excepthook and the unraisable hook write to sys.stderr as it is now (redirect_stderr captures them);
# excepthook's args carry the traceback; a failing excepthook is reported as CPython reports it; threading.Lock is
# a type; the deprecated Thread methods warn; Condition.acquire takes the lock's keywords; a thread's repr has its
# ident once started.
import contextlib
import io
import threading
import warnings


def essentials(text):
    # the header and exception lines, not the frames (the threading module's own frames differ)
    return [line.split(' at 0x')[0] for line in text.splitlines() if line and not line.startswith(' ')]


def boom():
    raise ValueError('in thread')


buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    t = threading.Thread(target=boom, name='T2')
    t.start()
    t.join()

    class D:
        def __del__(self):
            raise KeyError('del')

    d = D()
    del d
print(essentials(buf.getvalue()))

got = []
threading.excepthook = lambda a: got.append((a.exc_type.__name__, a.exc_traceback is a.exc_value.__traceback__,
                                             a.thread.name))
t = threading.Thread(target=boom, name='T3')
t.start()
t.join()
print(got)


def bad(a):
    raise OSError('hook')


threading.excepthook = bad
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    t = threading.Thread(target=boom, name='T4')
    t.start()
    t.join()
print(essentials(buf.getvalue()))
threading.excepthook = threading.__excepthook__

print(repr(t).endswith(' stopped %d)>' % t.ident), threading.Lock | None, type(threading.Lock()).__name__,
      isinstance(threading.Lock(), threading.Lock))
try:
    threading.Lock(1)
except TypeError as e:
    print('TypeError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t.setName('x')
    print(t.getName(), t.isDaemon())
print([str(x.message) for x in w])
c = threading.Condition()
print(c.acquire(timeout=0.1), c.acquire(blocking=False))
c.release()
c.release()
print(sorted(threading.__all__) == sorted(set(threading.__all__)), 'Thread' in threading.__all__)
