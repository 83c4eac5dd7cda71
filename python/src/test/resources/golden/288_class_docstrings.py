# Class docstrings: __doc__ from the class body's first statement (cleaned as CPython 3.13 does), None when absent,
# inherited lookups, classes made by type() and by metaclasses, namedtuple's generated __doc__.
import collections


class A:
    """First line.

        Indented detail.
    """
    x = 1


class B(A):
    pass


class C:
    x = "not a docstring"
    """not a docstring either"""


print(repr(A.__doc__), B.__doc__, C.__doc__, "__doc__" in B.__dict__, A().__doc__ == A.__doc__)
D = type("D", (), {"__doc__": "made by type"})
E = type("E", (), {})
print(D.__doc__, E.__doc__, "__doc__" in E.__dict__)


class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns.setdefault("__doc__", "from the metaclass")
        return super().__new__(mcs, name, bases, ns)


class F(metaclass=Meta):
    pass


class G(metaclass=Meta):
    """own"""


print(F.__doc__, G.__doc__)
P = collections.namedtuple("P", "x y")
print(P.__doc__, P(1, 2).__doc__)


def f():
    """  Function doc.  """


print(repr(f.__doc__))
