# More of where a traceback points, as CPython 3.13: code run by exec() from a string shows no source lines
# (linecache has none); a statement after `if True:` on its line gets carets; an attribute whose expression
# spans lines is named from its name on; wide East Asian characters take two columns for the carets; a
# SyntaxError's carets run from offset to end_offset; an f-string's field is named by its own expression;
# format_exception answers one string per traceback entry.
import traceback


def show(fn):
    try:
        fn()
    except BaseException as e:
        print(''.join(traceback.format_exception(e)[1:]).replace(__file__, 'FILE'))


def exec_string():
    exec("def f():\n    return 1/0\nf()")


def one_line_suite():
    if True: raise ValueError("basic caret tests")


def attribute_over_lines():
    (None
        .method)


def method_over_lines():
    x = (None
         .method())


def wide_characters():
    说明 = 1
    return 说明说明 / 说明


def wide_subscript():
    d = {"说明": {}}
    return d["说明"]["🐍"]


def fstring_field():
    s = f"{1/0}"


def fstring_conversion():
    x = 5
    s = f"value: {x + 'a'!r:>10} and {x}"


def fstring_multiline():
    d = {}
    s = f'''multi
line {d["k"]}'''


def fstring_raw_spaces():
    s = rf"{ None .attr }"


for c in [exec_string, one_line_suite, attribute_over_lines, method_over_lines, wide_characters, wide_subscript,
          fstring_field, fstring_conversion, fstring_multiline, fstring_raw_spaces]:
    print('==', c.__name__)
    show(c)

for args in [('bad.py', 1, 2, 'abcdefg', 1, 5), ('bad.py', 1, 2, '  \tabcdefg\n', 1, 100),
             ('bad.py', 2, 1, 'x', 3, 4), (None, None, 3, 'text', None, None)]:
    try:
        raise SyntaxError('bad bad', args)
    except SyntaxError as e:
        print(''.join(traceback.format_exception_only(e)), end='')

try:
    fstring_field()
except ZeroDivisionError as e:
    parts = traceback.format_exception(e)
    print(len(parts), [p.count('\n') for p in parts])
    print(len(traceback.format_exception(type(e), e, None)), traceback.format_exception(type(e), e, None))
    print(len(traceback.format_exception(e, limit=1)))
    try:
        traceback.format_exception(type(e), e)
    except ValueError as v:
        print('ValueError:', v)
    try:
        traceback.format_exception(5)
    except TypeError as t:
        print('TypeError:', t)
