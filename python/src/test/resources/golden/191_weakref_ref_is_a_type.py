# SPDX-License-Identifier: Apache-2.0
# weakref.ref is the ReferenceType type itself: isinstance, type checks, calls with callbacks (python3.13).
import weakref
class T: pass
t = T()
got = []
r = weakref.ref(t, lambda ref: got.append(ref is r))
print(isinstance(r, weakref.ref), type(r) is weakref.ref, weakref.ref is weakref.ReferenceType, weakref.ref)
print(r() is t, callable(weakref.ref))
del t
print(r(), got)
for bad in ([], {}, 1.5, object()):
    try:
        weakref.ref(bad)
    except TypeError as e:
        print(e)
try:
    weakref.ref()
except TypeError as e:
    print('TypeError')
