# Coroutines and asynchronous generators take a new __name__/__qualname__ (str only); sys's coroutine origin
# tracking depth and cr_origin, shown by the never-awaited warning; that warning raised by the error filter reaches
# the unraisable hook with the coroutine as its object (a hook that keeps it resurrects it).
def g(): yield 1
async def c(): pass
async def ag(): yield 1
for o in (g(), c(), ag()):
    o.__name__ = 'renamed'
    o.__qualname__ = 'q.renamed'
    print(type(o).__name__, o.__name__, o.__qualname__, repr(o).split(' at ')[0])
    try:
        o.__name__ = 5
    except TypeError as e:
        print(e)
    if hasattr(o, 'close'): o.close()
import sys, warnings
async def corofn(): pass
print(sys.get_coroutine_origin_tracking_depth())
c = corofn(); print(c.cr_origin); c.close()
def a(): return b()
def b(): return corofn()
sys.set_coroutine_origin_tracking_depth(2)
c = a()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in c.cr_origin]); c.close()
sys.set_coroutine_origin_tracking_depth(100)
c = a()
print([(f.rsplit('/', 1)[-1], l, n) for f, l, n in c.cr_origin]); 
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    del c
    import gc; gc.collect()
print(str(w[0].message).replace(__file__, 'FILE'))
for bad in (-1, 'x'):
    try:
        sys.set_coroutine_origin_tracking_depth(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
sys.set_coroutine_origin_tracking_depth(depth=0)
print(sys.get_coroutine_origin_tracking_depth())
async def ag(): yield
x = ag(); print(hasattr(x, 'cr_origin'), hasattr(x, 'ag_origin'))
import warnings, sys, gc
seen = []
def hook(u):
    seen.append((type(u.exc_value).__name__, str(u.exc_value), u.err_msg, repr(u.object).split(' at ')[0]))
sys.unraisablehook = hook
async def func(): pass
with warnings.catch_warnings():
    warnings.filterwarnings("error")
    coro = func()
    coro = None
    gc.collect()
print(seen)
kept = []
sys.unraisablehook = lambda u: kept.append(u.object)
with warnings.catch_warnings():
    warnings.filterwarnings("error")
    c = func()
    del c
print(len(kept), type(kept[0]).__name__, kept[0].cr_running)
kept.clear()
sys.unraisablehook = sys.__unraisablehook__
