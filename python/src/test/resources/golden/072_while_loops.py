# SPDX-License-Identifier: Apache-2.0
# while loops with break, continue, and else clause.
n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print("collatz steps", steps)
i = 0
while i < 10:
    i += 1
    if i % 3 == 0:
        continue
    if i == 8:
        break
    print("i", i)
else:
    print("no break")
k = 0
while k < 3:
    k += 1
else:
    print("while else ran, k =", k)
j = 5
while j:
    j -= 1
    if j == 10:
        break
else:
    print("else after countdown")
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
print(gcd(48, 180), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 20))
