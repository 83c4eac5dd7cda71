# SPDX-License-Identifier: Apache-2.0
# Many threads read a shared read-only dict concurrently and write results to their own keys.
import threading
table = {i: i * 3 for i in range(1000)}
words = {"alpha": 1, "beta": 2, "gamma": 3}
out = {}
out_lock = threading.Lock()
def reader(tid):
    s = 0
    for rep in range(20):
        for k in range(0, 1000, 7):
            s += table[k]
    w = sum(words[k] for k in sorted(words))
    with out_lock:
        out[tid] = (s, w)
threads = [threading.Thread(target=reader, args=(i,)) for i in range(8)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(out))
print(set(out.values()) == {out[0]}, out[0])
