# getopt's module-level helpers (short_has_arg, long_has_args, do_shorts, do_longs), which programs call directly,
# with CPython's results and errors. Checked against CPython 3.13 (test_getopt).
import getopt

print(getopt.short_has_arg('a', 'a:'), getopt.short_has_arg('a', 'ab:'))
print(getopt.long_has_args('abc', ['abc=']), getopt.long_has_args('abc', ['abc']), getopt.long_has_args('abc', ['abcd']))
print(getopt.do_shorts([], 'a', 'a', []), getopt.do_shorts([], 'a1', 'a:', []), getopt.do_shorts([], 'a', 'a:', ['1', '2']))
print(getopt.do_longs([], 'abc', ['abc'], []), getopt.do_longs([], 'abc=1', ['abcd='], []),
      getopt.do_longs([], 'abc', ['ab', 'abc', 'abcd'], []), getopt.do_longs([], 'foo', ['foo='], ['x', 'y']))
for call in (lambda: getopt.short_has_arg('a', 'b'), lambda: getopt.long_has_args('abc', ['def']),
             lambda: getopt.long_has_args('abc', ['abcd', 'abcde']), lambda: getopt.do_shorts([], 'a1', 'a', []),
             lambda: getopt.do_shorts([], 'a', 'a:', []), lambda: getopt.do_longs([], 'abc=1', ['abc'], []),
             lambda: getopt.do_longs([], 'abc', ['abc='], [])):
    try:
        call()
    except getopt.GetoptError as e:
        print('GetoptError', e, e.opt)
