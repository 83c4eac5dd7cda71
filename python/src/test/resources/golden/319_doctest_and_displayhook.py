# compile(..., 'single') shows expression statements through sys.displayhook (also inside compound statements),
# sys.displayhook sets builtins._, and doctest runs docstring examples: testmod, DocTestSuite through unittest's
# load_tests, option directives (ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL, SKIP), expected
# exceptions, and the failure report, as CPython 3.13 runs them.
import builtins
import doctest
import io
import sys
import types
import unittest

g = {}
buf = io.StringIO()
old = sys.stdout
sys.stdout = buf
exec(compile("x = 5\n", "<ex>", "single"), g)
exec(compile("x + 1\n", "<ex>", "single"), g)
exec(compile("for i in range(2):\n    i\n", "<ex>", "single"), g)
exec(compile("None\n", "<ex>", "single"), g)
exec(compile("'text'\n", "<ex>", "single"), g)
sys.stdout = old
print(repr(buf.getvalue()), builtins._)

shown = []
sys.displayhook = shown.append
exec(compile("1 + 1\n", "<ex>", "single"), g)
sys.displayhook = sys.__displayhook__
print(shown)
sys.displayhook(None)
sys.displayhook(42)
print(builtins._)


def square(x):
    """Squares x.

    >>> square(3)
    9
    >>> [square(i) for i in range(5)]  # doctest: +NORMALIZE_WHITESPACE
    [0, 1,
     4, 9, 16]
    >>> square('a')
    Traceback (most recent call last):
      ...
    TypeError: can't multiply sequence by non-int of type 'str'
    >>> object()  # doctest: +ELLIPSIS
    <object object at 0x...>
    >>> raise ValueError('some detail')  # doctest: +IGNORE_EXCEPTION_DETAIL
    Traceback (most recent call last):
    ValueError: other detail
    >>> print('a\\n\\nb')
    a
    <BLANKLINE>
    b
    >>> this_would_fail  # doctest: +SKIP
    >>> for i in range(2):
    ...     i * 10
    0
    10
    """
    return x * x


class Box:
    """A box.

    >>> Box(2).twice()
    4
    """

    def __init__(self, v):
        self.v = v

    def twice(self):
        """
        >>> Box(5).twice()
        10
        >>> Box(1).twice()  # wrong on purpose
        3
        """
        return self.v * 2


mod = types.ModuleType("dtmod")
mod.square = square
mod.Box = Box
square.__module__ = Box.__module__ = Box.twice.__module__ = "dtmod"
mod.__test__ = {"extra": """
    >>> 1 + 1
    2
    >>> undefined_name
    Traceback (most recent call last):
    NameError: name 'undefined_name' is not defined
"""}
sys.modules["dtmod"] = mod

finder = doctest.DocTestFinder()
tests = finder.find(mod)
print([(t.name, len(t.examples)) for t in tests])

out = io.StringIO()
sys.stdout = out
result = doctest.testmod(mod, verbose=False, report=True)
sys.stdout = old
print(result)
report = out.getvalue()
print(report.replace(__file__, "FILE"))


def load_tests(loader, tests, pattern):
    tests.addTest(doctest.DocTestSuite(mod))
    return tests


mod.load_tests = load_tests
suite = unittest.defaultTestLoader.loadTestsFromModule(mod)
r = unittest.TestResult()
suite.run(r)
print(suite.countTestCases(), r.testsRun, len(r.failures), [str(t) for t, _ in r.failures])
print(r.failures[0][1].strip().splitlines()[-1])

parser = doctest.DocTestParser()
ex = parser.get_examples(">>> a = 1  # doctest: +ELLIPSIS\n>>> a\n1\n")
print([(e.source, e.want, e.options) for e in ex])
try:
    parser.get_examples(">>>a\n")
except ValueError as e:
    print("ValueError:", e)
print(doctest.OutputChecker().check_output("a...z\n", "abcz\n", doctest.ELLIPSIS))
print(doctest.OutputChecker().check_output("1\n", "True\n", 0))
