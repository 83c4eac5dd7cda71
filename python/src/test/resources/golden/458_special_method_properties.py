# Special methods defined as properties (their getter gives the method; a failing lookup of __eq__ is NotImplemented,
# one of __init__ raises), and the message for assigning a class attribute through a slotted instance.
# Cases from CPython's test_class (testForExceptionsRaisedInInstanceGetattr2, testObjectAttributeAccessErrorMessages);
# compared with CPython 3.13.
def booh(self):
    raise AttributeError("booh")
class A:
    a = property(booh)
try:
    A().a
except AttributeError as x:
    print("AttributeError:", x)
class E:
    __eq__ = property(booh)
e = E()
print(E() == E(), e == e, E() != E())
class I:
    __init__ = property(booh)
try:
    I()
except AttributeError as x:
    print("AttributeError:", x)
class L:
    @property
    def __len__(self):
        return lambda: 3
    @property
    def __call__(self):
        return lambda *a: ("called", a)
    @property
    def __eq__(self):
        return lambda other: "eq!"
print(len(L()), L()(1, 2), L() == 5)
class B:
    y = 0
    __slots__ = ("z",)
for stmt in ("B().y = 0", "del B().y", "B().q = 1"):
    try:
        exec(stmt)
    except AttributeError as x:
        print("AttributeError:", x)
