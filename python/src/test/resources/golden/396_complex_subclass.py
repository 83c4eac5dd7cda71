# Subclasses of complex (as float's and int's): the carried value in arithmetic, formatting, hashing, copy and
# pickle; data attributes (real, imag, numerator) of built-in values read through subclass instances.
import copy, pickle, cmath

class C(complex):
    pass
c = C(1, 2)
print(c, type(c).__name__, c + 1, type(c + 1).__name__, c.real, c.imag, repr(c), C('3+4j'), abs(C(3, 4)))
print(isinstance(c, complex), issubclass(C, complex), complex(c), type(complex(c)).__name__, c * c, c ** 2, -c, c / 2)
print(f"{c:.2f}", format(c, ''), c == C(1, 2), {c: 1}[1+2j], bool(C(0)), C(), C(real=2, imag=3), c.conjugate())
print(complex(C(1, 2), 1), complex(1, C(1, 2)), complex(C(1, 2), C(0, 1)))
print(C.__mro__, C.__base__, C(1, 2) != C(1, 3), c in [1+2j], sorted([C(1).real, C(0).real]))

class C2(complex):
    def __repr__(self):
        return 'C2!'
    def __add__(self, o):
        return 'added'
print(C2(1), [C2(2)], complex(C2(5)), C2(1) + 1, 1 + C2(1), str(C2(3)))

class Polar(complex):
    def __new__(cls, r, theta):
        v = cmath.rect(r, theta)
        self = super().__new__(cls, v.real, v.imag)
        self.r = r
        return self
p = Polar(2, 0)
print(p, p.r, type(p).__name__, p.__dict__)

class WithComplex:
    def __complex__(self):
        return C(7, 8)
import warnings
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(complex(WithComplex()), type(complex(WithComplex())).__name__)
    print(w[0].category.__name__, str(w[0].message)[:45])

print(copy.copy(c), type(copy.copy(c)).__name__, pickle.loads(pickle.dumps(c)),
      type(pickle.loads(pickle.dumps(c))).__name__)
try:
    C('x')
except ValueError as e:
    print(e)

class F(float):
    pass
class I(int):
    pass
print(F(1.5).real, F(2.5).imag, F(1.5).is_integer(), I(5).numerator, I(5).denominator, I(5).real, I(5).imag)
