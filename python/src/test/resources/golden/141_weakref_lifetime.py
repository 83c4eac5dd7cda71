# SPDX-License-Identifier: Apache-2.0
# A weak reference does not keep its referent alive; __del__ runs before the callback reports dead.
import weakref
class Big:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("__del__", self.n)
def cb(ref):
    print("weakref callback, dead:", ref() is None)
b = Big(1)
w = weakref.ref(b, cb)
print("alive", w() is b)
b = None
print("after drop")
cache = {}
def get(n):
    obj = Big(n)
    cache[n] = weakref.ref(obj)
    return obj
x = get(10)
y = get(20)
print(sorted(k for k in cache if cache[k]() is not None))
x = None
print(sorted(k for k in cache if cache[k]() is not None))
y = None
print(sorted(k for k in cache if cache[k]() is not None))
