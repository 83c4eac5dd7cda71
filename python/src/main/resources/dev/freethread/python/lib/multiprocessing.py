# SPDX-License-Identifier: Apache-2.0
# multiprocessing for ftpython: CPython 3.13's interface (Process, Pool, queues, pipes, locks, shared values, managers,
# contexts), written for ftpython over threading and queue. The key difference: processes are threads of this
# interpreter (ftpython has no GIL, so they run in parallel; it cannot start OS processes): they share memory, so a
# child's changes to module globals or to objects passed to it are visible to the parent, where CPython's are not.
# Other consequences, all deliberate:
# - every process reports os.getpid() as its pid (and ident); names, daemon flags, exit codes, parent_process() and
#   active_children() follow CPython's 'fork' start method (Process-1, Process-1:1, ForkPoolWorker-3, SyncManager-1).
#   'spawn' and 'forkserver' contexts are accepted and name their processes as CPython does (SpawnPoolWorker-2...),
#   but run them the same way: nothing is pickled and __main__ is not imported again.
# - objects are passed by reference, never pickled: Queue, Pipe, Pool arguments and results are the very objects
#   (lambdas and other unpicklable objects are accepted where CPython refuses them).
# - a thread cannot be killed: terminate()/kill() mark a live process stopped at once (exitcode -15/-9, is_alive()
#   False, join() returns); its thread is abandoned and runs on in the background until its code returns, unless it
#   blocks in this module's Queue, Pipe, lock, event or join, which then unwind it quietly. Abandoned threads, like
#   daemonic processes, do not keep the interpreter alive (at exit non-daemonic processes are joined, as in CPython).
# - Pipe ends and Queue.close() follow fork's per-process handle semantics: a child inherits the open ends of its
#   parent; close() closes the end for the calling process only, and a peer sees EOF / a broken pipe once every
#   process holding an end has closed it or exited.
# - Manager() objects are ordinary thread-safe objects (list, dict, Namespace, queue.Queue, threading locks...), not
#   proxies: they compare equal to their contents and nested objects are shared.
# - Value/Array emulate the ctypes objects (there is no ctypes module): c_int wraps around, c_float rounds.
# - connection.Listener/Client and shared_memory.SharedMemory work between the processes of this interpreter only.
# - importing this module wraps threading.Thread.start, so that a thread started inside a child process belongs to
#   it (current_process() there answers the child, as in CPython).
# Submodules are attributes (ftpython has no packages on disk) and are entered in sys.modules: process, context,
# pool, queues, synchronize, sharedctypes, managers, connection, shared_memory, util, dummy.

import _thread
import os as _os
import sys as _sys
import threading as _threading
import queue as _queue
import itertools as _itertools
import collections as _collections
import time as _time
import types as _types
import atexit as _atexit
import weakref as _weakref

__all__ = [
    'Array', 'AuthenticationError', 'Barrier', 'BoundedSemaphore', 'BufferTooShort', 'Condition', 'Event',
    'JoinableQueue', 'Lock', 'Manager', 'Pipe', 'Pool', 'Process', 'ProcessError', 'Queue', 'RLock', 'RawArray',
    'RawValue', 'Semaphore', 'SimpleQueue', 'TimeoutError', 'Value', 'active_children', 'allow_connection_pickling',
    'cpu_count', 'current_process', 'freeze_support', 'get_all_start_methods', 'get_context', 'get_logger',
    'get_start_method', 'log_to_stderr', 'parent_process', 'reducer', 'set_executable', 'set_forkserver_preload',
    'set_start_method',
]

_get_ident = _thread.get_ident
_allocate_lock = _thread.allocate_lock
_Empty = _queue.Empty
_Full = _queue.Full
# how often a blocked wait in this module looks whether its process was terminated (see _check_terminated)
_POLL = 0.1
_SEM_VALUE_MAX = 2147483647
_SIGNAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 6: 'SIGABRT', 9: 'SIGKILL', 11: 'SIGSEGV', 13: 'SIGPIPE',
             15: 'SIGTERM'}


# ---------------------------------------------------------------------------------------------------------------
# exceptions

class ProcessError(Exception):
    pass


class BufferTooShort(ProcessError):
    pass


class TimeoutError(ProcessError):
    pass


class AuthenticationError(ProcessError):
    pass


for _c in (ProcessError, BufferTooShort, TimeoutError, AuthenticationError):
    _c.__module__ = 'multiprocessing.context'


class _ProcessTerminated(BaseException):
    """Raised inside the thread of a terminated process when it blocks in this module: it unwinds it quietly."""


# ---------------------------------------------------------------------------------------------------------------
# processes

_by_thread = {}          # thread ident -> the process object that thread runs (absent: the main process)
# terminated or killed processes whose thread still runs; at exit they get a moment to unwind (see _exit_function)
_abandoned = set()
_abandoned_lock = _allocate_lock()
_counter_lock = _allocate_lock()


def _wait_event(event, timeout):
    """event.wait(timeout), in slices so that a terminated process's thread leaves it."""
    if event.is_set():
        return True
    if timeout is None:
        while not event.wait(_POLL):
            _check_terminated()
        return True
    deadline = _time.monotonic() + timeout
    while True:
        left = deadline - _time.monotonic()
        if left <= 0:
            return event.is_set()
        if event.wait(min(left, _POLL)):
            return True
        _check_terminated()


def _wait_cond(cond, timeout):
    """cond.wait(timeout) (cond held), in slices; the caller loops on its predicate and its deadline."""
    if timeout is None or timeout > _POLL:
        cond.wait(_POLL)
        _check_terminated()
    elif timeout > 0:
        cond.wait(timeout)


def _deadline(timeout):
    return None if timeout is None else _time.monotonic() + timeout


def _left(deadline):
    """Seconds left before deadline (None: no limit), at least 0."""
    if deadline is None:
        return None
    return max(0.0, deadline - _time.monotonic())


class _Sentinel:
    """What Process.sentinel answers: connection.wait() reports it ready once the process has ended."""
    __slots__ = ('_process',)

    def __init__(self, process):
        self._process = process

    def _ready(self):
        return self._process._done.is_set()


class BaseProcess:
    """A process: here a thread of this interpreter (see the module's comment)."""
    _start_method = None

    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        parent = current_process()
        with _counter_lock:
            parent._counter += 1
            count = parent._counter
        self._identity = parent._identity + (count,)
        self._config = parent._config.copy()
        self._parent = parent
        self._target = target
        self._args = tuple(args)
        self._kwargs = dict(kwargs)
        self._name = name or type(self).__name__ + '-' + ':'.join(str(i) for i in self._identity)
        self._init_state()
        if daemon is not None:
            self.daemon = daemon

    def _init_state(self):
        # the last child number given (a plain int: a suspended itertools.count generator left in cyclic garbage at
        # exit can deadlock ftpython's shutdown collection)
        self._counter = 0
        self._children = {}           # an ordered set of the processes this one started
        self._children_lock = _allocate_lock()
        self._conns = _weakref.WeakSet()  # the Pipe ends this process holds (inherited by its children)
        self._thread = None
        self._done = _threading.Event()
        self._exitcode = None
        self._terminated = False
        self._closed = False
        self._stop_lock = _allocate_lock()

    def run(self):
        if self._target:
            self._target(*self._args, **self._kwargs)

    def start(self):
        self._check_closed()
        assert self._thread is None, 'cannot start a process twice'
        me = current_process()
        assert self._parent is me, 'can only start a process object created by current process'
        assert not me._config.get('daemon'), 'daemonic processes are not allowed to have children'
        if self._start_method is None:
            _default_context.get_context()   # as in CPython, starting a process fixes the start method
        _cleanup(me)
        # fork: the child holds every Pipe end its parent holds
        for c in list(me._conns):
            c._inherit(me, self)
        with me._children_lock:
            me._children[self] = None
        t = _threading.Thread(target=self._bootstrap, name='MainThread', daemon=True)
        self._thread = t
        try:
            t.start()
        except BaseException:
            with me._children_lock:
                me._children.pop(self, None)
            raise
        # the thread runs even if the program drops this object; it ends on its own

    def _bootstrap(self):
        ident = _get_ident()
        _by_thread[ident] = self
        exitcode = 1
        try:
            try:
                self.run()
                exitcode = 0
            finally:
                self._target = self._args = self._kwargs = None
                _exit_children(self)
        except _ProcessTerminated:
            pass
        except SystemExit as e:
            code = e.code
            if code is None:
                exitcode = 0
            elif isinstance(code, int):
                exitcode = int(code)
            else:
                _sys.stderr.write(str(code) + '\n')
                exitcode = 1
        except BaseException:
            exitcode = 1
            if not self._terminated:
                try:
                    import traceback
                    _sys.stderr.write('Process %s:\n' % self.name)
                    traceback.print_exc()
                except BaseException:
                    pass
        finally:
            for c in list(self._conns):
                c._release(self)    # as an exiting process's file descriptors close
            try:
                _sys.stdout.flush()
                _sys.stderr.flush()
            except BaseException:
                pass
            _by_thread.pop(ident, None)
            self._stop(exitcode)
            with _abandoned_lock:
                _abandoned.discard(self)

    def _stop(self, exitcode, terminated=False):
        with self._stop_lock:
            if self._done.is_set():
                return
            self._exitcode = exitcode
            if terminated:
                self._terminated = True
                t = self._thread
                if t is not None and t.is_alive() and t is not _threading.current_thread():
                    with _abandoned_lock:
                        _abandoned.add(self)
            self._done.set()

    def terminate(self):
        """Marks the process stopped with exitcode -15 (SIGTERM); see the module's comment: a thread cannot be
        killed, so it runs on until it returns or blocks in this module."""
        self._check_closed()
        if self._thread is None:
            raise AttributeError("'NoneType' object has no attribute 'terminate'")
        self._stop(-15, True)

    def kill(self):
        """As terminate(), with exitcode -9 (SIGKILL)."""
        self._check_closed()
        if self._thread is None:
            raise AttributeError("'NoneType' object has no attribute 'kill'")
        self._stop(-9, True)

    def join(self, timeout=None):
        self._check_closed()
        assert self._parent is not None and self is not current_process(), 'can only join a child process'
        assert self._thread is not None, 'can only join a started process'
        if _wait_event(self._done, timeout):
            parent = self._parent
            with parent._children_lock:
                parent._children.pop(self, None)

    def is_alive(self):
        self._check_closed()
        if self is current_process():
            return True
        if self._thread is None:
            return False
        if self._done.is_set():
            parent = self._parent
            if parent is not None:
                with parent._children_lock:
                    parent._children.pop(self, None)
            return False
        return True

    def close(self):
        if self._thread is not None and not self._done.is_set():
            raise ValueError("Cannot close a process while it is still running. You should first call join() "
                             "or terminate().")
        if not self._closed and self._parent is not None:
            with self._parent._children_lock:
                self._parent._children.pop(self, None)
        self._closed = True

    def _check_closed(self):
        if self._closed:
            raise ValueError("process object is closed")

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        assert isinstance(name, str), 'name must be a string'
        self._name = name

    @property
    def daemon(self):
        return self._config.get('daemon', False)

    @daemon.setter
    def daemon(self, daemonic):
        assert self._thread is None, 'process has already started'
        self._config['daemon'] = daemonic

    @property
    def authkey(self):
        return self._config['authkey']

    @authkey.setter
    def authkey(self, authkey):
        self._config['authkey'] = bytes(authkey)

    @property
    def exitcode(self):
        self._check_closed()
        if self._done.is_set():
            return self._exitcode
        return None

    @property
    def ident(self):
        """os.getpid(): every process of ftpython is a thread of one OS process."""
        self._check_closed()
        if self is _main_process or self._thread is not None:
            return _os.getpid()
        return None

    pid = ident

    @property
    def sentinel(self):
        """An object connection.wait() understands (not a file descriptor)."""
        self._check_closed()
        if self._thread is None:
            raise ValueError('process not started')
        return _Sentinel(self)

    def __repr__(self):
        exitcode = None
        if self is _main_process:
            status = 'started'
        elif self._closed:
            status = 'closed'
        elif self._thread is None:
            status = 'initial'
        else:
            exitcode = self._exitcode if self._done.is_set() else None
            status = 'stopped' if exitcode is not None else 'started'
        info = [type(self).__name__, 'name=%r' % self._name]
        if self._thread is not None and not self._closed:
            info.append('pid=%s' % _os.getpid())
        info.append('parent=%s' % (None if self._parent is None else _os.getpid()))
        info.append(status)
        if exitcode is not None:
            if exitcode < 0 and -exitcode in _SIGNAMES:
                exitcode = '-' + _SIGNAMES[-exitcode]
            info.append('exitcode=%s' % exitcode)
        if self.daemon:
            info.append('daemon')
        return '<%s>' % ' '.join(info)


BaseProcess.__module__ = 'multiprocessing.process'


class _MainProcess(BaseProcess):
    def __init__(self):
        self._identity = ()
        self._config = {'authkey': _os.urandom(32), 'semprefix': '/mp'}
        self._parent = None
        self._name = 'MainProcess'
        self._target = None
        self._args = ()
        self._kwargs = {}
        self._init_state()

    def close(self):
        pass

    def is_alive(self):
        return True


_MainProcess.__module__ = 'multiprocessing.process'
_main_process = _MainProcess()


def current_process():
    """The process whose thread calls this: a process's own thread, or a threading.Thread that one of its threads
    started (threads that no process started belong to the main process)."""
    p = _by_thread.get(_get_ident())
    if p is None:
        p = getattr(_threading.current_thread(), '_mp_process', _main_process)
    return p


def _check_terminated():
    if current_process()._terminated:
        raise _ProcessTerminated


_thread_start = _threading.Thread.start


def _start_thread(self):
    # a thread started in a child process belongs to that process, as in CPython
    p = current_process()
    if p is not _main_process:
        self._mp_process = p
    return _thread_start(self)


_start_thread.__name__ = 'start'
_start_thread.__doc__ = _thread_start.__doc__
_threading.Thread.start = _start_thread


def parent_process():
    """The process that started the current one; None in the main process."""
    return current_process()._parent


def _cleanup(process):
    with process._children_lock:
        for p in list(process._children):
            if p._done.is_set():
                del process._children[p]


def active_children():
    """The children of the current process that are still running."""
    me = current_process()
    _cleanup(me)
    with me._children_lock:
        return list(me._children)


def _exit_children(process):
    """What a process does as it ends (CPython's exit function): daemonic children are terminated, the others
    joined."""
    children = active_children() if process is current_process() else list(process._children)
    for p in children:
        if p.daemon:
            p._stop(-15, True)
    for p in children:
        if not p._done.is_set():
            _wait_event(p._done, None)


def _exit_function():
    try:
        for m in list(_live_managers):
            try:
                m.shutdown()
            except BaseException:
                pass
        _exit_children(_main_process)
        # A terminated process's thread that is blocked in this module's queue, pipe, lock, event or join unwinds
        # within _POLL seconds: wait for such threads up to a second in all, so that they do not outlive the
        # interpreter holding their objects (one still computing, or sleeping, is left as a daemon thread is).
        deadline = _time.monotonic() + 1.0
        with _abandoned_lock:
            left = [p._thread for p in _abandoned]
        for t in left:
            t.join(max(0.0, deadline - _time.monotonic()))
    except _ProcessTerminated:
        pass


_atexit.register(_exit_function)


def cpu_count():
    n = _os.cpu_count()
    if n is None:
        raise NotImplementedError('cannot determine number of cpus')
    return n


def freeze_support():
    pass


def _as_process(owner, fn, *args):
    """Runs fn(*args) with current_process() answering owner in this thread (to create and start processes on
    behalf of owner, e.g. a pool's replacement workers)."""
    ident = _get_ident()
    prev = _by_thread.get(ident)
    if owner is _main_process:
        _by_thread.pop(ident, None)
    else:
        _by_thread[ident] = owner
    try:
        return fn(*args)
    finally:
        if prev is None:
            _by_thread.pop(ident, None)
        else:
            _by_thread[ident] = prev


# ---------------------------------------------------------------------------------------------------------------
# synchronization primitives (multiprocessing.synchronize)

def _owner_label(ident):
    """The owner name CPython shows in a lock's repr."""
    if ident == _get_ident():
        name = current_process().name
        t = _threading.current_thread()
        if t.name != 'MainThread':
            name += '|' + t.name
        return name
    if _by_thread.get(ident) is not _by_thread.get(_get_ident()):
        return 'SomeOtherProcess'
    return 'SomeOtherThread'


def _acquire(lock, block, timeout):
    """Acquires a _thread lock as multiprocessing's acquire(block, timeout) does; waits in slices."""
    if not block:
        return lock.acquire(False)
    if timeout is None:
        while not lock.acquire(True, _POLL):
            _check_terminated()
        return True
    deadline = _time.monotonic() + max(timeout, 0)
    while True:
        left = deadline - _time.monotonic()
        if left <= 0:
            return lock.acquire(False)
        if lock.acquire(True, min(left, _POLL)):
            return True
        _check_terminated()


class Lock:
    def __init__(self, *, ctx=None):
        self._lock = _allocate_lock()
        self._owner = None

    def acquire(self, block=True, timeout=None):
        if _acquire(self._lock, block, timeout):
            self._owner = _get_ident()
            return True
        return False

    def release(self):
        if not self._lock.locked():
            raise ValueError('semaphore or lock released too many times')
        self._owner = None
        try:
            self._lock.release()
        except RuntimeError:
            raise ValueError('semaphore or lock released too many times') from None

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._lock.locked() and self._owner == _get_ident()

    def _release_save(self):
        self.release()
        return None

    def _acquire_restore(self, saved):
        self.acquire()

    def __repr__(self):
        owner = self._owner
        if not self._lock.locked():
            name = 'None'
        elif owner is None:
            name = 'SomeOtherThread'
        else:
            name = _owner_label(owner)
        return '<%s(owner=%s)>' % (type(self).__name__, name)


class RLock:
    def __init__(self, *, ctx=None):
        self._lock = _allocate_lock()
        self._owner = None
        self._count = 0

    def acquire(self, block=True, timeout=None):
        me = _get_ident()
        if self._owner == me:
            self._count += 1
            return True
        if _acquire(self._lock, block, timeout):
            self._owner = me
            self._count = 1
            return True
        return False

    def release(self):
        if self._owner != _get_ident() or self._count == 0:
            raise AssertionError('attempt to release recursive lock not owned by thread')
        self._count -= 1
        if self._count == 0:
            self._owner = None
            self._lock.release()

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def _is_owned(self):
        return self._owner == _get_ident()

    def _release_save(self):
        count = self._count
        self._count = 0
        self._owner = None
        self._lock.release()
        return count

    def _acquire_restore(self, count):
        _acquire(self._lock, True, None)
        self._owner = _get_ident()
        self._count = count

    def __repr__(self):
        owner = self._owner
        if owner is None:
            return '<%s(None, 0)>' % type(self).__name__
        return '<%s(%s, %d)>' % (type(self).__name__, _owner_label(owner), self._count)


class Condition:
    def __init__(self, lock=None, *, ctx=None):
        self._lock = RLock() if lock is None else lock
        self._waiters = _collections.deque()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def __repr__(self):
        return '<Condition(%s, %s)>' % (self._lock, len(self._waiters))

    def _is_owned(self):
        owned = getattr(self._lock, '_is_owned', None)
        if owned is not None:
            return owned()
        if self._lock.acquire(False):
            self._lock.release()
            return False
        return True

    def wait(self, timeout=None):
        assert self._is_owned(), 'must acquire() condition before using wait()'
        waiter = _allocate_lock()
        waiter.acquire()
        self._waiters.append(waiter)
        save = getattr(self._lock, '_release_save', None)
        saved = save() if save is not None else self._lock.release()
        got = False
        try:
            got = _acquire(waiter, True, timeout) if timeout is None or timeout > 0 else waiter.acquire(False)
            return got
        finally:
            restore = getattr(self._lock, '_acquire_restore', None)
            if restore is not None:
                restore(saved)
            else:
                self._lock.acquire()
            if not got:
                try:
                    self._waiters.remove(waiter)
                except ValueError:   # notified just as the wait ended: give the wake-up on
                    got = waiter.acquire(False)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if result:
            return result
        deadline = _deadline(timeout)
        while not result:
            if deadline is not None:
                waittime = deadline - _time.monotonic()
                if waittime <= 0:
                    break
            else:
                waittime = None
            self.wait(waittime)
            result = predicate()
        return result

    def notify(self, n=1):
        assert self._is_owned(), 'lock is not owned'
        while n > 0 and self._waiters:
            self._waiters.popleft().release()
            n -= 1

    def notify_all(self):
        self.notify(len(self._waiters) or 1)


class Semaphore:
    def __init__(self, value=1, *, ctx=None):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = _threading.Condition(_allocate_lock())
        self._value = value

    def acquire(self, block=True, timeout=None):
        with self._cond:
            if self._value > 0:
                self._value -= 1
                return True
            if not block:
                return False
            deadline = _deadline(timeout)
            while self._value == 0:
                left = _left(deadline)
                if left == 0:
                    return False
                _wait_cond(self._cond, left)
            self._value -= 1
            return True

    def release(self):
        with self._cond:
            self._value += 1
            self._cond.notify()

    def get_value(self):
        return self._value

    def __enter__(self):
        return self.acquire()

    def __exit__(self, *args):
        self.release()

    def __repr__(self):
        return '<%s(value=%s)>' % (type(self).__name__, self._value)


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1, *, ctx=None):
        super().__init__(value)
        self._maxvalue = value

    def release(self):
        with self._cond:
            if self._value >= self._maxvalue:
                raise ValueError('semaphore or lock released too many times')
            self._value += 1
            self._cond.notify()

    def __repr__(self):
        return '<%s(value=%s, maxvalue=%s)>' % (type(self).__name__, self._value, self._maxvalue)


class Event:
    def __init__(self, *, ctx=None):
        self._event = _threading.Event()

    def is_set(self):
        return self._event.is_set()

    def set(self):
        self._event.set()

    def clear(self):
        self._event.clear()

    def wait(self, timeout=None):
        return _wait_event(self._event, timeout)


class Barrier(_threading.Barrier):
    def __init__(self, parties, action=None, timeout=None, *, ctx=None):
        _threading.Barrier.__init__(self, parties, action, timeout)


for _c in (Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event, Barrier):
    _c.__module__ = 'multiprocessing.synchronize'


# ---------------------------------------------------------------------------------------------------------------
# queues (multiprocessing.queues)

class Queue:
    def __init__(self, maxsize=0, *, ctx=None):
        if maxsize <= 0:
            maxsize = _SEM_VALUE_MAX
        self._maxsize = maxsize
        self._q = _queue.Queue(maxsize)
        self._closed_in = set()      # the processes that closed their handle (close() is per process)

    def _check(self):
        if self._closed_in and current_process() in self._closed_in:
            raise ValueError(f"Queue {self!r} is closed")

    def put(self, obj, block=True, timeout=None):
        self._check()
        q = self._q
        if not block:
            return q.put(obj, False)
        deadline = _deadline(timeout)
        while True:
            left = _left(deadline)
            try:
                return q.put(obj, True, _POLL if left is None else min(left, _POLL))
            except _Full:
                if left is not None and left <= _POLL:
                    raise _Full from None
                _check_terminated()

    def get(self, block=True, timeout=None):
        self._check()
        q = self._q
        if not block:
            return q.get(False)
        deadline = _deadline(timeout)
        while True:
            left = _left(deadline)
            try:
                return q.get(True, _POLL if left is None else min(left, _POLL))
            except _Empty:
                if left is not None and left <= _POLL:
                    raise _Empty from None
                _check_terminated()

    def put_nowait(self, obj):
        return self.put(obj, False)

    def get_nowait(self):
        return self.get(False)

    def qsize(self):
        return self._q.qsize()

    def empty(self):
        if self._closed_in and current_process() in self._closed_in:
            raise OSError('handle is closed')
        return self._q.empty()

    def full(self):
        return self._q.qsize() >= self._maxsize

    def close(self):
        self._closed_in.add(current_process())

    def join_thread(self):
        assert current_process() in self._closed_in, "Queue {0!r} not closed".format(self)

    def cancel_join_thread(self):
        pass


class JoinableQueue(Queue):
    def task_done(self):
        self._q.task_done()

    def join(self):
        q = self._q
        # queue.Queue.join has no timeout: wait on its condition in slices
        with q.all_tasks_done:
            while q.unfinished_tasks:
                _wait_cond(q.all_tasks_done, None)


class SimpleQueue:
    def __init__(self, *, ctx=None):
        self._q = _queue.SimpleQueue()
        self._closed_in = set()

    def _check(self):
        if self._closed_in and current_process() in self._closed_in:
            raise OSError('handle is closed')

    def empty(self):
        self._check()
        return self._q.empty()

    def put(self, obj):
        self._check()
        self._q.put(obj)

    def get(self):
        self._check()
        q = self._q
        while True:
            try:
                return q.get(True, _POLL)
            except _Empty:
                _check_terminated()

    def close(self):
        self._closed_in.add(current_process())


for _c in (Queue, JoinableQueue, SimpleQueue):
    _c.__module__ = 'multiprocessing.queues'


# ---------------------------------------------------------------------------------------------------------------
# pipes (multiprocessing.connection)

class _Channel:
    """One direction of a pipe: messages, and whether its reading / writing end is gone."""
    __slots__ = ('items', 'cond', 'reader_gone', 'writer_gone')

    def __init__(self):
        self.items = _collections.deque()
        self.cond = _threading.Condition(_allocate_lock())
        self.reader_gone = False
        self.writer_gone = False


_BYTES = 0
_OBJECT = 1


def _as_bytes(buf, offset, size):
    m = memoryview(buf)
    if m.itemsize > 1:
        m = m.cast('B')
    n = m.nbytes
    if offset < 0:
        raise ValueError('offset is negative')
    if n < offset:
        raise ValueError('buffer length < offset')
    if size is None:
        size = n - offset
    elif size < 0:
        raise ValueError('size is negative')
    elif offset + size > n:
        raise ValueError('buffer length < offset + size')
    return m[offset:offset + size].tobytes()


class Connection:
    """One end of a Pipe. Messages are the objects themselves (not pickled copies)."""

    def __init__(self, inbox, outbox):
        self._inbox = inbox       # _Channel read from, or None (write-only)
        self._outbox = outbox     # _Channel written to, or None (read-only)
        self._holders = set()     # processes holding this end open (a fork child inherits its parent's)
        self._closed_in = set()   # processes that closed it
        self._gone = False        # no process holds it any longer
        self._hlock = _allocate_lock()
        p = current_process()
        self._holders.add(p)
        p._conns.add(self)

    # per-process handles -----------------------------------------------------------------------------------
    def _inherit(self, parent, child):
        with self._hlock:
            if not self._gone and parent in self._holders:
                self._holders.add(child)
                child._conns.add(self)

    def _release(self, process):
        with self._hlock:
            if process not in self._holders:
                return
            self._holders.discard(process)
            if self._holders or self._gone:
                return
            self._gone = True
        for ch, attr in ((self._inbox, 'reader_gone'), (self._outbox, 'writer_gone')):
            if ch is not None:
                with ch.cond:
                    setattr(ch, attr, True)
                    ch.cond.notify_all()

    def _check(self):
        p = current_process()
        if self._gone or (self._closed_in and p in self._closed_in):
            raise OSError('handle is closed')
        if p not in self._holders:
            # a process that got this end some other way (an argument to a pool task, a queue) holds it now
            with self._hlock:
                if not self._gone:
                    self._holders.add(p)
                    p._conns.add(self)

    @property
    def closed(self):
        return self._gone or current_process() in self._closed_in

    @property
    def readable(self):
        return self._inbox is not None

    @property
    def writable(self):
        return self._outbox is not None

    def close(self):
        p = current_process()
        if p in self._closed_in:
            return
        self._closed_in.add(p)
        self._release(p)

    def fileno(self):
        self._check()
        raise OSError('ftpython: a Connection has no file descriptor (processes are threads)')

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    # sending -----------------------------------------------------------------------------------------------
    def _send(self, kind, payload):
        self._check()
        ch = self._outbox
        if ch is None:
            raise OSError('connection is read-only')
        with ch.cond:
            if ch.reader_gone:
                raise BrokenPipeError(32, 'Broken pipe')
            ch.items.append((kind, payload))
            ch.cond.notify()

    def send(self, obj):
        self._send(_OBJECT, obj)

    def send_bytes(self, buf, offset=0, size=None):
        self._send(_BYTES, _as_bytes(buf, offset, size))

    # receiving ---------------------------------------------------------------------------------------------
    def _inbox_checked(self):
        self._check()
        ch = self._inbox
        if ch is None:
            raise OSError('connection is write-only')
        return ch

    def _take(self):
        ch = self._inbox_checked()
        with ch.cond:
            while not ch.items:
                if ch.writer_gone:
                    raise EOFError
                _wait_cond(ch.cond, None)
            return ch.items.popleft()

    def recv(self):
        kind, payload = self._take()
        if kind == _BYTES:
            import pickle
            return pickle.loads(payload)
        return payload

    @staticmethod
    def _message_bytes(kind, payload):
        if kind == _BYTES:
            return payload
        import pickle
        return pickle.dumps(payload)

    def recv_bytes(self, maxlength=None):
        if maxlength is not None and maxlength < 0:
            raise ValueError('negative maxlength')
        data = self._message_bytes(*self._take())
        if maxlength is not None and len(data) > maxlength:
            # as CPython: the end can no longer read (a read-only end is closed)
            if self._outbox is not None:
                self._inbox = None
            else:
                self.close()
            raise OSError('bad message length')
        return data

    def recv_bytes_into(self, buf, offset=0):
        m = memoryview(buf)
        if m.itemsize > 1:
            m = m.cast('B')
        size = m.nbytes
        if offset < 0:
            raise ValueError('negative offset')
        if offset > size:
            raise ValueError('offset too large')
        data = self._message_bytes(*self._take())
        if len(data) > size - offset:
            raise BufferTooShort(data)
        m[offset:offset + len(data)] = data
        return len(data)

    def poll(self, timeout=0.0):
        ch = self._inbox_checked()
        deadline = _deadline(timeout)
        with ch.cond:
            while True:
                if ch.items or ch.writer_gone:
                    return True
                left = _left(deadline)
                if left == 0:
                    return False
                _wait_cond(ch.cond, left)

    def _ready(self):
        ch = self._inbox
        return ch is not None and (bool(ch.items) or ch.writer_gone or self.closed)


Connection.__module__ = 'multiprocessing.connection'


def Pipe(duplex=True):
    """Two Connection objects: (a, b) that talk both ways, or (reader, writer) when duplex is false."""
    if duplex:
        ab, ba = _Channel(), _Channel()
        return Connection(ba, ab), Connection(ab, ba)
    ch = _Channel()
    return Connection(ch, None), Connection(None, ch)


def _wait(object_list, timeout=None):
    """connection.wait(): the objects of object_list that are ready (Connections with something to read or at
    EOF, process sentinels of ended processes), waiting up to timeout seconds for one."""
    deadline = _deadline(timeout)
    pause = 0.0005
    while True:
        ready = []
        for o in object_list:
            r = getattr(o, '_ready', None)
            if r is not None:
                if r():
                    ready.append(o)
            elif hasattr(o, 'poll') and o.poll():
                ready.append(o)
        if ready:
            return ready
        left = _left(deadline)
        if left == 0:
            return []
        _check_terminated()
        _time.sleep(pause if left is None else min(pause, left))
        pause = min(pause * 2, 0.02)


_listeners = {}
_listeners_lock = _allocate_lock()
_port_counter = [49151]


def _next_port():
    with _listeners_lock:
        _port_counter[0] += 1
        return _port_counter[0]


def _norm_address(address):
    return tuple(address) if isinstance(address, list) else address


class Listener:
    """An in-interpreter listener: Client(address) from any process of this interpreter connects to it (nothing
    outside ftpython can)."""

    def __init__(self, address=None, family=None, backlog=1, authkey=None):
        if address is None:
            address = ('localhost', _next_port())
        address = _norm_address(address)
        with _listeners_lock:
            if address in _listeners:
                raise OSError(98, 'Address already in use')
            _listeners[address] = self
        self._address = address
        self._pending = Queue()
        self._closed = False
        self._last_accepted = None

    def accept(self):
        if self._closed:
            raise OSError('listener is closed')
        conn, peer = self._pending.get()
        self._last_accepted = peer
        return conn

    def close(self):
        if not self._closed:
            self._closed = True
            with _listeners_lock:
                if _listeners.get(self._address) is self:
                    del _listeners[self._address]

    @property
    def address(self):
        return self._address

    @property
    def last_accepted(self):
        return self._last_accepted

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()


def Client(address, family=None, authkey=None):
    with _listeners_lock:
        listener = _listeners.get(_norm_address(address))
    if listener is None:
        raise ConnectionRefusedError(111, 'Connection refused')
    mine, theirs = Pipe()
    listener._pending.put((theirs, ('localhost', _next_port())))
    return mine


Listener.__module__ = 'multiprocessing.connection'


# ---------------------------------------------------------------------------------------------------------------
# shared ctypes objects (multiprocessing.sharedctypes): emulated, as ftpython has no ctypes

import struct as _struct
import operator as _operator


def _int_conv(bits, signed):
    mask = (1 << bits) - 1
    half = 1 << (bits - 1)
    full = 1 << bits

    def conv(x):
        x = _operator.index(x) & mask
        if signed and x >= half:
            x -= full
        return x
    return conv


def _double_conv(x):
    if isinstance(x, float):
        return x
    if isinstance(x, int):
        return float(x)
    if hasattr(type(x), '__float__') or hasattr(type(x), '__index__'):
        return float(x)
    raise TypeError('must be real number, not %s' % type(x).__name__)


def _float_conv(x):
    x = _double_conv(x)
    try:
        return _struct.unpack('f', _struct.pack('f', x))[0]
    except OverflowError:    # ctypes' c_float overflows to infinity
        return float('inf') if x > 0 else float('-inf')


def _char_conv(x):
    if isinstance(x, (bytes, bytearray)) and len(x) == 1:
        return bytes(x)
    if isinstance(x, int) and 0 <= x < 256:
        return bytes((x,))
    raise TypeError('one character bytes, bytearray or integer expected')


def _wchar_conv(x):
    if isinstance(x, str):
        if len(x) == 1:
            return x
        raise TypeError('one character unicode string expected')
    raise TypeError('unicode string expected instead of %s instance' % type(x).__name__)


class _SimpleCData:
    """A ctypes simple object (c_int, c_double...): what RawValue returns."""
    _conv = None
    _zero = 0
    _typecode = None

    def __init__(self, *args):
        if len(args) > 1:
            raise TypeError('__init__ expected at most 1 argument, got %d' % len(args))
        self._v = type(self)._conv(args[0]) if args else self._zero

    @property
    def value(self):
        return self._v

    @value.setter
    def value(self, x):
        self._v = type(self)._conv(x)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, self._v)


_CTYPE_SPECS = {
    # typecode: (ctypes name, converter, zero); on LP64 Linux c_longlong is c_long, as ctypes reports it
    'c': ('c_char', _char_conv, b'\x00'), 'u': ('c_wchar', _wchar_conv, '\x00'),
    'b': ('c_byte', _int_conv(8, True), 0), 'B': ('c_ubyte', _int_conv(8, False), 0),
    'h': ('c_short', _int_conv(16, True), 0), 'H': ('c_ushort', _int_conv(16, False), 0),
    'i': ('c_int', _int_conv(32, True), 0), 'I': ('c_uint', _int_conv(32, False), 0),
    'l': ('c_long', _int_conv(64, True), 0), 'L': ('c_ulong', _int_conv(64, False), 0),
    'q': ('c_long', None, 0), 'Q': ('c_ulong', None, 0),
    'f': ('c_float', _float_conv, 0.0), 'd': ('c_double', _double_conv, 0.0),
}
_ctypes_by_name = {}
_ctypes = {}
for _tc, (_name, _conv, _zero) in _CTYPE_SPECS.items():
    if _name not in _ctypes_by_name:
        _ctypes_by_name[_name] = type(_name, (_SimpleCData,), {
            '_conv': staticmethod(_conv), '_zero': _zero, '_typecode': _tc, '__module__': 'ctypes'})
    _ctypes[_tc] = _ctypes_by_name[_name]
del _tc, _name, _conv, _zero


class _CArray:
    """A ctypes array (c_int_Array_3...): what RawArray returns."""
    _type_ = None
    _length_ = 0

    def __init__(self, values=()):
        conv = self._type_._conv
        items = [conv(v) for v in values]
        if len(items) < self._length_:
            items.extend([self._type_._zero] * (self._length_ - len(items)))
        self._items = items

    def __len__(self):
        return self._length_

    def _join(self, items):
        tc = self._type_._typecode
        if tc == 'c':
            return b''.join(items)
        if tc == 'u':
            return ''.join(items)
        return items

    def __getitem__(self, i):
        if isinstance(i, slice):
            items = self._items
            return self._join([items[k] for k in range(*i.indices(self._length_))])
        i = _operator.index(i)
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError('invalid index')
        return self._items[i]

    def __setitem__(self, i, value):
        conv = self._type_._conv
        if isinstance(i, slice):
            keys = range(*i.indices(self._length_))
            values = list(value)
            if len(values) != len(keys):
                raise ValueError('Can only assign sequence of same size')
            values = [conv(v) for v in values]
            for k, v in zip(keys, values):
                self._items[k] = v
            return
        i = _operator.index(i)
        if i < 0:
            i += self._length_
        if not 0 <= i < self._length_:
            raise IndexError('invalid index')
        self._items[i] = conv(value)

    def __iter__(self):
        return iter(list(self._items))

    # c_char and c_wchar arrays: the string up to the first NUL; c_char arrays: raw
    @property
    def value(self):
        tc = self._type_._typecode
        if tc not in ('c', 'u'):
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        s = self._join(self._items)
        nul = s.find(b'\x00' if tc == 'c' else '\x00')
        return s if nul < 0 else s[:nul]

    @value.setter
    def value(self, s):
        tc = self._type_._typecode
        if tc == 'c':
            if not isinstance(s, bytes):
                raise TypeError('bytes expected instead of %s instance' % type(s).__name__)
            if len(s) > self._length_:
                raise ValueError('byte string too long')
            chars = [bytes((b,)) for b in s]
            nul = b'\x00'
        elif tc == 'u':
            if not isinstance(s, str):
                raise TypeError('unicode string expected instead of %s instance' % type(s).__name__)
            if len(s) > self._length_:
                raise ValueError('string too long')
            chars = list(s)
            nul = '\x00'
        else:
            raise AttributeError("'%s' object has no attribute 'value'" % type(self).__name__)
        self._items[:len(chars)] = chars
        if len(chars) < self._length_:
            self._items[len(chars)] = nul

    @property
    def raw(self):
        if self._type_._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        return b''.join(self._items)

    @raw.setter
    def raw(self, s):
        if self._type_._typecode != 'c':
            raise AttributeError("'%s' object has no attribute 'raw'" % type(self).__name__)
        s = bytes(s)
        if len(s) > self._length_:
            raise ValueError('byte string too long')
        self._items[:len(s)] = [bytes((b,)) for b in s]

    def __repr__(self):
        return '<ctypes.%s object at %#x>' % (type(self).__name__, id(self))


_array_types = {}


def _ctype(typecode_or_type):
    if isinstance(typecode_or_type, type) and issubclass(typecode_or_type, _SimpleCData):
        return typecode_or_type
    t = _ctypes.get(typecode_or_type) if isinstance(typecode_or_type, str) else None
    if t is None:
        raise TypeError('this type has no size')
    return t


def _array_type(ctype, length):
    key = (ctype, length)
    t = _array_types.get(key)
    if t is None:
        t = type('%s_Array_%d' % (ctype.__name__, length), (_CArray,),
                 {'_type_': ctype, '_length_': length, '__module__': 'multiprocessing.sharedctypes'})
        _array_types[key] = t
    return t


def RawValue(typecode_or_type, *args):
    return _ctype(typecode_or_type)(*args)


def RawArray(typecode_or_type, size_or_initializer):
    ctype = _ctype(typecode_or_type)
    if isinstance(size_or_initializer, int):
        return _array_type(ctype, size_or_initializer)()
    values = list(size_or_initializer)
    return _array_type(ctype, len(values))(values)


class SynchronizedBase:
    def __init__(self, obj, lock=None, ctx=None):
        self._obj = obj
        self._lock = lock if lock else RLock()
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *args):
        return self._lock.__exit__(*args)

    def get_obj(self):
        return self._obj

    def get_lock(self):
        return self._lock

    def __repr__(self):
        return '<%s wrapper for %s>' % (type(self).__name__, self._obj)


class Synchronized(SynchronizedBase):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v


class SynchronizedArray(SynchronizedBase):
    def __len__(self):
        return len(self._obj)

    def __getitem__(self, i):
        with self._lock:
            return self._obj[i]

    def __setitem__(self, i, value):
        with self._lock:
            self._obj[i] = value

    def __iter__(self):
        with self._lock:
            return iter(self._obj)


class SynchronizedString(SynchronizedArray):
    @property
    def value(self):
        with self._lock:
            return self._obj.value

    @value.setter
    def value(self, v):
        with self._lock:
            self._obj.value = v

    @property
    def raw(self):
        with self._lock:
            return self._obj.raw

    @raw.setter
    def raw(self, v):
        with self._lock:
            self._obj.raw = v


for _c in (SynchronizedBase, Synchronized, SynchronizedArray, SynchronizedString):
    _c.__module__ = 'multiprocessing.sharedctypes'


def synchronized(obj, lock=None, ctx=None):
    if isinstance(obj, _SimpleCData):
        return Synchronized(obj, lock, ctx)
    if isinstance(obj, _CArray):
        if obj._type_._typecode == 'c':
            return SynchronizedString(obj, lock, ctx)
        return SynchronizedArray(obj, lock, ctx)
    raise TypeError('synchronized() of %s objects is not supported by ftpython' % type(obj).__name__)


def _copy(obj):
    if isinstance(obj, _SimpleCData):
        return type(obj)(obj.value)
    new = type(obj)()
    new._items = list(obj._items)
    return new


def _wrap_shared(obj, lock):
    if lock is False:
        return obj
    if lock in (True, None):
        lock = RLock()
    if not hasattr(lock, 'acquire'):
        raise AttributeError("%r has no method 'acquire'" % lock)
    return synchronized(obj, lock)


def Value(typecode_or_type, *args, lock=True, ctx=None):
    return _wrap_shared(RawValue(typecode_or_type, *args), lock)


def Array(typecode_or_type, size_or_initializer, *, lock=True, ctx=None):
    return _wrap_shared(RawArray(typecode_or_type, size_or_initializer), lock)


# ---------------------------------------------------------------------------------------------------------------
# pools (multiprocessing.pool)

_INIT = 'INIT'
RUN = 'RUN'
CLOSE = 'CLOSE'
TERMINATE = 'TERMINATE'

_APPLY, _MAP, _STARMAP = 0, 1, 2


class RemoteTraceback(Exception):
    def __init__(self, tb):
        self.tb = tb

    def __str__(self):
        return self.tb


RemoteTraceback.__module__ = 'multiprocessing.pool'


class _Failure:
    """A task's exception and its traceback's text, raised again in the caller as CPython does (with a
    RemoteTraceback as its __cause__)."""
    __slots__ = ('exc', 'tb')

    def __init__(self, exc):
        self.exc = exc
        try:
            import traceback
            text = ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__))
        except BaseException:
            text = repr(exc) + '\n'
        self.tb = '\n"""\n%s"""' % text

    def rebuild(self):
        exc = self.exc
        exc.__cause__ = RemoteTraceback(self.tb)
        return exc.with_traceback(None)


class ApplyResult:
    def __init__(self, pool, callback, error_callback):
        self._pool = pool
        self._event = _threading.Event()
        self._callback = callback
        self._error_callback = error_callback
        self._success = None
        self._value = None

    def ready(self):
        return self._event.is_set()

    def successful(self):
        if not self.ready():
            raise ValueError("{0!r} not ready".format(self))
        return self._success

    def wait(self, timeout=None):
        _wait_event(self._event, timeout)

    def get(self, timeout=None):
        self.wait(timeout)
        if not self.ready():
            raise TimeoutError
        if self._success:
            return self._value
        raise self._value.rebuild()

    def _set(self, i, ok, value):
        self._success = ok
        self._value = value
        self._finished()

    def _finished(self):
        if (self._success and self._callback is not None) or (not self._success and
                                                              self._error_callback is not None):
            self._pool._run_callback(self)
        else:
            self._event.set()

    def _run_callbacks(self):
        # in the pool's callback thread (CPython's result handler thread): one callback at a time
        try:
            if self._success:
                self._callback(self._value)
            else:
                self._error_callback(self._value.rebuild())
        except BaseException:
            import traceback
            traceback.print_exc()
        finally:
            self._event.set()


AsyncResult = ApplyResult


class MapResult(ApplyResult):
    def __init__(self, pool, chunksize, length, callback, error_callback):
        ApplyResult.__init__(self, pool, callback, error_callback)
        self._success = True
        self._value = [None] * length
        self._chunksize = chunksize
        self._lock = _allocate_lock()
        if chunksize <= 0:
            self._number_left = 0
            self._event.set()
        else:
            self._number_left = length // chunksize + bool(length % chunksize)

    def _set(self, i, ok, value):
        with self._lock:
            if self._number_left <= 0 or not self._success:
                return
            if ok:
                cs = self._chunksize
                self._value[i * cs:i * cs + len(value)] = value
                self._number_left -= 1
                if self._number_left:
                    return
            else:
                self._success = False
                self._value = value
        self._finished()


class IMapIterator:
    _ordered = True

    def __init__(self, pool):
        self._pool = pool
        self._cond = _threading.Condition(_allocate_lock())
        self._items = {} if self._ordered else _collections.deque()
        self._index = 0
        self._length = None
        self._unwrap = True    # tasks of one item: yield their one result (larger chunks are flattened outside)

    def __iter__(self):
        return self

    def next(self, timeout=None):
        deadline = _deadline(timeout)
        with self._cond:
            while True:
                if self._ordered:
                    if self._index in self._items:
                        ok, value = self._items.pop(self._index)
                        break
                elif self._items:
                    ok, value = self._items.popleft()
                    break
                if self._length is not None and self._index >= self._length:
                    raise StopIteration
                left = _left(deadline)
                if left == 0:
                    raise TimeoutError
                _wait_cond(self._cond, left)
            self._index += 1
        if ok:
            return value[0] if self._unwrap else value
        raise value.rebuild()

    __next__ = next

    def _set(self, i, ok, value):
        with self._cond:
            if self._ordered:
                self._items[i] = (ok, value)
            else:
                self._items.append((ok, value))
            self._cond.notify()

    def _set_length(self, length):
        with self._cond:
            self._length = length
            self._cond.notify()


class IMapUnorderedIterator(IMapIterator):
    _ordered = False


for _c in (ApplyResult, MapResult, IMapIterator, IMapUnorderedIterator):
    _c.__module__ = 'multiprocessing.pool'


def _worker(pool):
    pool._work()


_worker.__name__ = 'worker'   # CPython's pool threads are named 'Thread-N (worker)'


def _thread_name(funcname):
    """Uses up one 'Thread-N (funcname)' name as CPython's pool does for each of its three handler threads, so
    that later threads are numbered as there."""
    def f():
        pass
    f.__name__ = funcname
    _threading.Thread(target=f)


class Pool:
    """A pool of worker processes (threads here: see the module's comment)."""
    _is_thread_pool = False

    def __init__(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None, context=None):
        self._state = _INIT
        self._ctx = context or get_context()
        if processes is None:
            processes = _os.cpu_count() or 1
        if processes < 1:
            raise ValueError("Number of processes must be at least 1")
        if maxtasksperchild is not None:
            if not isinstance(maxtasksperchild, int) or maxtasksperchild <= 0:
                raise ValueError("maxtasksperchild must be a positive int or None")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._processes = processes
        self._initializer = initializer
        self._initargs = initargs
        self._maxtasksperchild = maxtasksperchild
        self._owner = current_process()
        self._cond = _threading.Condition(_allocate_lock())
        self._tasks = _collections.deque()
        self._feeders = 0
        self._workers = []
        self._cb_queue = None
        self._cb_thread = None
        self._state = RUN
        with self._cond:
            for _ in range(processes):
                self._spawn_worker()
        for name in ('_handle_workers', '_handle_tasks', '_handle_results'):
            _thread_name(name)

    def _spawn_worker(self):
        # called with self._cond held
        if self._is_thread_pool:
            w = _threading.Thread(target=_worker, args=(self,), daemon=True)
            self._workers.append(w)
            w.start()
            return

        def make():
            w = self._ctx.Process(target=_worker, args=(self,))
            w.name = w.name.replace('Process', 'PoolWorker')
            w.daemon = True
            self._workers.append(w)
            w.start()
        _as_process(self._owner, make)

    def _work(self):
        if self._initializer is not None:
            self._initializer(*self._initargs)
        cond = self._cond
        tasks = self._tasks
        maxtasks = self._maxtasksperchild
        completed = 0
        while maxtasks is None or completed < maxtasks:
            with cond:
                while not tasks:
                    if self._state == TERMINATE or (self._state != RUN and self._feeders == 0):
                        return
                    cond.wait()
                if self._state == TERMINATE:
                    return
                task = tasks.popleft()
            result, i, func, args, kind = task
            task = None
            try:
                if kind == _MAP:
                    value = list(map(func, args))
                elif kind == _STARMAP:
                    value = list(_itertools.starmap(func, args))
                else:
                    value = func(*args[0], **args[1])
                ok = True
            except _ProcessTerminated:
                return
            except BaseException as e:
                ok = False
                value = _Failure(e)
            args = func = None
            result._set(i, ok, value)
            result = value = None
            completed += 1
        # this worker has done its maxtasksperchild tasks: a fresh one takes its place while work remains
        with cond:
            if self._state == RUN or (self._state == CLOSE and (tasks or self._feeders)):
                self._spawn_worker()

    # submitting ------------------------------------------------------------------------------------------------
    def _check_running(self):
        if self._state != RUN:
            raise ValueError("Pool not running")

    def _submit(self, tasks):
        with self._cond:
            if self._state == TERMINATE:
                return
            self._tasks.extend(tasks)
            self._cond.notify_all()

    def apply(self, func, args=(), kwds={}):
        return self.apply_async(func, args, kwds).get()

    def apply_async(self, func, args=(), kwds={}, callback=None, error_callback=None):
        self._check_running()
        result = ApplyResult(self, callback, error_callback)
        self._submit([(result, 0, func, (tuple(args), dict(kwds)), _APPLY)])
        return result

    def _map_async(self, func, iterable, kind, chunksize=None, callback=None, error_callback=None):
        self._check_running()
        if not hasattr(iterable, '__len__'):
            iterable = list(iterable)
        n = len(iterable)
        if chunksize is None:
            chunksize, extra = divmod(n, self._processes * 4)
            if extra:
                chunksize += 1
        if n == 0:
            chunksize = 0
        result = MapResult(self, chunksize, n, callback, error_callback)
        if n:
            items = iterable if isinstance(iterable, (list, tuple, range)) else list(iterable)
            self._submit([(result, k, func, items[k * chunksize:(k + 1) * chunksize], kind)
                          for k in range((n + chunksize - 1) // chunksize)])
        return result

    def map(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _MAP, chunksize).get()

    def starmap(self, func, iterable, chunksize=None):
        return self._map_async(func, iterable, _STARMAP, chunksize).get()

    def map_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _MAP, chunksize, callback, error_callback)

    def starmap_async(self, func, iterable, chunksize=None, callback=None, error_callback=None):
        return self._map_async(func, iterable, _STARMAP, chunksize, callback, error_callback)

    def _imap(self, cls, func, iterable, chunksize):
        self._check_running()
        if chunksize < 1:
            raise ValueError("Chunksize must be 1+, not {0:n}".format(chunksize))
        result = cls(self)
        result._unwrap = chunksize == 1
        with self._cond:
            self._feeders += 1
        # the iterable is read in a thread of its own, as CPython's task handler thread reads it
        t = _threading.Thread(target=self._feed, args=(result, func, iterable, chunksize),
                              name='ftpython-pool-feeder', daemon=True)
        t.start()
        if chunksize == 1:
            return result
        return (item for chunk in result for item in chunk)

    def _feed(self, result, func, iterable, chunksize):
        i = -1
        try:
            it = iter(iterable)
            while self._state != TERMINATE:
                chunk = list(_itertools.islice(it, chunksize))
                if not chunk:
                    break
                i += 1
                self._submit([(result, i, func, chunk, _MAP)])
            result._set_length(i + 1)
        except BaseException as e:
            result._set(i + 1, False, _Failure(e))
            result._set_length(i + 2)
        finally:
            with self._cond:
                self._feeders -= 1
                self._cond.notify_all()

    def imap(self, func, iterable, chunksize=1):
        return self._imap(IMapIterator, func, iterable, chunksize)

    def imap_unordered(self, func, iterable, chunksize=1):
        return self._imap(IMapUnorderedIterator, func, iterable, chunksize)

    # callbacks -------------------------------------------------------------------------------------------------
    def _run_callback(self, result):
        with self._cond:
            if self._cb_thread is None:
                self._cb_queue = _queue.SimpleQueue()
                self._cb_thread = _threading.Thread(target=self._callback_loop, name='ftpython-pool-callbacks',
                                                    daemon=True)
                self._cb_thread.start()
        self._cb_queue.put(result)

    def _callback_loop(self):
        if self._owner is not _main_process:
            _by_thread[_get_ident()] = self._owner
        q = self._cb_queue
        while True:
            r = q.get()
            if r is None:
                break
            r._run_callbacks()
            r = None
        _by_thread.pop(_get_ident(), None)

    def _stop_callbacks(self):
        with self._cond:
            t = self._cb_thread
        if t is not None:
            self._cb_queue.put(None)
            if t is not _threading.current_thread():
                t.join()

    # ending ----------------------------------------------------------------------------------------------------
    def close(self):
        with self._cond:
            if self._state == RUN:
                self._state = CLOSE
                self._cond.notify_all()

    def terminate(self):
        """Drops the tasks not yet started. Worker processes are marked terminated at once (their threads finish
        the task they run, if any, in the background); a ThreadPool waits for its threads, as CPython's does."""
        with self._cond:
            self._state = TERMINATE
            self._tasks.clear()
            self._cond.notify_all()
            workers = list(self._workers)
        for w in workers:
            if self._is_thread_pool:
                if w is not _threading.current_thread():
                    w.join()
            else:
                w._stop(-15, True)
        self._stop_callbacks()

    def join(self):
        if self._state == RUN:
            raise ValueError("Pool is still running")
        elif self._state not in (CLOSE, TERMINATE):
            raise ValueError("In unknown state")
        i = 0
        while True:
            with self._cond:
                if i >= len(self._workers):
                    break
                w = self._workers[i]
            i += 1
            if self._is_thread_pool:
                if w is not _threading.current_thread():
                    w.join()
            else:
                _as_process(self._owner, w.join)
        self._stop_callbacks()

    def __enter__(self):
        self._check_running()
        return self

    def __exit__(self, *args):
        self.terminate()

    def __reduce__(self):
        raise NotImplementedError('pool objects cannot be passed between processes or pickled')

    def __repr__(self):
        cls = type(self)
        return '<%s.%s state=%s pool_size=%s>' % (cls.__module__, cls.__qualname__, self._state, self._processes)


class ThreadPool(Pool):
    """A pool of threads of the calling process (current_process() in its workers is the caller's)."""
    _is_thread_pool = True

    def __init__(self, processes=None, initializer=None, initargs=()):
        super().__init__(processes, initializer, initargs)


Pool.__module__ = ThreadPool.__module__ = 'multiprocessing.pool'


# ---------------------------------------------------------------------------------------------------------------
# managers (multiprocessing.managers): the manager "process" is a thread that creates the objects; they are the
# ordinary objects, shared by reference

class Namespace:
    def __init__(self, /, **kwds):
        self.__dict__.update(kwds)

    def __repr__(self):
        temp = ['%s=%r' % (name, value) for name, value in self.__dict__.items() if not name.startswith('_')]
        temp.sort()
        return '%s(%s)' % (type(self).__name__, ', '.join(temp))


class _ManagedValue:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    def get(self):
        return self._value

    def set(self, value):
        self._value = value

    value = property(get, set)

    def __repr__(self):
        return '%s(%r, %r)' % (type(self).__name__, self._typecode, self._value)


_ManagedValue.__name__ = _ManagedValue.__qualname__ = 'Value'


def _managed_array(typecode, sequence, lock=True):
    import array
    return array.array(typecode, sequence)


_live_managers = set()
_INITIAL, _STARTED, _SHUTDOWN = 0, 1, 2


def _manager_server(manager, requests, initializer, initargs):
    if initializer is not None:
        initializer(*initargs)
    while True:
        req = requests.get()
        if req is None:
            break
        fn, args, kwds, box = req
        try:
            box[0] = fn(*args, **kwds)
        except BaseException as e:
            box[1] = e
        box[2].set()
        req = box = fn = args = kwds = None


class BaseManager:
    _registry = {}

    def __init__(self, address=None, authkey=None, serializer='pickle', ctx=None, *, shutdown_timeout=1.0):
        self._address = address
        self._authkey = authkey
        self._ctx = ctx or get_context()
        self._state = _INITIAL
        self._process = None
        self._requests = None

    def start(self, initializer=None, initargs=()):
        if self._state != _INITIAL:
            if self._state == _STARTED:
                raise ProcessError("Already started server")
            raise ProcessError("Manager has shut down")
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._requests = _queue.SimpleQueue()
        p = self._ctx.Process(target=_manager_server, args=(self, self._requests, initializer, initargs))
        p.name = type(self).__name__ + '-' + ':'.join(str(i) for i in p._identity)
        p.start()
        self._process = p
        self._state = _STARTED
        _live_managers.add(self)

    def connect(self):
        """Nothing to connect to (no server process): objects are made in the calling thread."""
        if self._state == _INITIAL:
            self._state = _STARTED

    def get_server(self):
        raise NotImplementedError('ftpython: a manager has no server (its objects are shared directly)')

    def _create(self, typeid, fn, args, kwds):
        if self._state != _STARTED:
            raise AssertionError('server not yet started')
        if fn is None:
            raise ValueError('typeid %r was registered without a callable' % typeid)
        if self._requests is None:      # connect()ed: no server thread
            return fn(*args, **kwds)
        box = [None, None, _threading.Event()]
        self._requests.put((fn, args, kwds, box))
        _wait_event(box[2], None)
        if box[1] is not None:
            raise box[1]
        return box[0]

    def shutdown(self):
        if self._state == _STARTED:
            self._state = _SHUTDOWN
            _live_managers.discard(self)
            if self._requests is not None:
                self._requests.put(None)
                if self._process is not current_process():
                    _as_process(self._process._parent, self._process.join, 1.0)

    def join(self, timeout=None):
        if self._process is not None:
            _as_process(self._process._parent, self._process.join, timeout)

    @property
    def address(self):
        return self._address

    def __enter__(self):
        if self._state == _INITIAL:
            self.start()
        if self._state != _STARTED:
            raise ProcessError("Unable to start server")
        return self

    def __exit__(self, *args):
        self.shutdown()

    @classmethod
    def register(cls, typeid, callable=None, proxytype=None, exposed=None, method_to_typeid=None,
                 create_method=True):
        if '_registry' not in cls.__dict__:
            cls._registry = cls._registry.copy()
        cls._registry[typeid] = callable
        if create_method:
            def temp(self, /, *args, **kwds):
                return self._create(typeid, callable, args, kwds)
            temp.__name__ = typeid
            setattr(cls, typeid, temp)


class SyncManager(BaseManager):
    pass


for _typeid, _callable in (
        ('Queue', _queue.Queue), ('JoinableQueue', _queue.Queue), ('Event', _threading.Event),
        ('Lock', _threading.Lock), ('RLock', _threading.RLock), ('Semaphore', _threading.Semaphore),
        ('BoundedSemaphore', _threading.BoundedSemaphore), ('Condition', _threading.Condition),
        ('Barrier', _threading.Barrier), ('Pool', lambda *a, **k: Pool(*a, **k)), ('list', list), ('dict', dict),
        ('Value', _ManagedValue), ('Array', _managed_array), ('Namespace', Namespace)):
    SyncManager.register(_typeid, _callable)
del _typeid, _callable

for _c in (Namespace, _ManagedValue, BaseManager, SyncManager):
    _c.__module__ = 'multiprocessing.managers'


# ---------------------------------------------------------------------------------------------------------------
# shared memory (multiprocessing.shared_memory): blocks named within this interpreter

_shm_blocks = {}
_shm_lock = _allocate_lock()


class SharedMemory:
    def __init__(self, name=None, create=False, size=0, *, track=True):
        if not size >= 0:
            raise ValueError("'size' must be a positive integer")
        if create:
            if size == 0:
                raise ValueError("'size' must be a positive number different from zero")
            with _shm_lock:
                if name is None:
                    while True:
                        name = 'psm_' + _os.urandom(4).hex()
                        if name not in _shm_blocks:
                            break
                elif name in _shm_blocks:
                    raise FileExistsError(17, 'File exists', '/' + name)
                _shm_blocks[name] = block = bytearray(size)
        else:
            if name is None:
                raise ValueError("'name' can only be None if create=True")
            with _shm_lock:
                block = _shm_blocks.get(name)
            if block is None:
                raise FileNotFoundError(2, 'No such file or directory', '/' + name)
        self._name = name
        self._size = len(block)
        self._buf = memoryview(block)

    @property
    def buf(self):
        return self._buf

    @property
    def name(self):
        return self._name

    @property
    def size(self):
        return self._size

    def close(self):
        if self._buf is not None:
            self._buf.release()
            self._buf = None

    def unlink(self):
        with _shm_lock:
            _shm_blocks.pop(self._name, None)

    def __reduce__(self):
        return (type(self), (self._name, False, self._size))

    def __repr__(self):
        return '%s(%r, size=%r)' % (type(self).__name__, self._name, self._size)


SharedMemory.__module__ = 'multiprocessing.shared_memory'


# ---------------------------------------------------------------------------------------------------------------
# logging

_logger = None


def get_logger():
    global _logger
    import logging
    if _logger is None:
        _logger = logging.getLogger('multiprocessing')
        _logger.propagate = False
    return _logger


def log_to_stderr(level=None):
    import logging
    logger = get_logger()
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter('[%(levelname)s/%(processName)s] %(message)s'))
    logger.addHandler(handler)
    if level:
        logger.setLevel(level)
    return logger


# ---------------------------------------------------------------------------------------------------------------
# contexts (multiprocessing.context)

class Process(BaseProcess):
    _start_method = None


class ForkProcess(Process):
    _start_method = 'fork'


class SpawnProcess(Process):
    _start_method = 'spawn'


class ForkServerProcess(Process):
    _start_method = 'forkserver'


for _c in (Process, ForkProcess, SpawnProcess, ForkServerProcess):
    _c.__module__ = 'multiprocessing.context'


# the implementations, before the module's names become the default context's methods
_k = _types.SimpleNamespace(
    cpu_count=cpu_count, Pipe=Pipe, Lock=Lock, RLock=RLock, Condition=Condition, Semaphore=Semaphore,
    BoundedSemaphore=BoundedSemaphore, Event=Event, Barrier=Barrier, Queue=Queue, JoinableQueue=JoinableQueue,
    SimpleQueue=SimpleQueue, Pool=Pool, RawValue=RawValue, RawArray=RawArray, Value=Value, Array=Array,
    freeze_support=freeze_support, get_logger=get_logger, log_to_stderr=log_to_stderr)


class BaseContext:
    ProcessError = ProcessError
    BufferTooShort = BufferTooShort
    TimeoutError = TimeoutError
    AuthenticationError = AuthenticationError

    current_process = staticmethod(current_process)
    parent_process = staticmethod(parent_process)
    active_children = staticmethod(active_children)

    def cpu_count(self):
        return _k.cpu_count()

    def Manager(self):
        m = SyncManager(ctx=self.get_context())
        m.start()
        return m

    def Pipe(self, duplex=True):
        return _k.Pipe(duplex)

    def Lock(self):
        return _k.Lock(ctx=self)

    def RLock(self):
        return _k.RLock(ctx=self)

    def Condition(self, lock=None):
        return _k.Condition(lock, ctx=self)

    def Semaphore(self, value=1):
        return _k.Semaphore(value, ctx=self)

    def BoundedSemaphore(self, value=1):
        return _k.BoundedSemaphore(value, ctx=self)

    def Event(self):
        return _k.Event(ctx=self)

    def Barrier(self, parties, action=None, timeout=None):
        return _k.Barrier(parties, action, timeout, ctx=self)

    def Queue(self, maxsize=0):
        return _k.Queue(maxsize, ctx=self)

    def JoinableQueue(self, maxsize=0):
        return _k.JoinableQueue(maxsize, ctx=self)

    def SimpleQueue(self):
        return _k.SimpleQueue(ctx=self)

    def Pool(self, processes=None, initializer=None, initargs=(), maxtasksperchild=None):
        return _k.Pool(processes, initializer, initargs, maxtasksperchild, context=self.get_context())

    def RawValue(self, typecode_or_type, *args):
        return _k.RawValue(typecode_or_type, *args)

    def RawArray(self, typecode_or_type, size_or_initializer):
        return _k.RawArray(typecode_or_type, size_or_initializer)

    def Value(self, typecode_or_type, *args, lock=True):
        return _k.Value(typecode_or_type, *args, lock=lock, ctx=self)

    def Array(self, typecode_or_type, size_or_initializer, *, lock=True):
        return _k.Array(typecode_or_type, size_or_initializer, lock=lock, ctx=self)

    def freeze_support(self):
        pass

    def get_logger(self):
        return _k.get_logger()

    def log_to_stderr(self, level=None):
        return _k.log_to_stderr(level)

    def allow_connection_pickling(self):
        pass

    def set_executable(self, executable):
        pass

    def set_forkserver_preload(self, module_names):
        pass

    def get_context(self, method=None):
        if method is None:
            return self
        try:
            return _concrete_contexts[method]
        except KeyError:
            raise ValueError('cannot find context for %r' % method) from None

    def get_start_method(self, allow_none=False):
        return self._name

    def set_start_method(self, method, force=False):
        raise ValueError('cannot set start method of concrete context')

    def get_all_start_methods(self):
        return ['fork', 'spawn', 'forkserver']

    @property
    def reducer(self):
        import pickle
        return pickle

    @reducer.setter
    def reducer(self, reduction):
        pass


class ForkContext(BaseContext):
    _name = 'fork'
    Process = ForkProcess


class SpawnContext(BaseContext):
    _name = 'spawn'
    Process = SpawnProcess


class ForkServerContext(BaseContext):
    _name = 'forkserver'
    Process = ForkServerProcess


class DefaultContext(BaseContext):
    Process = Process

    def __init__(self, context):
        self._default_context = context
        self._actual_context = None

    def get_context(self, method=None):
        if method is None:
            if self._actual_context is None:
                self._actual_context = self._default_context
            return self._actual_context
        return BaseContext.get_context(self, method)

    def set_start_method(self, method, force=False):
        if self._actual_context is not None and not force:
            raise RuntimeError('context has already been set')
        if method is None and force:
            self._actual_context = None
            return
        self._actual_context = self.get_context(method)

    def get_start_method(self, allow_none=False):
        if self._actual_context is None:
            if allow_none:
                return None
            self._actual_context = self._default_context
        return self._actual_context._name


for _c in (BaseContext, ForkContext, SpawnContext, ForkServerContext, DefaultContext):
    _c.__module__ = 'multiprocessing.context'

_concrete_contexts = {'fork': ForkContext(), 'spawn': SpawnContext(), 'forkserver': ForkServerContext()}
_default_context = DefaultContext(_concrete_contexts['fork'])

# the module's functions are the default context's methods, as in CPython
for _name in ('cpu_count', 'Manager', 'Pipe', 'Lock', 'RLock', 'Condition', 'Semaphore', 'BoundedSemaphore',
              'Event', 'Barrier', 'Queue', 'JoinableQueue', 'SimpleQueue', 'Pool', 'RawValue', 'RawArray', 'Value',
              'Array', 'freeze_support', 'get_logger', 'log_to_stderr', 'allow_connection_pickling',
              'set_executable', 'set_forkserver_preload', 'get_context', 'get_start_method', 'set_start_method',
              'get_all_start_methods'):
    globals()[_name] = getattr(_default_context, _name)
del _name
reducer = _default_context.reducer


# ---------------------------------------------------------------------------------------------------------------
# submodules

def _submodule(name, **attrs):
    mod = _types.ModuleType('multiprocessing.' + name)
    mod.__dict__.update(attrs)
    _sys.modules['multiprocessing.' + name] = mod
    return mod




process = _submodule(
    'process', BaseProcess=BaseProcess, current_process=current_process, active_children=active_children,
    parent_process=parent_process)

context = _submodule(
    'context', BaseContext=BaseContext, DefaultContext=DefaultContext, ForkContext=ForkContext,
    SpawnContext=SpawnContext, ForkServerContext=ForkServerContext, Process=Process, ForkProcess=ForkProcess,
    SpawnProcess=SpawnProcess, ForkServerProcess=ForkServerProcess, ProcessError=ProcessError,
    BufferTooShort=BufferTooShort, TimeoutError=TimeoutError, AuthenticationError=AuthenticationError)

pool = _submodule(
    'pool', Pool=_k.Pool, ThreadPool=ThreadPool, ApplyResult=ApplyResult, AsyncResult=AsyncResult,
    MapResult=MapResult, IMapIterator=IMapIterator, IMapUnorderedIterator=IMapUnorderedIterator,
    RemoteTraceback=RemoteTraceback, RUN=RUN, CLOSE=CLOSE, TERMINATE=TERMINATE, TimeoutError=TimeoutError)

queues = _submodule('queues', Queue=_k.Queue, JoinableQueue=_k.JoinableQueue, SimpleQueue=_k.SimpleQueue,
                    Empty=_Empty, Full=_Full)

synchronize = _submodule(
    'synchronize', Lock=_k.Lock, RLock=_k.RLock, Condition=_k.Condition, Semaphore=_k.Semaphore,
    BoundedSemaphore=_k.BoundedSemaphore, Event=_k.Event, Barrier=_k.Barrier)

sharedctypes = _submodule(
    'sharedctypes', RawValue=_k.RawValue, RawArray=_k.RawArray, Value=_k.Value, Array=_k.Array,
    synchronized=synchronized, copy=_copy, Synchronized=Synchronized, SynchronizedArray=SynchronizedArray,
    SynchronizedString=SynchronizedString, SynchronizedBase=SynchronizedBase)

managers = _submodule(
    'managers', BaseManager=BaseManager, SyncManager=SyncManager, Namespace=Namespace, Value=_ManagedValue)

connection = _submodule(
    'connection', Connection=Connection, Pipe=_k.Pipe, wait=_wait, Listener=Listener, Client=Client,
    AuthenticationError=AuthenticationError, BufferTooShort=BufferTooShort)

shared_memory = _submodule('shared_memory', SharedMemory=SharedMemory)

util = _submodule('util', get_logger=_k.get_logger, log_to_stderr=_k.log_to_stderr,
                  register_after_fork=lambda obj, func: None, is_exiting=lambda: _sys.is_finalizing())


# multiprocessing.dummy: the same API over threading (Process is a thread, current_process() the current thread)

_dummy_children = {}     # parent thread ident -> {DummyProcess: None}


class DummyProcess(_threading.Thread):
    def __init__(self, group=None, target=None, name=None, args=(), kwargs={}):
        _threading.Thread.__init__(self, group, target, name, args, kwargs)
        self._start_called = False
        self._parent = _threading.current_thread()

    def start(self):
        if self._parent is not _threading.current_thread():
            raise RuntimeError("Parent is {0!r} but current_process is {1!r}".format(
                self._parent, _threading.current_thread()))
        self._start_called = True
        _dummy_children.setdefault(self._parent.ident, {})[self] = None
        _threading.Thread.start(self)

    @property
    def exitcode(self):
        if self._start_called and not self.is_alive():
            return 0
        return None


DummyProcess.__module__ = 'multiprocessing.dummy'


def _dummy_active_children():
    children = _dummy_children.get(_get_ident(), {})
    for p in list(children):
        if not p.is_alive():
            children.pop(p, None)
    return list(children)


class _DummyValue:
    def __init__(self, typecode, value, lock=True):
        self._typecode = typecode
        self._value = value

    @property
    def value(self):
        return self._value

    @value.setter
    def value(self, value):
        self._value = value

    def __repr__(self):
        return '<%s(%r, %r)>' % (type(self).__name__, self._typecode, self._value)


_DummyValue.__name__ = _DummyValue.__qualname__ = 'Value'
_DummyValue.__module__ = 'multiprocessing.dummy'


def _dummy_pool(processes=None, initializer=None, initargs=()):
    return ThreadPool(processes, initializer, initargs)


dummy = _submodule(
    'dummy', Process=DummyProcess, DummyProcess=DummyProcess, current_process=_threading.current_thread,
    active_children=_dummy_active_children, freeze_support=freeze_support, Lock=_threading.Lock,
    RLock=_threading.RLock, Semaphore=_threading.Semaphore, BoundedSemaphore=_threading.BoundedSemaphore,
    Condition=_threading.Condition, Event=_threading.Event, Barrier=_threading.Barrier, Queue=_queue.Queue,
    JoinableQueue=_queue.Queue, Namespace=Namespace, Value=_DummyValue, Array=_managed_array, Pipe=_k.Pipe,
    Pool=_dummy_pool, shutdown=lambda: None, list=list, dict=dict)
dummy.Manager = lambda: dummy
dummy.connection = _submodule('dummy.connection', Pipe=_k.Pipe, Connection=Connection, Listener=Listener,
                              Client=Client)
