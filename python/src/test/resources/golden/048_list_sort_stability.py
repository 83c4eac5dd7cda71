# SPDX-License-Identifier: Apache-2.0
# Sort stability across many equal keys and multi-pass sorting.
records = []
for i in range(30):
    records.append((i % 4, (i * 7) % 5, i))
by_first = sorted(records, key=lambda r: r[0])
print([r[2] for r in by_first])
two_pass = sorted(sorted(records, key=lambda r: r[1]), key=lambda r: r[0])
print([r[2] for r in two_pass])
print(two_pass == sorted(records, key=lambda r: (r[0], r[1])))
rev = sorted(records, key=lambda r: r[0], reverse=True)
print([r[2] for r in rev])
words = "one two three four five six seven eight nine ten eleven twelve".split()
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
big = [(i * 37) % 101 for i in range(101)]
big.sort()
print(big == list(range(101)))
