# SPDX-License-Identifier: Apache-2.0
# gc.collect() after join() finalizes every cycle the joined threads left (join waits for the thread to leave).
import threading, gc
fin = [0]
lock = threading.Lock()
class R:
    def __init__(self):
        self.me = self
    def __del__(self):
        with lock:
            fin[0] += 1
def worker():
    for i in range(100):
        o = R()
        if i % 50 == 0:
            gc.collect()
complete = 0
for round in range(12):
    fin[0] = 0
    ts = [threading.Thread(target=worker) for k in range(4)]
    for t in ts: t.start()
    for t in ts: t.join()
    gc.collect()
    if fin[0] == 400:
        complete += 1
    else:
        gc.collect()
print("rounds where one collect after join finalized everything:", complete, "of 12")
