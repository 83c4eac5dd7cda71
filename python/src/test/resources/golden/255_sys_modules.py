# SPDX-License-Identifier: Apache-2.0
# sys.modules (with __main__, as ftscalingbench reads it), os.cpu_count, time.perf_counter_ns.
import sys, os, time, math, json
module = sys.modules[__name__]
def double(x):
    return x + x
print(module.double(21), module is sys.modules["__main__"], "json" in sys.modules, sys.modules["json"] is json)
print(type(sys.modules).__name__, "sys" in sys.modules, sys.modules["sys"] is sys, isinstance(os.cpu_count(), int))
t0 = time.perf_counter_ns()
t1 = time.perf_counter_ns()
print(t1 >= t0, type(t0).__name__)
import statistics
print("statistics" in sys.modules)
X = 5
print(getattr(sys.modules[__name__], "X"))
