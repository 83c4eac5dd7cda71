# SPDX-License-Identifier: Apache-2.0
# Float arithmetic, int/float mixing, comparisons, is_integer, conversions.
a = 7.0
b = 2
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** b)
print(2 ** 0.5, 9 ** 0.5, 10 ** -1)
print(1.5.is_integer(), 2.0.is_integer(), (-3.0).is_integer())
print(int(2.999), int(-2.999), int(1e20))
print(3 == 3.0, 3 < 3.1, 0.1 + 0.2 == 0.3, abs(0.1 + 0.2 - 0.3) < 1e-9)
print(abs(-2.5), abs(2.5), -(2.5))
print(sum([0.1] * 10))
print(max(1, 2.5), min(-1, -1.5))
print(float(True), 1.0 + True)
print(1e10, 1e10 + 1, 12345678.9 * 10)
x = 1.0
for i in range(5):
    x = x / 3
print(x)
print(float(10 ** 20), 2.0 ** 70, 0.1 ** 10)
print(7.0 // 0.1, 7.0 % 0.1)
print(divmod(7.5, 2), divmod(-7.5, 2))
print(round(2.0 ** 0.5, 6), 22 / 7)
