# SPDX-License-Identifier: Apache-2.0
# Program: n-queens backtracking: solution counts for n=1..8 and the first 6x6 board.
def solve(n):
    sols = []
    cols = []
    used_c = set()
    used_d1 = set()
    used_d2 = set()
    def place(r):
        if r == n:
            sols.append(list(cols))
            return
        for c in range(n):
            if c in used_c or (r - c) in used_d1 or (r + c) in used_d2:
                continue
            cols.append(c)
            used_c.add(c)
            used_d1.add(r - c)
            used_d2.add(r + c)
            place(r + 1)
            cols.pop()
            used_c.remove(c)
            used_d1.remove(r - c)
            used_d2.remove(r + c)
    place(0)
    return sols
for n in range(1, 9):
    print(n, len(solve(n)))
first = solve(6)[0]
print(first)
for c in first:
    print(" ".join("Q" if i == c else "." for i in range(6)))
