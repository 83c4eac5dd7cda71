# math.hypot of two numbers: 300,000 calls, best of 5 rounds (the results are summed, so no call is dead code)
import math
import time

best = 1e9
total = 0.0
for _ in range(5):
    t = time.perf_counter()
    s = 0.0
    for i in range(1, 300001):
        s += math.hypot(i, 3.5)
    best = min(best, time.perf_counter() - t)
    total = s
print('%.3f s (sum %r)' % (best, total))
