# SPDX-License-Identifier: Apache-2.0
# Functions are objects: __name__, passing, storing in containers, returning None implicitly.
def documented():
    pass
print(documented.__name__, documented() is None)
def nothing():
    return
print(nothing())
def early(x):
    if x:
        return "early"
print(early(1), early(0))
table = {"len": len, "abs": abs, "str": str}
print([table[k](v) for k, v in [("len", "abc"), ("abs", -2), ("str", 3.5)]])
def maker():
    def inner_name():
        return 1
    return inner_name
print(maker().__name__, (lambda: 0).__name__)
def f(a, b):
    return a - b
print(f(b=1, a=10), f(10, b=1))
print(len.__name__, type(len).__name__ == type(print).__name__)
