# weakref proxies count among an object's weak references (CPython 3.13: getweakrefcount and getweakrefs list the
# proxies themselves; test_weakref.test_getweakrefcount), and a proxy's callback gets the proxy.
import gc
import weakref

class C:
    pass

def cb(x):
    print("callback with", type(x).__name__)

o = C()
ref1 = weakref.ref(o)
ref2 = weakref.ref(o, cb)
print(weakref.getweakrefcount(o))
proxy1 = weakref.proxy(o)
proxy2 = weakref.proxy(o, cb)
print(weakref.getweakrefcount(o))
refs = weakref.getweakrefs(o)
print(len(refs), [r is ref1 for r in refs], [r is proxy1 for r in refs])
print([r is ref2 for r in refs], [r is proxy2 for r in refs])
del ref1, ref2, proxy1, proxy2, refs
gc.collect()
print(weakref.getweakrefcount(o), weakref.getweakrefs(o))

# only a proxy
o2 = C()
p = weakref.proxy(o2)
print(weakref.getweakrefcount(o2), weakref.getweakrefs(o2)[0] is p, weakref.proxy(o2) is p)
q = weakref.proxy(o2, cb)
r = weakref.ref(o2)
print(weakref.getweakrefcount(o2), [x is r for x in weakref.getweakrefs(o2)], [x is p for x in weakref.getweakrefs(o2)])
del o2  # the callback proxy's callback runs with the (now dead) proxy
print("p dead:", repr(p).endswith("dead>"))

# callable proxies count too
def f():
    return 1
cp = weakref.proxy(f)
cp2 = weakref.proxy(f, cb)
print(weakref.getweakrefcount(f), cp(), type(cp).__name__)
print(weakref.getweakrefcount(1), weakref.getweakrefs(1))
