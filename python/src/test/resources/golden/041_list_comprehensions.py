# SPDX-License-Identifier: Apache-2.0
# List comprehensions with conditions, nesting, and conditional expressions.
print([x * x for x in range(8)])
print([x for x in range(20) if x % 3 == 0 if x % 2 == 0])
print([(x, y) for x in range(3) for y in range(x)])
print([[i * j for j in range(1, 4)] for i in range(1, 4)])
m = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in m])
print([[row[i] for row in m] for i in range(3)])
print([x for row in m for x in row if x % 2])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
print([c.upper() for c in "abc"], [len(w) for w in "to be or not".split()])
x = "outer"
print([x for x in range(3)], x)
fns = [lambda k=i: k * 10 for i in range(3)]
print([f() for f in fns])
print([i for i in []], [0 for _ in range(3)])
