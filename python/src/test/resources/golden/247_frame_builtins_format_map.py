# SPDX-License-Identifier: Apache-2.0
# sys.version_info, str.format_map, and the built-ins that read the caller's frame: locals, globals, vars, dir, eval, exec.
import sys
print(sys.version_info >= (3, 8), sys.version_info[:2], sys.version_info.major, type(sys.version_info).__name__, sys.version_info.releaselevel, isinstance(sys.version_info, tuple))
print("{a}-{b}".format_map({"a": 1, "b": 2}))
class Default(dict):
    def __missing__(self, k):
        return "<" + k + ">"
print("{x} and {y}".format_map(Default(x=1)))
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError", e)
g = 10
def f(a, b=2):
    c = a + b
    def inner():
        return c
    print(sorted(locals().items(), key=lambda kv: kv[0]) if False else sorted(locals()))
    print(dir())
    print(eval("a * b + c + g"))
    exec("c = 100; d = 5")
    print(c, "d" in locals())
    return inner
f(1)
print(eval("1 + 2"), eval("x + 1", {"x": 5}), eval("x + y", {"x": 1}, {"y": 2}))
ns = {}
exec("def sq(n):\n    return n * n\nr = sq(7)", ns)
print(ns["r"], sorted(k for k in ns if k != "__builtins__"))
exec("zz = 42")
print(zz, globals()["zz"], "zz" in dir())
code = """
total = 0
for i in range(5):
    total += i
"""
loc = {}
exec(code, {}, loc)
print(loc)
try:
    eval("1 +")
except SyntaxError as e:
    print("SyntaxError")
try:
    exec("raise ValueError('inside')")
except ValueError as e:
    print("ValueError", e)
class K:
    x = 1
    print(sorted(locals()))
print(vars()["g"], type(globals()).__name__)
print(eval("  3"))
