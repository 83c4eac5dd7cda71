# SPDX-License-Identifier: Apache-2.0
# Arbitrary precision integers: powers, factorial, mixed signs, comparisons.
print(2 ** 64, 2 ** 100)
print(-(2 ** 63) - 1)
print(2 ** 64 - 1 == 18446744073709551615)
f = 1
for i in range(1, 31):
    f *= i
print(f)
print(f // (2 ** 20), f % 1000007)
print(len(str(2 ** 1000)))
print(str(3 ** 200)[:20], str(3 ** 200)[-10:])
big = 10 ** 30
print(big + 1, big - 1, -big)
print(big * big)
print(big // 7, big % 7)
print(divmod(-big, 13))
print((2 ** 100).bit_length(), (2 ** 100 - 1).bit_length(), (0).bit_length(), (-255).bit_length())
print(2 ** 100 > 2 ** 99, -(2 ** 100) < 5, 2 ** 64 == 2.0 ** 64)
print(abs(-(7 ** 40)))
print(hex(2 ** 70), bin(2 ** 10 + 1))
print(int("123456789" * 4))
print(9999999999999999 + 1, 99999999999999999999 * 99999999999999999999)
