# sys.unraisablehook receives what a finalizer, a generator's close at deallocation, a weakref callback and a gc
# callback raise (as CPython's test.support.catch_unraisable_exception relies on); sys.__unraisablehook__ is the
# default, and a hook that raises is itself reported (to stderr) without breaking the program.
import gc
import sys
import weakref

print(sys.unraisablehook is sys.__unraisablehook__, hasattr(sys, 'UnraisableHookArgs'))
seen = []


def hook(u):
    seen.append((type(u).__name__, len(u), u.exc_type.__name__, str(u.exc_value), u.err_msg,
                 getattr(u.object, '__name__', type(u.object).__name__), u.exc_traceback is not None,
                 u.exc_value.__traceback__ is u.exc_traceback))


sys.unraisablehook = hook


class Box:
    def __del__(self):
        raise ValueError('boom')


b = Box()
del b


def gen():
    try:
        yield 1
    finally:
        raise KeyError('k')


g = gen()
next(g)
del g


class C:
    pass


def cb(r):
    raise RuntimeError('callback')


c = C()
r = weakref.ref(c, cb)
del c


class Cyclic:
    def __del__(self):
        1 / 0


x = Cyclic()
x.me = x
del x
gc.collect()


def gc_cb(phase, info):
    if phase == 'stop':
        raise OSError('in gc callback')


gc.callbacks.append(gc_cb)
gc.collect()
gc.callbacks.remove(gc_cb)

for s in seen:
    print(s)
del seen[:]


# a hook that raises is reported itself; the program goes on
def bad_hook(u):
    raise TypeError('hook broke')


sys.unraisablehook = bad_hook
b = Box()
del b
sys.unraisablehook = sys.__unraisablehook__
b = Box()
del b
print('still running', seen)

# a thread started with _thread whose function raises: the hook gets it, as in CPython 3.13
import _thread
import time

seen = []
sys.unraisablehook = lambda u: seen.append((u.err_msg.split(' at 0x')[0], u.object, str(u.exc_value),
                                            u.exc_traceback is not None))
done = _thread.allocate_lock()
done.acquire()


def task():
    try:
        raise ValueError('task failed')
    finally:
        done.release()


_thread.start_new_thread(task, ())
done.acquire()
for _ in range(200):
    if seen:
        break
    time.sleep(0.01)
print(seen)
sys.unraisablehook = sys.__unraisablehook__
