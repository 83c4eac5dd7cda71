# enum's functional API as CPython 3.13's: the class's module (the caller's, or module=), qualname=, type= (a data
# type mixed in, also with no names: an empty enum), boundary= for flags, start=; _member_type_ of class statements.
import enum
import pickle

E = enum.Enum('E', 'A B')
print(E.A, E.__module__, E.__qualname__, list(E), pickle.loads(pickle.dumps(E.B)) is E.B)
I = enum.Enum('I', type=int)
print(I, list(I), I.__mro__, I._member_type_)
F = enum.IntEnum('F', {'X': 5}, module='mod', qualname='Q.F')
print(F.X, F.__module__, F.__qualname__, repr(F.X))
S = enum.Enum('S', [('ONE', 'one'), ('TWO', 'two')], type=str)
print(S.ONE, S.ONE.upper(), S._member_type_, S('two'))
N = enum.Enum('N', 'A B C', start=10)
print([m.value for m in N])
K = enum.Flag('K', 'R W X', boundary=enum.KEEP)
print(K(9), K.R | K.X, K._boundary_)


class Plain(enum.Enum):
    A = 1


class Text(str, enum.Enum):
    A = 'a'


class Num(float, enum.Enum):
    PI = 3.14


class Mixin:
    def describe(self):
        return 'member %s' % self.name


class WithMixin(Mixin, enum.Enum):
    A = 1


class HasNew:
    def __new__(cls, *args):
        return object.__new__(cls)


print(Plain._member_type_, Text._member_type_, Num._member_type_, WithMixin._member_type_, WithMixin.A.describe())
print(enum.IntEnum._member_type_, enum.IntFlag._member_type_, enum.StrEnum._member_type_, enum.Flag._member_type_)
