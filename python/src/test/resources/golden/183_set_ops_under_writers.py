# SPDX-License-Identifier: Apache-2.0
# Set operations on a set another thread adds fresh keys to and discards (they once used keys freed meanwhile).
import threading
s = set(range(40))
stop = threading.Event()
def writer():
    k = 10 ** 6
    while not stop.is_set():
        s.add(k * 3)
        s.discard(k * 3)
        k += 1
w = threading.Thread(target=writer)
w.start()
other = set(range(20, 60))
bad = 0
mine = set(range(40))
try:  # the writer stops even if a round fails, so a failure never leaves the script waiting for it
    for i in range(2000):
        sizes = (len(s | {1}), len(s & other), len(s - other), len(s ^ other), len(set(s)), len(s.copy()))
        if sizes[0] not in (40, 41) or sizes[1] != 20 or sizes[2] not in (20, 21) or sizes[3] not in (40, 41):
            bad += 1
        if not (s >= set(range(10))) or s.isdisjoint({5}) or len(repr(s)) < 100:
            bad += 1
        mine |= s
        mine -= {x for x in mine if x >= 40}
finally:
    stop.set()
w.join()
print('inconsistent:', bad, 'final:', sorted(s) == list(range(40)), sorted(mine) == list(range(40)))
