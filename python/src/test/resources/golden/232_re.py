# SPDX-License-Identifier: Apache-2.0
# re (over java.util.regex): search/match/fullmatch, groups, sub templates and functions, split, findall, flags.
import re
print(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2 c'), re.findall(r'(a)|b', 'ab'))
m = re.search(r'(?P<year>\d{4})-(?P<month>\d\d)', 'on 2024-05-17 we')
print(m, m.group(), m.group(1), m.group('month'), m.groups(), m.groupdict(), m.span(), m.start(2), m.end())
print(m.lastindex, m.lastgroup, m.re.pattern, m.string[m.start():m.end()], m[0], m['year'])
print(re.match(r'\w+', 'hello world'), re.match(r'world', 'hello world'), re.fullmatch(r'\d+', '123'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site and ann@web'), re.sub(r'\s+', ' ', 'a  b \t c'))
print(re.sub(r'(?P<n>\d)', lambda mm: str(int(mm.group('n')) * 2), 'a1b2c3'), re.subn('a', 'b', 'banana'))
print(re.sub(r'x*', '-', 'abxd'), re.split(r'\W+', 'Words, words, words.'), re.split(r'(\W+)', 'Words, words.'))
print(re.split(r',\s*', 'a, b,c,   d', maxsplit=2), re.split('x*', 'axbc'), re.split(r'\b', 'a b'))
print([m.group() for m in re.finditer(r'[A-Z]\w*', 'Hello World From Python')])
print(re.compile(r'a+', re.I).findall('AaA baaB'), re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'a.b', 'a\nb', re.S))
print(re.escape('1+1=2?'), re.compile(r'\d'), re.compile('x', re.I | re.M), re.compile(r'(a)(?P<b>b)').groupindex)
print(re.findall(r'\bfoo\b', 'foo foobar (foo)'), re.findall(r'(?i)HELLO', 'hello Hello'), re.findall(r'colou?r', 'color colour'))
print(re.search(r'(\d+)\s\1', 'abc 42 42 x').group(), re.search(r'(?P<w>\w+) (?P=w)', 'the the cat').group('w'))
print(re.findall(r'\w+', 'naïve café 123'), re.findall(r'[^\W\d_]+', 'a1b_c'), re.findall(r'\d', '٣4'))
print(re.sub(r'(a)(b)?', r'[\1\2]', 'ab a'), re.sub('a', r'\n', 'xax') == 'x\nx', re.findall(r'a{2,}', 'aaa a aa'))
print(re.findall(r'[{}]', '{a}'), re.findall(r'x{,2}', 'xxx'), re.findall(r'\{(\w+)\}', '{a} {b}'))
pat = re.compile(r'''
    (\d{3})   # area
    [-.\s]?
    (\d{4})   # number
''', re.VERBOSE)
print(pat.findall('call 555-1234 or 555 9876'))
print(re.match(r'(?:ab)+', 'ababx').group(), re.search(r'(?<=\$)\d+', 'cost $42').group(), re.search(r'q(?!u)', 'quit qat').start())
print(re.compile(r'\d+').search('ab12cd34', 4), re.compile('^b').search('ab', 1), re.compile('b').match('ab', 1))
print(re.sub(r'\d', lambda m: '<%s>' % m.group(), 'a1b2', count=1), re.findall(r'^$', ''), re.findall(r'$', 'a\n'))
try:
    re.compile('(')
except re.error as e:
    print('re.error')
try:
    re.compile(r'\q')
except re.error as e:
    print(e)
print(re.sub('(?m)^', '> ', 'l1\nl2'), re.findall(r'\S+', ' a\tb\nc '), re.search(r'\Aab\Z', 'ab') is not None)
print(re.match('😀(.)', '😀x').span(1), re.search('b', '😀ab').span())
