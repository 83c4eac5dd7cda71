# SPDX-License-Identifier: Apache-2.0
# Slicing with start/stop/step, negative steps, out of range bounds.
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[:], xs[-3:], xs[:-3])
print(xs[::2], xs[1::2], xs[::-1], xs[::-2], xs[8:2:-2], xs[2:8:-1])
print(xs[-100:100], xs[5:2], xs[100:], xs[-1:-4:-1])
print(xs[1:9:3], xs[9:0:-3], xs[:0:-1], xs[0:1])
s = "abcdefgh"
print(s[1:7:2], s[::-3], s[-2:], s[:-6:-1])
t = (1, 2, 3, 4, 5)
print(t[1:3], t[::-1], t[4:1:-1], t[10:])
cp = xs[:]
cp[0] = "changed"
print(xs[0], cp[0])
print(xs[3:3], len(xs[::3]), xs[2:8:2] == list(range(2, 8, 2)), xs[::-3])
