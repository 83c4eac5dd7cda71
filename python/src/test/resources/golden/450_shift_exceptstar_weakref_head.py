# A left shift of -2**63, the message of a break or continue in an except* block, and o.__weakref__.
# Each case was compared with CPython 3.13 (the shift from test_long's test_bitop_identities, the message from
# test_except_star's TestBreakContinueReturnInExceptStarBlock, __weakref__ from test_free_threading's test_weakref).
import weakref

# 1. -2**63 fits a machine word; shifting it left must not lose it
for v in (-2**63, -2**63 + 1, -(2**62), 2**63 - 1):
    print(v << 1, v << 54, (v >> 3) << 3, v * 2 == v << 1)
x = -166153499473114484110724083258228735
for n in (54, 60, 63, 64):
    p2 = 2 ** n
    print(n, x >> n << n == x & -p2 == x & ~(p2 - 1), x << n >> n == x)

# 2. break/continue/return in an except* block: CPython's own message comes before "outside loop"
cases = [
    "try:\n    pass\nexcept* Exception:\n    break\n",
    "try:\n    pass\nexcept* Exception:\n    continue\n",
    "try:\n    pass\nexcept* Exception:\n    return\n",
    "for i in range(2):\n    try:\n        pass\n    except* Exception:\n        break\n",
    "def f():\n    try:\n        pass\n    except* Exception:\n        return 1\n",
    "try:\n    pass\nexcept* Exception:\n    def g():\n        break\n",
    "try:\n    pass\nexcept* Exception:\n    for i in range(2):\n        break\n",
    "try:\n    pass\nexcept Exception:\n    break\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

# 3. o.__weakref__: the head of CPython's weak reference list, None when there is none
class T:
    pass
o = T()
print(o.__weakref__)
r1 = weakref.ref(o, lambda r: None)
print(o.__weakref__ is r1)
r2 = weakref.ref(o)
print(o.__weakref__ is r2, weakref.getweakrefs(o) == [r2, r1])
r3 = weakref.ref(o, lambda r: None)
print(o.__weakref__ is r2, weakref.getweakrefs(o) == [r2, r3, r1])
del r2
print(o.__weakref__ is r3, weakref.getweakrefs(o) == [r3, r1])
del r1, r3
print(o.__weakref__)
class S:
    __slots__ = ("a",)
try:
    S().__weakref__
except AttributeError as e:
    print("AttributeError:", e)
class W:
    __slots__ = ("__weakref__",)
w = W()
print(w.__weakref__)
rw = weakref.ref(w)
print(w.__weakref__ is rw)
