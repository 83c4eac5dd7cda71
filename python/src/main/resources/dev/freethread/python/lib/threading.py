# SPDX-License-Identifier: Apache-2.0
# threading for ftpython, written in Python over the native _thread module (Java platform threads attached to the
# Freethread Runtime; no global interpreter lock).

import _thread
import sys as _sys
from time import monotonic as _time

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread', 'Barrier', 'BrokenBarrierError',
           'Timer', 'ThreadError', 'setprofile', 'settrace', 'local', 'stack_size', 'excepthook', 'ExceptHookArgs',
           'gettrace', 'getprofile', 'setprofile_all_threads', 'settrace_all_threads', 'get_native_id']

Lock = _thread.LockType  # a type in 3.13 (Lock | None is a union)
_CRLock = _thread.RLock  # CPython's names: the native reentrant lock, and the Python one (_PyRLock) below


def RLock(*args, **kwargs):
    """A reentrant lock: the native one (_CRLock). Arguments are deprecated, as in CPython 3.13."""
    if args or kwargs:
        warnings.warn('Passing arguments to RLock is deprecated and will be removed in 3.15', DeprecationWarning,
                      stacklevel=2)
    return _CRLock(*args, **kwargs)
from _threading_local import local  # a class programs can derive from; local() is the native object
get_ident = _thread.get_ident
# the platform thread's id is the JVM's; ftpython's ident is what native_id answers too (one number per thread)
get_native_id = _thread.get_native_id
# CPython's on 64-bit Linux: the longest timeout a lock's acquire accepts (larger ones raise OverflowError)
TIMEOUT_MAX = _thread.TIMEOUT_MAX
ThreadError = _thread.error
stack_size = _thread.stack_size
from weakref import WeakSet
import warnings

# The trace and profile functions CPython's threading hands to each thread it starts. ftpython does not trace
# (sys.settrace accepts only None), so these are stored and answered, and the threads run untraced;
# the *_all_threads forms also call sys.settrace/setprofile, which refuse a function with NotImplementedError.
_trace_hook = None
_profile_hook = None


def settrace(func):
    global _trace_hook
    _trace_hook = func


def settrace_all_threads(func):
    settrace(func)
    _sys.settrace(func)


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def setprofile_all_threads(func):
    setprofile(func)
    _sys.setprofile(func)


def getprofile():
    return _profile_hook

_counter_lock = _thread.allocate_lock()
_counter = 0
_active = {}
# every Thread object made and not yet freed (CPython's; test.support counts the threads left behind with it)
_dangling = WeakSet()


def _newname(template="Thread-%d"):
    global _counter
    with _counter_lock:
        _counter += 1
        return template % _counter


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, "group argument must be None for now"
        self._target = target
        self._args = tuple(args)
        self._kwargs = {} if kwargs is None else dict(kwargs)
        if name is None:
            name = _newname()
            if target is not None:
                tname = getattr(target, "__name__", None)
                if tname is not None:
                    name = name + " (" + tname + ")"
        self._name = str(name)
        if daemon is None:  # a thread inherits its maker's daemon flag, as CPython's
            daemon = current_thread().daemon
        self._daemonic = bool(daemon)
        self._started = False
        self._done = _thread.allocate_lock()
        self._ident = None
        _dangling.add(self)

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, value):
        self._name = str(value)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._ident

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if self._started:
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = bool(value)

    def start(self):
        if self._started:
            raise RuntimeError("threads can only be started once")
        self._started = True
        self._done.acquire()
        booted = _thread.allocate_lock()
        booted.acquire()
        # _done is released by the runtime once the thread has left it (its objects merged, its heap handed over), as
        # CPython releases a thread's tstate lock: join() then happens after everything the thread did
        _thread.start_new_thread(self._bootstrap, (booted,), None, self._daemonic, self._done)
        booted.acquire()  # as CPython's start(): ident set and the thread in enumerate() before start() returns

    def _bootstrap(self, booted):
        try:
            self._ident = _thread.get_ident()
            _active[self._ident] = self
            _thread._set_name(self._name)
        finally:
            booted.release()  # start() must never wait for ever
        try:
            self.run()
        except BaseException as e:  # SystemExit too: the default excepthook ignores it, a program's may not
            _invoke_excepthook(self, e)
        finally:
            del _active[self._ident]
            _thread._drop_locals()  # this thread's threading.local values go before join() returns, as in CPython
            cv = _sys.modules.get('contextvars')
            if cv is not None:
                cv._current.pop(self._ident, None)  # and its contextvars context

    def run(self):
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            del self._target, self._args, self._kwargs

    def join(self, timeout=None):
        if not self._started:
            raise RuntimeError("cannot join thread before it is started")
        if self is current_thread():
            raise RuntimeError("cannot join current thread")
        if timeout is None:
            self._done.acquire()
            self._done.release()
        elif self._done.acquire(True, max(timeout, 0)):
            self._done.release()

    def is_alive(self):
        return self._started and self._done.locked()

    def __repr__(self):
        status = "initial"
        if self._started:
            status = "started" if self.is_alive() else "stopped"
        if self._daemonic:
            status += " daemon"
        if self._ident is not None:
            status += " %s" % self._ident
        return "<%s(%s, %s)>" % (type(self).__name__, self._name, status)

    # the pre-3.10 spellings, deprecated with CPython's warnings
    def isDaemon(self):
        warnings.warn('isDaemon() is deprecated, get the daemon attribute instead', DeprecationWarning,
                      stacklevel=2)
        return self.daemon

    def setDaemon(self, daemonic):
        warnings.warn('setDaemon() is deprecated, set the daemon attribute instead', DeprecationWarning,
                      stacklevel=2)
        self.daemon = daemonic

    def getName(self):
        warnings.warn('getName() is deprecated, get the name attribute instead', DeprecationWarning, stacklevel=2)
        return self.name

    def setName(self, name):
        warnings.warn('setName() is deprecated, set the name attribute instead', DeprecationWarning, stacklevel=2)
        self.name = name


class _MainThread(Thread):
    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._started = True
        self._ident = _thread._get_main_thread_ident()  # whichever thread first imported threading
        self._done.acquire()


_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Registers func to run when the main program ends, before the non-daemon threads are joined (concurrent.futures
    uses it), in the reverse order of registration, as CPython's."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter when the main program has ended (once; later calls do nothing): runs the functions
    _register_atexit registered, marks the main thread finished, so a thread that joins it returns, and waits for the
    non-daemon threads, as CPython's."""
    global _SHUTTING_DOWN
    done = _main_thread._done
    if _SHUTTING_DOWN:
        return
    _SHUTTING_DOWN = True
    for atexit_call in reversed(_threading_atexits):
        atexit_call()
    if done.locked():
        done.release()
    me = current_thread()
    for t in list(_active.values()):
        if t is not me and t is not _main_thread and not t.daemon and t._started:
            t.join()


class _DummyThread(Thread):
    """A thread threading did not start (a _thread one): made by its first current_thread() and registered, so it
    stays the same object for that thread, as CPython's (which never deletes them either)."""

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._started = True
        self._ident = _thread.get_ident()
        _active[self._ident] = self

    def is_alive(self):
        return True


_main_thread = _MainThread()
_active[_main_thread._ident] = _main_thread


def current_thread():
    t = _active.get(_thread.get_ident())
    if t is None:
        return _DummyThread()
    return t


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


def activeCount():
    warnings.warn('activeCount() is deprecated, use active_count() instead', DeprecationWarning, stacklevel=2)
    return active_count()


def currentThread():
    warnings.warn('currentThread() is deprecated, use current_thread() instead', DeprecationWarning, stacklevel=2)
    return current_thread()


def enumerate():
    return list(_active.values())


class _RLock:
    """The reentrant lock written in Python over a plain lock (CPython's threading._RLock, `_PyRLock`): the owner's
    ident and a count, both changed only by the thread holding the inner lock. RLock is the native one."""

    def __init__(self):
        self._block = _thread.allocate_lock()
        self._owner = None
        self._count = 0

    def __repr__(self):
        owner = self._owner
        try:
            owner = _active[owner].name
        except KeyError:
            pass
        return "<%s %s.%s object owner=%r count=%d at %s>" % (
            "locked" if self._block.locked() else "unlocked", self.__class__.__module__, self.__class__.__qualname__,
            owner, self._count, hex(id(self)))

    def _at_fork_reinit(self):
        self._block = _thread.allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, blocking=True, timeout=-1):
        me = get_ident()
        if self._owner == me:
            self._count += 1
            return 1
        rc = self._block.acquire(blocking, timeout)
        if rc:
            self._owner = me
            self._count = 1
        return rc

    __enter__ = acquire

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError("cannot release un-acquired lock")
        self._count = count = self._count - 1
        if not count:
            self._owner = None
            self._block.release()

    def __exit__(self, t, v, tb):
        self.release()

    def locked(self):
        return self._block.locked()

    # what Condition uses to give up every level while it waits, and to take them back
    def _acquire_restore(self, state):
        self._block.acquire()
        self._count, self._owner = state

    def _release_save(self):
        if self._count == 0:
            raise RuntimeError("cannot release un-acquired lock")
        count = self._count
        self._count = 0
        owner = self._owner
        self._owner = None
        self._block.release()
        return (count, owner)

    def _is_owned(self):
        return self._owner == get_ident()

    def _recursion_count(self):
        if self._owner != get_ident():
            return 0
        return self._count


_PyRLock = _RLock


class Condition:
    def __init__(self, lock=None):
        self._lock = RLock() if lock is None else lock
        self._waiters = []

    def __repr__(self):
        return "<Condition(%s, %d)>" % (self._lock, len(self._waiters))

    def _is_owned(self):
        owned = getattr(self._lock, "_is_owned", None)
        if owned is not None:
            return owned()
        # a plain lock: held by somebody if it cannot be taken now (CPython's guess as well)
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def _release_save(self):
        # an RLock gives up every level its owner holds, so that a waiter that locked it twice does not deadlock
        save = getattr(self._lock, "_release_save", None)
        if save is not None:
            return save()
        self._lock.release()
        return None

    def _acquire_restore(self, saved):
        if saved is None:
            self._lock.acquire()
        else:
            self._lock._acquire_restore(saved)

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def acquire(self, *args, **kwargs):
        return self._lock.acquire(*args, **kwargs)

    def release(self):
        self._lock.release()

    def wait(self, timeout=None):
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        waiter = _thread.allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        saved = self._release_save()
        got = False
        try:
            if timeout is None:
                waiter.acquire()
                got = True
            elif timeout > 0:
                got = waiter.acquire(True, timeout)
            else:
                got = waiter.acquire(False)  # a timeout of zero or less does not wait, as in CPython
            return got
        finally:
            self._acquire_restore(saved)
            if not got:
                # Only with the lock held again: _waiters changes under the lock alone, so notify's check-then-pop
                # cannot lose a race with a waiter that timed out (it removed itself before the lock was back, and
                # notify's pop(0) met an empty list: IndexError, seen in CPython's lock_tests BarrierTests).
                try:
                    self._waiters.remove(waiter)
                except ValueError:
                    pass

    def wait_for(self, predicate, timeout=None):
        # the timeout bounds the whole wait, not each wake-up: it ends with the predicate's last (false) value
        endtime = None
        waittime = timeout
        result = predicate()
        while not result:
            if waittime is not None:
                if endtime is None:
                    endtime = _time() + waittime
                else:
                    waittime = endtime - _time()
                    if waittime <= 0:
                        break
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        while n > 0 and self._waiters:
            self._waiters.pop(0).release()
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        warnings.warn('notifyAll() is deprecated, use notify_all() instead', DeprecationWarning, stacklevel=2)
        self.notify_all()


class Event:
    """A flag threads wait for: a class, as CPython's, so that scripts may subclass it; the waiting is _thread's
    (a Java monitor, waited on detached)."""

    def __init__(self):
        self._flag = _thread.Event()

    def __repr__(self):
        cls = self.__class__
        status = 'set' if self._flag.is_set() else 'unset'
        return f"<{cls.__module__}.{cls.__qualname__} at {id(self):#x}: {status}>"

    def is_set(self):
        """Return true if and only if the internal flag is true."""
        return self._flag.is_set()

    def isSet(self):
        """Return true if and only if the internal flag is true (deprecated alias of is_set)."""
        import warnings
        warnings.warn('isSet() is deprecated, use is_set() instead', DeprecationWarning, stacklevel=2)
        return self._flag.is_set()

    def set(self):
        """Set the internal flag to true; every thread waiting for it is woken."""
        self._flag.set()

    def clear(self):
        """Reset the internal flag to false."""
        self._flag.clear()

    def wait(self, timeout=None):
        """Block until the internal flag is true, or until the timeout (seconds) passes; return the flag."""
        return self._flag.wait(timeout)


class Semaphore:
    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._cond = Condition(Lock())
        self._value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s>" % (cls.__module__, cls.__qualname__, hex(id(self)), self._value)

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        endtime = None
        with self._cond:
            while self._value == 0:
                if not blocking:
                    return False
                if timeout is not None:
                    # the timeout bounds the whole acquire: a wake-up that finds the count taken waits the rest
                    if endtime is None:
                        endtime = _time() + timeout
                    else:
                        timeout = endtime - _time()
                        if timeout <= 0:
                            return False
                self._cond.wait(timeout)
            self._value -= 1
            return True

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            self._value += n
            self._cond.notify(n)

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._initial_value = value

    def __repr__(self):
        cls = self.__class__
        return "<%s.%s at %s: value=%s/%s>" % (cls.__module__, cls.__qualname__, hex(id(self)), self._value,
                                               self._initial_value)

    def release(self, n=1):
        if n < 1:
            raise ValueError("n must be one or more")
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


class ExceptHookArgs:
    """What threading.excepthook receives (a structseq in CPython)."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def _format(exc_type, exc_value):
    import _traceback
    if isinstance(exc_value, BaseException):
        return _traceback.format_exception(exc_value)
    return exc_type.__name__ + '\n'


def excepthook(args):
    """Prints "Exception in thread NAME:" and the traceback to sys.stderr (as it is now: a program may have
    redirected it); SystemExit is ignored."""
    if args.exc_type is SystemExit:
        return
    stderr = _sys.stderr
    if stderr is None:
        return
    name = args.thread.name if args.thread is not None else get_ident()
    stderr.write("Exception in thread %s:\n%s" % (name, _format(args.exc_type, args.exc_value)))
    stderr.flush()


__excepthook__ = excepthook


def _invoke_excepthook(thread, exc):
    # the module's excepthook as it is now (a program may have replaced it); a hook that raises is reported itself,
    # as CPython's: "Exception in threading.excepthook:" and the hook's error, to sys.stderr
    hook = excepthook
    try:
        hook(ExceptHookArgs(type(exc), exc, exc.__traceback__, thread))
    except Exception as e:
        e.__suppress_context__ = True  # the thread's own error is not shown again, as in CPython
        stderr = _sys.stderr
        if stderr is not None:
            stderr.write("Exception in threading.excepthook:\n")
            stderr.flush()
        # then sys.excepthook reports the hook's error, as CPython's does (a script's own hook included)
        sys_hook = getattr(_sys, 'excepthook', None) or _sys.__excepthook__
        sys_hook(type(e), e, e.__traceback__)


class Timer(Thread):
    """Calls function(*args, **kwargs) after interval seconds, unless cancel() came first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        self.finished.wait(self.interval)
        if not self.finished.is_set():
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class BrokenBarrierError(RuntimeError):
    pass


# Barrier states: parties arrive while FILLING; the last one runs the action and lets them all go (DRAINING) and
# the barrier fills again once the last has left; reset() and abort() break the waiters out (RESETTING, BROKEN).
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError("parties must be > 0")
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        cls = self.__class__
        if self.broken:
            return "<%s.%s at %s: broken>" % (cls.__module__, cls.__qualname__, hex(id(self)))
        return "<%s.%s at %s: waiters=%s/%s>" % (cls.__module__, cls.__qualname__, hex(id(self)), self.n_waiting,
                                                 self.parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # a party that arrives while the previous round drains (or a reset is under way) waits for the next
            while self._state == _DRAINING or self._state == _RESETTING:
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index + 1 == self._parties:
                    try:
                        if self._action is not None:
                            self._action()
                        self._state = _DRAINING
                        self._cond.notify_all()
                    except BaseException:
                        self._break()
                        raise
                elif not self._cond.wait_for(lambda: self._state != _FILLING, timeout):
                    self._break()
                    raise BrokenBarrierError
                elif self._state != _DRAINING:
                    raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and (self._state == _DRAINING or self._state == _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN
