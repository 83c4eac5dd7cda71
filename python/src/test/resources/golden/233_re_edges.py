# SPDX-License-Identifier: Apache-2.0
# re edge cases: classes with ] [ &, named groups with underscores, empty matches, lastindex, lookarounds, errors.
import re
print(re.findall(r'[\]a]', 'a]b'), re.findall(r'[]a]', 'a]b'), re.findall(r'[^]a]', 'a]b'), re.findall(r'[a&&b]', 'a&b'))
print(re.findall(r'[[a]', '[a'), re.findall(r'[\w-]+', 'a-b c_d'), re.findall(r'[\s,]+', 'a, b'), re.findall(r'\x41\u00e9', 'Aé'))
m = re.match(r'(?P<first_name>\w+) (?P<last_name>\w+)', 'Jane Doe')
print(m.groupdict(), re.sub(r'(?P<first_name>\w+) (?P<last_name>\w+)', r'\g<last_name>, \g<first_name>', 'Jane Doe'))
print(re.sub(r'a', r'\\', 'banana'), re.sub(r'(b)', r'\g<0>\g<1>', 'abc'), re.sub('', '-', 'abc'), re.sub('$', '!', 'a\n'))
print(re.search('a$', 'a\n') is not None, re.search('a\\Z', 'a\n'), re.findall('(?s:.)', 'a\nb'), re.findall('.', 'a\nb'))
print(re.split(r'(-)|(\+)', 'a-b+c'), re.split(r'\s', 'a b  c', maxsplit=1), re.findall(r'ǅ', 'ǆ', re.I), re.findall(r'É', 'é', re.I))
print(re.findall(r'(?:a|b)+?', 'abab'), re.findall(r'\d{2,3}?', '12345'), re.findall(r'a*?b', 'aab'))
print(re.search(r'(a)(b)?(c)', 'ac').groups(), re.search(r'(a)(b)?(c)', 'ac').groups('-'), re.search(r'(a)(b)?', 'a').lastindex)
print(re.search(r'((a)(b))', 'ab').lastindex, re.search(r'(a)((b))', 'ab').lastindex, re.compile(r'(a)|(b)').match('b').lastindex)
print(re.fullmatch(r'a|ab', 'ab'), re.match(r'a|ab', 'ab').group(), re.compile(r'\d+').fullmatch('12a', 0, 2))
print(re.sub(r'(\d+)', lambda m: str(len(m.group(1))), 'x 1 22 333'), re.subn(r'\d', '#', 'a1b2c3', count=2))
print(re.findall(r'\w+(?=,)', 'a, b, c'), re.findall(r'(?<!\d)\d{2}(?!\d)', '1 22 333 44'), re.findall(r'(?i:A)b', 'ab Ab AB'))
print(re.match(r'\d+\.\d*', '3.14abc').group(), re.findall(r'[.]', 'a.b'), re.findall(r'\.', 'a.b'), re.findall(r'\\', 'a\\b'))
p = re.compile(r'(\w+)@(\w+)\.com')
for m in p.finditer('x@y.com, a@b.com'):
    print(m.span(), m.expand(r'\2/\1'))
print(re.sub(r'\b(\w)', lambda m: m.group(1).upper(), 'hello big world'), re.findall(r'\B\w', 'ab cd'))
print(re.escape('a.b*c'), re.escape('path/to file'), re.findall(re.escape('1.5'), '1.5 105 1x5'))
try:
    re.compile(r'(?P<x>a)(?P<x>b)')
except re.error as e:
    print(e)
try:
    re.compile('[a')
except re.error as e:
    print(e)
try:
    re.sub('a', r'\9', 'a')
except re.error as e:
    print(e)
print(re.compile('ab*', re.I).pattern, re.compile('(a)(b)').groups)
