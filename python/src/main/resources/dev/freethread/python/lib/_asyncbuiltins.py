# SPDX-License-Identifier: Apache-2.0
# aiter() and anext() for ftpython, installed as built-ins at start-up (CPython 3.10+): anext with a default is an
# awaitable that answers the default where __anext__'s awaitable raises StopAsyncIteration.


def aiter(async_iterable, /):
    """Return an AsyncIterator for an AsyncIterable object."""
    m = getattr(type(async_iterable), "__aiter__", None)
    if m is None:
        raise TypeError(f"'{type(async_iterable).__name__}' object is not an async iterable")
    it = m(async_iterable)
    if getattr(type(it), "__anext__", None) is None:
        raise TypeError(f"aiter() returned not an async iterator of type '{type(it).__name__}'")
    return it


_NO_DEFAULT = object()


def anext(aiterator, default=_NO_DEFAULT, /):
    """Return the next item from the async iterator.

    If default is given and the async iterator is exhausted, it is returned instead of raising StopAsyncIteration.
    """
    m = getattr(type(aiterator), "__anext__", None)
    if m is None:
        raise TypeError(f"'{type(aiterator).__name__}' object is not an async iterator")
    awaitable = m(aiterator)
    if default is _NO_DEFAULT:
        return awaitable
    return _anext_default(awaitable, default)


async def _anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default


aiter.__module__ = anext.__module__ = "builtins"
