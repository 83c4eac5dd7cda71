# SPDX-License-Identifier: Apache-2.0
# contextlib for ftpython: contextmanager (over generators), suppress, closing, nullcontext, ExitStack,
# AbstractContextManager, ContextDecorator, redirect_stdout and redirect_stderr. No chdir: a JVM cannot change its
# working directory.


class _GeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds

    def __call__(self, f):
        # used as a decorator: a fresh generator for each call
        outer = self

        def inner(*a, **k):
            with _GeneratorContextManager(outer.func, outer.args, outer.kwds):
                return f(*a, **k)
        return inner

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = getattr(func, '__name__', 'helper')
    helper.__qualname__ = getattr(func, '__qualname__', 'helper')
    helper.__doc__ = getattr(func, '__doc__', None)
    helper.__wrapped__ = func
    return helper


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        return exctype is not None and issubclass(exctype, self._exceptions)


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class ExitStack:
    def __init__(self):
        self._exit_callbacks = []

    def __enter__(self):
        return self

    def enter_context(self, cm):
        result = type(cm).__enter__(cm)
        self._exit_callbacks.append((True, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        self._exit_callbacks.append((False, (callback, args, kwds)))
        return callback

    def push(self, exit):
        self._exit_callbacks.append((True, exit))
        return exit

    def pop_all(self):
        new = ExitStack()
        new._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        received_exc = exc_details[0] is not None
        suppressed = False
        pending = exc_details[1] if received_exc else None
        while self._exit_callbacks:
            is_cm, cb = self._exit_callbacks.pop()
            try:
                if is_cm:
                    exit = type(cb).__exit__ if hasattr(type(cb), '__exit__') else cb
                    args = (type(pending), pending, None) if pending is not None else (None, None, None)
                    done = exit(cb, *args) if exit is not cb else cb(*args)
                    if done and pending is not None:
                        pending = None
                        suppressed = True
                else:
                    f, a, k = cb
                    f(*a, **k)
            except BaseException as e:
                if pending is not None and e.__context__ is None and e is not pending:
                    e.__context__ = pending
                pending = e
        if pending is not None and pending is not exc_details[1]:
            raise pending
        return received_exc and pending is None


import abc as _abc


class AbstractContextManager(_abc.ABC):
    """An abstract context manager: __enter__ answers itself; a subclass must define __exit__."""

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None


class ContextDecorator:
    """A base that makes a context manager usable as a decorator: the call runs inside it."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        cm = self

        def inner(*args, **kwds):
            with cm._recreate_cm():
                return func(*args, **kwds)
        inner.__name__ = getattr(func, '__name__', 'inner')
        inner.__qualname__ = getattr(func, '__qualname__', 'inner')
        inner.__doc__ = getattr(func, '__doc__', None)
        inner.__wrapped__ = func
        return inner


class _RedirectStream(AbstractContextManager):
    _stream = None

    def __init__(self, new_target):
        self._new_target = new_target
        self._old_targets = []  # a list, so the same object may be used again inside itself

    def __enter__(self):
        import sys
        self._old_targets.append(getattr(sys, self._stream))
        setattr(sys, self._stream, self._new_target)
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
        import sys
        setattr(sys, self._stream, self._old_targets.pop())


class redirect_stdout(_RedirectStream):
    """Sends what print() and sys.stdout.write() write to another file-like object meanwhile."""
    _stream = "stdout"


class redirect_stderr(_RedirectStream):
    """Sends what is written to sys.stderr to another file-like object meanwhile."""
    _stream = "stderr"
