# re with bytes patterns (over their latin-1 text, ASCII classes, results as bytes) and the errors for mixing str
# and bytes, as CPython 3.13's.
import re
p = re.compile(rb'(\w+)=(\d+)')
m = p.search(b'xx key=42; \xe9t\xe9=7')
print(m.group(), m.group(1, 2), m.groups(), m.span(), m[2], m.start(1), m.end())
print(p.findall(b'a=1 b=2 \xe9=3'), [x.group(0) for x in p.finditer(b'a=1 b=2')], p.sub(rb'\2:\1', b'a=1 b=2'), p.subn(lambda m: m.group(1).upper(), b'a=1 b=2'))
print(re.split(rb'[,;]', b'a,b;c'), re.sub(rb'\s+', b' ', b'a  b\t c'), re.match(rb'\x00\xff', b'\x00\xff\x01').group(), re.escape(b'a.b*c'))
print(re.fullmatch(rb'[a-z]+', b'abc') is not None, re.findall(rb'(a)(b)?', b'ab a'), re.compile(rb'x', re.I), re.compile(rb'y').flags)
print(re.compile(rb'(?P<n>\d+)').match(b'12').groupdict(), re.search(rb'.', b'\n', re.S).group())
for bad in [lambda: re.compile(rb'x').search('s'), lambda: re.compile('x').search(b's'), lambda: re.compile(rb'x', re.U)]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
