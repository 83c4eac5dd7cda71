# contextlib's asynchronous half, as CPython 3.13's: asynccontextmanager (entry, exit, exceptions thrown in, suppression,
# as a decorator, CPython's RuntimeErrors), AsyncExitStack (async and sync managers and callbacks, chaining, aclose),
# aclosing, nullcontext under async with, AsyncContextDecorator, AbstractAsyncContextManager's subclass hook.
import asyncio, contextlib
@contextlib.asynccontextmanager
async def res(name, log):
    log.append('enter ' + name)
    try:
        yield name.upper()
    finally:
        log.append('exit ' + name)
class ACM:
    async def __aenter__(self): return 'acm'
    async def __aexit__(self, *a): print('aexit', a[0]); return False
class Closer:
    async def aclose(self): print('aclosed')
async def main():
    log = []
    async with res('a', log) as v:
        log.append(v)
    print(log)
    try:
        async with res('b', log):
            raise ValueError('x')
    except ValueError as e:
        print('caught', e, log)
    async with contextlib.AsyncExitStack() as st:
        v = await st.enter_async_context(res('c', log))
        w = st.enter_context(contextlib.nullcontext(5))
        st.push_async_callback(lambda: asyncio.sleep(0))
        async def cb(x): print('cb', x)
        st.push_async_callback(cb, 1)
        print(v, w)
    print(log)
    async with contextlib.aclosing(Closer()) as c:
        print(type(c).__name__)
    @res('d', log)
    async def deco():
        print('in deco')
    await deco()
    print(isinstance(ACM(), contextlib.AbstractAsyncContextManager))
    async with ACM() as a:
        print(a)
    async with contextlib.nullcontext(3) as n:
        print('null', n)
    @contextlib.asynccontextmanager
    async def bad():
        if False: yield
    try:
        async with bad(): pass
    except RuntimeError as e:
        print(e)
    @contextlib.asynccontextmanager
    async def suppress():
        try:
            yield
        except KeyError:
            pass
    async with suppress():
        raise KeyError(1)
    print('suppressed')
asyncio.run(main())
async def main2():
    try:
        async with contextlib.AsyncExitStack() as st:
            await st.enter_async_context(object())
    except TypeError as e:
        print('TypeError', e)
    async def fail_exit(*a):
        raise KeyError('from exit')
    try:
        async with contextlib.AsyncExitStack() as st:
            st.push_async_exit(fail_exit)
            raise ValueError('body')
    except KeyError as e:
        print('KeyError', e, type(e.__context__).__name__)
    async def suppress_exit(*a):
        return True
    async with contextlib.AsyncExitStack() as st:
        st.push_async_exit(suppress_exit)
        raise ValueError('gone')
    print('after suppress')
    @contextlib.asynccontextmanager
    async def twice():
        yield 1
        yield 2
    try:
        async with twice():
            pass
    except RuntimeError as e:
        print(e)
    @contextlib.asynccontextmanager
    async def reraiser():
        try:
            yield
        except ValueError as e:
            raise TypeError('converted') from e
    try:
        async with reraiser():
            raise ValueError('orig')
    except TypeError as e:
        print('TypeError', e, repr(e.__cause__))
    @contextlib.asynccontextmanager
    async def stopper():
        yield
    try:
        async with stopper():
            raise StopAsyncIteration('s')
    except StopAsyncIteration as e:
        print('StopAsyncIteration', e)
    class D(contextlib.AsyncContextDecorator):
        async def __aenter__(self): print('d enter'); return self
        async def __aexit__(self, *a): print('d exit')
    @D()
    async def g(x): return x * 2
    print(await g(4))
    st = contextlib.AsyncExitStack()
    async def cb(): print('closing cb')
    st.push_async_callback(cb)
    await st.aclose()
asyncio.run(main2())
