# SPDX-License-Identifier: Apache-2.0
# Slice assignment and slice deletion, including extended slices.
xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[1:1] = [100, 200, 300]
print(xs)
xs[:3] = []
print(xs)
xs[-2:] = "xyz"
print(xs)
ys = list(range(10))
ys[::2] = [0, 0, 0, 0, 0]
print(ys)
ys[1::3] = ["p", "q", "r"]
print(ys)
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
zs = list(range(12))
del zs[::3]
print(zs)
del zs[2:4]
print(zs)
del zs[-1]
del zs[0]
print(zs)
del zs[:]
print(zs)
ws = [1, 2, 3]
ws[len(ws):] = [4, 5]
ws[:0] = [0]
print(ws)
ws[1:4] = ws
print(ws)
