# SPDX-License-Identifier: Apache-2.0
# Nested loops building multiplication table and Pascal's triangle.
for i in range(1, 6):
    row = ""
    for j in range(1, 6):
        row += f"{i * j:4}"
    print(row)
tri = [[1]]
for n in range(1, 10):
    prev = tri[-1]
    tri.append([1] + [prev[k] + prev[k + 1] for k in range(len(prev) - 1)] + [1])
for row in tri:
    print(" ".join(str(v) for v in row).center(40).rstrip())
print(sum(tri[-1]))
