# The recursion cases of list/src/test/java/dev/freethread/list/RecursionTest.java and
# dict/src/test/java/dev/freethread/dict/PyDictTest.java (issue 11, defect 5), run with python3 3.11 and
# ~/.pyenv/versions/3.13.0/bin/python3. The messages are the same in both; the depth at which comparisons and reprs
# fail differs: 3.11 counts them against sys.getrecursionlimit() (1000), 3.13 against a separate C limit (~10000).
# Output (both versions, except where marked):
#   a == b RecursionError maximum recursion depth exceeded in comparison
#   a < b RecursionError maximum recursion depth exceeded in comparison
#   d1 == d2 RecursionError maximum recursion depth exceeded in comparison
#   x == y (200000 deep) RecursionError maximum recursion depth exceeded in comparison
#   repr(x) (200000 deep) RecursionError maximum recursion depth exceeded while getting the repr of an object
#   [1].index(a) ValueError [[...]] is not in list
#   [1, 2].index(3) ValueError 3 is not in list
#   sort key recursion RecursionError maximum recursion depth exceeded
#   setrecursionlimit(0) ValueError recursion limit must be greater or equal than 1
#   setrecursionlimit(5) from deep(50) RecursionError cannot set the recursion limit to 5 at the recursion depth D: the limit is too low
#     (D = 55 in 3.11, 54 in 3.13: the frames of this harness differ)
#   repr(a) where a = [(a,)] -> [([...],)]; repr(t) -> ([(...)],)
#   repr(d) where d = {0: [d]} -> {0: [{...}]}
#   hash of a tuple nested 200000 deep: 3.11 and 3.13 both crash (segmentation fault: no guard on that path)
import sys


def t(label, f):
    try:
        r = f()
        print(label, "ok", repr(r)[:60])
    except Exception as e:
        print(label, type(e).__name__, e)


a = []; a.append(a); b = []; b.append(b)
t("a == b", lambda: a == b)
t("a < b", lambda: a < b)
d1 = {}; d1[0] = d1; d2 = {}; d2[0] = d2
t("d1 == d2", lambda: d1 == d2)
x = []
for i in range(200000):
    x = [x]
y = []
for i in range(200000):
    y = [y]
t("x == y (200000 deep)", lambda: x == y)
t("repr(x) (200000 deep)", lambda: repr(x))
t("[1].index(a)", lambda: [1].index(a))
t("[1, 2].index(3)", lambda: [1, 2].index(3))


def k(v):
    l = [1, 2]; l.sort(key=k); return v


t("sort key recursion", lambda: [1, 2].sort(key=k))
t("setrecursionlimit(0)", lambda: sys.setrecursionlimit(0))


def deep(n):
    if n == 0:
        return sys.setrecursionlimit(5)
    return deep(n - 1)


t("setrecursionlimit(5) from deep(50)", lambda: deep(50))
m = []; tt = (m,); m.append(tt)
print(repr(m), repr(tt))
d = {}; d[0] = [d]
print(repr(d))
