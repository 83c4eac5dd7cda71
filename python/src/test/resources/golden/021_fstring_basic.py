# SPDX-License-Identifier: Apache-2.0
# f-strings: expressions, !r conversion, nested quotes, literal braces.
name = "Ada"
age = 36
items = [1, 2, 3]
print(f"{name} is {age} years old")
print(f"{name!r} {age!r} {items!r} {items}")
print(f"{age + 1} {age * 2} {len(items)} {items[-1]} {name.upper()}")
print(f"{{literal}} {{{age}}}")
print(f"{'nested'} {'x' if age > 30 else 'y'}")
d = {"k": "v"}
print(f"{d['k']} {d}")
print(f"{None} {True} {3.5} {-0.0}")
print(f"a{1}b{2}c{3}d")
print(f"{'multi'}" f"{'part'}" "plain")
x = 10
print(f"{x}{x}{x}", f"")
print(f"{[i * i for i in range(4)]}")
print(f"{name:>6}|{name:<6}|{name:^7}|")
