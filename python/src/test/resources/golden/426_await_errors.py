# CPython 3.13's TypeErrors for what await, async with and async for cannot await (test_coroutines).
import asyncio, types
def t(label, coro_fn):
    c = coro_fn()
    try:
        c.send(None)
        print(label, 'no error')
    except StopIteration:
        print(label, 'done')
    except Exception as e:
        print(label, type(e).__name__, e)
async def a1(): await 1
async def a2(): await [1]
class CM:
    async def __aenter__(self): return self
async def a3():
    async with CM(): pass
class CM2:
    def __aenter__(self): return 1
    async def __aexit__(self, *a): pass
async def a4():
    async with CM2(): pass
class CM3:
    async def __aenter__(self): return 1
    def __aexit__(self, *a): return 1
async def a5():
    async with CM3(): pass
class AI:
    def __aiter__(self): return self
    def __anext__(self): return ()
async def a6():
    async for x in AI(): pass
t('await int', a1)
t('await list', a2)
t('no aexit', a3)
t('aenter not awaitable', a4)
t('aexit not awaitable', a5)
t('anext tuple', a6)
def g(): yield 1
x = g()
print(x.__name__, x.__qualname__)
x.__name__ = 'renamed'; print(x.__name__)
