# SPDX-License-Identifier: Apache-2.0
# asyncio for ftpython: an event loop (call_soon, call_later, call_soon_threadsafe, run_in_executor), futures and
# tasks over coroutines' send and throw, run, sleep, gather, wait_for, wait, as_completed, shield, timeout, TaskGroup,
# to_thread, the synchronization primitives (Lock, Event, Condition, Semaphore, BoundedSemaphore) and queues. Tasks
# run one at a time, in the order CPython's loop runs them (ready callbacks first-in first-out, then due timers).
# No sockets, streams, subprocesses, signal handlers or asynchronous generators.
import collections as _collections
import heapq as _heapq
import functools as _functools
import threading as _threading
import time as _time
import _thread

__all__ = ['run', 'sleep', 'gather', 'wait_for', 'wait', 'as_completed', 'shield', 'create_task', 'ensure_future',
           'get_event_loop', 'get_running_loop', 'new_event_loop', 'set_event_loop', 'current_task', 'all_tasks',
           'to_thread', 'timeout', 'Future', 'Task', 'TaskGroup', 'Lock', 'Event', 'Condition', 'Semaphore',
           'BoundedSemaphore', 'Queue', 'PriorityQueue', 'LifoQueue', 'QueueEmpty', 'QueueFull', 'CancelledError',
           'InvalidStateError', 'TimeoutError', 'iscoroutine', 'iscoroutinefunction', 'FIRST_COMPLETED',
           'FIRST_EXCEPTION', 'ALL_COMPLETED', 'AbstractEventLoop']


class CancelledError(BaseException):
    """The Future or Task was cancelled."""
    __module__ = 'asyncio.exceptions'


class InvalidStateError(Exception):
    """The operation is not allowed in this state."""
    __module__ = 'asyncio.exceptions'


TimeoutError = TimeoutError


class QueueEmpty(Exception):
    """Raised when Queue.get_nowait() is called on an empty Queue."""
    __module__ = 'asyncio.queues'


class QueueFull(Exception):
    """Raised when Queue.put_nowait() is called on a full Queue."""
    __module__ = 'asyncio.queues'


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


def iscoroutine(obj):
    """A coroutine, or any object collections.abc.Coroutine takes (send, throw, close and __await__: an asynchronous
    generator's asend/athrow/aclose awaitables too), as CPython's."""
    if type(obj).__name__ == 'coroutine':
        return True
    import collections.abc
    return isinstance(obj, collections.abc.Coroutine)


def iscoroutinefunction(func):
    import inspect
    return inspect.iscoroutinefunction(func)


# ---- which loop runs on which thread, and which task it is running

_running_loops = {}   # thread ident -> the loop running there
_event_loops = {}     # thread ident -> the loop set (or made) for it
_current_tasks = {}   # loop -> the task it is stepping


def get_running_loop():
    loop = _running_loops.get(_thread.get_ident())
    if loop is None:
        raise RuntimeError('no running event loop')
    return loop


def _get_running_loop():
    return _running_loops.get(_thread.get_ident())


def get_event_loop():
    loop = _get_running_loop()
    if loop is not None:
        return loop
    ident = _thread.get_ident()
    loop = _event_loops.get(ident)
    if loop is None or loop.is_closed():
        loop = new_event_loop()
        _event_loops[ident] = loop
    return loop


def set_event_loop(loop):
    if loop is None:
        _event_loops.pop(_thread.get_ident(), None)
    else:
        _event_loops[_thread.get_ident()] = loop


def new_event_loop():
    return get_event_loop_policy().new_event_loop()


class AbstractEventLoopPolicy:
    """The policy interface: get_event_loop, set_event_loop and new_event_loop for the current context."""

    def get_event_loop(self):
        raise NotImplementedError

    def set_event_loop(self, loop):
        raise NotImplementedError

    def new_event_loop(self):
        raise NotImplementedError


class DefaultEventLoopPolicy(AbstractEventLoopPolicy):
    """One event loop per thread (the module's functions), made by EventLoop."""

    def get_event_loop(self):
        return get_event_loop()

    def set_event_loop(self, loop):
        set_event_loop(loop)

    def new_event_loop(self):
        return EventLoop()


_policy = [None]


def get_event_loop_policy():
    if _policy[0] is None:
        _policy[0] = DefaultEventLoopPolicy()
    return _policy[0]


def set_event_loop_policy(policy):
    """Sets the policy; None restores the default (a fresh DefaultEventLoopPolicy)."""
    if policy is not None and not isinstance(policy, AbstractEventLoopPolicy):
        raise TypeError(f"policy must be an instance of AbstractEventLoopPolicy or None, not '{type(policy).__name__}'")
    _policy[0] = policy


def current_task(loop=None):
    if loop is None:
        loop = get_running_loop()
    return _current_tasks.get(loop)


def all_tasks(loop=None):
    if loop is None:
        loop = get_running_loop()
    return {t for t in list(loop._tasks) if not t.done()}


# ---- handles and the loop

class Handle:
    """A callback the loop will call: cancel() keeps it from running."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({'message': 'Exception in callback %r' % (self._callback,),
                                               'exception': exc, 'handle': self})

    def __repr__(self):
        return '<%s %r>' % ('Handle' if not self._cancelled else 'Handle cancelled', self._callback)


class TimerHandle(Handle):
    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when


class AbstractEventLoop:
    pass


class EventLoop(AbstractEventLoop):
    """A loop that runs callbacks (ready ones in order, then timers as they fall due) on the thread that runs it."""

    def __init__(self):
        self._ready = _collections.deque()
        self._scheduled = []
        self._seq = 0
        self._stopping = False
        self._closed = False
        self._thread_id = None
        self._lock = _threading.Lock()
        self._wakeup = _threading.Condition(self._lock)
        self._from_threads = _collections.deque()
        self._exception_handler = None
        self._default_executor = None
        self._tasks = set()
        self._debug = False
        self._asyncgens = None  # the asynchronous generators started while this loop ran (a WeakSet)

    def time(self):
        return _time.monotonic()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        handle = TimerHandle(when, callback, args, self)
        _heapq.heappush(self._scheduled, (when, self._seq, handle))
        self._seq += 1
        return handle

    def call_soon_threadsafe(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        with self._lock:
            self._from_threads.append(handle)
            self._wakeup.notify()
        return handle

    def create_future(self):
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        self._check_closed()
        return Task(coro, loop=self, name=name, context=context)  # the task's steps run in that very context

    def is_running(self):
        return self._thread_id is not None

    def is_closed(self):
        return self._closed

    def get_debug(self):
        return self._debug

    def set_debug(self, enabled):
        self._debug = bool(enabled)

    def stop(self):
        self._stopping = True

    def close(self):
        if self.is_running():
            raise RuntimeError('Cannot close a running event loop')
        if self._closed:
            return
        self._closed = True
        self._ready.clear()
        self._scheduled.clear()
        executor = self._default_executor
        self._default_executor = None
        if executor is not None:
            executor.shutdown(wait=False)

    def run_forever(self):
        self._check_closed()
        if self.is_running():
            raise RuntimeError('This event loop is already running')
        ident = _thread.get_ident()
        if _running_loops.get(ident) is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._thread_id = ident
        _running_loops[ident] = self
        import sys
        old_hooks = sys.get_asyncgen_hooks()
        sys.set_asyncgen_hooks(firstiter=self._asyncgen_firstiter_hook, finalizer=self._asyncgen_finalizer_hook)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._thread_id = None
            _running_loops.pop(ident, None)
            sys.set_asyncgen_hooks(*old_hooks)

    def _asyncgen_firstiter_hook(self, agen):
        if self._asyncgens is None:
            import weakref
            self._asyncgens = weakref.WeakSet()
        self._asyncgens.add(agen)

    def _asyncgen_finalizer_hook(self, agen):
        if self._asyncgens is not None:
            self._asyncgens.discard(agen)
        if not self.is_closed():
            self.call_soon_threadsafe(self._close_agen, agen)

    def _close_agen(self, agen):
        task = self.create_task(_aclose(agen))
        task._closing_agen = True  # run's cancellation leaves it alone; shutdown_asyncgens waits for it

    def run_until_complete(self, future):
        self._check_closed()
        new_task = not isinstance(future, Future)
        future = ensure_future(future, loop=self)

        def done(fut):
            fut._loop.stop()
        future.add_done_callback(done)
        try:
            self.run_forever()
        except BaseException:
            if new_task and future.done() and not future.cancelled():
                future.exception()  # retrieved: no "never retrieved" report
            raise
        finally:
            future.remove_done_callback(done)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        with self._lock:
            while self._from_threads:
                self._ready.append(self._from_threads.popleft())
        if not self._ready and not self._stopping:
            timeout = None
            if self._scheduled:
                timeout = max(0.0, self._scheduled[0][0] - self.time())
            if timeout is None or timeout > 0:
                with self._lock:
                    if not self._from_threads:
                        self._wakeup.wait(timeout)
                    while self._from_threads:
                        self._ready.append(self._from_threads.popleft())
        end = self.time() + 1e-9
        while self._scheduled and self._scheduled[0][0] <= end:
            handle = _heapq.heappop(self._scheduled)[2]
            if not handle._cancelled:
                self._ready.append(handle)
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    def run_in_executor(self, executor, func, *args):
        self._check_closed()
        if executor is None:
            executor = self._default_executor
            if executor is None:
                import concurrent.futures
                executor = concurrent.futures.ThreadPoolExecutor(thread_name_prefix='asyncio')
                self._default_executor = executor
        return wrap_future(executor.submit(func, *args), loop=self)

    def set_exception_handler(self, handler):
        self._exception_handler = handler

    def get_exception_handler(self):
        return self._exception_handler

    def default_exception_handler(self, context):
        import sys
        message = context.get('message') or 'Unhandled exception in event loop'
        exc = context.get('exception')
        text = message
        if exc is not None:
            import traceback
            text += '\n' + ''.join(traceback.format_exception(type(exc), exc, exc.__traceback__
                                                              if hasattr(exc, '__traceback__') else None)).rstrip()
        print(text, file=sys.stderr)

    def call_exception_handler(self, context):
        if self._exception_handler is None:
            self.default_exception_handler(context)
        else:
            self._exception_handler(self, context)

    async def shutdown_asyncgens(self):
        """Closes the asynchronous generators started on this loop and not finished (asyncio.run calls it)."""
        finishing = [t for t in self._tasks if getattr(t, '_closing_agen', False) and not t.done()]
        if finishing:
            await gather(*finishing, return_exceptions=True)
        if not self._asyncgens:
            return
        closing = list(self._asyncgens)
        self._asyncgens.clear()
        results = await gather(*[_aclose(ag) for ag in closing], return_exceptions=True)
        for result, agen in zip(results, closing):
            if isinstance(result, Exception):
                self.call_exception_handler({'message': 'an error occurred during closing of asynchronous '
                                                        'generator %r' % (agen,), 'exception': result})

    async def shutdown_default_executor(self, timeout=None):
        """Waits, on a thread of its own, for the default executor's threads to finish."""
        executor = self._default_executor
        self._default_executor = None
        if executor is None:
            return
        future = self.create_future()

        def shut_down():
            try:
                executor.shutdown(wait=True)
            finally:
                self.call_soon_threadsafe(_set_result_unless_done, future, None)
        thread = _threading.Thread(target=shut_down)
        thread.start()
        await future
        thread.join()


# ---- futures and tasks

class Future:
    """The result of an operation that has not completed yet, which awaiting waits for."""
    _asyncio_future_blocking = False

    def __init__(self, *, loop=None):
        self._loop = get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._callbacks = []
        self._cancel_message = None

    def get_loop(self):
        return self._loop

    def _schedule_callbacks(self):
        callbacks = self._callbacks[:]
        self._callbacks[:] = []
        for callback in callbacks:
            self._loop.call_soon(callback, self)

    def cancel(self, msg=None):
        if self._state != _PENDING:
            return False
        self._state = _CANCELLED
        self._cancel_message = msg
        self._schedule_callbacks()
        return True

    def cancelled(self):
        return self._state == _CANCELLED

    def done(self):
        return self._state != _PENDING

    def _make_cancelled_error(self):
        return CancelledError() if self._cancel_message is None else CancelledError(self._cancel_message)

    def result(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Result is not set.')
        if self._exception is not None:
            raise self._exception
        return self._result

    def exception(self):
        if self._state == _CANCELLED:
            raise self._make_cancelled_error()
        if self._state != _FINISHED:
            raise InvalidStateError('Exception is not set.')
        return self._exception

    def add_done_callback(self, fn, *, context=None):
        if self._state != _PENDING:
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks[:] = kept
        return removed

    def set_result(self, result):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        self._result = result
        self._state = _FINISHED
        self._schedule_callbacks()

    def set_exception(self, exception):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')
        if isinstance(exception, type):
            exception = exception()
        if isinstance(exception, StopIteration):
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._state = _FINISHED
        self._schedule_callbacks()

    def __await__(self):
        if not self.done():
            self._asyncio_future_blocking = True
            yield self
        if not self.done():
            raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def _state_repr(self):
        if self._state == _FINISHED:
            if self._exception is not None:
                return 'finished exception=%r' % (self._exception,)
            return 'finished result=%r' % (self._result,)
        return self._state.lower()

    def __repr__(self):
        return '<%s %s>' % (type(self).__name__, self._state_repr())


_task_counter = [0]


class Task(Future):
    """A coroutine wrapped in a Future: the loop steps it (send, or throw for a cancellation) each time what it
    awaits completes."""

    def __init__(self, coro, *, loop=None, name=None, context=None):
        super().__init__(loop=loop)
        if not iscoroutine(coro):
            raise TypeError('a coroutine was expected, got %r' % (coro,))
        _task_counter[0] += 1
        self._name = str(name) if name is not None else 'Task-%d' % _task_counter[0]
        self._coro = coro
        self._must_cancel = False
        self._fut_waiter = None
        self._num_cancels_requested = 0
        import contextvars
        self._context = contextvars.copy_context() if context is None else context
        self._loop._tasks.add(self)
        self._loop.call_soon(self._step)

    def get_coro(self):
        return self._coro

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def cancelling(self):
        return self._num_cancels_requested

    def uncancel(self):
        if self._num_cancels_requested > 0:
            self._num_cancels_requested -= 1
        return self._num_cancels_requested

    def cancel(self, msg=None):
        if self.done():
            return False
        self._num_cancels_requested += 1
        if self._fut_waiter is not None and self._fut_waiter.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def _step(self, exc=None):
        self._context.run(self._step_in_context, exc)

    def _step_in_context(self, exc=None):
        if self.done():
            return
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._make_cancelled_error()
            self._must_cancel = False
        self._fut_waiter = None
        _current_tasks[self._loop] = self
        try:
            if exc is None:
                result = self._coro.send(None)
            else:
                result = self._coro.throw(exc)
        except StopIteration as e:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, e.value)
        except CancelledError as e:
            self._cancel_message = e.args[0] if e.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as e:
            Future.set_exception(self, e)
            raise
        except BaseException as e:
            Future.set_exception(self, e)
        else:
            if getattr(result, '_asyncio_future_blocking', None) is not None:
                if result is self:
                    self._loop.call_soon(self._step, RuntimeError('Task cannot await on itself: %r' % (self,)))
                elif not result._asyncio_future_blocking:
                    self._loop.call_soon(self._step, RuntimeError(
                        'yield was used instead of yield from in task %r with %r' % (self, result)))
                else:
                    result._asyncio_future_blocking = False
                    result.add_done_callback(self._wakeup)
                    self._fut_waiter = result
                    if self._must_cancel and self._fut_waiter.cancel(msg=self._cancel_message):
                        self._must_cancel = False
            elif result is None:  # a bare yield (sleep(0)): run again at the next turn
                self._loop.call_soon(self._step)
            else:
                self._loop.call_soon(self._step, RuntimeError('Task got bad yield: %r' % (result,)))
        finally:
            _current_tasks.pop(self._loop, None)
            if self.done():
                self._loop._tasks.discard(self)

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step()

    def __repr__(self):
        return "<Task %s name=%r coro=%r>" % (self._state_repr(), self._name, self._coro)


async def _aclose(agen):
    await agen.aclose()


def ensure_future(coro_or_future, *, loop=None):
    if isinstance(coro_or_future, Future):
        return coro_or_future
    if iscoroutine(coro_or_future):
        if loop is None:
            loop = get_event_loop()
        return loop.create_task(coro_or_future)
    if hasattr(type(coro_or_future), '__await__'):
        async def _wrap(awaitable):
            return await awaitable
        return ensure_future(_wrap(coro_or_future), loop=loop)
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def create_task(coro, *, name=None, context=None):
    return get_running_loop().create_task(coro, name=name, context=context)


def wrap_future(future, *, loop=None):
    """An asyncio Future that completes when a concurrent.futures.Future does (from the loop's thread)."""
    if isinstance(future, Future):
        return future
    if loop is None:
        loop = get_event_loop()
    new = loop.create_future()

    def copy_state(source):
        if new.done():
            return
        if source.cancelled():
            new.cancel()
            return
        exc = source.exception()
        if exc is not None:
            new.set_exception(exc)
        else:
            new.set_result(source.result())

    future.add_done_callback(lambda f: loop.call_soon_threadsafe(copy_state, f))
    return new


# ---- running, sleeping, combining

def run(main, *, debug=None, loop_factory=None):
    """Runs the coroutine main on a new event loop and answers its result; cancels what tasks it left, then closes
    the loop."""
    if _get_running_loop() is not None:
        raise RuntimeError('asyncio.run() cannot be called from a running event loop')
    if not iscoroutine(main):
        raise ValueError('a coroutine was expected, got %r' % (main,))
    loop = new_event_loop() if loop_factory is None else loop_factory()
    if debug is not None:
        loop.set_debug(debug)
    set_event_loop(loop)
    try:
        return loop.run_until_complete(main)
    finally:
        try:
            pending = [t for t in loop._tasks if not t.done() and not getattr(t, '_closing_agen', False)]
            for t in pending:
                t.cancel()
            if pending:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()


class Runner:
    """with asyncio.Runner() as runner: runner.run(coro) several times on one loop, closed at the end (3.11)."""

    def __init__(self, *, debug=None, loop_factory=None):
        self._loop = None
        self._debug = debug
        self._loop_factory = loop_factory
        self._closed = False

    def __enter__(self):
        self._lazy_init()
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.close()

    def _lazy_init(self):
        if self._closed:
            raise RuntimeError('Runner is closed')
        if self._loop is None:
            self._loop = new_event_loop() if self._loop_factory is None else self._loop_factory()
            if self._debug is not None:
                self._loop.set_debug(self._debug)
            set_event_loop(self._loop)

    def get_loop(self):
        self._lazy_init()
        return self._loop

    def run(self, coro, *, context=None):
        if not iscoroutine(coro):
            raise ValueError('a coroutine was expected, got %r' % (coro,))
        if _get_running_loop() is not None:
            raise RuntimeError('Runner.run() cannot be called from a running event loop')
        self._lazy_init()
        return self._loop.run_until_complete(self._loop.create_task(coro, context=context))

    def close(self):
        if self._closed or self._loop is None:
            self._closed = True
            return
        loop = self._loop
        try:
            pending = [t for t in loop._tasks if not t.done() and not getattr(t, '_closing_agen', False)]
            for t in pending:
                t.cancel()
            if pending:
                loop.run_until_complete(gather(*pending, return_exceptions=True))
            loop.run_until_complete(loop.shutdown_asyncgens())
            loop.run_until_complete(loop.shutdown_default_executor())
        finally:
            set_event_loop(None)
            loop.close()
            self._loop = None
            self._closed = True


class BrokenBarrierError(RuntimeError):
    """A Barrier was broken (reset or aborted) while tasks waited at it."""
    __module__ = 'asyncio.exceptions'


class Barrier:
    """parties tasks wait() until all have arrived; then all go on (3.11). wait() answers each its index."""

    def __init__(self, parties):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition()
        self._parties = parties
        self._state = 0  # 0 filling, 1 draining, -1 resetting, -2 broken
        self._count = 0

    async def __aenter__(self):
        return await self.wait()

    async def __aexit__(self, *args):
        pass

    async def wait(self):
        async with self._cond:
            await self._block()
            try:
                index = self._count
                self._count += 1
                if index + 1 == self._parties:
                    self._state = 1
                    self._cond.notify_all()
                else:
                    await self._cond.wait_for(lambda: self._state != 0)
                    if self._state < 0:
                        raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if self._count == 0 and self._state > 0:
                    self._state = 0
                    self._cond.notify_all()

    async def _block(self):
        await self._cond.wait_for(lambda: self._state not in (-1, 1))
        if self._state < 0:
            raise BrokenBarrierError

    async def reset(self):
        async with self._cond:
            if self._count > 0:
                if self._state == 0:
                    self._state = -1
            else:
                self._state = 0
            self._cond.notify_all()

    async def abort(self):
        async with self._cond:
            self._state = -2
            self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == 0 else 0

    @property
    def broken(self):
        return self._state == -2


class _Yield:
    """What sleep(0) awaits: one bare yield, so the task runs again after the others ready now."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _Yield()
        return result
    loop = get_running_loop()
    future = loop.create_future()
    handle = loop.call_later(delay, _set_result_unless_done, future, result)
    try:
        return await future
    finally:
        handle.cancel()


def _set_result_unless_done(future, result):
    if not future.done():
        future.set_result(result)


class _GatheringFuture(Future):
    def __init__(self, children, *, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        ret = False
        for child in self._children:
            if child.cancel(msg=msg):
                ret = True
        if ret:
            self._cancel_requested = True
        return ret


def gather(*coros_or_futures, return_exceptions=False):
    """A future of the results of all, in order; the first exception goes to the awaiter unless
    return_exceptions, which puts exceptions among the results."""
    if not coros_or_futures:
        loop = get_event_loop()
        outer = loop.create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    seen = {}
    for arg in coros_or_futures:
        if id(arg) in seen:
            children.append(seen[id(arg)])
            continue
        fut = ensure_future(arg, loop=loop)
        if loop is None:
            loop = fut.get_loop()
        seen[id(arg)] = fut
        children.append(fut)
    outer = _GatheringFuture(children, loop=loop)
    count = [0]
    unique = len(set(map(id, children)))

    def child_done(fut):
        count[0] += 1
        if outer.done():
            if not fut.cancelled():
                fut.exception()
            return
        if not return_exceptions:
            if fut.cancelled():
                outer.set_exception(fut._make_cancelled_error())
                return
            exc = fut.exception()
            if exc is not None:
                outer.set_exception(exc)
                return
        if count[0] == unique:
            results = []
            for f in children:
                if f.cancelled():
                    results.append(f._make_cancelled_error())
                else:
                    exc = f.exception()
                    results.append(exc if exc is not None else f.result())
            if outer._cancel_requested:
                outer.set_exception(CancelledError())
            else:
                outer.set_result(results)

    for fut in set(children):
        fut.add_done_callback(child_done)
    return outer


async def wait_for(fut, timeout):
    """The result of fut, or TimeoutError (and fut cancelled) if it takes longer than timeout seconds."""
    if timeout is None:
        return await fut
    async with _Timeout(get_running_loop().time() + timeout if timeout > 0 else None, immediate=timeout <= 0):
        return await fut


class _Timeout:
    """asyncio.timeout's context manager: at the deadline the current task is cancelled, and the CancelledError
    that reaches the end of the block becomes TimeoutError."""

    def __init__(self, when, immediate=False):
        self._when = when
        self._immediate = immediate
        self._handle = None
        self._task = None
        self._expired = False

    def when(self):
        return self._when

    def expired(self):
        return self._expired

    def reschedule(self, when):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        self._when = when
        if when is not None and self._task is not None:
            loop = get_running_loop()
            self._handle = loop.call_at(when, self._on_timeout)

    def _on_timeout(self):
        self._handle = None
        self._expired = True
        self._task.cancel()

    async def __aenter__(self):
        self._task = current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        if self._immediate:
            self._expired = True
            self._task.cancel()
        else:
            self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._handle is not None:
            self._handle.cancel()
            self._handle = None
        if self._expired and exc_type is CancelledError:
            self._task.uncancel()
            raise TimeoutError() from exc
        return None

    def __repr__(self):
        return '<Timeout when=%r expired=%r>' % (self._when, self._expired)


def timeout(delay):
    """async with asyncio.timeout(delay): the block is cancelled after delay seconds and raises TimeoutError."""
    loop = get_running_loop()
    return _Timeout(None if delay is None else loop.time() + delay)


def timeout_at(when):
    return _Timeout(when)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    """Waits for the futures or tasks fs: answers (done, pending) sets."""
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: %r' % (return_when,))
    loop = get_running_loop()
    fs = set(fs)
    for f in fs:
        if iscoroutine(f):
            raise TypeError('Passing coroutines is forbidden, use tasks explicitly.')
    fs = {ensure_future(f, loop=loop) for f in fs}
    waiter = loop.create_future()
    handle = None
    if timeout is not None:
        handle = loop.call_later(timeout, _set_result_unless_done, waiter, None)
    counter = [len(fs)]

    def on_completion(f):
        counter[0] -= 1
        if (counter[0] <= 0 or return_when == FIRST_COMPLETED
                or return_when == FIRST_EXCEPTION and not f.cancelled() and f.exception() is not None):
            if handle is not None:
                handle.cancel()
            if not waiter.done():
                waiter.set_result(None)

    if any(f.done() for f in fs) and return_when == FIRST_COMPLETED or all(f.done() for f in fs):
        pass
    else:
        for f in fs:
            f.add_done_callback(on_completion)
        try:
            await waiter
        finally:
            if handle is not None:
                handle.cancel()
            for f in fs:
                f.remove_done_callback(on_completion)
    done = {f for f in fs if f.done()}
    return done, fs - done


def as_completed(fs, *, timeout=None):
    """An iterator of awaitables that give the results of fs in the order they complete."""
    if isinstance(fs, Future) or iscoroutine(fs):
        raise TypeError('expect an iterable of futures, not %s' % type(fs).__name__)
    loop = get_event_loop()
    todo = [ensure_future(f, loop=loop) for f in set(fs)]
    done = Queue()
    handle = None

    def on_timeout():
        for f in todo:
            f.remove_done_callback(on_completion)
            done.put_nowait(None)
        todo.clear()

    def on_completion(f):
        if f in todo:
            todo.remove(f)
            done.put_nowait(f)
        if not todo and handle is not None:
            handle.cancel()

    async def wait_for_one():
        f = await done.get()
        if f is None:
            raise TimeoutError
        return f.result()

    for f in todo:
        f.add_done_callback(on_completion)
    if todo and timeout is not None:
        handle = loop.call_later(timeout, on_timeout)
    for _ in range(len(todo)):
        yield wait_for_one()


def shield(arg):
    """Protects arg from the cancellation of what awaits it."""
    inner = ensure_future(arg)
    if inner.done():
        return inner
    loop = inner.get_loop()
    outer = loop.create_future()

    def inner_done(inner):
        if outer.cancelled():
            if not inner.cancelled():
                inner.exception()
            return
        if inner.cancelled():
            outer.cancel()
        else:
            exc = inner.exception()
            if exc is not None:
                outer.set_exception(exc)
            else:
                outer.set_result(inner.result())

    def outer_done(outer):
        if not inner.done():
            inner.remove_done_callback(inner_done)

    inner.add_done_callback(inner_done)
    outer.add_done_callback(outer_done)
    return outer


async def to_thread(func, /, *args, **kwargs):
    """Runs func(*args, **kwargs) in another thread and awaits its result."""
    loop = get_running_loop()
    return await loop.run_in_executor(None, _functools.partial(func, *args, **kwargs))


def run_coroutine_threadsafe(coro, loop):
    """Submits coro to loop from another thread: a concurrent.futures.Future of its result."""
    if not iscoroutine(coro):
        raise TypeError('A coroutine object is required')
    import concurrent.futures
    future = concurrent.futures.Future()

    def start():
        task = ensure_future(coro, loop=loop)

        def copy(t):
            if t.cancelled():
                future.cancel()
            elif t.exception() is not None:
                future.set_exception(t.exception())
            else:
                future.set_result(t.result())
        task.add_done_callback(copy)
    loop.call_soon_threadsafe(start)
    return future


class TaskGroup:
    """async with TaskGroup() as tg: tasks made with tg.create_task are all awaited at the end of the block; if any
    fails, the others are cancelled and the failures raised together in an ExceptionGroup."""

    def __init__(self):
        self._tasks = set()
        self._errors = []
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._parent_task = None
        self._loop = None
        self._on_completed = None

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup %r has already been entered' % (self,))
        self._entered = True
        self._loop = get_running_loop()
        self._parent_task = current_task()
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            coro.close()
            raise RuntimeError('TaskGroup %r has not been entered' % (self,))
        if self._exiting and not self._tasks:
            coro.close()
            raise RuntimeError('TaskGroup %r is finished' % (self,))
        if self._aborting:
            coro.close()
            raise RuntimeError('TaskGroup %r is shutting down' % (self,))
        task = self._loop.create_task(coro, name=name, context=context)
        self._tasks.add(task)
        task.add_done_callback(self._on_task_done)
        return task

    def _abort(self):
        self._aborting = True
        for t in self._tasks:
            if not t.done():
                t.cancel()

    def _on_task_done(self, task):
        self._tasks.discard(task)
        if self._on_completed is not None and not self._tasks and not self._on_completed.done():
            self._on_completed.set_result(True)
        if task.cancelled():
            return
        exc = task.exception()
        if exc is None:
            return
        self._errors.append(exc)
        if not self._aborting:
            self._abort()
            if not self._exiting and self._parent_task is not None:
                self._parent_task.cancel()

    async def __aexit__(self, et, exc, tb):
        self._exiting = True
        propagate_cancellation = None
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
        if et is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._on_completed = self._loop.create_future()
            try:
                await self._on_completed
            except CancelledError as e:
                if not self._aborting:
                    propagate_cancellation = e
                    self._abort()
            self._on_completed = None
        if et is CancelledError and not self._errors:
            return None
        if propagate_cancellation is not None and not self._errors:
            raise propagate_cancellation
        if self._errors:
            if self._parent_task is not None and self._parent_task.cancelling():
                self._parent_task.uncancel()
            errors = self._errors
            self._errors = []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None
        return None


# ---- synchronization primitives

class _Waiters:
    def _wake_first(self, value=True):
        for fut in self._waiters:
            if not fut.done():
                fut.set_result(value)
                return True
        return False


class Lock(_Waiters):
    """A lock for coroutines: acquire waits (first come, first served) while another holds it."""

    def __init__(self):
        self._waiters = _collections.deque()
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if not self._locked and all(w.cancelled() for w in self._waiters):
            self._locked = True
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if not self._locked:
                self._wake_first()
            raise
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_first()

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def __repr__(self):
        return '<asyncio.locks.Lock object [%s]>' % ('locked' if self._locked else 'unlocked')


class Event:
    """An event coroutines wait for until some coroutine sets it."""

    def __init__(self):
        self._waiters = _collections.deque()
        self._value = False

    def is_set(self):
        return self._value

    def set(self):
        if not self._value:
            self._value = True
            for fut in self._waiters:
                if not fut.done():
                    fut.set_result(True)

    def clear(self):
        self._value = False

    async def wait(self):
        if self._value:
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            await fut
            return True
        finally:
            self._waiters.remove(fut)


class Condition(_Waiters):
    """A condition variable for coroutines, over a Lock."""

    def __init__(self, lock=None):
        self._lock = Lock() if lock is None else lock
        self._waiters = _collections.deque()
        self.locked = self._lock.locked
        self.acquire = self._lock.acquire
        self.release = self._lock.release

    async def __aenter__(self):
        await self._lock.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self._lock.release()

    async def wait(self):
        if not self._lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self._lock.release()
        try:
            fut = get_running_loop().create_future()
            self._waiters.append(fut)
            try:
                await fut
                return True
            finally:
                self._waiters.remove(fut)
        finally:
            while True:
                try:
                    await self._lock.acquire()
                    break
                except CancelledError:
                    pass

    async def wait_for(self, predicate):
        result = predicate()
        while not result:
            await self.wait()
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        woken = 0
        for fut in self._waiters:
            if woken >= n:
                break
            if not fut.done():
                woken += 1
                fut.set_result(False)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_Waiters):
    """A counter coroutines decrement by acquire (waiting at zero) and increment by release."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        self._value = value
        self._waiters = _collections.deque()

    def locked(self):
        return self._value == 0 or any(not w.cancelled() for w in self._waiters)

    async def acquire(self):
        if not self.locked():
            self._value -= 1
            return True
        fut = get_running_loop().create_future()
        self._waiters.append(fut)
        try:
            try:
                await fut
            finally:
                self._waiters.remove(fut)
        except CancelledError:
            if fut.done() and not fut.cancelled():
                self._value += 1
                self._wake_up_next()
            raise
        return True

    def _wake_up_next(self):
        if self._value > 0 and self._waiters:
            for fut in self._waiters:
                if not fut.done():
                    self._value -= 1
                    fut.set_result(True)
                    return

    def release(self):
        self._value += 1
        self._wake_up_next()

    async def __aenter__(self):
        await self.acquire()
        return None

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class BoundedSemaphore(Semaphore):
    """A Semaphore that refuses a release beyond its initial value."""

    def __init__(self, value=1):
        self._bound_value = value
        super().__init__(value)

    def release(self):
        if self._value >= self._bound_value:
            raise ValueError('BoundedSemaphore released too many times')
        super().release()


# ---- queues

class Queue:
    """A first-in first-out queue for coroutines: get waits while it is empty, put while it is full."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = _collections.deque()
        self._putters = _collections.deque()
        self._unfinished_tasks = 0
        self._finished = Event()
        self._finished.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = _collections.deque()

    def _get(self):
        return self._queue.popleft()

    def _put(self, item):
        self._queue.append(item)

    @staticmethod
    def _wakeup_next(waiters):
        while waiters:
            waiter = waiters.popleft()
            if not waiter.done():
                waiter.set_result(None)
                break

    def __repr__(self):
        return '<%s maxsize=%r>' % (type(self).__name__, self._maxsize)

    def qsize(self):
        return len(self._queue)

    @property
    def maxsize(self):
        return self._maxsize

    def empty(self):
        return not self._queue

    def full(self):
        if self._maxsize <= 0:
            return False
        return self.qsize() >= self._maxsize

    async def put(self, item):
        while self.full():
            putter = get_running_loop().create_future()
            self._putters.append(putter)
            try:
                await putter
            except BaseException:
                putter.cancel()
                try:
                    self._putters.remove(putter)
                except ValueError:
                    pass
                if not self.full() and not putter.cancelled():
                    self._wakeup_next(self._putters)
                raise
        return self.put_nowait(item)

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished_tasks += 1
        self._finished.clear()
        self._wakeup_next(self._getters)

    async def get(self):
        while self.empty():
            getter = get_running_loop().create_future()
            self._getters.append(getter)
            try:
                await getter
            except BaseException:
                getter.cancel()
                try:
                    self._getters.remove(getter)
                except ValueError:
                    pass
                if not self.empty() and not getter.cancelled():
                    self._wakeup_next(self._getters)
                raise
        return self.get_nowait()

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        self._wakeup_next(self._putters)
        return item

    def task_done(self):
        if self._unfinished_tasks <= 0:
            raise ValueError('task_done() called too many times')
        self._unfinished_tasks -= 1
        if self._unfinished_tasks == 0:
            self._finished.set()

    async def join(self):
        if self._unfinished_tasks > 0:
            await self._finished.wait()


class PriorityQueue(Queue):
    """A Queue that gives the smallest item first (heapq)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        _heapq.heappush(self._queue, item)

    def _get(self):
        return _heapq.heappop(self._queue)


class LifoQueue(Queue):
    """A Queue that gives the last item put first."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.pop()
