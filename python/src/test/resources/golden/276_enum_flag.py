# enum.Flag and enum.IntFlag (CPython 3.11+ semantics): iteration over single-bit members, pseudo-members for
# combinations (R|W), STRICT and KEEP boundaries with CPython's message, ~, in, len, iteration of a member, auto()
# combined in the class body.
import enum
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
class Color(enum.Flag):
    RED = enum.auto()
    GREEN = enum.auto()
    BLUE = enum.auto()
    WHITE = RED | GREEN | BLUE
def T(name, f):
    try:
        print(name, "->", repr(f()))
    except BaseException as e:
        print(name, "!!", type(e).__name__, e)
T("members", lambda: (list(Perm), list(Color), Perm.__members__.keys(), len(Color)))
T("values", lambda: ([m.value for m in Color], Color.WHITE, Color.WHITE.name, Color.RED.name))
T("or", lambda: (Perm.R | Perm.W, Color.RED | Color.BLUE, (Color.RED | Color.BLUE).name, Perm.R | Perm.W | Perm.X))
T("and xor", lambda: (Perm(7) & Perm.R, Color.WHITE & Color.RED, Color.WHITE ^ Color.RED, Perm.R ^ Perm.R))
T("invert", lambda: (~Perm.R, ~Color.RED, ~Color.WHITE, ~Perm(0)))
T("zero", lambda: (Perm(0), Color(0), bool(Perm(0)), bool(Perm.R), Color(0).name))
T("contains", lambda: (Perm.R in Perm(5), Perm.W in Perm(5), Color.RED in Color.WHITE, Perm(5) in Perm(7)))
T("iter member", lambda: (list(Perm(7)), list(Color.WHITE), list(Color(0)), len(Perm(6))))
T("lookup", lambda: (Perm(6), Color(3), Perm["R"], Color(7) is Color.WHITE))
T("int ops", lambda: (int(Perm.R | Perm.X), Perm.R + 1, Perm.R == 4, Perm.R | 8, isinstance(Perm.R, int), Perm(12)))
T("str", lambda: (str(Perm.R), str(Perm.R | Perm.W), format(Perm.R), str(Color.RED), str(Color.RED | Color.GREEN), f"{Color.BLUE}", str(Perm(0)), str(Color(0))))
T("bad", lambda: Color(8))
T("bad2", lambda: Color(9))
T("isinstance", lambda: (isinstance(Perm.R | Perm.W, Perm), type(Color.RED | Color.BLUE).__name__, Color.RED | Color.BLUE is Color(5), hash(Color.RED) == hash(Color.RED)))
class Alias(enum.Flag):
    A = 1
    B = 2
    AB = 3
    C = 4
T("alias", lambda: (list(Alias), Alias(3), Alias(7), Alias.AB.name, Alias(6)))
T("bool ops with int", lambda: (Color.RED | 2 if False else 0, Perm.R & 4, 4 | Perm.W))
T("sets", lambda: sorted(Perm, key=int))
