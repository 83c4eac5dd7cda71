# SPDX-License-Identifier: Apache-2.0
# Assignment expressions (PEP 572): in conditions, calls, displays and comprehensions (binding outside them); SyntaxError's attributes.
import re
data = [1, 5, 12, 7, 30]
if (n := len(data)) > 3:
    print("long", n)
print(n)
lines = iter(["a", "bb", "", "ccc"])
while (line := next(lines)):
    print("line", line)
print([y for x in data if (y := x * 2) > 10], y)
def f(xs):
    found = [v for v in xs if (last := v) > 6]
    return found, last
print(f(data))
print((z := 10) + z, z)
if m := re.match(r"(\d+)-(\d+)", "12-34"):
    print(m.group(1), m.group(2))
print(max(k := [3, 1, 2]), k)
total = 0
print([total := total + v for v in data], total)
def g():
    print(any((hit := v) > 10 for v in data), hit)
g()
def counter():
    count = 0
    def bump():
        nonlocal count
        return (count := count + 1)
    return bump
b = counter(); b(); print(b())
try:
    exec("(a.b := 1)")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("class C:\n    [q := 1 for _ in range(2)]")
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    exec("x = (")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.filename, e.lineno, str(e))
try:
    eval("1 +* 2")
except SyntaxError as e:
    print("SyntaxError", e.filename, e.lineno)
e = SyntaxError("plain")
print(e.msg, e.lineno, str(e), repr(e))
