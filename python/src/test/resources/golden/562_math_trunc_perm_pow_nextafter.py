# math: trunc has no float fallback (floor and ceil have); perm(n, k) is 0 for k > n before the size limit;
# pow(-1, +-inf) is 1 (C99); nextafter with steps that reaches y answers y (-0.0 towards +0.0 gives +0.0).
import math
class FloatLike:
    def __init__(self, v): self.v = v
    def __float__(self): return self.v
for f in (math.trunc, math.floor, math.ceil):
    try: print(f(FloatLike(23.5)))
    except TypeError as e: print(e)
class F(float): pass
print(math.trunc(F(2.5)), math.trunc(-2.5), math.trunc(True))
print(math.perm(1, 2**1000), math.perm(2**1000, 0), math.perm(5, 2))
try: math.perm(2**1000, 2**1000)
except OverflowError as e: print(e)
print(math.pow(-1., math.inf), math.pow(-1., -math.inf), math.pow(1., math.nan), math.pow(math.nan, 0))
for steps in (0, 1, 2, 10):
    r = math.nextafter(-0.0, +0.0, steps=steps)
    print(steps, r, math.copysign(1, r))
print(math.nextafter(1.0, 2.0, steps=3) == 1.0 + 3 * 2**-52, math.nextafter(0.0, -0.0), math.nextafter(1.0, 1.0, steps=5))
