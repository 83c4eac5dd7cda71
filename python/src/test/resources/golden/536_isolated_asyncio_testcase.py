# unittest.IsolatedAsyncioTestCase (it was missing): asyncSetUp/asyncTearDown, coroutine tests, async cleanups and
# enterAsyncContext, one event loop and one context per test; and create_task(context=...), which the loop ignored
# (a Runner's run(coro, context=ctx) did not see or change ctx). Against CPython 3.13.
import asyncio, contextvars, unittest, io, sys
VAR = contextvars.ContextVar('VAR', default='unset')
events = []

class AsyncCM:
    async def __aenter__(self):
        events.append('aenter'); return 'cm-value'
    async def __aexit__(self, *exc):
        events.append('aexit')

class T(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')
    async def asyncSetUp(self):
        events.append('asyncSetUp')
        VAR.set('from asyncSetUp')
        self.loop_seen = asyncio.get_running_loop()
    async def test_one(self):
        events.append('test_one ' + VAR.get())
        self.assertIs(asyncio.get_running_loop(), self.loop_seen)
        v = await self.enterAsyncContext(AsyncCM())
        events.append(v)
        async def cleanup(x):
            events.append('async cleanup %s' % x)
        self.addAsyncCleanup(cleanup, 1)
        self.addCleanup(events.append, 'sync cleanup')
        await asyncio.sleep(0)
    async def test_fails(self):
        self.assertEqual(1, 2)
    async def test_errors(self):
        raise ValueError('boom')
    def test_sync(self):
        events.append('test_sync ' + VAR.get())
    async def test_bad_cm(self):
        with self.assertRaises(TypeError) as cm:
            await self.enterAsyncContext(object())
        events.append(str(cm.exception))
    async def asyncTearDown(self):
        events.append('asyncTearDown')
    def tearDown(self):
        events.append('tearDown')

suite = unittest.TestLoader().loadTestsFromTestCase(T)
stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=0).run(suite)
print(result.testsRun, len(result.failures), len(result.errors), result.wasSuccessful())
print([type(t).__name__ + '.' + t._testMethodName for t, _ in result.failures + result.errors])
for e in events: print(e)
print(issubclass(unittest.IsolatedAsyncioTestCase, unittest.TestCase), 'IsolatedAsyncioTestCase' in unittest.__all__)
import asyncio
V = contextvars.ContextVar('V', default='unset')
ctx = contextvars.copy_context()
r = asyncio.Runner()
async def setv(): V.set('set')
async def getv(): return V.get()
r.run(setv(), context=ctx)
print(r.run(getv(), context=ctx), ctx.get(V), ctx[V] if V in ctx else None)
def sset(): V.set('sync')
ctx2 = contextvars.copy_context(); ctx2.run(sset); print(ctx2.get(V), V.get())
loop = asyncio.new_event_loop()
ctx3 = contextvars.copy_context()
t = loop.create_task(setv(), context=ctx3); loop.run_until_complete(t); print(ctx3.get(V))
r.close(); loop.close()
