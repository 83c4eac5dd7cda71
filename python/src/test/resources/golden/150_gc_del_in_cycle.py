# SPDX-License-Identifier: Apache-2.0
# Cycles whose members define __del__ are collected (PEP 442) and each finalizer runs once.
import gc
gc.collect()
gc.disable()
log = []
class Fin:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        log.append(self.name)
a = Fin("a")
b = Fin("b")
c = Fin("c")
a.n = b
b.n = c
c.n = a
del a, b, c
print("before:", log)
print("collected", gc.collect())
print("finalized:", sorted(log))
print("garbage:", gc.garbage)
print("second collect:", gc.collect(), sorted(log))
log.clear()
solo = Fin("solo")
solo.me = solo
solo.data = [solo]
del solo
print("collected", gc.collect(), log)
gc.enable()
