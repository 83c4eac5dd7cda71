# keyword, numbers (the numeric tower's ABCs with int, bool, float and Fraction registered), fnmatch (CPython's
# translate), glob (with ** and root_dir), timeit (strings and callables) and graphlib, against CPython 3.13.
import keyword, numbers, fnmatch, glob, timeit, graphlib, os, tempfile
from fractions import Fraction
print(keyword.iskeyword("def"), keyword.iskeyword("match"), keyword.issoftkeyword("match"), len(keyword.kwlist), keyword.softkwlist)
for x in [1, True, 1.5, Fraction(1, 3), "s", None]:
    print(type(x).__name__, [c.__name__ for c in (numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral) if isinstance(x, c)])
print(issubclass(bool, numbers.Integral), issubclass(float, numbers.Rational))
try:
    numbers.Real()
except TypeError as e:
    print("TypeError", str(e)[:60])
for pat in ["*.py", "a?c", "[abc]*", "[!a]*", "*[0-9]", "[a-c-e]x", "[]]", "[!]]", "***", "a[", "[\\d]", "x&&y"]:
    print(repr(pat), repr(fnmatch.translate(pat)))
names = ["a.py", "b.txt", "abc", "ab1", ".hidden.py", "x]"]
print(fnmatch.filter(names, "*.py"), fnmatch.fnmatch("ABC.PY", "*.py"), fnmatch.fnmatchcase("abc", "a*"), fnmatch.filter(names, "ab[0-9]"))
d = tempfile.mkdtemp()
for p in ["a.py", "b.py", "c.txt", ".h.py", "sub/d.py", "sub/deep/e.py"]:
    full = os.path.join(d, p)
    os.makedirs(os.path.dirname(full), exist_ok=True)
    open(full, "w").close()
rel = lambda ps: sorted(os.path.relpath(p, d) for p in ps)
print(rel(glob.glob(os.path.join(d, "*.py"))), rel(glob.glob(os.path.join(d, "*", "*.py"))))
print(rel(glob.glob(os.path.join(d, "**", "*.py"), recursive=True)))
print(sorted(glob.glob("*.py", root_dir=d)), sorted(glob.glob(".*", root_dir=d)), glob.has_magic("a*"), glob.escape("a*[b]?"))
print(rel(glob.glob(os.path.join(d, "sub") + "/")), glob.glob(os.path.join(d, "nothing*")))
import shutil; shutil.rmtree(d)
t = timeit.timeit("x = sum(range(10))", number=100)
print(type(t).__name__, t >= 0, len(timeit.repeat("pass", repeat=3, number=10)), timeit.Timer(lambda: None).timeit(5) >= 0)
print(timeit.timeit("y * 2", setup="y = 21", number=1) >= 0, timeit.timeit("z", globals={"z": 1}, number=3) >= 0)
n, tt = timeit.Timer("pass").autorange()
print(n > 0, tt >= 0.2)
ts = graphlib.TopologicalSorter({"D": {"B", "C"}, "C": {"A"}, "B": {"A"}})
print(list(ts.static_order()) in (["A", "C", "B", "D"], ["A", "B", "C", "D"]))
ts2 = graphlib.TopologicalSorter()
ts2.add(3, 2, 1); ts2.add(1, 0)
print(list(ts2.static_order()))
try:
    graphlib.TopologicalSorter({1: {2}, 2: {1}}).prepare()
except graphlib.CycleError as e:
    print("CycleError", e.args[0], sorted(e.args[1]))
t3 = graphlib.TopologicalSorter({"b": ["a"], "c": ["a"]}); t3.prepare()
print(t3.get_ready(), t3.is_active()); t3.done("a"); print(sorted(t3.get_ready()))
try:
    t3.done("zz")
except ValueError as e:
    print("ValueError", e)
