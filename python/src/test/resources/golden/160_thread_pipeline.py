# SPDX-License-Identifier: Apache-2.0
# A two-stage pipeline synchronized with Events: stage 2 starts only after stage 1 finishes.
import threading
data = list(range(1, 21))
stage1_out = [0] * len(data)
stage2_out = [0] * len(data)
s1_done = [threading.Event() for _ in range(4)]
def stage1(part):
    for i in range(part, len(data), 4):
        stage1_out[i] = data[i] * data[i]
    s1_done[part].set()
def stage2(part):
    for e in s1_done:
        e.wait()
    for i in range(part, len(data), 4):
        stage2_out[i] = stage1_out[i] + stage1_out[len(data) - 1 - i]
threads = [threading.Thread(target=stage2, args=(p,)) for p in range(4)]
threads += [threading.Thread(target=stage1, args=(p,)) for p in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(stage1_out)
print(stage2_out)
print(all(e.is_set() for e in s1_done))
