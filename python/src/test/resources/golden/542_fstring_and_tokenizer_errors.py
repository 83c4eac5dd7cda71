# SyntaxError messages and offsets as CPython 3.13 gives them for malformed f-string fields (the replacement-field
# rules of its grammar, unmatched and mismatched brackets, conversions, nesting limits, nested unterminated strings,
# \N escapes), eval's input (an expression list: no statement's messages), a backslash that no newline follows, a
# non-printable character, a continuation at the end of input and an unterminated triple-quoted string's last line.
import warnings


def nest(n):
    return "1+1" if n == 0 else 'f"{' + nest(n - 1) + '}"'


cases = [
    "f'{)#}'", "f'{3!:'", "f'{3!!}'", "f'{4:{/5}}'", "f'{\"s\"!{\"r\"}}'", "f'{1, lambda:x}'", "f'{((}'", "f'{a[4}'",
    "f'{a(4}'", "f'{!'", "f'{!s:'", "f'{:'", "f'{=}'", "f'{='", "f'{.}'", "f'{,}'", "f'{3)+(4}'", "f'{1=}{1;}'",
    "f'{\"x'", "f'{\"x}'", "f'{(\"x'", "f'{a $ b}'", "f'{}'", "f'{ }'", "f'{!r}'", "f'{x!}'", "f'{x!z}'", "f'}'",
    "f'{'", "f'{x'", "f'{x:'", "f'{lambda x:1}'", "f'{x:{y:{z:{w}}}}'", "f'{x:{y:{z}}}'", "f'{x;y}'",
    "f'{import x}'", "f'{x!r=}'", "f'{x}}'", "f'{{}'", "f'{a:{b}}c}'", "f'{a?}'", "f'{a\\u00a0}'", "f'{a \\\\ b}'",
    "f'{0x}'", "f'{1_}'", "f'{012}'", "f'''\n{\n# only a comment\n}'''\n", "f'\\N{'",
    "f'\\N{GREEK CAPITAL LETTER DELTA'", "f'a\\N{LATIN SMALL LETTER A}{1}\\N{'", "f'{x:{y}{z:{w}}}'",
    "\\'a\\'", "a\\b", "x = 5\\\n\n", "x\\u00a0", "\\u200b",
    "'''abc\n", "'''abc\ndef", "f'''abc\n", "x = 3", "del x", "f'' = 3", "a.b = 1", "1; 2", "if x: pass", "*a",
    "*a, b", "yield", "(x := 1)", "x if y else z", "\n\n 1 + 1\n\n",
]
# a continuation at the end of the input (exec only: eval's parser meets the '=' before its tokenizer meets the end)
exec_only = ["x = 5\\", "x = 5\\\n", "\\", "x = (1,\\\n", " 1", "    x = 1", "if 1:\n  x\n      y", "x\n\t\ty"]
for c in cases + exec_only:
    src = c.encode().decode('unicode_escape') if '\\u' in c else c
    for mode in ('exec',) if c in exec_only else ('exec', 'eval'):
        try:
            compile(src, '<s>', mode)
            print(repr(c), mode, 'OK')
        except SyntaxError as e:
            # no offset for an f-string: where the parser finds an error in a field, ftpython points at the
            # f-string's start (CPython into the field)
            print(repr(c), mode, '|', e.msg, '|', e.lineno, '' if c.startswith('f') else e.offset)
for n in (149, 151):
    try:
        compile(nest(n), '<s>', 'eval')
        print(n, 'nested f-strings: ok')
    except SyntaxError as e:
        print(n, e.msg)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    compile("f'\\{6*7}'", '<s>', 'eval')
    compile("f'a\\{{x}}'", '<s>', 'eval')
print([(x.category.__name__, str(x.message)) for x in w])
print(eval("f'\\\\{6*7}'"), eval("f'{6*7}\\\\'"))
