# warnings.deprecated (PEP 702, 3.13): the mark in __deprecated__, a warning when a deprecated function is called,
# when the deprecated class itself is instantiated (not a subclass) and when it is subclassed; category None marks
# without warning; a class with its own __new__ or __init_subclass__; methods and overloads; a non-str message.
# unittest.case is unittest's TestCase module, and assertWarns' context records in .warnings.
import unittest
import warnings
from warnings import deprecated


def caught(fn, *args):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        result = fn(*args)
    return result, [(x.category.__name__, str(x.message), x.filename == __file__) for x in w]


@deprecated("use g instead")
def f(x):
    """f's doc"""
    return x * 2


print(f.__deprecated__, f.__name__, f.__doc__, caught(f, 21))


@deprecated("A is old", category=FutureWarning)
class A:
    def __init__(self, v):
        self.v = v


print(A.__deprecated__, caught(lambda: A(3).v))


def make_sub():
    class B(A):
        pass
    return B


B, w = caught(make_sub)
print(w, caught(lambda: B(4).v))


@deprecated("N has __new__")
class N:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.args = args
        return obj


print(caught(lambda: N(1, 2).args))


@deprecated("no init")
class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print('TypeError', e)


@deprecated("quiet", category=None)
def q():
    return 'q'


print(q.__deprecated__, caught(q))


class Holder:
    @deprecated("method m")
    def m(self):
        return 'm'

    @property
    @deprecated("prop p")
    def p(self):
        return 'p'


print(caught(lambda: Holder().m()), caught(lambda: Holder().p))


@deprecated("has hook")
class H:
    def __init_subclass__(cls, flag=None, **kw):
        super().__init_subclass__(**kw)
        cls.flag = flag


def make_h():
    class HC(H, flag=7):
        pass
    return HC.flag


print(caught(make_h))
for bad in (5, None, b'x'):
    try:
        deprecated(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    deprecated("x")(5)
except TypeError as e:
    print('TypeError', e)
try:
    warnings._deprecated('thing', remove=(3, 11))
except RuntimeError as e:
    print('RuntimeError', e)
print(caught(lambda: warnings._deprecated('thing', remove=(3, 15))))
print(unittest.case.TestCase is unittest.TestCase)


class T(unittest.TestCase):
    def runTest(self):
        with self.assertWarns(UserWarning) as cm:
            warnings.warn('one', UserWarning)
            warnings.warn('two', UserWarning)
        print([str(w.message) for w in cm.warnings], str(cm.warning))


T().runTest()
