# SPDX-License-Identifier: Apache-2.0
# concurrent.futures for ftpython (imported as concurrent.futures): Future, ThreadPoolExecutor, wait, as_completed
# and the exceptions, with CPython 3.13's interface and states. ftpython has no processes: ProcessPoolExecutor is
# refused when made. The pool's workers are ordinary threads, which run in parallel here (there is no global lock).
# Written for ftpython over threading and queue.

import threading
import time as _time
import queue as _queue

__all__ = ['FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError',
           'InvalidStateError', 'BrokenExecutor', 'Future', 'Executor', 'wait', 'as_completed',
           'ThreadPoolExecutor', 'ProcessPoolExecutor']

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_RUNNING = 'RUNNING'
_CANCELLED = 'CANCELLED'
_CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
_FINISHED = 'FINISHED'


class Error(Exception):
    pass


class CancelledError(Error):
    pass


TimeoutError = TimeoutError


class InvalidStateError(Error):
    pass


class BrokenExecutor(RuntimeError):
    pass


class BrokenThreadPool(BrokenExecutor):
    pass


class Future:
    """The result of a call that may not have finished: its state under one condition variable."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def __repr__(self):
        with self._condition:
            if self._state == _FINISHED:
                if self._exception:
                    return '<%s at %#x state=%s raised %s>' % (type(self).__name__, id(self), self._state.lower(),
                                                              type(self._exception).__name__)
                return '<%s at %#x state=%s returned %s>' % (type(self).__name__, id(self), self._state.lower(),
                                                            type(self._result).__name__)
            return '<%s at %#x state=%s>' % (type(self).__name__, id(self), self._state.lower())

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback(self)
            except Exception as e:
                import sys
                sys.stderr.write('exception calling callback for %r: %r\n' % (self, e))

    def cancel(self):
        with self._condition:
            if self._state in (_RUNNING, _FINISHED):
                return False
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
                return True
            self._state = _CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED)

    def running(self):
        with self._condition:
            return self._state == _RUNNING

    def done(self):
        with self._condition:
            return self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED)

    def _get_result(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        with self._condition:
            if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                self._done_callbacks.append(fn)
                return
        try:
            fn(self)
        except Exception as e:
            import sys
            sys.stderr.write('exception calling callback for %r: %r\n' % (self, e))

    def _await_finished(self, timeout):
        """Waits (under the condition) until the future has finished: CancelledError or TimeoutError otherwise."""
        if self._state not in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
            self._condition.wait(timeout)
        if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED):
            raise CancelledError()
        if self._state != _FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        with self._condition:
            self._await_finished(timeout)
            return self._get_result()

    def exception(self, timeout=None):
        with self._condition:
            self._await_finished(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        with self._condition:
            if self._state == _CANCELLED:
                self._state = _CANCELLED_AND_NOTIFIED
                for w in self._waiters:
                    w.add_cancelled(self)
                return False
            if self._state == _PENDING:
                self._state = _RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _finish(self, result, exception):
        with self._condition:
            if self._state in (_CANCELLED, _CANCELLED_AND_NOTIFIED, _FINISHED):
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._exception = exception
            self._state = _FINISHED
            for w in self._waiters:
                if exception is None:
                    w.add_result(self)
                else:
                    w.add_exception(self)
            self._condition.notify_all()
        self._invoke_callbacks()

    def set_result(self, result):
        self._finish(result, None)

    def set_exception(self, exception):
        self._finish(None, exception)

    def __class_getitem__(cls, item):
        return cls


class _Waiter:
    """Collects the futures that finish, for wait and as_completed."""

    def __init__(self):
        self.event = threading.Event()
        self.finished_futures = []
        self.lock = threading.Lock()

    def add_result(self, future):
        with self.lock:
            self.finished_futures.append(future)

    def add_exception(self, future):
        with self.lock:
            self.finished_futures.append(future)

    def add_cancelled(self, future):
        with self.lock:
            self.finished_futures.append(future)


class _FirstWaiter(_Waiter):
    def add_result(self, future):
        super().add_result(future)
        self.event.set()

    def add_exception(self, future):
        super().add_exception(future)
        self.event.set()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        self.event.set()


class _CountingWaiter(_Waiter):
    def __init__(self, pending, stop_on_exception):
        super().__init__()
        self.pending = pending
        self.stop_on_exception = stop_on_exception

    def _decrement(self):
        self.pending -= 1
        if not self.pending:
            self.event.set()

    def add_result(self, future):
        super().add_result(future)
        with self.lock:
            self._decrement()

    def add_exception(self, future):
        super().add_exception(future)
        if self.stop_on_exception:
            self.event.set()
        else:
            with self.lock:
                self._decrement()

    def add_cancelled(self, future):
        super().add_cancelled(future)
        with self.lock:
            self._decrement()


def _done(f):
    return f._state in (_CANCELLED_AND_NOTIFIED, _FINISHED)


class DoneAndNotDoneFutures(tuple):
    def __new__(cls, done, not_done):
        return super().__new__(cls, (done, not_done))

    done = property(lambda self: self[0])
    not_done = property(lambda self: self[1])

    def __repr__(self):
        return 'DoneAndNotDoneFutures(done=%r, not_done=%r)' % (self[0], self[1])


class _AcquireFutures:
    """Holds the conditions of several futures, taken in id order: two threads waiting on overlapping sets of
    futures take them in the same order and cannot deadlock."""

    def __init__(self, futures):
        self.futures = sorted(futures, key=id)

    def __enter__(self):
        for f in self.futures:
            f._condition.acquire()

    def __exit__(self, *args):
        for f in self.futures:
            f._condition.release()


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    fs = set(fs)
    with _AcquireFutures(fs):
        done = {f for f in fs if _done(f)}
        not_done = fs - done
        if return_when == FIRST_COMPLETED and done:
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_EXCEPTION and any(f._state == _FINISHED and f._exception is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
        if len(done) == len(fs):
            return DoneAndNotDoneFutures(done, not_done)
        if return_when == FIRST_COMPLETED:
            waiter = _FirstWaiter()
        elif return_when in (FIRST_EXCEPTION, ALL_COMPLETED):
            waiter = _CountingWaiter(len(not_done), return_when == FIRST_EXCEPTION)
        else:
            raise ValueError('Invalid return condition: %r' % return_when)
        for f in fs:
            f._waiters.append(waiter)
    waiter.event.wait(timeout)
    for f in fs:
        with f._condition:
            f._waiters.remove(waiter)
    done = done | set(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    end = None if timeout is None else _time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    with _AcquireFutures(fs):
        finished = {f for f in fs if _done(f)}
        pending = fs - finished
        waiter = _CountingWaiter(len(pending), False) if pending else None
        if waiter is not None:
            for f in pending:
                f._waiters.append(waiter)
    try:
        for f in list(finished):
            yield f
        while pending:
            wait_timeout = None if end is None else end - _time.monotonic()
            if wait_timeout is not None and wait_timeout < 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(wait_timeout)
            with waiter.lock:
                got = waiter.finished_futures
                waiter.finished_futures = []
                waiter.event.clear()
            for f in got:
                pending.discard(f)
                yield f
            if not got and wait_timeout is not None and end - _time.monotonic() <= 0:
                raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
    finally:
        if waiter is not None:
            for f in fs:
                with f._condition:
                    if waiter in f._waiters:
                        f._waiters.remove(waiter)


class Executor:
    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        end = None if timeout is None else _time.monotonic() + timeout
        fs = [self.submit(fn, *args) for args in zip(*iterables)]

        def results():
            try:
                fs.reverse()
                while fs:
                    f = fs.pop()
                    if end is None:
                        yield f.result()
                    else:
                        yield f.result(end - _time.monotonic())
            finally:
                for f in fs:
                    f.cancel()
        return results()

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


class _WorkItem:
    def __init__(self, future, fn, args, kwargs):
        self.future = future
        self.fn = fn
        self.args = args
        self.kwargs = kwargs

    def run(self):
        if not self.future.set_running_or_notify_cancel():
            return
        try:
            result = self.fn(*self.args, **self.kwargs)
        except BaseException as exc:
            self.future.set_exception(exc)
        else:
            self.future.set_result(result)


class ThreadPoolExecutor(Executor):
    _counter = 0
    _counter_lock = threading.Lock()

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            import os
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError('max_workers must be greater than 0')
        if initializer is not None and not callable(initializer):
            raise TypeError('initializer must be a callable')
        self._max_workers = max_workers
        self._work_queue = _queue.SimpleQueue()
        self._idle_semaphore = threading.Semaphore(0)
        self._threads = set()
        self._broken = False
        self._shutdown = False
        self._shutdown_lock = threading.Lock()
        with ThreadPoolExecutor._counter_lock:
            ThreadPoolExecutor._counter += 1
            n = ThreadPoolExecutor._counter
        self._thread_name_prefix = thread_name_prefix or ('ThreadPoolExecutor-%d' % (n - 1))
        self._initializer = initializer
        self._initargs = initargs

    def submit(self, fn, /, *args, **kwargs):
        with self._shutdown_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._shutdown:
                raise RuntimeError('cannot schedule new futures after shutdown')
            f = Future()
            self._work_queue.put(_WorkItem(f, fn, args, kwargs))
            self._adjust_thread_count()
            return f

    def _adjust_thread_count(self):
        if self._idle_semaphore.acquire(timeout=0):
            return
        if len(self._threads) < self._max_workers:
            name = '%s_%d' % (self._thread_name_prefix, len(self._threads))
            t = threading.Thread(name=name, target=self._worker)
            t.start()
            self._threads.add(t)

    def _worker(self):
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException:
                with self._shutdown_lock:
                    self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
                    while True:
                        try:
                            item = self._work_queue.get_nowait()
                        except _queue.Empty:
                            break
                        if item is not None:
                            item.future.set_exception(BrokenThreadPool(self._broken))
                return
        while True:
            item = self._work_queue.get(block=True)
            if item is None:
                self._work_queue.put(None)  # wake the next worker: the pool is shutting down
                return
            item.run()
            del item
            self._idle_semaphore.release()

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._shutdown_lock:
            self._shutdown = True
            if cancel_futures:
                while True:
                    try:
                        item = self._work_queue.get_nowait()
                    except _queue.Empty:
                        break
                    if item is not None:
                        item.future.cancel()
            self._work_queue.put(None)
        if wait:
            for t in list(self._threads):
                t.join()


class ProcessPoolExecutor(Executor):
    def __init__(self, *args, **kwargs):
        raise NotImplementedError('ProcessPoolExecutor is not supported by ftpython (it has no processes); '
                                  'ThreadPoolExecutor runs in parallel here')
