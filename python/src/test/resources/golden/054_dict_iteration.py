# SPDX-License-Identifier: Apache-2.0
# Iterating dicts by keys, values, items; mutating during iteration raises RuntimeError.
scores = {"ann": 91, "bob": 78, "cid": 85, "dee": 91}
for name in scores:
    print(name, scores[name])
for name, s in scores.items():
    print(f"{name}:{s}", end=" ")
print()
print(sum(scores.values()), max(scores, key=scores.get), min(scores.items(), key=lambda kv: kv[1]))
best = [n for n, s in scores.items() if s == max(scores.values())]
print(best)
print(sorted(scores.items(), key=lambda kv: (-kv[1], kv[0])))
try:
    for k in scores:
        scores[k + "!"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(len(scores))
d = {1: 1, 2: 2, 3: 3}
for k in list(d):
    if k % 2:
        del d[k]
print(d)
try:
    for k in d:
        del d[k]
except RuntimeError as e:
    print("RuntimeError:", e)
