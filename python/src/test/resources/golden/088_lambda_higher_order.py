# SPDX-License-Identifier: Apache-2.0
# Lambdas, functions as values, compose, map/filter/sorted with function arguments.
square = lambda x: x * x
inc = lambda x: x + 1
def compose(f, g):
    return lambda x: f(g(x))
print(square(5), compose(square, inc)(3), compose(inc, square)(3))
def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x
print(apply_n(inc, 10, 0), apply_n(square, 3, 2))
ops = [("double", lambda x: 2 * x), ("neg", lambda x: -x), ("str", str)]
for name, op in ops:
    print(name, op(21))
print(sorted(["b", "A", "c"], key=lambda s: s.lower()))
print((lambda *a, **k: (a, k))(1, z=2))
print((lambda a, b=10: a + b)(1), (lambda: "no args")())
pipeline = [str.strip, str.lower, lambda s: s.replace(" ", "_")]
v = "  Hello World  "
for fn in pipeline:
    v = fn(v)
print(v)
print(callable(square), callable(5), callable(str), callable("x"))
