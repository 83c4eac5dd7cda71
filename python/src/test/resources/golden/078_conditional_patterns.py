# SPDX-License-Identifier: Apache-2.0
# Dispatch with dicts of functions, guard clauses, early return.
def add(a, b):
    return a + b
def sub(a, b):
    return a - b
ops = {"+": add, "-": sub, "*": lambda a, b: a * b, "/": lambda a, b: a / b if b else None}
for expr in ["3 + 4", "10 - 7", "6 * 7", "8 / 2", "1 / 0", "2 ^ 3"]:
    a, op, b = expr.split()
    fn = ops.get(op)
    if fn is None:
        print(expr, "-> unknown op")
        continue
    print(expr, "->", fn(int(a), int(b)))
def grade(score):
    if not isinstance(score, int):
        return "invalid"
    if score < 0 or score > 100:
        return "out of range"
    for cutoff, letter in ((90, "A"), (80, "B"), (70, "C"), (60, "D")):
        if score >= cutoff:
            return letter
    return "F"
print([grade(s) for s in [95, 85, 75, 65, 55, -1, 101, "x"]])
