# A subclass of a built-in type whose operator method answers NotImplemented: the built-in base's operation stands in
# only where CPython's would run (the left operand's own method not overridden, or the right one's reflected method
# when the types differ; int's methods take no floats; list and str have no __radd__). test_numeric_tower's
# DummyIntegral: D(1) / D(2) is a TypeError.
class D(int):
    def __truediv__(self, other): return NotImplemented
    __rtruediv__ = __truediv__
    def __add__(self, other): return NotImplemented
class E(int):
    def __radd__(self, other): return NotImplemented
for expr in ["D(1)/D(2)", "D(1)/2", "2/D(1)", "D(1)+D(2)", "D(1)+2", "2+D(1)", "2+E(1)", "E(1)+2", "1.5/D(1)", "D(1)/1.5"]:
    try:
        print(expr, eval(expr))
    except TypeError as e:
        print(expr, "TypeError:", e)
class S(str):
    def __add__(self, other): return NotImplemented
class L(list):
    def __add__(self, other): return NotImplemented
    def __mul__(self, other): return NotImplemented
class F(float):
    def __sub__(self, other): return NotImplemented
    def __rsub__(self, other): return NotImplemented
class R(int):
    def __radd__(self, other): return NotImplemented
class P(int):
    pass
for expr in ["S('a') + S('b')", "S('a') + 'b'", "'a' + S('b')", "L([1]) + L([2])", "L([1]) + [2]", "[1] + L([2])", "L([1]) * 2", "2 * L([1])",
             "F(1.0) - F(2.0)", "F(1.0) - 2.0", "2.0 - F(1.0)", "1 - F(1.0)", "R(1) + R(2)", "R(1) + 2", "2 + R(1)", "P(1) + P(2)", "P(1) / 2", "True + R(1)", "R(1) & R(3)"]:
    try:
        print(expr, repr(eval(expr)))
    except TypeError as e:
        print(expr, "TypeError:", e)
x = F(3.0)
try:
    x -= F(1.0)
    print(x)
except TypeError as e:
    print("TypeError:", e)
x = L([1])
x += [2]
print(x)
