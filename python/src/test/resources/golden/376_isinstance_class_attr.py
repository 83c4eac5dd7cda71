# isinstance's second look, as CPython's: an object whose __class__ answers another class (a property, a class
# attribute, unittest.mock's spec) is an instance of that class's bases too; an AttributeError from it means no
# claim; a __class__ that is not a class is ignored.
from unittest import mock
class C:
    def f(self): pass
m = mock.Mock(spec=C)
print(isinstance(m, C), isinstance(m, mock.Mock), isinstance(mock.MagicMock(spec=C), C), isinstance(mock.Mock(), C))
class P:
    @property
    def __class__(self):
        return int
p = P()
print(isinstance(p, int), isinstance(p, P), type(p).__name__, p.__class__, isinstance(p, (str, int)))
class Q:
    __class__ = dict
print(isinstance(Q(), dict), isinstance(Q(), Q))
class R:
    @property
    def __class__(self):
        raise AttributeError('no')
print(isinstance(R(), int), isinstance(R(), R))
class S:
    __class__ = 5
print(isinstance(S(), int))
