# SPDX-License-Identifier: Apache-2.0
# Weak references to objects in a garbage cycle are cleared when gc.collect() frees the cycle.
import gc
import weakref
gc.collect()
gc.disable()
class N:
    def __init__(self, name):
        self.name = name
        self.other = None
fired = []
a = N("a")
b = N("b")
a.other = b
b.other = a
ra = weakref.ref(a, lambda r: fired.append("a"))
rb = weakref.ref(b, lambda r: fired.append("b"))
del a, b
print("before collect:", ra() is not None, rb() is not None, fired)
print("names:", ra().name, rb().other.name)
gc.collect()
print("after collect:", ra(), rb(), sorted(fired))
gc.enable()
