# SPDX-License-Identifier: Apache-2.0
# The except-as name is unbound after the handler; exceptions inside comprehensions and nested functions.
try:
    1 / 0
except ZeroDivisionError as err:
    print("inside", type(err).__name__)
try:
    print(err)
except NameError as e:
    print("NameError:", e)
err = "rebound"
print(err)
def parse_all(items):
    out = []
    for s in items:
        try:
            out.append(int(s))
        except ValueError:
            continue
        finally:
            out.append("|")
    return out
print(parse_all(["1", "two", "3"]))
try:
    [1 // x for x in [1, 0, 2]]
except ZeroDivisionError as e:
    print("in comprehension:", e)
def deep(n):
    if n == 0:
        raise LookupError("bottom")
    return deep(n - 1)
try:
    deep(20)
except LookupError as e:
    print("propagated from depth:", e)
