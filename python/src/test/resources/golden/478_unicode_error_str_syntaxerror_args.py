# Unicode*Error's str() made from its attributes as they are now (end, reason and encoding set later, str() of a
# non-str one); UnicodeTranslateError's message; SyntaxError's print_file_and_line and its constructor's check of
# the details tuple. Checked against CPython 3.13 (test_exceptions).
u = UnicodeEncodeError('baz', 'xxxxx', 1, 5, 'foo')
print(str(u))
u.end = 2; print(str(u))
u.end = 5; u.reason = 0x345345345345345345; print(str(u))
u.encoding = 4000; print(str(u))
u.start = 1000; print(str(u))
u = UnicodeDecodeError('baz', b'xxxxx', 1, 5, 'foo'); print(str(u))
u.end = 2; print(str(u))
u = UnicodeTranslateError('xxxx', 1, 5, 'foo'); print(str(u))
u.end = 2; print(str(u))
u = UnicodeEncodeError('ascii', '\u20ac\U0001f40d', 1, 2, 'r'); print(str(u))
u = UnicodeEncodeError('ascii', 'a\xff', 1, 2, 'r'); print(str(u))
s = SyntaxError('m'); print(s.print_file_and_line)
for args in [("bad.py", 1, 2), ("bad.py", 1, 2, 4, 5, 6, 7), ("bad.py", 1, 2, "abcdefg", 1)]:
    try:
        SyntaxError("bad bad", args); print('no error', args)
    except TypeError as e:
        print('TypeError', e)
