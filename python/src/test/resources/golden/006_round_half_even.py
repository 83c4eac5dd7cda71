# SPDX-License-Identifier: Apache-2.0
# round(): banker's rounding for ints and floats, ndigits, negative ndigits.
for x in [0.5, 1.5, 2.5, 3.5, -0.5, -1.5, -2.5, 2.4, 2.6]:
    print(x, round(x))
print(type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(round(2.675, 2), round(1.005, 2), round(0.125, 2), round(0.375, 2))
print(round(3.14159, 3), round(-3.14159, 1), round(1234.5678, -2))
print(round(15), round(15, -1), round(25, -1), round(-25, -1), round(1234, -2))
print(round(7, 2), round(0.0), round(-0.4))
print(round(1e16 + 0.5), round(123.456, 0))
