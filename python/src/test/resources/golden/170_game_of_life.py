# SPDX-License-Identifier: Apache-2.0
# Program: Conway's game of life on a small torus with a glider, printed per generation.
W, H = 8, 6
live = {(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)}
def step(cells):
    counts = {}
    for (x, y) in cells:
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    k = ((x + dx) % W, (y + dy) % H)
                    counts[k] = counts.get(k, 0) + 1
    return {k for k, n in counts.items() if n == 3 or (n == 2 and k in cells)}
def show(cells):
    for y in range(H):
        print("".join("#" if (x, y) in cells else "." for x in range(W)))
for gen in range(4):
    print("gen", gen, "alive", len(live))
    show(live)
    live = step(live)
for _ in range(20):
    live = step(live)
print("after 24 generations:", sorted(live))
