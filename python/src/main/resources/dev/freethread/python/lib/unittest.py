# SPDX-License-Identifier: Apache-2.0
# unittest for ftpython: TestCase with the assert methods, fixtures (setUp/tearDown, setUpClass/tearDownClass,
# addCleanup), subTest, skips and expected failures; TestSuite, TestLoader, TextTestRunner, TestResult and main(),
# printing CPython's report to stderr (dots or verbose lines, the failure blocks, "Ran N tests in Xs", OK or FAILED
# with the counts) and exiting 1 on failure (5 when no test ran, as 3.12+); discovery from the file system and the
# command line of `ftpython -m unittest` (names, paths, -k patterns, discover -s/-p/-t). Written for ftpython.

import sys
import time
import traceback
import warnings  # unittest.case.warnings, as CPython's (tests swap it)

__all__ = ['TestCase', 'IsolatedAsyncioTestCase', 'TestSuite', 'TestLoader', 'TextTestRunner', 'TestResult', 'main', 'skip', 'skipIf',
           'skipUnless', 'expectedFailure', 'SkipTest', 'defaultTestLoader']


class SkipTest(Exception):
    pass


class _ShouldStop(Exception):
    pass


class _ExpectedFailureMarker:
    pass


def skip(reason):
    def decorator(test_item):
        test_item.__unittest_skip__ = True
        test_item.__unittest_skip_why__ = reason
        return test_item
    if callable(reason) and not isinstance(reason, str):
        test_item, reason = reason, ''
        return decorator(test_item)
    return decorator


def skipIf(condition, reason):
    return skip(reason) if condition else (lambda obj: obj)


def skipUnless(condition, reason):
    return skip(reason) if not condition else (lambda obj: obj)


def expectedFailure(test_item):
    test_item.__unittest_expecting_failure__ = True
    return test_item


def _safe_repr(obj, short=False):
    try:
        result = repr(obj)
    except Exception:
        result = object.__repr__(obj)
    if not short or len(result) < 80:
        return result
    return result[:80] + ' [truncated]...'


class _AssertRaisesContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = expected_regex
        self.msg = msg
        self.exception = None

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            try:
                name = self.expected.__name__
            except AttributeError:
                name = str(self.expected)
            self.test_case.fail(self.msg or '%s not raised' % name)
        if not issubclass(exc_type, self.expected):
            return False
        self.exception = exc_value
        if self.expected_regex is not None:
            import re
            if not re.search(self.expected_regex, str(exc_value)):
                self.test_case.fail(self.msg or '"%s" does not match "%s"' % (self.expected_regex, str(exc_value)))
        return True


class _SubTest:
    def __init__(self, test_case, message, params):
        self.test_case = test_case
        self._message = message
        self.params = params

    def id(self):
        return self.test_case.id()

    def _subDescription(self):
        parts = []
        if self._message is not None:
            parts.append('[%s]' % self._message)
        if self.params:
            parts.append('(%s)' % ', '.join('%s=%r' % (k, v) for k, v in self.params.items()))
        return ' '.join(parts) or '(<subtest>)'

    def __str__(self):
        return '%s %s' % (self.test_case, self._subDescription())


def _enter_context(cm, addcleanup):
    cls = type(cm)
    try:
        enter = cls.__enter__
        exit = cls.__exit__
    except AttributeError:
        raise TypeError(f"'{cls.__module__}.{cls.__qualname__}' object does "
                        f"not support the context manager protocol") from None
    result = enter(cm)
    addcleanup(exit, cm, None, None, None)
    return result


class TestCase:
    failureException = AssertionError
    longMessage = True
    maxDiff = 80 * 8

    def __init__(self, methodName='runTest'):
        self._testMethodName = methodName
        self._cleanups = []
        self._outcome = None
        if methodName != 'runTest' and not hasattr(self, methodName):
            raise ValueError('no such test method in %s: %s' % (self.__class__, methodName))

    def setUp(self):
        pass

    def tearDown(self):
        pass

    @classmethod
    def setUpClass(cls):
        pass

    @classmethod
    def tearDownClass(cls):
        pass

    def addCleanup(self, function, /, *args, **kwargs):
        self._cleanups.append((function, args, kwargs))

    def doCleanups(self):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            self._callCleanup(function, *args, **kwargs)

    def enterContext(self, cm):
        """Enters cm and adds its __exit__ as a cleanup; answers what __enter__ answered (3.11)."""
        return _enter_context(cm, self.addCleanup)

    @classmethod
    def addClassCleanup(cls, function, /, *args, **kwargs):
        if '_class_cleanups' not in cls.__dict__:
            cls._class_cleanups = []
        cls._class_cleanups.append((function, args, kwargs))

    @classmethod
    def enterClassContext(cls, cm):
        return _enter_context(cm, cls.addClassCleanup)

    @classmethod
    def doClassCleanups(cls):
        cleanups = cls.__dict__.get('_class_cleanups', [])
        errors = []
        while cleanups:
            function, args, kwargs = cleanups.pop()
            try:
                function(*args, **kwargs)
            except Exception:
                errors.append(sys.exception())
        return errors

    def id(self):
        return '%s.%s.%s' % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def __str__(self):
        return '%s (%s.%s.%s)' % (self._testMethodName, type(self).__module__, type(self).__qualname__,
                                  self._testMethodName)

    def __repr__(self):
        return '<%s.%s testMethod=%s>' % (type(self).__module__, type(self).__qualname__, self._testMethodName)

    def shortDescription(self):
        doc = getattr(getattr(self, self._testMethodName), '__doc__', None)
        return doc.strip().split('\n')[0].strip() if doc else None

    def countTestCases(self):
        return 1

    def defaultTestResult(self):
        return TestResult()

    def skipTest(self, reason):
        raise SkipTest(reason)

    def subTest(self, msg=None, **params):
        return _SubTestContext(self, msg, params)

    def __call__(self, result=None):
        return self.run(result)

    def run(self, result=None):
        if result is None:
            result = self.defaultTestResult()
        result.startTest(self)
        method = getattr(self, self._testMethodName)
        func = getattr(type(self), self._testMethodName, method)  # the decorators mark the function
        try:
            if getattr(type(self), '__unittest_skip__', False) or getattr(func, '__unittest_skip__', False):
                why = getattr(type(self), '__unittest_skip_why__', '') or getattr(func, '__unittest_skip_why__', '')
                result.addSkip(self, why)
                return result
            expecting_failure = getattr(func, '__unittest_expecting_failure__', False)
            self._subtest_failed = False
            self._result = result
            try:
                self._callSetUp()
            except SkipTest as e:
                result.addSkip(self, str(e))
                return result
            except BaseException:
                result.addError(self, sys.exception())
                self._call_cleanups(result)
                return result
            outcome = None
            try:
                self._callTestMethod(method)
            except SkipTest as e:
                outcome = ('skip', str(e))
            except self.failureException:
                outcome = ('failure', sys.exception())
            except KeyboardInterrupt:
                raise
            except BaseException:
                outcome = ('error', sys.exception())
            try:
                self._callTearDown()
            except BaseException:
                if outcome is None:
                    outcome = ('error', sys.exception())
            self._call_cleanups(result)
            if expecting_failure:
                if outcome is not None and outcome[0] in ('failure', 'error') or self._subtest_failed:
                    result.addExpectedFailure(self, outcome[1] if outcome else None)
                else:
                    result.addUnexpectedSuccess(self)
            elif outcome is None:
                if not self._subtest_failed:
                    result.addSuccess(self)
            elif outcome[0] == 'skip':
                result.addSkip(self, outcome[1])
            elif outcome[0] == 'failure':
                result.addFailure(self, outcome[1])
            else:
                result.addError(self, outcome[1])
        finally:
            result.stopTest(self)
        return result

    # the steps of a test, as CPython's, so that IsolatedAsyncioTestCase can run each in its event loop

    def _callSetUp(self):
        self.setUp()

    def _callTestMethod(self, method):
        if method() is not None:
            warnings.warn('It is deprecated to return a value that is not None from a test case (%s)' % method,
                          DeprecationWarning, stacklevel=3)

    def _callTearDown(self):
        self.tearDown()

    def _callCleanup(self, function, /, *args, **kwargs):
        function(*args, **kwargs)

    def _call_cleanups(self, result):
        while self._cleanups:
            function, args, kwargs = self._cleanups.pop()
            try:
                self._callCleanup(function, *args, **kwargs)
            except BaseException:
                result.addError(self, sys.exception())

    def debug(self):
        self._callSetUp()
        self._callTestMethod(getattr(self, self._testMethodName))
        self._callTearDown()
        self.doCleanups()

    # ---- assertions

    def _formatMessage(self, msg, standardMsg):
        if not self.longMessage:
            return msg or standardMsg
        if msg is None:
            return standardMsg
        return '%s : %s' % (standardMsg, msg)

    def fail(self, msg=None):
        raise self.failureException(msg)

    def assertTrue(self, expr, msg=None):
        if not expr:
            self.fail(self._formatMessage(msg, '%s is not true' % _safe_repr(expr)))

    def assertFalse(self, expr, msg=None):
        if expr:
            self.fail(self._formatMessage(msg, '%s is not false' % _safe_repr(expr)))

    def assertEqual(self, first, second, msg=None):
        if not first == second:
            self.fail(self._formatMessage(msg, '%s != %s' % (_safe_repr(first), _safe_repr(second))))

    def assertNotEqual(self, first, second, msg=None):
        if not first != second:
            self.fail(self._formatMessage(msg, '%s == %s' % (_safe_repr(first), _safe_repr(second))))

    assertListEqual = assertEqual
    assertTupleEqual = assertEqual
    assertDictEqual = assertEqual
    assertSetEqual = assertEqual
    assertMultiLineEqual = assertEqual

    def assertSequenceEqual(self, seq1, seq2, msg=None, seq_type=None):
        if seq_type is not None and not isinstance(seq1, seq_type):
            self.fail(self._formatMessage(msg, 'First sequence is not a %s: %s' % (seq_type.__name__,
                                                                                 _safe_repr(seq1))))
        if list(seq1) != list(seq2):
            self.fail(self._formatMessage(msg, '%s != %s' % (_safe_repr(seq1), _safe_repr(seq2))))

    def assertAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        if first == second:
            return
        if delta is not None and places is not None:
            raise TypeError('specify delta or places not both')
        diff = abs(first - second)
        if delta is not None:
            if diff <= delta:
                return
            standardMsg = '%s != %s within %s delta (%s difference)' % (_safe_repr(first), _safe_repr(second),
                                                                        _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if round(diff, places) == 0:
                return
            standardMsg = '%s != %s within %r places (%s difference)' % (_safe_repr(first), _safe_repr(second),
                                                                         places, _safe_repr(diff))
        self.fail(self._formatMessage(msg, standardMsg))

    def assertNotAlmostEqual(self, first, second, places=None, msg=None, delta=None):
        diff = abs(first - second)
        if delta is not None:
            if not (first == second) and diff > delta:
                return
            standardMsg = '%s == %s within %s delta (%s difference)' % (_safe_repr(first), _safe_repr(second),
                                                                        _safe_repr(delta), _safe_repr(diff))
        else:
            if places is None:
                places = 7
            if not (first == second) and round(diff, places) != 0:
                return
            standardMsg = '%s == %s within %r places' % (_safe_repr(first), _safe_repr(second), places)
        self.fail(self._formatMessage(msg, standardMsg))

    def assertIs(self, expr1, expr2, msg=None):
        if expr1 is not expr2:
            self.fail(self._formatMessage(msg, '%s is not %s' % (_safe_repr(expr1), _safe_repr(expr2))))

    def assertIsNot(self, expr1, expr2, msg=None):
        if expr1 is expr2:
            self.fail(self._formatMessage(msg, 'unexpectedly identical: %s' % (_safe_repr(expr1),)))

    def assertIsNone(self, obj, msg=None):
        if obj is not None:
            self.fail(self._formatMessage(msg, '%s is not None' % (_safe_repr(obj),)))

    def assertIsNotNone(self, obj, msg=None):
        if obj is None:
            self.fail(self._formatMessage(msg, 'unexpectedly None'))

    def assertIn(self, member, container, msg=None):
        if member not in container:
            self.fail(self._formatMessage(msg, '%s not found in %s' % (_safe_repr(member), _safe_repr(container))))

    def assertNotIn(self, member, container, msg=None):
        if member in container:
            self.fail(self._formatMessage(msg, '%s unexpectedly found in %s' % (_safe_repr(member),
                                                                              _safe_repr(container))))

    def assertIsInstance(self, obj, cls, msg=None):
        if not isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is not an instance of %r' % (_safe_repr(obj), cls)))

    def assertNotIsInstance(self, obj, cls, msg=None):
        if isinstance(obj, cls):
            self.fail(self._formatMessage(msg, '%s is an instance of %r' % (_safe_repr(obj), cls)))

    def assertGreater(self, a, b, msg=None):
        if not a > b:
            self.fail(self._formatMessage(msg, '%s not greater than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertGreaterEqual(self, a, b, msg=None):
        if not a >= b:
            self.fail(self._formatMessage(msg, '%s not greater than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLess(self, a, b, msg=None):
        if not a < b:
            self.fail(self._formatMessage(msg, '%s not less than %s' % (_safe_repr(a), _safe_repr(b))))

    def assertLessEqual(self, a, b, msg=None):
        if not a <= b:
            self.fail(self._formatMessage(msg, '%s not less than or equal to %s' % (_safe_repr(a), _safe_repr(b))))

    def assertCountEqual(self, first, second, msg=None):
        a = list(first)
        b = list(second)
        missing = list(b)
        unexpected = []
        for x in a:
            if x in missing:
                missing.remove(x)
            else:
                unexpected.append(x)
        if missing or unexpected:
            self.fail(self._formatMessage(msg, 'Element counts were not equal'))

    def assertRegex(self, text, expected_regex, msg=None):
        import re
        if not re.search(expected_regex, text):
            self.fail(self._formatMessage(msg, "Regex didn't match: %r not found in %r" % (expected_regex, text)))

    def assertNotRegex(self, text, unexpected_regex, msg=None):
        import re
        m = re.search(unexpected_regex, text)
        if m:
            self.fail(self._formatMessage(msg, 'Regex matched: %r matches %r in %r' % (m.group(0), unexpected_regex,
                                                                                     text)))

    def assertRaises(self, expected_exception, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, msg=kwargs.pop('msg', None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)
        return None

    def assertRaisesRegex(self, expected_exception, expected_regex, *args, **kwargs):
        context = _AssertRaisesContext(expected_exception, self, expected_regex, msg=kwargs.pop('msg', None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)
        return None

    def assertWarnsRegex(self, expected_warning, expected_regex, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, expected_regex, msg=kwargs.pop('msg', None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)
        return None

    def assertWarns(self, expected_warning, *args, **kwargs):
        context = _AssertWarnsContext(expected_warning, self, msg=kwargs.pop('msg', None))
        if not args:
            return context
        callable_obj, *args = args
        with context:
            callable_obj(*args, **kwargs)
        return None


class _AssertWarnsContext:
    def __init__(self, expected, test_case, expected_regex=None, msg=None):
        import re
        self.expected = expected
        self.test_case = test_case
        self.expected_regex = re.compile(expected_regex) if isinstance(expected_regex, str) else expected_regex
        self.msg = msg

    def __enter__(self):
        self._cm = warnings.catch_warnings(record=True)
        self._log = self.warnings = self._cm.__enter__()  # CPython's name: the warnings recorded in the block
        warnings.simplefilter('always', self.expected)
        return self

    def __exit__(self, exc_type, exc_value, tb):
        self._cm.__exit__(exc_type, exc_value, tb)
        if exc_type is not None:
            return False
        first_matching = None
        for w in self._log:
            if not issubclass(w.category, self.expected):
                continue
            if first_matching is None:
                first_matching = w
            if self.expected_regex is not None and not self.expected_regex.search(str(w.message)):
                continue
            self.warning = w.message
            self.filename = w.filename
            self.lineno = w.lineno
            return False
        name = getattr(self.expected, '__name__', str(self.expected))
        if first_matching is not None:
            self.test_case.fail(self.test_case._formatMessage(
                self.msg, '"%s" does not match "%s"' % (self.expected_regex.pattern, str(first_matching.message))))
        self.test_case.fail(self.test_case._formatMessage(self.msg, '%s not triggered' % name))


class _SubTestContext:
    def __init__(self, test_case, msg, params):
        self.test_case = test_case
        self.sub = _SubTest(test_case, msg, params)

    def __enter__(self):
        return self.sub

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            return False
        if issubclass(exc_type, SkipTest):
            self.test_case._result.addSkip(self.sub, str(exc_value))
            return True
        if issubclass(exc_type, KeyboardInterrupt):
            return False
        self.test_case._subtest_failed = True
        if issubclass(exc_type, self.test_case.failureException):
            self.test_case._result.addFailure(self.sub, exc_value)
        else:
            self.test_case._result.addError(self.sub, exc_value)
        return True


class FunctionTestCase(TestCase):
    def __init__(self, testFunc, setUp=None, tearDown=None, description=None):
        super().__init__()
        self._testFunc = testFunc
        self._setUpFunc = setUp
        self._tearDownFunc = tearDown

    def setUp(self):
        if self._setUpFunc is not None:
            self._setUpFunc()

    def tearDown(self):
        if self._tearDownFunc is not None:
            self._tearDownFunc()

    def runTest(self):
        self._testFunc()

    def __str__(self):
        return '%s (%s)' % (type(self).__name__, self._testFunc.__name__)


class IsolatedAsyncioTestCase(TestCase):
    """A TestCase whose setUp, test method, tearDown and cleanups may be coroutine functions, each test run in an
    event loop of its own (an asyncio.Runner made for the test and closed after it) and in one context, so that
    context variables set in asyncSetUp are seen by the test (CPython 3.11+)."""

    loop_factory = None

    def __init__(self, methodName='runTest'):
        super().__init__(methodName)
        self._asyncioRunner = None
        import contextvars
        self._asyncioTestContext = contextvars.copy_context()

    async def asyncSetUp(self):
        pass

    async def asyncTearDown(self):
        pass

    def addAsyncCleanup(self, func, /, *args, **kwargs):
        # the cleanup's call answers a coroutine, which _callCleanup runs in the loop
        self.addCleanup(*(func, *args), **kwargs)

    async def enterAsyncContext(self, cm):
        """Enters the asynchronous context manager cm and adds its __aexit__ as a cleanup; answers what __aenter__
        answered."""
        cls = type(cm)
        try:
            enter = cls.__aenter__
            exit = cls.__aexit__
        except AttributeError:
            raise TypeError("'%s.%s' object does not support the asynchronous context manager protocol"
                            % (cls.__module__, cls.__qualname__)) from None
        result = await enter(cm)
        self.addAsyncCleanup(exit, cm, None, None, None)
        return result

    def _callSetUp(self):
        self._asyncioRunner.get_loop()  # made here, so that setUp may look it up
        self._asyncioTestContext.run(self.setUp)
        self._callAsync(self.asyncSetUp)

    def _callTestMethod(self, method):
        if self._callMaybeAsync(method) is not None:
            warnings.warn('It is deprecated to return a value that is not None from a test case (%s)' % method,
                          DeprecationWarning, stacklevel=4)

    def _callTearDown(self):
        self._callAsync(self.asyncTearDown)
        self._asyncioTestContext.run(self.tearDown)

    def _callCleanup(self, function, *args, **kwargs):
        self._callMaybeAsync(function, *args, **kwargs)

    def _callAsync(self, func, /, *args, **kwargs):
        return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)

    def _callMaybeAsync(self, func, /, *args, **kwargs):
        import inspect
        if inspect.iscoroutinefunction(func):
            return self._asyncioRunner.run(func(*args, **kwargs), context=self._asyncioTestContext)
        return self._asyncioTestContext.run(func, *args, **kwargs)

    def _setupAsyncioRunner(self):
        import asyncio
        self._asyncioRunner = asyncio.Runner(debug=True, loop_factory=self.loop_factory)

    def _tearDownAsyncioRunner(self):
        self._asyncioRunner.close()

    def run(self, result=None):
        self._setupAsyncioRunner()
        try:
            return super().run(result)
        finally:
            self._tearDownAsyncioRunner()

    def debug(self):
        self._setupAsyncioRunner()
        try:
            super().debug()
        finally:
            self._tearDownAsyncioRunner()


class TestSuite:
    def __init__(self, tests=()):
        self._tests = []
        self.addTests(tests)

    def addTest(self, test):
        self._tests.append(test)

    def addTests(self, tests):
        for t in tests:
            self.addTest(t)

    def __iter__(self):
        return iter(self._tests)

    def countTestCases(self):
        return sum(t.countTestCases() for t in self._tests)

    def run(self, result):
        current_class = None
        class_failed = False
        for test in self._tests:
            if result.shouldStop:
                break
            if isinstance(test, TestSuite):
                test.run(result)
                continue
            cls = type(test)
            if cls is not current_class:
                if current_class is not None and not class_failed:
                    self._tear_down_class(current_class, result)
                current_class = cls
                class_failed = False
                if not getattr(cls, '__unittest_skip__', False):
                    try:
                        cls.setUpClass()
                    except SkipTest as e:
                        class_failed = True
                        for t in [x for x in self._tests if type(x) is cls]:
                            result.addSkip(t, str(e))
                    except BaseException:
                        class_failed = True
                        result.addError(_ErrorHolder('setUpClass (%s.%s)' % (cls.__module__, cls.__qualname__)),
                                        sys.exception())
            if class_failed:
                continue
            test(result)
        if current_class is not None and not class_failed:
            self._tear_down_class(current_class, result)
        return result

    def _tear_down_class(self, cls, result):
        if getattr(cls, '__unittest_skip__', False):
            return
        try:
            cls.tearDownClass()
        except BaseException:
            result.addError(_ErrorHolder('tearDownClass (%s.%s)' % (cls.__module__, cls.__qualname__)),
                            sys.exception())
        for e in cls.doClassCleanups():
            result.addError(_ErrorHolder('tearDownClass (%s.%s)' % (cls.__module__, cls.__qualname__)), e)

    def __call__(self, result):
        return self.run(result)


class _ErrorHolder:
    def __init__(self, description):
        self.description = description

    def id(self):
        return self.description

    def __str__(self):
        return self.description


class TestLoader:
    testMethodPrefix = 'test'
    sortTestMethodsUsing = staticmethod(lambda a, b: (a > b) - (a < b))
    suiteClass = TestSuite

    testNamePatterns = None

    def getTestCaseNames(self, testCaseClass):
        def wanted(n):
            if not n.startswith(self.testMethodPrefix) or not callable(getattr(testCaseClass, n, None)):
                return False
            if self.testNamePatterns is None:
                return True
            # -k: a test is kept when any pattern matches its full name (fnmatch, as CPython's loader)
            full = '%s.%s.%s' % (testCaseClass.__module__, getattr(testCaseClass, '__qualname__',
                                                                    testCaseClass.__name__), n)
            return any(_fnmatchcase(full, p) for p in self.testNamePatterns)
        return sorted(n for n in dir(testCaseClass) if wanted(n))

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        """The tests of every module under start_dir whose file name matches pattern, in packages (directories with
        an __init__.py) below it; top_level_dir (start_dir by default) goes first on sys.path and names the modules.
        A package's load_tests(loader, tests, pattern) decides for it, as CPython's."""
        import os
        start_dir = os.path.abspath(start_dir)
        top = os.path.abspath(top_level_dir) if top_level_dir is not None else start_dir
        if not os.path.isdir(start_dir):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        if start_dir != top and not os.path.isfile(os.path.join(start_dir, '__init__.py')):
            raise ImportError('Start directory is not importable: %r' % start_dir)
        if top not in sys.path:
            sys.path.insert(0, top)
        return self.suiteClass(self._find_tests(start_dir, top, pattern))

    def _module_name(self, path, top):
        import os
        rel = os.path.relpath(os.path.splitext(path)[0], top)
        return rel.replace(os.sep, '.')

    def _find_tests(self, directory, top, pattern):
        import os
        tests = []
        for entry in sorted(os.listdir(directory)):
            full = os.path.join(directory, entry)
            if os.path.isfile(full):
                root, ext = os.path.splitext(entry)
                if ext != '.py' or not root.isidentifier() or not _fnmatchcase(entry, pattern):
                    continue
                name = self._module_name(full, top)
                try:
                    __import__(name)
                except SkipTest as e:
                    tests.append(_skipped_module(name, str(e), self.suiteClass))
                    continue
                except Exception:
                    tests.append(_failed_import(name, traceback.format_exc(), self.suiteClass))
                    continue
                tests.append(self.loadTestsFromModule(sys.modules[name], pattern=pattern))
            elif os.path.isdir(full) and entry.isidentifier() \
                    and os.path.isfile(os.path.join(full, '__init__.py')):
                name = self._module_name(full, top)
                try:
                    __import__(name)
                except Exception:
                    tests.append(_failed_import(name, traceback.format_exc(), self.suiteClass))
                    continue
                package = sys.modules[name]
                load_tests = getattr(package, 'load_tests', None)
                if load_tests is not None:
                    tests.append(load_tests(self, self.suiteClass([]), pattern))
                    continue
                tests.append(self.loadTestsFromModule(package, pattern=pattern))
                tests.extend(self._find_tests(full, top, pattern))
        return tests

    def loadTestsFromTestCase(self, testCaseClass):
        names = self.getTestCaseNames(testCaseClass)
        if not names and hasattr(testCaseClass, 'runTest'):
            names = ['runTest']
        return self.suiteClass([testCaseClass(n) for n in names])

    def loadTestsFromModule(self, module, *, pattern=None):
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, TestCase) and obj is not TestCase \
                    and obj is not FunctionTestCase:
                tests.append(self.loadTestsFromTestCase(obj))
        suite = self.suiteClass(tests)
        load_tests = getattr(module, 'load_tests', None)
        if load_tests is None:
            return suite
        # the load_tests protocol; doctest.DocTestSuite() called there without a module takes this one (ftpython
        # keeps no frame objects for it to find its caller's module)
        _loading_modules.append(module)
        try:
            return load_tests(self, suite, pattern)
        finally:
            _loading_modules.pop()

    def loadTestsFromName(self, name, module=None):
        """A module, a TestCase class, one test method ('Class.test_x'), a suite, or a callable answering one."""
        parts = name.split('.')
        imported = module is None
        import_error = None  # the last import that failed, reported where the name then cannot be followed
        if module is None:  # the longest importable prefix is the module
            for k in range(len(parts), 0, -1):
                try:
                    __import__('.'.join(parts[:k]))
                except ImportError:
                    import_error = (parts[k - 1], traceback.format_exc())
                    if k == 1:  # not even the first name imports: one erroring test says so, as CPython's
                        return _failed_import(parts[0], import_error[1], self.suiteClass)
                    continue
                module = sys.modules['.'.join(parts[:k])]
                parts = parts[k:]
                break
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if not imported:
                    raise
                if import_error is not None and getattr(obj, '__path__', None) is not None:
                    # a package lacking the name whose import failed: the import's error says more (CPython's)
                    return _failed_import(import_error[0], import_error[1], self.suiteClass)
                return _failed_test(part, e, self.suiteClass)
        if isinstance(obj, type) and issubclass(obj, TestCase):
            return self.loadTestsFromTestCase(obj)
        if isinstance(parent, type) and issubclass(parent, TestCase) and callable(obj) and parts:
            return self.suiteClass([parent(parts[-1])])
        if isinstance(obj, TestSuite):
            return obj
        if isinstance(obj, type(sys)):
            return self.loadTestsFromModule(obj)
        if callable(obj):
            test = obj()
            if isinstance(test, TestSuite):
                return test
            if isinstance(test, TestCase):
                return self.suiteClass([test])
            raise TypeError("calling %s returned %s, not a test" % (obj, test))
        raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        return self.suiteClass([self.loadTestsFromName(n, module) for n in names])


def _fnmatchcase(name, pattern):
    from fnmatch import fnmatchcase
    return fnmatchcase(name, pattern)


def _failed_test(name, exception, suiteClass):
    # a name the loader could not load becomes one erroring test, CPython's unittest.loader._FailedTest
    class _FailedTest(TestCase):
        pass

    def failure(self):
        raise exception
    setattr(_FailedTest, name, failure)
    _FailedTest.__module__ = 'unittest.loader'
    _FailedTest.__qualname__ = '_FailedTest'
    return suiteClass([_FailedTest(name)])


def _failed_import(name, trace, suiteClass):
    return _failed_test(name, ImportError('Failed to import test module: %s\n%s' % (name, trace)), suiteClass)


def _skipped_module(name, reason, suiteClass):
    class ModuleSkipped(TestCase):
        pass

    def skipped(self):
        raise SkipTest(reason)
    setattr(ModuleSkipped, name, skipped)
    ModuleSkipped.__module__ = 'unittest.loader'
    ModuleSkipped.__qualname__ = 'ModuleSkipped'
    return suiteClass([ModuleSkipped(name)])


_loading_modules = []
defaultTestLoader = TestLoader()


class TestResult:
    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.failfast = False

    def startTest(self, test):
        self.testsRun += 1

    def stopTest(self, test):
        pass

    def startTestRun(self):
        pass

    def stopTestRun(self):
        pass

    def _exc_info_to_string(self, err, test):
        """The traceback without unittest's own frames, as CPython's result hides them."""
        lines = ''.join(traceback.format_exception(err)).split('\n')
        out = []
        skip = False
        for line in lines:
            if line.startswith('  File "<frozen unittest>"'):
                skip = True
                continue
            if skip and line.startswith('    '):
                continue
            skip = False
            out.append(line)
        # a traceback whose frames were all unittest's own has no header left either (CPython prints none)
        out = [line for i, line in enumerate(out)
               if not (line == 'Traceback (most recent call last):'
                       and (i + 1 == len(out) or not out[i + 1].startswith('  File')))]
        return '\n'.join(out)

    def addError(self, test, err):
        self.errors.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addFailure(self, test, err):
        self.failures.append((test, self._exc_info_to_string(err, test)))
        if self.failfast:
            self.stop()

    def addSuccess(self, test):
        pass

    def addSkip(self, test, reason):
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        self.expectedFailures.append((test, '' if err is None else self._exc_info_to_string(err, test)))

    def addUnexpectedSuccess(self, test):
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        return (len(self.failures) == len(self.errors) == 0
                and (not hasattr(self, 'unexpectedSuccesses') or len(self.unexpectedSuccesses) == 0))

    def stop(self):
        self.shouldStop = True

    def __repr__(self):
        return '<%s.%s run=%i errors=%i failures=%i>' % (type(self).__module__, type(self).__qualname__,
                                                       self.testsRun, len(self.errors), len(self.failures))


class TextTestResult(TestResult):
    separator1 = '=' * 70
    separator2 = '-' * 70

    def __init__(self, stream, descriptions, verbosity):
        super().__init__(stream, descriptions, verbosity)
        self.stream = stream
        self.showAll = verbosity > 1
        self.dots = verbosity == 1
        self.descriptions = descriptions

    def getDescription(self, test):
        doc_first_line = test.shortDescription() if self.descriptions and hasattr(test, 'shortDescription') \
            else None
        if doc_first_line:
            return '\n'.join((str(test), doc_first_line))
        return str(test)

    def startTest(self, test):
        super().startTest(test)
        if self.showAll:
            self.stream.write(self.getDescription(test))
            self.stream.write(' ... ')
            self.stream.flush()
            self._newline = False

    def _write_status(self, test, short, long):
        """A verbose status on the test's line, or on a line of its own for a subtest (CPython's layout)."""
        if self.showAll:
            is_subtest = isinstance(test, _SubTest)
            if is_subtest or getattr(self, '_newline', True):
                if not getattr(self, '_newline', True):
                    self.stream.write('\n')
                if is_subtest:
                    self.stream.write('  ')
                self.stream.write(self.getDescription(test))
                self.stream.write(' ... ')
            self.stream.write(long + '\n')
            self._newline = True
        elif self.dots:
            self.stream.write(short)
        self.stream.flush()

    def addSuccess(self, test):
        super().addSuccess(test)
        self._write_status(test, '.', 'ok')

    def addError(self, test, err):
        super().addError(test, err)
        self._write_status(test, 'E', 'ERROR')

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._write_status(test, 'F', 'FAIL')

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._write_status(test, 's', 'skipped %r' % (reason,))

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._write_status(test, 'x', 'expected failure')

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._write_status(test, 'u', 'unexpected success')

    def printErrors(self):
        if self.dots or self.showAll:
            self.stream.write('\n')
            self.stream.flush()
        self.printErrorList('ERROR', self.errors)
        self.printErrorList('FAIL', self.failures)
        unexpected = getattr(self, 'unexpectedSuccesses', ())
        if unexpected:
            self.stream.write(self.separator1 + '\n')
            for test in unexpected:
                self.stream.write('UNEXPECTED SUCCESS: %s\n' % self.getDescription(test))
            self.stream.flush()

    def printErrorList(self, flavour, errors):
        for test, err in errors:
            self.stream.write(self.separator1 + '\n')
            self.stream.write('%s: %s\n' % (flavour, self.getDescription(test)))
            self.stream.write(self.separator2 + '\n')
            self.stream.write('%s\n' % err)
            self.stream.flush()


class TextTestRunner:
    resultclass = TextTestResult

    def __init__(self, stream=None, descriptions=True, verbosity=1, failfast=False, buffer=False, resultclass=None,
                 warnings=None, *, tb_locals=False, durations=None):
        self.stream = stream if stream is not None else sys.stderr
        self.descriptions = descriptions
        self.verbosity = verbosity
        self.failfast = failfast
        if resultclass is not None:
            self.resultclass = resultclass

    def _makeResult(self):
        return self.resultclass(self.stream, self.descriptions, self.verbosity)

    def run(self, test):
        result = self._makeResult()
        result.failfast = self.failfast
        start = time.perf_counter()
        result.startTestRun()
        try:
            test(result)
        finally:
            result.stopTestRun()
        taken = time.perf_counter() - start
        result.printErrors()
        if hasattr(result, 'separator2'):
            self.stream.write(result.separator2 + '\n')
        run = result.testsRun
        self.stream.write('Ran %d test%s in %.3fs\n' % (run, run != 1 and 's' or '', taken))
        self.stream.write('\n')
        expected_fails = len(result.expectedFailures)
        unexpected_successes = len(result.unexpectedSuccesses)
        skipped = len(result.skipped)
        infos = []
        if not result.wasSuccessful():
            self.stream.write('FAILED')
            failed, errored = len(result.failures), len(result.errors)
            if failed:
                infos.append('failures=%d' % failed)
            if errored:
                infos.append('errors=%d' % errored)
        elif run == 0 and not skipped:
            self.stream.write('NO TESTS RAN')
        else:
            self.stream.write('OK')
        if skipped:
            infos.append('skipped=%d' % skipped)
        if expected_fails:
            infos.append('expected failures=%d' % expected_fails)
        if unexpected_successes:
            infos.append('unexpected successes=%d' % unexpected_successes)
        if infos:
            self.stream.write(' (%s)\n' % (', '.join(infos),))
        else:
            self.stream.write('\n')
        self.stream.flush()
        return result


class main:
    """unittest.main (CPython's TestProgram): runs the tests of a module (``__main__`` by default), of the names on
    the command line (modules, classes, methods, or paths of test files), or, with module=None and no names, those
    found by discovery; exits 0 when they pass, 1 when one fails, 5 when none ran."""

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None, testLoader=defaultTestLoader,
                 exit=True, verbosity=1, failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False, durations=None):
        if isinstance(module, str):
            module = sys.modules[module]
        self.module = module
        argv = sys.argv if argv is None else argv
        import os
        self.progName = os.path.basename(argv[0]) if argv else None
        self.verbosity = verbosity
        self.failfast = failfast
        self.testNamePatterns = None
        self.testLoader = testLoader
        if module is None and len(argv) > 1 and argv[1].lower() == 'discover':
            self._discover(argv[2:])
        else:
            opts = self._parser(False).parse_args(argv[1:])
            self._take(opts)
            names = [self._convert_name(n) for n in opts.tests]
            if not names and defaultTest is not None:
                names = [defaultTest] if isinstance(defaultTest, str) else list(defaultTest)
            if self.testNamePatterns:
                testLoader.testNamePatterns = self.testNamePatterns
            if names:
                self.test = testLoader.loadTestsFromNames(names, module)
            elif module is None:
                self._discover([], parsed=opts)
            else:
                self.test = testLoader.loadTestsFromModule(module)
        runner = testRunner or TextTestRunner(verbosity=self.verbosity, failfast=bool(self.failfast))
        if isinstance(runner, type):
            runner = runner(verbosity=self.verbosity)
        self.result = runner.run(self.test)
        if exit:
            if self.result.testsRun == 0 and not self.result.skipped:
                sys.exit(5)  # unittest's _NO_TESTS_EXITCODE (3.12+)
            sys.exit(0 if self.result.wasSuccessful() else 1)

    def _parser(self, discovery):
        import argparse
        prog = self.progName + (' discover' if discovery else '') if self.progName else None
        parser = argparse.ArgumentParser(prog=prog, add_help=True)
        parser.add_argument('-v', '--verbose', dest='verbosity', action='store_const', const=2,
                            help='Verbose output')
        parser.add_argument('-q', '--quiet', dest='verbosity', action='store_const', const=0, help='Quiet output')
        parser.add_argument('--locals', dest='tb_locals', action='store_true',
                            help='Show local variables in tracebacks')
        parser.add_argument('--durations', dest='durations', type=int, default=None, metavar='N',
                            help='Show the N slowest test cases (N=0 for all)')
        parser.add_argument('-f', '--failfast', dest='failfast', action='store_true',
                            help='Stop on first fail or error')
        parser.add_argument('-c', '--catch', dest='catchbreak', action='store_true',
                            help='Catch Ctrl-C and display results so far')
        parser.add_argument('-b', '--buffer', dest='buffer', action='store_true',
                            help='Buffer stdout and stderr during tests')
        parser.add_argument('-k', dest='testNamePatterns', action='append', type=_convert_select_pattern,
                            help='Only run tests which match the given substring')
        if discovery:
            parser.add_argument('-s', '--start-directory', dest='start', default='.',
                                help="Directory to start discovery ('.' default)")
            parser.add_argument('-p', '--pattern', dest='pattern', default='test*.py',
                                help="Pattern to match tests ('test*.py' default)")
            parser.add_argument('-t', '--top-level-directory', dest='top', default=None,
                                help='Top level directory of project (defaults to start directory)')
            for name in ('start', 'pattern', 'top'):
                parser.add_argument(name, nargs='?', default=argparse.SUPPRESS, help=argparse.SUPPRESS)
        else:
            parser.add_argument('tests', nargs='*',
                                help='a list of any number of test modules, classes and test methods.')
        return parser

    def _take(self, opts):
        if opts.verbosity is not None:
            self.verbosity = opts.verbosity
        if opts.failfast:
            self.failfast = True
        if opts.testNamePatterns:
            self.testNamePatterns = opts.testNamePatterns

    def _discover(self, args, parsed=None):
        opts = parsed if parsed is not None else self._parser(True).parse_args(args)
        self._take(opts)
        if self.testNamePatterns:
            self.testLoader.testNamePatterns = self.testNamePatterns
        self.test = self.testLoader.discover(getattr(opts, 'start', '.'), getattr(opts, 'pattern', 'test*.py'),
                                             getattr(opts, 'top', None))

    @staticmethod
    def _convert_name(name):
        # a path of a test file names its module, relative to the working directory (CPython's _convert_name)
        import os
        if os.path.isfile(name) and name.lower().endswith('.py'):
            rel = os.path.relpath(name) if os.path.isabs(name) else name
            if os.path.isabs(rel) or rel.startswith(os.pardir):
                return name
            return os.path.normpath(rel)[:-3].replace('\\', '.').replace('/', '.')
        return name


TestProgram = main


def _convert_select_pattern(pattern):
    return pattern if '*' in pattern else '*%s*' % pattern


def __getattr__(name):
    # unittest.mock (lib/_unittest_mock.py), loaded on first use as CPython loads the submodule (PEP 562)
    if name == 'mock':
        import _unittest_mock as mock
        import sys
        sys.modules.setdefault('unittest.mock', mock)
        globals()['mock'] = mock
        return mock
    if name == 'case':  # CPython's unittest.case (TestCase and its helpers) is this module here
        import sys
        module = sys.modules[__name__]
        sys.modules.setdefault('unittest.case', module)
        return module
    raise AttributeError("module 'unittest' has no attribute %r" % name)


if __name__ == '__main__':
    # ftpython -m unittest [options] [names | discover ...], as CPython's unittest/__main__.py. This file runs as
    # __main__, a second copy: the tests subclass the imported unittest's TestCase, so that module's main runs them.
    import os as _os
    import unittest as _unittest
    sys.argv[0] = (_os.path.basename(sys.executable) or 'ftpython') + ' -m unittest'
    _unittest.main(module=None)
