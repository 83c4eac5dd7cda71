# SPDX-License-Identifier: Apache-2.0
# TypeError messages for wrong call arity and unexpected or duplicated keyword arguments.
def two(a, b):
    return a + b
def one_default(a, b=1):
    return a * b
nullary = lambda: 0
class K:
    def m(self, x):
        return x
tests = [
    lambda: two(1),
    lambda: two(),
    lambda: two(1, 2, 3),
    lambda: two(1, c=3),
    lambda: two(1, a=2),
    lambda: one_default(),
    lambda: one_default(1, 2, 3),
    lambda: K().m(),
    lambda: K().m(1, 2),
    lambda: nullary(1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: len(5),
    lambda: 5(),
    lambda: "abc"(),
    lambda: None(),
    lambda: abs("x"),
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
