# SPDX-License-Identifier: Apache-2.0
# Enums with a data type: class Color(str, Enum), class N(int, Enum); IntEnum and StrEnum are int and str subclasses.
from enum import Enum, IntEnum
class Color(str, Enum):
    RED = "r"
    GREEN = "g"
print(Color.RED, Color.RED.value, Color("g"), Color.RED == "r", isinstance(Color.RED, str), [c.name for c in Color])
class Pri(IntEnum):
    LOW = 1
    HIGH = 2
print(Pri.LOW, Pri.HIGH > Pri.LOW, Pri.LOW + 1, Pri(2), int(Pri.HIGH), Pri.LOW == 1, sorted([Pri.HIGH, Pri.LOW]))
import json
print(repr(Color.RED), f"{Color.GREEN}", Color.RED.upper(), json.dumps(Color.RED), {"r": 1}[Color.RED], Color.RED in {"r"}, Color.RED + "!", "%s" % Color.RED)
class N(int, Enum):
    ONE = 1
    TWO = 2
print(N.ONE, repr(N.TWO), N.ONE + N.TWO, N(2), N.TWO * 3, sorted([N.TWO, N.ONE]), json.dumps({"n": N.TWO}), isinstance(N.ONE, int))
print(isinstance(Pri.LOW, int), json.dumps(Pri.HIGH), f"{Pri.LOW}", str(Pri.LOW), Pri.LOW | 2, hex(Pri.HIGH), [0, 1, 2][Pri.LOW])
try:
    Color("zz")
except ValueError as e:
    print("ValueError", e)
from enum import StrEnum, auto
class Mode(StrEnum):
    READ = auto()
    WRITE = "w"
print(Mode.READ, repr(Mode.READ), Mode.WRITE == "w", Mode.READ.upper(), isinstance(Mode.READ, str), f"{Mode.WRITE:>3}", len(Mode.READ), Mode("w"), list(Mode))
