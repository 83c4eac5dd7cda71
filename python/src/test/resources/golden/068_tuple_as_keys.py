# SPDX-License-Identifier: Apache-2.0
# Tuples as dict keys and set members; coordinate sets; tuple hashing equality.
board = set()
for r, c in [(0, 0), (1, 1), (2, 2), (0, 0)]:
    board.add((r, c))
print(len(board), (1, 1) in board, (1, 2) in board, sorted(board))
dist = {(0, 0): 0}
frontier = [(0, 0)]
while frontier:
    nxt = []
    for (r, c) in frontier:
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            p = (r + dr, c + dc)
            if 0 <= p[0] < 4 and 0 <= p[1] < 4 and p not in dist:
                dist[p] = dist[(r, c)] + 1
                nxt.append(p)
    frontier = nxt
print(len(dist), dist[(3, 3)], dist[(2, 1)])
print([[dist[(r, c)] for c in range(4)] for r in range(4)])
print((1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)), {(1, 2): "x"}[(1, 2)])
