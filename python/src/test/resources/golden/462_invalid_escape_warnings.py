# CPython 3.12+: an invalid escape in a str, bytes or f-string literal is a SyntaxWarning at compile time (once per
# literal, for its first invalid escape; f-strings once per literal part); an octal escape above 0o377 warns too, and
# in bytes keeps the low byte. With the warning filter set to 'error' the compilation fails with a SyntaxError at the
# literal. Checked against CPython 3.13 (test_string_literals' cases).
import warnings


def compile_and_warn(src):
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always', category=SyntaxWarning)
        value = eval(src)
    return value, [(str(x.message), x.category.__name__, x.filename, x.lineno) for x in w]


for src in [r"'\z'", r"'a\qb\w'", r"b'\z'", r"b'\N'", r"b'\u1234'", r"'\407'", r"b'\407'", r"'\d+'",
            "'''\n\\z'''", r"'\8'", r"'\9'", r"f'\z{1+1}\q'", r"r'\z'", r"rb'\z'", r"'\N{BULLET}\z'",
            r"'\x41\z\777'", r"'\777\z'"]:
    value, ws = compile_and_warn(src)
    print(repr(src), '->', ascii(value), ws)

for src in [r"'\z'", "'''\n\\407'''", r"b'\z'"]:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('error', category=SyntaxWarning)
        try:
            eval(src)
        except SyntaxError as e:
            print('SyntaxError', e.msg, e.filename, e.lineno, e.offset, len(w))

# a compile error after the literal: the warning is still issued, once
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always', category=SyntaxWarning)
    try:
        eval("'\\e' $")
    except SyntaxError as e:
        print('SyntaxError after', len(w), [str(x.message) for x in w])

# compile() names the file in the warning
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always', category=SyntaxWarning)
    compile("x = 1\ny = '\\z'\n", 'some_file.py', 'exec')
    print([(str(x.message), x.filename, x.lineno) for x in w])
