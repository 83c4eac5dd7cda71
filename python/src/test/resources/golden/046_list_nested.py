# SPDX-License-Identifier: Apache-2.0
# Nested lists: 2D grids, transposition, flattening, deep equality.
grid = [[r * 4 + c for c in range(4)] for r in range(3)]
for row in grid:
    print(row)
t = [[grid[r][c] for r in range(3)] for c in range(4)]
print(t)
flat = [v for row in grid for v in row]
print(flat, sum(flat))
grid[1][2] = -1
print(grid[1], [row[2] for row in grid])
def flatten(x):
    out = []
    for item in x:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out
print(flatten([1, [2, [3, [4, []]], 5], [[6]]]))
diag = [grid[i][i] for i in range(3)]
print(diag)
print([[0] * 2 for _ in range(2)] == [[0, 0], [0, 0]])
print(max(grid, key=sum), min(map(min, grid)))
