# UTF-8 decoding reports and replaces CPython's spans: a second byte outside its lead's range (overlong E0/F0,
# surrogate ED, beyond U+10FFFF F4) is an invalid continuation byte even when the data is cut short after it, and
# each maximal subpart gets its own replacement (CPython's test_str.test_invalid_cb_for_3bytes_seq). Also: a lone
# str item joins to itself, a complex's format honours a NUL fill, expandtabs counts its arguments.
cases = ['ff', 'c0af', 'e080', 'e08080', 'eda080', 'f08080', 'f4908080', 'e282', 'e228a1', 'c3', 'c328',
         'f09f98', 'f09f2880', 'e18041', 'f888808080', '80', 'bf', 'e0a0', 'ed9f', 'eda0', 'f090', 'f48f', 'f490',
         'efbf', 'eda0bd', 'edb080', 'f0808080', 'e0808041', '41e0a0', 'c2', 'e0a0bf41', 'f4bfbfbf']
for c in cases:
    b = bytes.fromhex(c)
    try:
        print(c, 'ok', ascii(b.decode('utf-8')))
    except UnicodeDecodeError as e:
        print(c, e, e.start, e.end)
    print(' ', ascii(b.decode('utf-8', 'replace')), ascii(b.decode('utf-8', 'backslashreplace')),
          ascii(b.decode('utf-8', 'ignore')), ascii(b.decode('utf-8', 'surrogateescape')))
print(str(b'\xe0\x80abc', 'utf-8', 'replace'), bytearray(b'x\xed\xa0\x80y').decode(errors='replace'))

print('{0:\x00<12}'.format(3 + 2j).encode(), '{0:*^12}'.format(3 + 2j), '{:\x00>8}'.format(1.5).encode(),
      '{:\x00>5}'.format(7).encode(), '{:\x00^7}'.format('ab').encode(), format(1j, '\x00>6').encode())
s1 = 'abcd'
print(''.join([s1]) is s1, ''.join((s1,)) is s1, ''.join(iter([s1])) is s1, '-'.join([s1]) is s1,
      ''.join([s1, '']) is s1, ''.join([]) == '')


class S(str):
    pass


j = ''.join([S('ab')])
print(type(j).__name__, j)
print('a\tb'.expandtabs(tabsize=4), 'a\tb'.expandtabs(2), 'a\tb'.expandtabs())
for call in (lambda: 'hello'.expandtabs(42, 42), lambda: 'a'.expandtabs(x=1), lambda: 'a'.expandtabs('4')):
    try:
        call()
    except TypeError as e:
        print('TypeError:', e)
