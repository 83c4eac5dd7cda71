# The comparison cases of issue 12, run with python3 (3.11.7) and ~/.pyenv/versions/3.13.0/bin/python3: the outputs
# are identical (diff is empty). Cited by list's ComparisonProtocolTest, dict's PyDictComparisonTest and refcount's
# NumericHashTest. (The two NaN objects of the last line's check happen to share an address: no meaning.)
import sys
def t(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
class AlwaysEq:
    def __eq__(self, other): return True
    def __ne__(self, other): return False
    def __repr__(self): return "ALWAYS_EQ"
ALWAYS_EQ = AlwaysEq()
class NeverEq:
    def __eq__(self, other): return False
    def __ne__(self, other): return True
    def __hash__(self): return 1
    def __repr__(self): return "NEVER_EQ"
NEVER_EQ = NeverEq()
class BadExc(Exception): pass
class BadCmp:
    def __eq__(self, other):
        if other == 2: raise BadExc()
        return False
t("1.0 in [1]", lambda: 1.0 in [1])
t("[1].index(1.0)", lambda: [1].index(1.0))
t("[1].count(1.0)", lambda: [1].count(1.0))
def rem():
    l=[1]; l.remove(1.0); return l
t("[1].remove(1.0)", rem)
t("[1] == [1.0]", lambda: [1] == [1.0])
t("(1,) == (1.0,)", lambda: (1,) == (1.0,))
t("{(1, 2): 'x'}[(1.0, 2.0)]", lambda: {(1, 2): 'x'}[(1.0, 2.0)])
t("sorted([1.1, 1])", lambda: sorted([1.1, 1]))
t("sorted([1.1, 1 << 70])", lambda: sorted([1.1, 1 << 70]))
t("[1] < [1.5]", lambda: [1] < [1.5])
t("([0, 1, 2] * 3).count(ALWAYS_EQ)", lambda: ([0, 1, 2] * 3).count(ALWAYS_EQ))
t("ALWAYS_EQ in [1]", lambda: ALWAYS_EQ in [1])
t("[0,1,2,3].remove(BadCmp())", lambda: [0, 1, 2, 3].remove(BadCmp()))
t("[0,1,2,3].index(BadCmp())", lambda: [0, 1, 2, 3].index(BadCmp()))
t("[0,1,2,3].count(BadCmp())", lambda: [0, 1, 2, 3].count(BadCmp()))
t("NEVER_EQ in [NEVER_EQ]", lambda: NEVER_EQ in [NEVER_EQ])
t("[NEVER_EQ] == [NEVER_EQ]", lambda: [NEVER_EQ] == [NEVER_EQ])
t("[NEVER_EQ].count(NEVER_EQ)", lambda: [NEVER_EQ].count(NEVER_EQ))
t("NEVER_EQ == NEVER_EQ", lambda: NEVER_EQ == NEVER_EQ)
t("[ALWAYS_EQ] == [1, 2]", lambda: [ALWAYS_EQ] == [1, 2])
t("[1] == [ALWAYS_EQ]", lambda: [1] == [ALWAYS_EQ])
t("(1, 2) == (ALWAYS_EQ, ALWAYS_EQ)", lambda: (1, 2) == (ALWAYS_EQ, ALWAYS_EQ))
t("{1: 'a'}[1.0]", lambda: {1: 'a'}[1.0])
t("{1.0: 'a'}[True]", lambda: {1.0: 'a'}[True])
t("{1: 'a', True: 'b', 1.0: 'c'}", lambda: {1: 'a', True: 'b', 1.0: 'c'})
t("{1.0: 'a', 1: 'b'}", lambda: {1.0: 'a', 1: 'b'})
t("{ALWAYS_EQ: 1} == {ALWAYS_EQ: 2}", lambda: {1: ALWAYS_EQ} == {1: 2})
t("1 < 'a'", lambda: 1 < 'a')
t("[1] < ['a']", lambda: [1] < ['a'])
t("(1,) <= (1.0,)", lambda: (1,) <= (1.0,))
t("(1, 2) < (1.0, 2.5)", lambda: (1, 2) < (1.0, 2.5))
t("[2 ** 53 + 1] == [2.0 ** 53]", lambda: [2 ** 53 + 1] == [2.0 ** 53])
t("sorted([True, 0.5, 0, -1.5, 2])", lambda: sorted([True, 0.5, 0, -1.5, 2]))
t("float('nan') in [float('nan')]", lambda: float('nan') in [float('nan')])
n = float('nan')
t("n in [n]", lambda: n in [n])
t("[n] == [n]", lambda: [n] == [n])
t("(n,) == (n,)", lambda: (n,) == (n,))
t("[1.5] > [1]", lambda: [1.5] > [1])
t("[] == ()", lambda: [] == ())
t("{} < {}", lambda: {} < {})
t("[1,2] != [1,2]", lambda: [1,2] != [1,2])
for x in [1.0, -1.0, 0.5, 1.5, -2.5, 1e300, 5e-324, 2.2250738585072014e-308, 1e-320, float(2**70), float('inf'), float('-inf'), -0.0, 0.1, 1e16, 123456789.125]:
    print("hash(%r) = %d" % (x, hash(x)))
print("hash(nan) == hash(nan2)?", hash(float('nan')) == hash(float('nan')))
print("hash(2**70) =", hash(2**70), "hash(float(2**70)) =", hash(float(2**70)))

# Output (3.13.0):
#   1.0 in [1] -> True
#   [1].index(1.0) -> 0
#   [1].count(1.0) -> 1
#   [1].remove(1.0) -> []
#   [1] == [1.0] -> True
#   (1,) == (1.0,) -> True
#   {(1, 2): 'x'}[(1.0, 2.0)] -> 'x'
#   sorted([1.1, 1]) -> [1, 1.1]
#   sorted([1.1, 1 << 70]) -> [1.1, 1180591620717411303424]
#   [1] < [1.5] -> True
#   ([0, 1, 2] * 3).count(ALWAYS_EQ) -> 9
#   ALWAYS_EQ in [1] -> True
#   [0,1,2,3].remove(BadCmp()) -> BadExc: 
#   [0,1,2,3].index(BadCmp()) -> BadExc: 
#   [0,1,2,3].count(BadCmp()) -> BadExc: 
#   NEVER_EQ in [NEVER_EQ] -> True
#   [NEVER_EQ] == [NEVER_EQ] -> True
#   [NEVER_EQ].count(NEVER_EQ) -> 1
#   NEVER_EQ == NEVER_EQ -> False
#   [ALWAYS_EQ] == [1, 2] -> False
#   [1] == [ALWAYS_EQ] -> True
#   (1, 2) == (ALWAYS_EQ, ALWAYS_EQ) -> True
#   {1: 'a'}[1.0] -> 'a'
#   {1.0: 'a'}[True] -> 'a'
#   {1: 'a', True: 'b', 1.0: 'c'} -> {1: 'c'}
#   {1.0: 'a', 1: 'b'} -> {1.0: 'b'}
#   {ALWAYS_EQ: 1} == {ALWAYS_EQ: 2} -> True
#   1 < 'a' -> TypeError: '<' not supported between instances of 'int' and 'str'
#   [1] < ['a'] -> TypeError: '<' not supported between instances of 'int' and 'str'
#   (1,) <= (1.0,) -> True
#   (1, 2) < (1.0, 2.5) -> True
#   [2 ** 53 + 1] == [2.0 ** 53] -> False
#   sorted([True, 0.5, 0, -1.5, 2]) -> [-1.5, 0, 0.5, True, 2]
#   float('nan') in [float('nan')] -> False
#   n in [n] -> True
#   [n] == [n] -> True
#   (n,) == (n,) -> True
#   [1.5] > [1] -> True
#   [] == () -> False
#   {} < {} -> TypeError: '<' not supported between instances of 'dict' and 'dict'
#   [1,2] != [1,2] -> False
#   hash(1.0) = 1
#   hash(-1.0) = -2
#   hash(0.5) = 1152921504606846976
#   hash(1.5) = 1152921504606846977
#   hash(-2.5) = -1152921504606846978
#   hash(1e+300) = 1224995262755759164
#   hash(5e-324) = 16777216
#   hash(2.2250738585072014e-308) = 32768
#   hash(1e-320) = 33957085184
#   hash(1.1805916207174113e+21) = 512
#   hash(inf) = 314159
#   hash(-inf) = -314159
#   hash(-0.0) = 0
#   hash(0.1) = 230584300921369408
#   hash(1e+16) = 10000000000000000
#   hash(123456789.125) = 288230376275168533
#   hash(nan) == hash(nan2)? True
#   hash(2**70) = 512 hash(float(2**70)) = 512
