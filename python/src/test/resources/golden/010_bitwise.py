# SPDX-License-Identifier: Apache-2.0
# Bitwise operators on small and big ints, including negatives.
a, b = 0b1100, 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-8 >> 1, -1 >> 10, -8 << 3, ~0, ~-1)
print(1 << 100, (1 << 100) >> 99, (1 << 100) | 1)
print(-(1 << 70) & 0xFFFF, -(1 << 70) | 5, (2 ** 80 - 1) ^ (2 ** 79))
print(-5 & 3, -5 | 3, -5 ^ 3, 5 & -3)
print(bin(0b1111 & ~0b0101))
x = 1
x <<= 10
x |= 3
x &= 0xFF0F
x ^= 1
x >>= 1
print(x)
print(True & False, True | False, True ^ True)
print(255 & 15 == 15, 1 | 2 | 4 | 8)
n = 0
for i in range(0, 64, 3):
    n |= 1 << i
print(n, bin(n).count("1"))
