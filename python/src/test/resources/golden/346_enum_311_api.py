# enum's 3.11+ API as CPython 3.13's: global_enum (module.NAME reprs, members exported), verify with UNIQUE,
# CONTINUOUS and NAMED_FLAGS (CPython's messages), member/nonmember, FlagBoundary (STRICT, CONFORM, EJECT, KEEP),
# show_flag_values, EnumCheck, enum.property.
import enum
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, verify, member, nonmember, global_enum, UNIQUE, CONTINUOUS, NAMED_FLAGS, FlagBoundary, STRICT, CONFORM, EJECT, KEEP, show_flag_values, EnumCheck
@global_enum
class Lvl(IntEnum):
    LOW = 1
    HIGH = 2
print(repr(Lvl.LOW), str(Lvl.LOW), format(Lvl.LOW), LOW, LOW is Lvl.LOW)
@global_enum
class Col(Enum):
    RED = 1
print(repr(Col.RED), str(Col.RED), RED)
@global_enum
class Fl(Flag):
    A = 1
    B = 2
print(repr(Fl.A | Fl.B), str(Fl.A | Fl.B), repr(Fl(0)))
for checks, body in [((UNIQUE,), {'A': 1, 'B': 1}), ((CONTINUOUS,), {'A': 1, 'C': 3}), ((NAMED_FLAGS,), None)]:
    try:
        if body is None:
            @verify(NAMED_FLAGS)
            class Bad(Flag):
                A = 1
                ABC = 7
        else:
            verify(*checks)(Enum('X', body))
        print('ok', checks)
    except ValueError as e:
        print('ValueError', e)
class M(Enum):
    A = 1
    B = nonmember(2)
    @member
    def f(x): return x
    C = 3
print([m.name for m in M], M.B, M.f, M.f.value(5))
print(repr(UNIQUE), repr(STRICT), list(FlagBoundary), show_flag_values(13), list(EnumCheck))
class Strict(Flag, boundary=STRICT):
    X = 1
    Y = 2
try: Strict(7)
except ValueError as e: print(e)
class Conf(Flag, boundary=CONFORM):
    X = 1
    Y = 2
print(repr(Conf(7)))
class Ej(Flag, boundary=EJECT):
    X = 1
print(repr(Ej(7)))
class Kp(Flag, boundary=KEEP):
    X = 1
print(repr(Kp(7)), Kp._boundary_ if hasattr(Kp, '_boundary_') else None)
class P(Enum):
    A = 1
    @enum.property
    def double(self): return self.value * 2
print(P.A.double)
print(enum.pickle_by_enum_name.__name__, enum.EnumDict)
