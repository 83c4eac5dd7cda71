# SPDX-License-Identifier: Apache-2.0
# Floor division and modulo with negative operands (ints and floats).
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (0, -3), (1, 10), (-1, 10)]
for a, b in pairs:
    print(a, b, a // b, a % b, divmod(a, b))
fpairs = [(7.5, 2.0), (-7.5, 2.0), (7.5, -2.0), (-7.5, -2.0), (-0.5, 1.0)]
for a, b in fpairs:
    print(a, b, a // b, a % b)
print(-1 % 5, -6 % 5, 6 % -5)
print(-(7 // 2), -7 // 2)
print(10 ** 20 // -3, 10 ** 20 % -3)
print(-(10 ** 20) // 7, -(10 ** 20) % 7)
print(5 % 3.0, -5 % 3.0)
print(3 // 0.5, -3 // 0.5)
