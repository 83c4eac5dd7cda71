# re: conditional groups (?(1)yes|no) and (?(name)...), their errors, octal escapes in and out of classes, str
# subclass subjects, Match.regs.
import re
print(re.match(r'^(\()?([^()]+)(?(1)\))$', '(a)').groups())
print(re.match(r'^(\()?([^()]+)(?(1)\))$', 'a').groups())
print(re.match(r'^(\()?([^()]+)(?(1)\))$', 'a)'), re.match(r'^(\()?([^()]+)(?(1)\))$', '(a'))
print(re.match('^(?:(a)|c)((?(1)b|d))$', 'ab').groups(), re.match(r'^(?:(a)|c)((?(1)b|d))$', 'cd').groups())
print(re.match(r'^(?:(a)|c)((?(1)|d))$', 'cd').groups(), re.match(r'^(?:(a)|c)((?(1)|d))$', 'a').groups())
p = re.compile('(?P<g1>a)(?P<g2>b)?((?(g2)c|d))')
print(p.match('abc').groups(), p.match('ad').groups(), p.match('abd'), p.match('ac'))
p = re.compile(r'(?P<a>x)(?P=a)(?(a)y)')
print(p.match('xxy').group(0), p.match('xxy').lastindex, p.match('xxy').span(1))
print(re.sub(r'(<)?(\w+@\w+(?:\.\w+)+)(?(1)>|$)', r'[\2]', '<user@host.com> user@host.com <user@host.com'))
print(re.findall(r'(a)?(?(1)b|c)', 'abcac'), re.split(r'(a)?(?(1)b|c)', 'xabycz'))
print(re.match(r'(a)(b)?(?(2)c|d)\1', 'abca').groups(), re.match(r'(a)|b(?(1)x|y)', 'by').groups())
pat = '|'.join('x(?P<a%d>%x)y' % (i, i) for i in range(100))
pat = '(?:%s)(?(200)z|t)' % pat
try:
    re.match(pat, "xc8yz")
except re.error as e:
    print(e.msg, e.pos)
pat2 = "|".join("x(?P<a%d>%x)y" % (i, i) for i in range(200)) 
print(re.match("(?:%s)(?(200)z|t)" % pat2, "xc7yz"), re.match("(?:%s)(?(200)z|t)" % pat2, "xc8yt"))
for bad in [r'(?(', r'(?())', r'(?(a))', r'(?(-1))', r'(?(1a))', r'(?(a.))', r'(?P<a>)(?(0)a|b)', r'()(?(1)a|b|c)', r'()(?(2)a)']:
    try:
        re.compile(bad)
        print("compiled", bad)
    except re.error as e:
        print(bad, "->", e.msg, e.pos)
m = re.match(r'(?P<x>a)?(?(x)b|c)(d)', 'abd')
print(m.groupdict(), m.groups(), m.lastgroup, m.lastindex, m.regs)
print(re.match(r'(?:(a)|(b))(?(1)x|y)(?(2)z)', 'byz').groups())
print(re.search(r'((?<=a)b)?(?(1)c|d)', 'abc'))
for i in [0, 8, 16, 32, 64, 127, 128, 255]:
    print(bool(re.match(r"[\%o]" % i, chr(i))), bool(re.match(r"[\%o8]" % i, chr(i))), bool(re.match(r"[\%03o]" % i, chr(i))), bool(re.match(r"[\%03o0]" % i, chr(i))), bool(re.match(r"[\%03o8]" % i, chr(i))), bool(re.match(r"\%03o" % i, chr(i))), bool(re.match(r"\%03o0" % i, chr(i)+"0")))
print(re.match(r'\0', '\0'), re.match(r'\08', '\0' + '8'), re.match(r'\01', '\x01'), re.match(r'\141', 'a'), re.match(r'(a)\1', 'aa'))
print(re.match(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'))
for bad in [r'\567', r'[\567]', r'\400']:
    try:
        re.compile(bad); print("ok", bad)
    except re.error as e:
        print(e.msg, e.pos)
class S(str): pass
print(re.match('a', S('ab')), re.sub('a', 'x', S('aba')), re.findall('a', S('aa')), re.split('b', S('abc')))
