# SPDX-License-Identifier: Apache-2.0
# str.format with {}, {0}, {name}, specs, and literal braces.
print("{} + {} = {}".format(1, 2, 3))
print("{0}{1}{0}".format("ab", "cd"))
print("{name} is {age}".format(name="Bob", age=5))
print("{0} and {who}".format("me", who="you"))
print("{:>5}|{:<5}|{:^5}|".format("a", "b", "c"))
print("{:.2f} {:05d} {:,} {:x} {:e} {:%}".format(3.14159, 42, 1000000, 255, 12345.678, 0.5))
print("{{}} {{{}}}".format("in"))
print("{0!r} {0}".format("q"))
print("{0:>8.2f}|{1:<6}|".format(2.5, "ok"))
row = "{:<10}{:>6}{:>8.1f}"
for name, qty, price in [("apple", 3, 1.5), ("banana", 12, 0.25), ("cherry", 100, 10.0)]:
    print(row.format(name, qty, qty * price))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
try:
    "{missing}".format(x=1)
except KeyError as e:
    print("KeyError:", e)
