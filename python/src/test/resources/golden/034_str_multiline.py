# SPDX-License-Identifier: Apache-2.0
# Multi-line strings, splitlines, indentation handling, line-by-line processing.
text = """first line
    indented line
\tTabbed
last line"""
lines = text.splitlines()
print(len(lines))
for n, line in enumerate(lines, 1):
    print(f"{n:>3}: {line.strip()!r} ({len(line) - len(line.lstrip())} leading)")
table = "name,qty\nbolt,10\nnut,25\nwasher,7\n"
rows = [r.split(",") for r in table.strip().split("\n")]
header = rows[0]
for r in rows[1:]:
    print(f"{r[0]:<8}{int(r[1]):>5}")
print(sum(int(r[1]) for r in rows[1:]))
print(repr("a\nb\n"), "a\nb\n".count("\n"))
print("end", end="")
print(" of", end="!\n")
print("x", "y", "z", sep="")
print("x", "y", sep=", ", end=".\n")
print()
print("after blank")
