# Three-argument pow() on a class of ours calls its __pow__(exp, mod) (it raised "pow() 3rd argument not allowed
# unless all arguments are integers"; CPython's test_descr.test_binary_operator_override), never __rpow__; an int
# subclass's instance counts as its int; a bound method is a descriptor that returns itself.
class N:
    def __init__(self, v):
        self.v = v

    def __pow__(self, other, mod=None):
        return ('pow', self.v, other, mod)

    def __rpow__(self, other, mod=None):
        return ('rpow', self.v, other, mod)


class M:
    def __pow__(self, other):
        return 'two-arg'


class NI:
    def __pow__(self, other, mod=None):
        return NotImplemented


class I(int):
    pass


print(pow(N(2), 3, 5), pow(N(2), 3), N(2) ** 3, 3 ** N(2), pow(3, N(2)), pow(N(2), 3, None))
print(pow(I(2), 3, 5), pow(2, I(3), 5), pow(2, 3, I(5)), pow(I(3), -1, 7), pow(True, 2, 3))
for args in [(3, N(2), 5), (3, 4, N(2)), (M(), 2, 3), (NI(), 2, 3), (2.0, 3, 5), (2, 3.0, 5), (2, 3, 5.0),
             ('a', 2, 3), (1j, 2, 3), (2, 3, 0), (2, -1, 4)]:
    try:
        print(args[1:], pow(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

from decimal import Decimal
print(pow(Decimal(3), 4, 5), pow(Decimal(7), 2, 10))


class K:
    def m(self):
        return 'm'


bm = K().m
print(bm.__get__(None, K) is bm, bm.__get__(1) is bm, bm.__get__(K(), K)())
try:
    bm.__get__(None, None)
except TypeError as e:
    print('TypeError:', e)
