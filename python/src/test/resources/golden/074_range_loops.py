# SPDX-License-Identifier: Apache-2.0
# range with start/stop/step, negative steps, loop variable after the loop.
for i in range(3):
    print("a", i)
for i in range(10, 0, -4):
    print("b", i)
for i in range(5, 5):
    print("never")
print("after", i)
print(list(range(-5, 5, 3)), list(range(5, -5, -3)), len(range(1000000)))
total = 0
for i in range(1, 101):
    total += i
print(total)
acc = []
for i in range(3):
    for j in range(i, 3):
        acc.append(i * 10 + j)
print(acc)
for i in range(3):
    i = i * 100
    print("rebound", i)
try:
    range(1, 10, 0)
except ValueError as e:
    print("ValueError:", e)
try:
    range(1.5)
except TypeError as e:
    print("TypeError:", e)
