# CPython's compile-time SyntaxWarnings for an `is` with a literal operand (a tuple of constants too) and an assert
# of a non-empty tuple; an 'error' filter makes them SyntaxErrors. Checked against CPython 3.13
# (test_grammar.test_assert_warning_promotes_to_syntax_error).
import warnings
for src in ['x is 1', 'x is not "a"', '1 is x', 'x is None', 'x is True', 'x is ...', 'x is -1', 'x is 1.5', 'x is b""', 'a < b is 2',
            'assert(x, "msg")', 'assert x, "msg"', 'assert ()', 'x is (1, 2)']:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        compile(src, '<t>', 'exec')
    print(repr(src), [(str(m.message), m.lineno) for m in w])
with warnings.catch_warnings():
    warnings.simplefilter('error', SyntaxWarning)
    try:
        compile('assert(x, "msg")', '<testcase>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
    try:
        compile('x is 1', '<testcase>', 'exec')
    except SyntaxError as e:
        print('SyntaxError', e.msg)
