# A coroutine freed before it ran warns "coroutine 'f' was never awaited" (RuntimeWarning, through
# warnings._warn_unawaited_coroutine, so the filters decide), as CPython's; one closed, awaited or started does not;
# an asynchronous generator does not; a warning made an error goes to the unraisable hook.
import asyncio
import gc
import sys
import warnings


async def f(x=None):
    return x


class Holder:
    async def method(self):
        return 1


def record(fn):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        fn()
        gc.collect()
    return [(x.category.__name__, str(x.message)) for x in w]


def forgotten():
    f(1)


def closed():
    c = f()
    c.close()


def awaited():
    asyncio.run(f())


def method():
    Holder().method()


async def agen():
    yield 1


def async_generator():
    agen()


print(record(forgotten))
print(record(closed), record(awaited), record(method), record(async_generator))
seen = []
sys.unraisablehook = lambda u: seen.append((type(u.exc_value).__name__, str(u.exc_value)))
with warnings.catch_warnings():
    warnings.simplefilter('error', RuntimeWarning)
    forgotten()
    gc.collect()
print(seen)
