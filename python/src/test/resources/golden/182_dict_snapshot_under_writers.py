# SPDX-License-Identifier: Apache-2.0
# list(d), sorted(d), [*d], extend and views copy one state of a dict another thread writes (CPython 3.13t's locking).
import threading
d = {i: i for i in range(50)}
s = set(range(50))
stop = threading.Event()
def writer():
    k = 1000
    while not stop.is_set():
        d[k] = k
        s.add(k)
        del d[k]
        s.discard(k)
        k += 1
w = threading.Thread(target=writer)
w.start()
errors = 0
bad = 0
try:  # the writer stops even if a round fails, so a failure never leaves the script waiting for it
    for i in range(3000):
        try:
            for snap in (list(d), sorted(d), [*d], list(d.items()), list(d.values()), list(s), sorted(s)):
                if len(snap) not in (50, 51):
                    bad += 1
            l = []
            l.extend(d)
            l.extend(d.keys())
            if len(l) not in (100, 101, 102):
                bad += 1
        except RuntimeError:
            errors += 1
finally:
    stop.set()
w.join()
print('RuntimeError:', errors, 'inconsistent:', bad, 'final:', len(d), len(s))
