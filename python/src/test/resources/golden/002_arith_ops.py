# SPDX-License-Identifier: Apache-2.0
# Basic integer arithmetic: + - * / // % ** and operator precedence.
a, b = 17, 5
print(a + b, a - b, a * b)
print(a / b, a // b, a % b)
print(a ** b, b ** 0, 0 ** 0)
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, -2 ** 2, (-2) ** 2)
print(10 - 3 - 2, 100 // 10 // 3, 2 * 3 % 4)
print(7 / 7, 1 / 4, 10 / 4)
print(2 ** -1, 2 ** -2, 10 ** -3)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5))
print(pow(2, 10), pow(3, 4, 5), pow(2, 100, 1000))
print(abs(-9), abs(9), abs(0))
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 4
print(x)
x **= 10
print(x)
x /= 4
print(x)
