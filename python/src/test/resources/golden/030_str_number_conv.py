# SPDX-License-Identifier: Apache-2.0
# Conversions between strings and numbers: str, repr, int(base), float, hex/bin/oct.
for v in [0, -1, 255, 3.0, -2.5, 1e100, 1e-100, 10 ** 25, True, None]:
    print(repr(str(v)), repr(repr(v)))
print(int("7f", 16), int("-1010", 2), int("Zz", 36), int("0"), int("-0"))
print(float("3"), float(".5"), float("5."), float("-1.25e-2"), float("inf"), float("-inf"))
print(str(1.0), str(10.0 ** 16), str(0.1 + 0.7), str(1 / 7))
print(hex(0), hex(4096), bin(255), oct(64), oct(0))
print(int(hex(123456), 16), int(bin(99), 2), int(oct(77), 8))
print(str(123)[::-1], int(str(123)[::-1]) + 1)
digits = [int(c) for c in str(2 ** 50)]
print(digits, sum(digits))
