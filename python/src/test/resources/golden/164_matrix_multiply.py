# SPDX-License-Identifier: Apache-2.0
# Program: matrix multiply, transpose, identity, power and determinant with lists of lists.
def matmul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(m)) for j in range(p)] for i in range(n)]
def transpose(a):
    return [[a[i][j] for i in range(len(a))] for j in range(len(a[0]))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(a, e):
    r = identity(len(a))
    while e:
        if e & 1:
            r = matmul(r, a)
        a = matmul(a, a)
        e >>= 1
    return r
def det(a):
    if len(a) == 1:
        return a[0][0]
    total = 0
    for j in range(len(a)):
        minor = [row[:j] + row[j + 1:] for row in a[1:]]
        total += (-1) ** j * a[0][j] * det(minor)
    return total
A = [[1, 2, 3], [4, 5, 6]]
B = [[7, 8], [9, 10], [11, 12]]
print(matmul(A, B))
print(transpose(A))
print(matmul(B, A))
fib = matpow([[1, 1], [1, 0]], 90)
print(fib[0][1])
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det(identity(4)), det([[1, 2], [2, 4]]))
F = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(F, F))
for row in matmul(identity(3), M):
    print(" ".join(f"{v:>4}" for v in row))
