# SPDX-License-Identifier: Apache-2.0
# A dataclass's generated __init__ against a hand-written one, in the same run. Runs unchanged on ./ftpython and on
# any python3:
#   ./ftpython bench/python/dataclass_init.py
#   python3 bench/python/dataclass_init.py
# Prints ns per construction (best of 5 rounds of 200,000) and the ratio dataclass / hand-written.
import time
from dataclasses import dataclass, field


@dataclass
class P:
    x: int
    y: int = 0
    z: list = field(default_factory=list)


class Q:
    def __init__(self, x, y=0, z=None):
        self.x = x
        self.y = y
        self.z = [] if z is None else z


def rounds(cls, n):
    t0 = time.perf_counter()
    for i in range(n):
        cls(i, y=2)
    return (time.perf_counter() - t0) / n * 1e9


N = 200000
best = {P: float('inf'), Q: float('inf')}
for _ in range(5):
    for cls in (P, Q):
        best[cls] = min(best[cls], rounds(cls, N))
print(f"dataclass {best[P]:.0f} ns, hand-written {best[Q]:.0f} ns, ratio {best[P] / best[Q]:.2f}")
