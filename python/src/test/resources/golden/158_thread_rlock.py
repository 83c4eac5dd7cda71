# SPDX-License-Identifier: Apache-2.0
# RLock allows re-entrant acquisition by the owning thread, used with `with` and acquire/release.
import threading
rl = threading.RLock()
state = {"depth": 0, "max": 0, "calls": 0}
def recurse(n):
    with rl:
        state["depth"] += 1
        state["calls"] += 1
        state["max"] = max(state["max"], state["depth"])
        if n > 0:
            recurse(n - 1)
        state["depth"] -= 1
recurse(5)
print(state)
def worker():
    for _ in range(100):
        recurse(3)
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(state["calls"], state["depth"], state["max"])
print(rl.acquire(), rl.acquire())
rl.release()
rl.release()
print("released twice")
