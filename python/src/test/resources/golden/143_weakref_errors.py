# SPDX-License-Identifier: Apache-2.0
# Objects that cannot be weakly referenced raise TypeError; user instances can be.
import weakref
for v in [1, "s", (1, 2), [1], {"a": 1}, None]:
    try:
        weakref.ref(v)
        print(type(v).__name__, "ok")
    except TypeError as e:
        print("TypeError:", e)
class C:
    pass
c = C()
print(weakref.ref(c)() is c)
r = weakref.ref(c)
del c
print(r() is None)
