# SPDX-License-Identifier: Apache-2.0
"""doctest for ftpython: finds the interactive examples (``>>>``) in docstrings and ``__test__``, runs each as the
prompt would (compile(..., 'single'), so an expression's value is shown by sys.displayhook), and compares what it
printed, or the exception it raised, with the expected output.

What it has: DocTestParser, DocTestFinder, DocTestRunner, OutputChecker, DocTestSuite and DocTestCase (unittest),
testmod, run_docstring_examples, the option flags (ELLIPSIS, NORMALIZE_WHITESPACE, IGNORE_EXCEPTION_DETAIL,
DONT_ACCEPT_TRUE_FOR_1, DONT_ACCEPT_BLANKLINE, SKIP, FAIL_FAST, REPORT_ONLY_FIRST_FAILURE, the REPORT_*DIFF flags)
and ``# doctest: +FLAG`` directives. What differs from CPython's: ftpython keeps no frame objects, so
DocTestSuite() without a module takes the module unittest is loading tests from (its load_tests), else __main__;
the REPORT_*DIFF flags report the plain Expected/Got form; no DocFileSuite, no debugger integration.
"""

import io
import re
import sys
import traceback
import unittest
from collections import namedtuple

__all__ = [
    'register_optionflag', 'DONT_ACCEPT_TRUE_FOR_1', 'DONT_ACCEPT_BLANKLINE', 'NORMALIZE_WHITESPACE', 'ELLIPSIS',
    'SKIP', 'IGNORE_EXCEPTION_DETAIL', 'COMPARISON_FLAGS', 'REPORT_UDIFF', 'REPORT_CDIFF', 'REPORT_NDIFF',
    'REPORT_ONLY_FIRST_FAILURE', 'REPORTING_FLAGS', 'FAIL_FAST', 'Example', 'DocTest', 'DocTestParser',
    'DocTestFinder', 'DocTestRunner', 'OutputChecker', 'DocTestFailure', 'UnexpectedException', 'testmod',
    'run_docstring_examples', 'DocTestSuite', 'DocTestCase', 'TestResults', 'BLANKLINE_MARKER', 'ELLIPSIS_MARKER',
    'testfile', 'DocFileSuite', 'DocFileTest', 'DocFileCase',
]

class TestResults(namedtuple('TestResults', 'failed attempted')):
    """(failed, attempted), with the examples skipped as an attribute (shown by repr when there are some)."""

    def __new__(cls, failed, attempted, *, skipped=0):
        results = super().__new__(cls, failed, attempted)
        results.skipped = skipped
        return results

    def __repr__(self):
        if self.skipped:
            return 'TestResults(failed=%d, attempted=%d, skipped=%d)' % (self.failed, self.attempted, self.skipped)
        return super().__repr__()


def _n_items(items):
    n = len(items)
    return '%d item%s' % (n, '' if n == 1 else 's')

OPTIONFLAGS_BY_NAME = {}


def register_optionflag(name):
    """The flag named `name`, made (the next power of two) the first time it is registered."""
    return OPTIONFLAGS_BY_NAME.setdefault(name, 1 << len(OPTIONFLAGS_BY_NAME))


DONT_ACCEPT_TRUE_FOR_1 = register_optionflag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = register_optionflag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = register_optionflag('NORMALIZE_WHITESPACE')
ELLIPSIS = register_optionflag('ELLIPSIS')
SKIP = register_optionflag('SKIP')
IGNORE_EXCEPTION_DETAIL = register_optionflag('IGNORE_EXCEPTION_DETAIL')
COMPARISON_FLAGS = (DONT_ACCEPT_TRUE_FOR_1 | DONT_ACCEPT_BLANKLINE | NORMALIZE_WHITESPACE | ELLIPSIS | SKIP
                    | IGNORE_EXCEPTION_DETAIL)
REPORT_UDIFF = register_optionflag('REPORT_UDIFF')
REPORT_CDIFF = register_optionflag('REPORT_CDIFF')
REPORT_NDIFF = register_optionflag('REPORT_NDIFF')
REPORT_ONLY_FIRST_FAILURE = register_optionflag('REPORT_ONLY_FIRST_FAILURE')
FAIL_FAST = register_optionflag('FAIL_FAST')
REPORTING_FLAGS = REPORT_UDIFF | REPORT_CDIFF | REPORT_NDIFF | REPORT_ONLY_FIRST_FAILURE | FAIL_FAST

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'
_SEPARATOR = '*' * 70


def _indent(s, n=4):
    """Every non-empty line of `s` indented by `n` spaces."""
    return re.sub('(?m)^(?!$)', n * ' ', s)


def _exception_text(exc):
    """What the prompt prints as an exception's last line(s): 'Type: message'."""
    return ''.join(traceback.format_exception_only(type(exc), exc))


class Example:
    """One interactive example: its source (ending with a newline), the output it should print (want), the
    exception message it should raise (exc_msg) or None, its line in the docstring (0-based), its indentation and
    the option flags its directives turn on (True) or off (False)."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.lineno = lineno
        self.indent = indent
        self.options = {} if options is None else options
        self.exc_msg = exc_msg

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.source == other.source and self.want == other.want and self.lineno == other.lineno
                and self.indent == other.indent and self.options == other.options and self.exc_msg == other.exc_msg)

    def __hash__(self):
        return hash((self.source, self.want, self.lineno, self.indent, self.exc_msg))


class DocTest:
    """The examples of one docstring, with the globals they run in and where they came from."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        assert not isinstance(examples, str), "DocTest no longer accepts str; use DocTestParser instead"
        self.examples = examples
        self.docstring = docstring
        self.globs = globs.copy()
        self.name = name
        self.filename = filename
        self.lineno = lineno

    def __repr__(self):
        n = len(self.examples)
        examples = 'no examples' if n == 0 else '1 example' if n == 1 else '%d examples' % n
        return '<%s %s from %s:%s (%s)>' % (self.__class__.__name__, self.name, self.filename, self.lineno,
                                            examples)

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self.examples == other.examples and self.docstring == other.docstring and self.globs == other.globs
                and self.name == other.name and self.filename == other.filename and self.lineno == other.lineno)

    def __hash__(self):
        return hash((self.docstring, self.name, self.filename, self.lineno))

    def __lt__(self, other):
        if not isinstance(other, DocTest):
            return NotImplemented
        self_lno = self.lineno if self.lineno is not None else -1
        other_lno = other.lineno if other.lineno is not None else -1
        return (self.name, self.filename, self_lno, id(self)) < (other.name, other.filename, other_lno, id(other))


class DocTestParser:
    """Splits a docstring into its examples and the text between them."""

    # a prompt line, its continuation lines, then the expected output up to a blank line or the next prompt
    _EXAMPLE_RE = re.compile(r'''
        (?P<source>
            (?:^(?P<indent> [ ]*) >>>    .*)    # the prompt line
            (?:\n           [ ]*  \.\.\. .*)*)  # continuation lines
        \n?
        (?P<want> (?:(?![ ]*$)    # not a blank line
                     (?![ ]*>>>)  # not a prompt
                     .+$\n?       # anything else
                  )*)
        ''', re.MULTILINE | re.VERBOSE)

    _EXCEPTION_RE = re.compile(r"""
        ^(?P<msg> Traceback\ \(
            (?: most\ recent\ call\ last
            |   innermost\ last
            ) \) :
        )
        \s* $
        (?P<stack> .*?)
        ^(?P<exc_msg> \w+ .*)
        """, re.VERBOSE | re.MULTILINE | re.DOTALL)

    _OPTION_DIRECTIVE_RE = re.compile(r'#\s*doctest:\s*([^\n\'"]*)$', re.MULTILINE)
    _IS_BLANK_OR_COMMENT = re.compile(r'^[ ]*(#.*)?$').match

    def parse(self, string, name='<string>'):
        """The docstring as a list alternating text (str) and Example objects."""
        string = string.expandtabs()
        min_indent = self._min_indent(string)
        if min_indent > 0:
            string = '\n'.join([l[min_indent:] for l in string.split('\n')])
        output = []
        charno, lineno = 0, 0
        for m in self._EXAMPLE_RE.finditer(string):
            output.append(string[charno:m.start()])
            lineno += string.count('\n', charno, m.start())
            source, options, want, exc_msg = self._parse_example(m, name, lineno)
            if not self._IS_BLANK_OR_COMMENT(source):
                output.append(Example(source, want, exc_msg, lineno=lineno, indent=min_indent + len(m.group('indent')),
                                      options=options))
            lineno += string.count('\n', m.start(), m.end())
            charno = m.end()
        output.append(string[charno:])
        return output

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)

    def get_examples(self, string, name='<string>'):
        return [x for x in self.parse(string, name) if isinstance(x, Example)]

    def _parse_example(self, m, name, lineno):
        indent = len(m.group('indent'))
        source_lines = m.group('source').split('\n')
        self._check_prompt_blank(source_lines, indent, name, lineno)
        self._check_prefix(source_lines[1:], ' ' * indent + '.', name, lineno)
        source = '\n'.join([sl[indent + 4:] for sl in source_lines])
        want = m.group('want')
        want_lines = want.split('\n')
        if len(want_lines) > 1 and re.match(r' *$', want_lines[-1]):
            del want_lines[-1]
        self._check_prefix(want_lines, ' ' * indent, name, lineno + len(source_lines))
        want = '\n'.join([wl[indent:] for wl in want_lines])
        em = self._EXCEPTION_RE.match(want)
        exc_msg = em.group('exc_msg') if em else None
        options = self._find_options(source, name, lineno)
        return source, options, want, exc_msg

    def _find_options(self, source, name, lineno):
        options = {}
        for m in self._OPTION_DIRECTIVE_RE.finditer(source):
            for option in m.group(1).replace(',', ' ').split():
                if option[0] not in '+-' or option[1:] not in OPTIONFLAGS_BY_NAME:
                    raise ValueError('line %r of the doctest for %s has an invalid option: %r'
                                     % (lineno + 1, name, option))
                options[OPTIONFLAGS_BY_NAME[option[1:]]] = option[0] == '+'
        if options and self._IS_BLANK_OR_COMMENT(source):
            raise ValueError('line %r of the doctest for %s has an option directive on a line with no example: %r'
                             % (lineno, name, source))
        return options

    _INDENT_RE = re.compile(r'^([ ]*)(?=\S)', re.MULTILINE)

    def _min_indent(self, s):
        indents = [len(indent) for indent in self._INDENT_RE.findall(s)]
        return min(indents) if indents else 0

    def _check_prompt_blank(self, lines, indent, name, lineno):
        for i, line in enumerate(lines):
            if len(line) >= indent + 4 and line[indent + 3] != ' ':
                raise ValueError('line %r of the docstring for %s lacks blank after %s: %r'
                                 % (lineno + i + 1, name, line[indent:indent + 3], line))

    def _check_prefix(self, lines, prefix, name, lineno):
        for i, line in enumerate(lines):
            if line and not line.startswith(prefix):
                raise ValueError('line %r of the docstring for %s has inconsistent leading whitespace: %r'
                                 % (lineno + i + 1, name, line))


def _is_routine(obj):
    return callable(obj) and (type(obj).__name__ in ('function', 'builtin_function_or_method', 'method')
                              or hasattr(obj, '__code__'))


class DocTestFinder:
    """Finds the DocTests of a module, class or function: its docstring, its ``__test__`` dict's entries, and
    (recursively) the functions and classes it defines (only those whose ``__module__`` is the module)."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._verbose = verbose
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ doesn't exist: %r"
                                 % (type(obj),))
        if module is False:
            module = None
        elif module is None:
            module = sys.modules.get(getattr(obj, '__module__', None)) if not _is_module(obj) else obj
        if globs is None:
            globs = {} if module is None else module.__dict__.copy()
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        tests = []
        self._find(tests, obj, name, module, globs, {})
        tests.sort()
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        if _is_module(obj):
            return module is obj
        m = getattr(obj, '__module__', None)
        if m is None:
            return True
        return m == module.__name__

    def _find(self, tests, obj, name, module, globs, seen):
        if id(obj) in seen:
            return
        seen[id(obj)] = 1
        test = self._get_test(obj, name, module, globs)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if _is_module(obj):
            for valname, val in list(getattr(obj, '__dict__', {}).items()):
                if (_is_routine(val) or isinstance(val, type)) and self._from_module(module, val):
                    self._find(tests, val, '%s.%s' % (name, valname), module, globs, seen)
            for valname, val in list(getattr(obj, '__test__', {}).items()):
                if not isinstance(valname, str):
                    raise ValueError('DocTestFinder.find: __test__ keys must be strings: %r' % (type(valname),))
                if not (isinstance(val, str) or _is_routine(val) or isinstance(val, type) or _is_module(val)):
                    raise ValueError('DocTestFinder.find: __test__ values must be strings, functions, methods, '
                                     'classes, or modules: %r' % (type(val),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname), module, globs, seen)
        if isinstance(obj, type):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if (_is_routine(val) or isinstance(val, type) or isinstance(val, property)) \
                        and self._from_module(module, val):
                    self._find(tests, val, '%s.%s' % (name, valname), module, globs, seen)

    def _get_test(self, obj, name, module, globs):
        if isinstance(obj, str):
            docstring = obj
        else:
            try:
                docstring = obj.__doc__ or ''
                if not isinstance(docstring, str):
                    docstring = str(docstring)
            except (TypeError, AttributeError):
                docstring = ''
        filename = None if module is None else getattr(module, '__file__', module.__name__)
        if filename is not None and filename.endswith('.pyc'):
            filename = filename[:-1]
        test = self._parser.get_doctest(docstring, globs, name, filename, self._find_lineno(obj, module))
        if self._exclude_empty and not test.examples:
            return None
        return test

    def _find_lineno(self, obj, module):
        """The 0-based line of the docstring's opening quote in the module's source; without the source, the
        definition's line (as CPython's); None when unknown (a string in __test__, a class without source)."""
        lines = self._source_lines(module)
        lineno = None
        if _is_module(obj):
            lineno = 0
        elif isinstance(obj, type):
            if not lines:
                return None
            pat = re.compile(r'^\s*class\s*%s\b' % re.escape(getattr(obj, '__qualname__', obj.__name__)
                                                             .split('.')[-1]))
            for i, line in enumerate(lines):
                if pat.match(line):
                    lineno = i
                    break
        else:
            if isinstance(obj, (staticmethod, classmethod)):
                obj = obj.__func__
            if isinstance(obj, property):
                obj = obj.fget
            code = getattr(obj, '__code__', None)
            if code is not None:
                lineno = getattr(code, 'co_firstlineno', 1) - 1
        if lineno is None:
            return None
        if not lines:
            return lineno + 1
        pat = re.compile(r'(^|.*:)\s*\w*("|\')')
        for i in range(lineno, len(lines)):
            if pat.match(lines[i]):
                return i
        return None

    def _source_lines(self, module):
        filename = getattr(module, '__file__', None) if module is not None else None
        if not filename:
            return None
        cache = self.__dict__.setdefault('_lines', {})
        if filename not in cache:
            try:
                with open(filename, encoding='utf-8') as f:
                    cache[filename] = f.read().splitlines(True)
            except (OSError, UnicodeDecodeError):
                cache[filename] = None
        return cache[filename]


def _is_module(obj):
    return type(obj).__name__ == 'module'


class OutputChecker:
    """Whether what an example printed matches what it should print, under the comparison flags."""

    def _toAscii(self, s):
        return str(s.encode('ASCII', 'backslashreplace'), 'ASCII')

    def check_output(self, want, got, optionflags):
        got = self._toAscii(got)
        want = self._toAscii(want)
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) == ('True\n', '1\n') or (got, want) == ('False\n', '0\n'):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = re.sub(r'(?m)^%s\s*?$' % re.escape(BLANKLINE_MARKER), '', want)
            got = re.sub(r'(?m)^[^\S\n]+$', '', got)
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False

    def output_difference(self, example, got, optionflags):
        want = example.want
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            got = re.sub('(?m)^[ ]*(?=\n)', BLANKLINE_MARKER, got)
        if want:
            return 'Expected:\n%sGot:\n%s' % (_indent(want), _indent(got) if got else '    Nothing\n')
        if got:
            return 'Expected nothing\nGot:\n%s' % _indent(got)
        return 'Expected nothing\nGot nothing\n'


def _ellipsis_match(want, got):
    """Whether `got` matches `want` where each '...' in `want` stands for any text."""
    if ELLIPSIS_MARKER not in want:
        return want == got
    ws = want.split(ELLIPSIS_MARKER)
    startpos, endpos = 0, len(got)
    w = ws[0]
    if w:
        if not got.startswith(w):
            return False
        startpos = len(w)
        del ws[0]
    w = ws[-1]
    if w:
        if not got.endswith(w):
            return False
        endpos -= len(w)
        del ws[-1]
    if startpos > endpos:
        return False
    for w in ws:
        startpos = got.find(w, startpos, endpos)
        if startpos < 0:
            return False
        startpos += len(w)
    return True


class DocTestFailure(Exception):
    """An example's output did not match (DocTestRunner subclasses that raise at the first failure)."""

    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    """An example raised an exception it was not expected to raise."""

    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


class DocTestRunner:
    """Runs the examples of DocTests, reports failures to `out`, and counts what ran and what failed."""

    DIVIDER = _SEPARATOR

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        if verbose is None:
            verbose = '-v' in sys.argv
        self._verbose = verbose
        self.optionflags = optionflags
        self.original_optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self.skips = 0
        self._stats = {}

    def report_start(self, out, test, example):
        if self._verbose:
            if example.want:
                out('Trying:\n' + _indent(example.source) + 'Expecting:\n' + _indent(example.want))
            else:
                out('Trying:\n' + _indent(example.source) + 'Expecting nothing\n')

    def report_success(self, out, test, example, got):
        if self._verbose:
            out('ok\n')

    def report_failure(self, out, test, example, got):
        out(self._failure_header(test, example) + self._checker.output_difference(example, got, self.optionflags))

    def report_unexpected_exception(self, out, test, example, exc_info):
        out(self._failure_header(test, example) + 'Exception raised:\n' + _indent(_exception_traceback(exc_info)))

    def _failure_header(self, test, example):
        out = [self.DIVIDER]
        if test.filename:
            if test.lineno is not None and example.lineno is not None:
                lineno = test.lineno + example.lineno + 1
            else:
                lineno = '?'
            out.append('File "%s", line %s, in %s' % (test.filename, lineno, test.name))
        else:
            out.append('Line %s, in %s' % (example.lineno + 1, test.name))
        out.append('Failed example:')
        out.append(_indent(example.source))
        return '\n'.join(out)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        """Runs `test`'s examples in its globals; answers TestResults(failed, attempted)."""
        self.test = test
        save_stdout = sys.stdout
        self._save_stdout = save_stdout
        if out is None:
            out = save_stdout.write
        save_displayhook = sys.displayhook
        sys.displayhook = sys.__displayhook__
        try:
            return self._run(test, out)
        finally:
            sys.stdout = save_stdout
            sys.displayhook = save_displayhook
            if clear_globs:
                test.globs.clear()
                import builtins
                builtins._ = None

    def _run(self, test, out):
        failures = attempted = skips = 0
        original_optionflags = self.optionflags
        SUCCESS, FAILURE, BOOM = range(3)
        check = self._checker.check_output
        for examplenum, example in enumerate(test.examples):
            quiet = (self.optionflags & REPORT_ONLY_FIRST_FAILURE and failures > 0)
            self.optionflags = original_optionflags
            for optionflag, val in example.options.items():
                if val:
                    self.optionflags |= optionflag
                else:
                    self.optionflags &= ~optionflag
            attempted += 1  # a skipped example counts as attempted too, as in CPython 3.13
            if self.optionflags & SKIP:
                skips += 1
                continue
            if not quiet:
                self.report_start(out, test, example)
            filename = '<doctest %s[%d]>' % (test.name, examplenum)
            captured = io.StringIO()
            sys.stdout = captured
            exception = None
            try:
                exec(compile(example.source, filename, 'single'), test.globs)
            except KeyboardInterrupt:
                raise
            except BaseException as e:
                exception = (type(e), e, e.__traceback__)
            finally:
                sys.stdout = self._save_stdout
            got = captured.getvalue()
            outcome = FAILURE
            if exception is None:
                if check(example.want, got, self.optionflags):
                    outcome = SUCCESS
            else:
                formatted = traceback.format_exception_only(exception[0], exception[1])
                if issubclass(exception[0], SyntaxError):
                    formatted = formatted[-1:]  # only the message line, as CPython's doctest compares
                exc_msg = formatted[-1]
                if not quiet:
                    got += _exception_traceback(exception)
                if example.exc_msg is None:
                    outcome = BOOM
                elif check(example.exc_msg, exc_msg, self.optionflags):
                    outcome = SUCCESS
                elif self.optionflags & IGNORE_EXCEPTION_DETAIL:
                    if check(_strip_exception_details(example.exc_msg), _strip_exception_details(exc_msg),
                             self.optionflags):
                        outcome = SUCCESS
            if outcome is SUCCESS:
                if not quiet:
                    self.report_success(out, test, example, got)
            elif outcome is FAILURE:
                if not quiet:
                    self.report_failure(out, test, example, got)
                failures += 1
            else:
                if not quiet:
                    self.report_unexpected_exception(out, test, example, exception)
                failures += 1
            if failures and self.optionflags & FAIL_FAST:
                break
        self.optionflags = original_optionflags
        self._record_outcome(test, failures, attempted, skips)
        return TestResults(failures, attempted, skipped=skips)

    def _record_outcome(self, test, failures, tries, skips):
        f, t, s = self._stats.get(test.name, (0, 0, 0))
        self._stats[test.name] = (f + failures, t + tries, s + skips)
        self.failures += failures
        self.tries += tries
        self.skips += skips

    def summarize(self, verbose=None):
        if verbose is None:
            verbose = self._verbose
        notests, passed, failed = [], [], []
        totalt = totalf = totals = 0
        for name, (f, t, s) in self._stats.items():
            totalt += t
            totalf += f
            totals += s
            if not t:
                notests.append(name)
            elif not f:
                passed.append((name, t))
            else:
                failed.append((name, (f, t)))
        if verbose:
            if notests:
                print('%s had no tests:' % _n_items(notests))
                for name in sorted(notests):
                    print('   ', name)
            if passed:
                print('%s passed all tests:' % _n_items(passed))
                for name, count in sorted(passed):
                    print(' %3d test%s in %s' % (count, '' if count == 1 else 's', name))
        if failed:
            print(self.DIVIDER)
            print('%s had failures:' % _n_items(failed))
            for name, (f, t) in sorted(failed):
                print(' %3d of %3d in %s' % (f, t, name))
        if verbose:
            print('%d test%s in %s.' % (totalt, '' if totalt == 1 else 's', _n_items(self._stats)))
            print('%d passed%s.' % (totalt - totalf, ' and %d failed' % totalf if totalf else ''))
        if totalf:
            msg = '***Test Failed*** %d failure%s' % (totalf, '' if totalf == 1 else 's')
            if totals:
                msg += ' and %d skipped test%s' % (totals, '' if totals == 1 else 's')
            print(msg + '.')
        elif verbose:
            print('Test passed.')
        return TestResults(totalf, totalt, skipped=totals)

    def merge(self, other):
        for name, (f, t, s) in other._stats.items():
            f0, t0, s0 = self._stats.get(name, (0, 0, 0))
            self._stats[name] = (f0 + f, t0 + t, s0 + s)


def _strip_exception_details(msg):
    """'pkg.mod.Error: detail' -> 'Error' (IGNORE_EXCEPTION_DETAIL compares only the exception's name)."""
    start, end = 0, len(msg)
    i = msg.find('\n')
    if i >= 0:
        end = i
    i = msg.find(':', 0, end)
    if i >= 0:
        end = i
    i = msg.rfind('.', 0, end)
    if i >= 0:
        start = i + 1
    return msg[start:end]


def _exception_traceback(exc_info):
    return ''.join(traceback.format_exception(exc_info[0], exc_info[1], exc_info[2]))


class DebugRunner(DocTestRunner):
    """Raises DocTestFailure or UnexpectedException at the first failing example, instead of reporting it."""

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        r = DocTestRunner.run(self, test, compileflags, out, False)
        if clear_globs:
            test.globs.clear()
        return r

    def report_unexpected_exception(self, out, test, example, exc_info):
        raise UnexpectedException(test, example, exc_info)

    def report_failure(self, out, test, example, got):
        raise DocTestFailure(test, example, got)


def _normalize_module(module):
    """The module named or given; None: the module unittest is loading tests from (load_tests), else __main__."""
    if _is_module(module):
        return module
    if isinstance(module, str):
        return __import__(module, globals(), locals(), ["*"])
    if module is None:
        loading = getattr(unittest, '_loading_modules', None)
        if loading:
            return loading[-1]
        return sys.modules['__main__']
    raise TypeError('Expected a module, string, or None')


master = None


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0, extraglobs=None,
            raise_on_error=False, exclude_empty=False):
    """Runs the examples of module `m` (__main__ by default); answers TestResults(failed, attempted)."""
    if m is None:
        m = sys.modules.get('__main__')
    if not _is_module(m):
        raise TypeError('testmod: module required; %r' % (m,))
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = (DebugRunner if raise_on_error else DocTestRunner)(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    return _results(runner, report)


def _results(runner, report):
    """What testmod and testfile answer: the runner's summary (printed if asked), merged into the module's master."""
    global master
    if report:
        runner.summarize()
    if master is None:
        master = runner
    else:
        master.merge(runner)
    return TestResults(runner.failures, runner.tries, skipped=runner.skips)


def run_docstring_examples(f, globs, verbose=False, name='NoName', compileflags=None, optionflags=0):
    """Runs the examples in `f`'s docstring (not recursively) with `globs`."""
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)


_unittest_reportflags = 0


def set_unittest_reportflags(flags):
    global _unittest_reportflags
    if (flags & REPORTING_FLAGS) != flags:
        raise ValueError('Only reporting flags allowed', flags)
    old = _unittest_reportflags
    _unittest_reportflags = flags
    return old


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test case: it fails with the runner's report of every failing example."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_globs = test.globs.copy()
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        if self._dt_tearDown is not None:
            self._dt_tearDown(self._dt_test)
        self._dt_test.globs.clear()
        self._dt_test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        new = io.StringIO()
        optionflags = self._dt_optionflags
        if not (optionflags & REPORTING_FLAGS):
            optionflags |= _unittest_reportflags
        runner = DocTestRunner(optionflags=optionflags, checker=self._dt_checker, verbose=False)
        results = runner.run(test, out=new.write, clear_globs=False)
        if results.failed:
            raise self.failureException(self.format_failure(new.getvalue()))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        lname = '.'.join(test.name.split('.')[-1:])
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def debug(self):
        self.setUp()
        runner = DebugRunner(optionflags=self._dt_optionflags, checker=self._dt_checker, verbose=False)
        runner.run(self._dt_test, clear_globs=False)
        self.tearDown()

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return (self._dt_test == other._dt_test and self._dt_optionflags == other._dt_optionflags
                and self._dt_setUp == other._dt_setUp and self._dt_tearDown == other._dt_tearDown
                and self._dt_checker == other._dt_checker)

    def __hash__(self):
        return hash((self._dt_optionflags, self._dt_setUp, self._dt_tearDown, self._dt_checker))

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return '%s (%s)' % (name[-1], '.'.join(name[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return 'Doctest: ' + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def setUp(self):
        self.skipTest('DocTestSuite will not work with -O2 and above')

    def test_skip(self):
        pass

    def shortDescription(self):
        return 'Skipping tests from %s' % self.module.__name__


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite of the module's doctests, one DocTestCase for each docstring with examples."""
    if test_finder is None:
        test_finder = DocTestFinder()
    module = _normalize_module(module)
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in sorted(tests):
        if not test.examples:
            continue
        if not test.filename:
            filename = getattr(module, '__file__', None)
            if filename is not None and filename.endswith('.pyc'):
                filename = filename[:-1]
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


def _module_relative_path(module, test_path):
    """`test_path` ('/'-separated, relative) read from the directory of `module` (__main__: its script's)."""
    if not _is_module(module):
        raise TypeError('Expected a module: %r' % (module,))
    if test_path.startswith('/'):
        raise ValueError('Module-relative files may not have absolute paths')
    import os
    test_path = os.path.join(*test_path.split('/'))
    if hasattr(module, '__file__'):
        basedir = os.path.split(module.__file__)[0]
    elif module.__name__ == '__main__':
        basedir = os.path.split(sys.argv[0])[0] if len(sys.argv) > 0 and sys.argv[0] != '' else os.curdir
    else:
        raise ValueError("Can't resolve paths relative to the module %r (it has no __file__)" % (module.__name__,))
    return os.path.join(basedir, test_path)


def _load_testfile(filename, package, module_relative, encoding):
    """The text of a doctest file and the path it was read from."""
    if module_relative:
        filename = _module_relative_path(_normalize_module(package), filename)
    with open(filename, encoding=encoding or 'utf-8') as f:
        return f.read(), filename


def testfile(filename, module_relative=True, name=None, package=None, globs=None, verbose=None, report=True,
             optionflags=0, extraglobs=None, raise_on_error=False, parser=DocTestParser(), encoding=None):
    """Runs the examples in the text file `filename`; answers TestResults(failed, attempted), as testmod."""
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    text, filename = _load_testfile(filename, package, module_relative, encoding)
    import os
    if name is None:
        name = os.path.basename(filename)
    globs = {} if globs is None else globs.copy()
    if extraglobs is not None:
        globs.update(extraglobs)
    if '__name__' not in globs:
        globs['__name__'] = '__main__'
    runner = (DebugRunner if raise_on_error else DocTestRunner)(verbose=verbose, optionflags=optionflags)
    runner.run(parser.get_doctest(text, globs, name, filename, 0))
    return _results(runner, report)


class DocFileCase(DocTestCase):
    """A doctest file as a unittest test case."""

    def id(self):
        return '_'.join(self._dt_test.name.split('.'))

    def __repr__(self):
        return self._dt_test.filename

    def format_failure(self, err):
        return ('Failed doctest test for %s\n  File "%s", line 0\n\n%s'
                % (self._dt_test.name, self._dt_test.filename, err))


def DocFileTest(path, module_relative=True, package=None, globs=None, parser=DocTestParser(), encoding=None,
                **options):
    """One doctest file as a DocFileCase."""
    globs = {} if globs is None else globs.copy()
    if package and not module_relative:
        raise ValueError('Package may only be specified for module-relative paths.')
    doc, path = _load_testfile(path, package, module_relative, encoding)
    if '__file__' not in globs:
        globs['__file__'] = path
    import os
    name = os.path.basename(path)
    return DocFileCase(parser.get_doctest(doc, globs, name, path, 0), **options)


def DocFileSuite(*paths, **kw):
    """A unittest suite of doctest files, module-relative by default (to the module given as `package`, else the
    module whose tests are loading)."""
    suite = unittest.TestSuite()
    if kw.get('module_relative', True):
        kw['package'] = _normalize_module(kw.get('package'))
    for path in paths:
        suite.addTest(DocFileTest(path, **kw))
    return suite
