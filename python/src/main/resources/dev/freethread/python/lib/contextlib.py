# SPDX-License-Identifier: Apache-2.0
# contextlib for ftpython: contextmanager (over generators), asynccontextmanager (over asynchronous generators),
# suppress, closing, aclosing, nullcontext (also asynchronous), ExitStack, AsyncExitStack, AbstractContextManager,
# AbstractAsyncContextManager, ContextDecorator, AsyncContextDecorator, redirect_stdout, redirect_stderr and chdir
# (over os.chdir, the interpreter's own working directory: a JVM cannot change its process's).


class _GeneratorContextManager:
    """Helper for @contextmanager decorator."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        # the instance's docstring is the generator function's, else the class's (CPython's)
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def __call__(self, f):
        # used as a decorator: a fresh generator for each call
        outer = self

        def inner(*a, **k):
            with _GeneratorContextManager(outer.func, outer.args, outer.kwds):
                return f(*a, **k)
        return inner

    def __enter__(self):
        # as CPython's: the arguments are needed only to recreate the manager, which cannot happen once it is
        # entered; dropped, they do not outlive the generator's own use of them
        del self.args, self.kwds, self.func
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
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                self.gen.close()
        if value is None:
            value = typ()
        # The exception the generator lets out again gets back the traceback it came in with, so the frames of
        # this __exit__ and the generator's are not added to it (CPython's contextlib does the same).
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            self.gen.close()


def _wrap_more(helper, func):
    """The rest of what functools.wraps copies: the module, the annotations (the same dict), the type parameters
    and the function's own attributes."""
    for name in ('__module__', '__annotations__', '__type_params__'):
        try:
            value = getattr(func, name)
        except AttributeError:
            continue
        setattr(helper, name, value)
    helper.__dict__.update(getattr(func, '__dict__', {}))


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = getattr(func, '__name__', 'helper')
    helper.__qualname__ = getattr(func, '__qualname__', 'helper')
    helper.__doc__ = getattr(func, '__doc__', None)
    _wrap_more(helper, func)
    helper.__wrapped__ = func
    return helper


import sys


class suppress:
    """Suppresses the given exceptions in its block; from an exception group, the matching leaves (3.12), the rest
    raised again as a group."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        if exctype is None:
            return False
        if issubclass(exctype, self._exceptions):
            return True
        if issubclass(exctype, BaseExceptionGroup):
            match, rest = excinst.split(self._exceptions)
            if rest is None:
                return True
            raise rest
        return False


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

    async def __aenter__(self):
        return self.enter_result

    async def __aexit__(self, *excinfo):
        pass


class _AsyncGeneratorContextManager:
    """What an @asynccontextmanager function answers: an asynchronous context manager over its async generator,
    and, as a decorator, a coroutine function that runs inside a fresh one."""

    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)
        self.func = func
        self.args = args
        self.kwds = kwds
        doc = getattr(func, '__doc__', None)
        if doc is None:
            doc = type(self).__doc__
        self.__doc__ = doc

    def _recreate_cm(self):
        return self.__class__(self.func, self.args, self.kwds)

    def __call__(self, f):
        outer = self

        async def inner(*a, **k):
            async with outer._recreate_cm():
                return await f(*a, **k)
        inner.__name__ = getattr(f, '__name__', 'inner')
        inner.__qualname__ = getattr(f, '__qualname__', 'inner')
        inner.__wrapped__ = f
        return inner

    async def __aenter__(self):
        del self.args, self.kwds, self.func
        try:
            return await anext(self.gen)
        except StopAsyncIteration:
            raise RuntimeError("generator didn't yield") from None

    async def __aexit__(self, typ, value, traceback):
        if typ is None:
            try:
                await anext(self.gen)
            except StopAsyncIteration:
                return False
            else:
                try:
                    raise RuntimeError("generator didn't stop")
                finally:
                    await self.gen.aclose()
        if value is None:
            value = typ()
        try:
            await self.gen.athrow(value)
        except StopAsyncIteration as exc:
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                exc.__traceback__ = traceback
                return False
            if isinstance(value, (StopIteration, StopAsyncIteration)) and exc.__cause__ is value:
                value.__traceback__ = traceback
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            exc.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after athrow()")
        finally:
            await self.gen.aclose()


def asynccontextmanager(func):
    """Makes an async generator function into a factory of asynchronous context managers: the code before its
    yield runs at `async with`'s entry, the yielded value is bound by `as`, and the rest runs at exit."""
    def helper(*args, **kwds):
        return _AsyncGeneratorContextManager(func, args, kwds)
    helper.__name__ = getattr(func, '__name__', 'helper')
    helper.__qualname__ = getattr(func, '__qualname__', 'helper')
    helper.__doc__ = getattr(func, '__doc__', None)
    _wrap_more(helper, func)
    helper.__wrapped__ = func
    return helper


class aclosing:
    """An asynchronous context manager that awaits thing.aclose() at the end of the block."""

    def __init__(self, thing):
        self.thing = thing

    async def __aenter__(self):
        return self.thing

    async def __aexit__(self, *exc_info):
        await self.thing.aclose()


class _BoundExit:
    """An __exit__ method bound to its context manager, as ExitStack keeps it (its __self__ is the manager)."""

    def __init__(self, func, obj):
        self.__func__ = func
        self.__self__ = obj

    def __call__(self, *exc_details):
        return self.__func__(self.__self__, *exc_details)


class _Unwind:
    """An exit stack's unwinding: which exception each callback sees, how a new one chains to the one it replaced,
    whether the block's exception was suppressed, and what is raised at the end (ExitStack and AsyncExitStack)."""

    def __init__(self, exc_details):
        self.details = exc_details
        self.received = exc_details[0] is not None
        self.outer = sys.exception()  # what the frame around the with statement is handling
        self.suppressed = False
        self.pending = False

    def answered(self, suppress):
        if suppress:
            self.suppressed = True
            self.pending = False
            self.details = (None, None, None)

    def raised(self, e):
        # Makes the exception it replaced the context of e's chain, unless the chain already reaches it; the
        # exceptions in e's chain that came from the frame's own handling are left alone.
        old = self.details[1]
        new = e
        while True:
            ctx = new.__context__
            if ctx is None or ctx is old:
                break
            if ctx is self.outer:
                new.__context__ = old
                break
            new = ctx
        self.pending = True
        self.details = (type(e), e, e.__traceback__)

    def finish(self):
        if self.pending:
            exc = self.details[1]
            ctx = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = ctx  # the raise here must not chain the exception being handled outside
                raise
        return self.received and self.suppressed


class ExitStack:
    """A stack of exit callbacks, called last first when the with block ends (or at close()). An exception raised
    by one callback is passed to the ones below it, with the exception it replaced as its __context__."""

    def __init__(self):
        self._exit_callbacks = []

    def __enter__(self):
        return self

    def enter_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__enter__
            exit = cls.__exit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = enter(cm)
        self._exit_callbacks.append((True, _BoundExit(exit, cm)))
        return result

    def callback(self, callback, /, *args, **kwds):
        def _exit_wrapper(exc_type, exc, tb):
            callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((True, _exit_wrapper))
        return callback

    def push(self, exit):
        """Adds a context manager's __exit__ (without entering it), or any callable taking __exit__'s arguments."""
        cls = type(exit)
        try:
            method = cls.__exit__
        except AttributeError:
            self._exit_callbacks.append((True, exit))
        else:
            self._exit_callbacks.append((True, _BoundExit(method, exit)))
        return exit

    def pop_all(self):
        new = type(self)()
        new._exit_callbacks = self._exit_callbacks
        self._exit_callbacks = []
        return new

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        unwind = _Unwind(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                unwind.answered(cb(*unwind.details))
            except BaseException as e:
                unwind.raised(e)
        return unwind.finish()


import abc as _abc


class AbstractContextManager(_abc.ABC):
    """An abstract context manager: __enter__ answers itself; a subclass must define __exit__. Any class with both
    __enter__ and __exit__ is a virtual subclass."""

    __slots__ = ()

    __class_getitem__ = classmethod(lambda cls, item: _types_generic_alias(cls, item))

    def __enter__(self):
        return self

    @_abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractContextManager:
            return _has_methods(C, '__enter__', '__exit__')
        return NotImplemented


class AbstractAsyncContextManager(_abc.ABC):
    """An abstract asynchronous context manager: __aenter__ answers itself; a subclass must define __aexit__."""

    __slots__ = ()

    __class_getitem__ = classmethod(lambda cls, item: _types_generic_alias(cls, item))

    async def __aenter__(self):
        return self

    @_abc.abstractmethod
    async def __aexit__(self, exc_type, exc_value, traceback):
        return None

    @classmethod
    def __subclasshook__(cls, C):
        if cls is AbstractAsyncContextManager:
            return _has_methods(C, '__aenter__', '__aexit__')
        return NotImplemented


def _has_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


def _types_generic_alias(cls, item):
    return type(list[int])(cls, item)


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


class AsyncContextDecorator:
    """A base that makes an asynchronous context manager usable as a decorator of coroutine functions."""

    def _recreate_cm(self):
        return self

    def __call__(self, func):
        async def inner(*args, **kwds):
            async with self._recreate_cm():
                return await func(*args, **kwds)
        inner.__name__ = getattr(func, '__name__', 'inner')
        inner.__qualname__ = getattr(func, '__qualname__', 'inner')
        inner.__wrapped__ = func
        return inner


class AsyncExitStack(ExitStack):
    """An ExitStack that also takes asynchronous context managers and callbacks; `async with` runs them all at
    exit, last first, awaiting the asynchronous ones."""

    async def __aenter__(self):
        return self

    async def enter_async_context(self, cm):
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = await enter(cm)
        self._exit_callbacks.append((False, _BoundExit(exit, cm)))
        return result

    def push_async_exit(self, exit):
        cls = type(exit)
        try:
            method = cls.__aexit__
        except AttributeError:
            self._exit_callbacks.append((False, exit))
        else:
            self._exit_callbacks.append((False, _BoundExit(method, exit)))
        return exit

    def push_async_callback(self, callback, /, *args, **kwds):
        async def _exit_wrapper(exc_type, exc, tb):
            await callback(*args, **kwds)
        _exit_wrapper.__wrapped__ = callback
        self._exit_callbacks.append((False, _exit_wrapper))
        return callback

    async def aclose(self):
        await self.__aexit__(None, None, None)

    async def __aexit__(self, *exc_details):
        unwind = _Unwind(exc_details)
        while self._exit_callbacks:
            is_sync, cb = self._exit_callbacks.pop()
            try:
                unwind.answered(cb(*unwind.details) if is_sync else await cb(*unwind.details))
            except BaseException as e:
                unwind.raised(e)
        return unwind.finish()


class chdir(AbstractContextManager):
    """Changes the working directory for the with block (os.chdir), and back at its end; reentrant."""

    def __init__(self, path):
        self.path = path
        self._old_cwd = []

    def __enter__(self):
        import os
        self._old_cwd.append(os.getcwd())
        os.chdir(self.path)

    def __exit__(self, *excinfo):
        import os
        os.chdir(self._old_cwd.pop())
