# SPDX-License-Identifier: Apache-2.0
# gc.get_count shape, get_debug/set_debug round trip, enable/disable are not nested.
import gc
c = gc.get_count()
print(type(c).__name__, len(c), all(isinstance(x, int) and x >= 0 for x in c))
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL, gc.DEBUG_SAVEALL > 0)
gc.set_debug(0)
print(gc.get_debug())
gc.disable()
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
gc.collect()
gc.disable()
class N:
    pass
x = N()
x.self = x
del x
print(gc.collect())
print(gc.collect())
gc.enable()
