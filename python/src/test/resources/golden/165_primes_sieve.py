# SPDX-License-Identifier: Apache-2.0
# Program: sieve of Eratosthenes, prime factorization, twin primes, Goldbach pairs.
def sieve(n):
    is_p = [True] * (n + 1)
    is_p[0] = is_p[1] = False
    i = 2
    while i * i <= n:
        if is_p[i]:
            is_p[i * i::i] = [False] * len(range(i * i, n + 1, i))
        i += 1
    return [k for k in range(n + 1) if is_p[k]]
ps = sieve(200)
print(len(ps), ps[:15], ps[-3:])
print(len(sieve(100000)))
def factor(n):
    out = []
    d = 2
    while d * d <= n:
        while n % d == 0:
            out.append(d)
            n //= d
        d += 1
    if n > 1:
        out.append(n)
    return out
for n in [360, 97, 1001, 2 ** 20 + 1, 600851475143]:
    print(n, factor(n))
pset = set(ps)
print([(p, p + 2) for p in ps if p + 2 in pset][:8])
print({n: min((p, n - p) for p in ps if n - p in pset) for n in range(4, 30, 4)})
