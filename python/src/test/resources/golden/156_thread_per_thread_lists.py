# SPDX-License-Identifier: Apache-2.0
# Each thread appends to its own list; results are merged and checked after join.
import threading
N = 6
buckets = [[] for _ in range(N)]
def produce(k):
    for i in range(200):
        if i % N == k:
            buckets[k].append(i * i)
threads = []
for k in range(N):
    t = threading.Thread(target=produce, args=(k,))
    threads.append(t)
    t.start()
for t in threads:
    t.join()
print([len(b) for b in buckets])
merged = sorted(v for b in buckets for v in b)
print(merged[:10], len(merged), merged == [i * i for i in range(200)])
print([sum(b) for b in buckets])
