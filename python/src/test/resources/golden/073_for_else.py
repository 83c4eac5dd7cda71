# SPDX-License-Identifier: Apache-2.0
# for/else, break out of nested loops with flags, continue.
def find_first(xs, pred):
    for i, x in enumerate(xs):
        if pred(x):
            print("found", x, "at", i)
            break
    else:
        print("nothing found")
find_first([1, 3, 6, 7], lambda v: v % 2 == 0)
find_first([1, 3, 5], lambda v: v % 2 == 0)
find_first([], lambda v: True)
for n in range(2, 20):
    for d in range(2, n):
        if n % d == 0:
            break
    else:
        print(n, "is prime")
target = 12
found = None
for a in range(1, 6):
    for b in range(1, 6):
        if a * b == target:
            found = (a, b)
            break
    if found:
        break
print(found)
out = []
for c in "a1b2c3":
    if c.isdigit():
        continue
    out.append(c)
print(out)
for x in []:
    print("never")
else:
    print("empty loop else")
