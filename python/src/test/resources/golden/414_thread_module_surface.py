# _thread and threading names scripts and CPython's lock_tests use: TIMEOUT_MAX, error, the old aliases,
# stack_size, interrupt_main, exit_thread, _count, get_native_id, and threading's trace/profile hooks.
import _thread
import threading
import time
import warnings

print(_thread.TIMEOUT_MAX, threading.TIMEOUT_MAX == _thread.TIMEOUT_MAX, _thread.error is RuntimeError,
      threading.ThreadError is RuntimeError)
lock = _thread.allocate()
print(type(lock) is _thread.LockType, isinstance(lock, _thread.lock), lock.acquire(), lock.locked())
try:
    lock.acquire(True, _thread.TIMEOUT_MAX + 1e9)
except OverflowError as e:
    print('OverflowError', e)
lock.release()
try:
    lock.release()
except _thread.error as e:
    print('error', e)

print(_thread.stack_size(), _thread.stack_size(1 << 20), _thread.stack_size(), _thread.stack_size(0))
for bad in (100, -1):
    try:
        _thread.stack_size(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    _thread.stack_size(100)
except ValueError as e:
    print('ValueError', e)

done = []
started = threading.Event()


def worker(tag):
    started.set()
    done.append((tag, type(_thread.get_native_id()).__name__))
    _thread.exit_thread()
    done.append('not reached')


_thread.start_new(worker, ('a',))
started.wait()
for _ in range(200):
    if done and _thread._count() == 0:
        break
    time.sleep(0.01)
print(done, _thread._count(), _thread.daemon_threads_allowed())

try:
    _thread.interrupt_main()
    for _ in range(100):
        time.sleep(0.01)
    print('not interrupted')
except KeyboardInterrupt:
    print('KeyboardInterrupt')

import signal
signal.signal(signal.SIGINT, signal.SIG_IGN)
_thread.interrupt_main()
time.sleep(0.05)
print('ignored SIGINT does nothing')
signal.signal(signal.SIGINT, signal.default_int_handler)


def tracer(*a):
    return tracer


print(threading.gettrace(), threading.getprofile())
threading.settrace(tracer)
threading.setprofile(tracer)
print(threading.gettrace() is tracer, threading.getprofile() is tracer)
threading.settrace(None)
threading.setprofile(None)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(threading.activeCount() == threading.active_count(), threading.currentThread() is threading.current_thread())
print([str(x.message) for x in w], [x.category.__name__ for x in w])
print(threading.stack_size() == _thread.stack_size(), isinstance(threading.WeakSet(), threading.WeakSet))
