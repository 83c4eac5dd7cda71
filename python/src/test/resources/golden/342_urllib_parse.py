# urllib.parse as CPython 3.13's (lib/_urllib_parse.py, written here): splitting, joining (RFC 3986's examples),
# quoting, query parsing and encoding, result properties, and the errors.
import sys
import urllib.parse
from urllib.parse import (
    urlparse, urlunparse, urlsplit, urlunsplit, urljoin, urldefrag,
    quote, quote_plus, quote_from_bytes, unquote, unquote_plus,
    unquote_to_bytes, urlencode, parse_qs, parse_qsl,
    ParseResult, SplitResult, DefragResult,
    ParseResultBytes, SplitResultBytes, DefragResultBytes)
import warnings

P = urllib.parse


def show(label, fn, *args, **kw):
    try:
        r = fn(*args, **kw)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))
    return None


def attrs(r):
    out = []
    for name in ('username', 'password', 'hostname', 'port'):
        try:
            out.append(repr(getattr(r, name)))
        except Exception as e:
            out.append(type(e).__name__ + ': ' + str(e))
    return ' | '.join(out)


print('== constants')
for name in ('uses_relative', 'uses_netloc', 'uses_params', 'non_hierarchical',
             'uses_query', 'uses_fragment', 'scheme_chars'):
    print(name, getattr(P, name))
print(sorted(P.__all__))

print('== urlsplit / urlparse')
URLS = [
    'http://www.python.org/doc/#frag',
    'HTTP://WWW.Python.ORG:80/doc;params?q=1&r=2#Frag',
    'http://user:pass@Host.Example.com:8080/p/a/t/h;x;y?query=x#frag',
    'http://user@host/',
    'http://:pw@host/',
    'http://user:@host:/',
    'http://@host',
    'http://a@b@c:1/',
    'https://host:0/',
    'https://host:65535/',
    'https://host:65536/',
    'https://host:-1/',
    'https://host:abc/',
    'https://host: 80/',
    'https://host:\u0663/',
    'https://host:+80/',
    'ftp://ftp.example.org/pub/file.txt;type=i',
    'file:///etc/passwd',
    'file:/etc/passwd',
    'file://localhost/C:/x',
    'mailto:someone@example.com?subject=hi',
    'news:comp.lang.python',
    'tel:+1-816-555-1212;ext=1',
    'sip:alice@atlanta.com;transport=tcp',
    'urn:isbn:0451450523',
    'svn+ssh://svn.example.org/repo',
    'git+ssh://git@github.com/x.git',
    'itms-services://?action=download',
    'path:80',
    'localhost:8080',
    '1http://x',
    '+x://y',
    '://x',
    ':',
    'a:b:c',
    'Ab1+-.:rest',
    'a_b:rest',
    '\u00e9x:rest',
    '//netloc/path?q#f',
    '//netloc',
    '///path',
    '////path',
    '/path;a;b?q#f',
    'path;p',
    ';p',
    'a/b;c/d;e',
    '?query',
    '#frag',
    '?q#f?g#h',
    'http://x?#',
    'http://x/?a=b#c#d',
    'http://x#/?a',
    'http://x/p?a#b/c',
    '',
    '  \x00\x01http://x.com/ a ',
    'ht\ttp://x\r.com/\na',
    'http://x.com/\t#f\n',
    '\x1f\x20\x7fhttp://x',
    'http://[::1]:80/p',
    'http://[::1]/',
    'http://[::1]',
    'http://[2001:db8::7]:8080/c=GB?objectClass?one',
    'http://[2001:DB8:0:0:8:800:200C:417A]:99/',
    'http://user:pw@[FE80::1%25ETH0]:1/',
    'http://[fe80::1%eth0]/',
    'http://[::ffff:1.2.3.4]:5/',
    'http://[::1.2.3.4]/',
    'http://[1:2:3:4:5:6:7:8]/',
    'http://[1:2:3:4:5:6:7::]/',
    'http://[::2:3:4:5:6:7:8]/',
    'http://[1:2:3:4:5:6:1.2.3.4]/',
    'http://[v1.fe80::a+en1]/',
    'http://[vF.x]/',
    'http://[::1]x/',
    'http://[::1]:/',
    'http://[::1]:abc/',
    'http://host]/',
]
BAD_URLS = [
    'http://[::1/',
    'http://::1]/',
    'http://[abc]/',
    'http://[1.2.3.4]/',
    'http://[v1]/',
    'http://[V1.x]/',
    'http://[vx.y]/',
    'http://[v1.]/',
    'http://a]b[c/',
    'http://[]/',
    'http://[:]/',
    'http://[:::]/',
    'http://[1::2::3]/',
    'http://[1:2:3:4:5:6:7:8:9]/',
    'http://[1:2:3:4:5:6:7]/',
    'http://[:1:2:3:4:5:6:7]/',
    'http://[1:2:3:4:5:6:7:]/',
    'http://[::12345]/',
    'http://[::g]/',
    'http://[1:2:3:4:5:6:7:1.2.3.4]/',
    'http://[::1.2.3.04]/',
    'http://[::1.2.3.256]/',
    'http://[::1.2.3]/',
    'http://[fe80::1%]/',
    'http://[fe80::1%a%b]/',
    'http://[::1%2]/',
    'http://[::1 ]/',
    'http://[1.2.3.4.5]/',
    'http://[\u0661::1]/',
    'http://ex\uff0fample.com/',
    'http://ex\uff1aample.com/',
    'http://user\uff20host/',
    'http://a\u2100b/',
    'http://\u00e9x.com/',
    'http://\uff21.com/',
    'http://a\ufe56b/',
]
for u in URLS + BAD_URLS:
    for fn in (urlsplit, urlparse):
        try:
            r = fn(u)
        except Exception as e:
            print(fn.__name__, repr(u), '->', type(e).__name__, e)
            continue
        print(fn.__name__, repr(u), '->', r)
        print('   ', attrs(r), '|', repr(r.geturl()))
        if fn is urlparse:
            print('    unparse', repr(urlunparse(r)), repr(urlunsplit(urlsplit(u))))

print('== bytes')
BURLS = [b'http://User:Pw@Host.COM:81/p;q?x=1#f', b'//[::1]:5/', b'mailto:x@y',
         b'', b'http://h:bad/', b'http://[FE80::A%25Eth]:9/',
         bytearray(b'http://h/x'), b'http://h:99999/', b'http://x/\xff']
for u in BURLS:
    for fn in (urlsplit, urlparse):
        try:
            r = fn(u)
        except Exception as e:
            print(fn.__name__, repr(u), '->', type(e).__name__, e)
            continue
        print(fn.__name__, repr(u), '->', r, type(r).__name__)
        print('   ', attrs(r), '|', repr(r.geturl()))
        d = r.decode()
        print('    decode', d, type(d).__name__, repr(d.encode()), type(d.encode()).__name__)
r = urlparse('http://h/\u00e9')
show('encode ascii', r.encode)
show('encode utf-8', r.encode, 'utf-8')
show('encode ignore', r.encode, 'ascii', 'ignore')
show('decode latin-1', lambda: urlparse(b'http://h/\xe9').decode('latin-1'))
show('no encode on bytes', lambda: urlparse(b'http://h/x').encode)
show('defrag bytes', urldefrag, b'http://h/p#frag')
show('defrag bytes nofrag', urldefrag, b'http://h/p')
dr = urldefrag(b'http://h/p#frag')
print(repr(dr.geturl()), dr.decode(), repr(dr.decode().encode()))

print('== default scheme / allow_fragments')
show('s1', urlsplit, 'www.x.com/p', 'https')
show('s2', urlsplit, 'ftp://x/p', 'https')
show('s3', urlsplit, 'x', 'HTTP')
show('s4', urlsplit, 'x', ' \thttp\n ')
show('s5', urlparse, 'x;y', 'mailto')
show('s6', urlparse, 'x;y', 'tel')
show('s7', urlsplit, 'http://x/p#f', allow_fragments=False)
show('s8', urlparse, 'http://x/p?q#f', '', False)
show('s9', urlsplit, 'http://x#f/p', allow_fragments=False)
show('s10', urlsplit, 'http://x/p#f', allow_fragments=0)
show('s11', urlsplit, b'x', b'http')
show('s12', urlsplit, b'x', 'http')
show('s13', urlsplit, 'x', b'http')
show('s14', urlsplit, b'x', '')
show('s15', urlsplit, 'x', b'')
show('s16', urlsplit, None)
show('s17', urlsplit, 1)
show('s18', urlsplit, bytearray(b'a'))
show('s19', urlparse, bytearray(b'http://a/b'))
show('s20', urlunsplit, ('http', b'x', '', '', ''))
show('s21', urlunsplit, (b'http', b'x', b'/p', b'q', b'f'))
show('s22', urlunparse, (b'http', b'x', b'/p', b'a', b'q', b'f'))
show('s23', urlunparse, (b'http', b'x', b'/p', b'', b'', ''))
show('s24', urljoin, b'http://a/b', 'c')
show('s25', urljoin, 'http://a/b', b'c')
show('s26', urljoin, '', b'c')
show('s27', urljoin, b'x', '')
show('s28', urljoin, b'http://a/b/c', b'../d')
show('s29', urldefrag, 'http://a/b#')

print('== urlunsplit / urlunparse')
for parts in [('http', 'x', 'a', '', ''), ('http', '', 'a', '', ''),
              ('http', '', '', '', ''), ('http', '', '/a', '', ''),
              ('', '', '//a', '', ''), ('mailto', '', 'a@b', 'q', 'f'),
              ('', 'x', '', '', ''), ('', '', '', 'q', 'f'),
              ('file', '', '/etc', '', ''), ('tel', '', '123', '', ''),
              ('foo', '', '/x', '', ''), ('foo', '', '//x', '', ''),
              ('http', 'h', '', '', 'f'), ('', '', 'a:b', '', '')]:
    show('unsplit %r' % (parts,), urlunsplit, parts)
for parts in [('http', 'x', '/a', 'p', 'q', 'f'), ('http', '', 'a', 'p', '', ''),
              ('', '', '', 'p', '', ''), ('ftp', 'h', 'f', 'type=a', '', '')]:
    show('unparse %r' % (parts,), urlunparse, parts)
s = SplitResult('http', 'h', '/p', 'q', 'f')
print(s, s.geturl(), s._replace(scheme='https').geturl(), s._fields, s._asdict())
p = ParseResult(scheme='http', netloc='u@h:1', path='/p', params='x', query='', fragment='')
print(p, p.geturl(), p.port, p.username, p.password, tuple(p), p == ('http', 'u@h:1', '/p', 'x', '', ''))
print(SplitResult[str].__origin__ is SplitResult, ParseResultBytes[bytes].__args__)
print(DefragResult('u', 'f').geturl(), DefragResult('u', '').geturl())
print(DefragResult._fields, ParseResult._fields, isinstance(p, tuple), len(p))

print('== urljoin RFC 3986')
BASE = 'http://a/b/c/d;p?q'
NORMAL = [('g:h', 'g:h'), ('g', 'http://a/b/c/g'), ('./g', 'http://a/b/c/g'),
          ('g/', 'http://a/b/c/g/'), ('/g', 'http://a/g'), ('//g', 'http://g'),
          ('?y', 'http://a/b/c/d;p?y'), ('g?y', 'http://a/b/c/g?y'),
          ('#s', 'http://a/b/c/d;p?q#s'), ('g#s', 'http://a/b/c/g#s'),
          ('g?y#s', 'http://a/b/c/g?y#s'), (';x', 'http://a/b/c/;x'),
          ('g;x', 'http://a/b/c/g;x'), ('g;x?y#s', 'http://a/b/c/g;x?y#s'),
          ('', 'http://a/b/c/d;p?q'), ('.', 'http://a/b/c/'),
          ('./', 'http://a/b/c/'), ('..', 'http://a/b/'), ('../', 'http://a/b/'),
          ('../g', 'http://a/b/g'), ('../..', 'http://a/'),
          ('../../', 'http://a/'), ('../../g', 'http://a/g')]
ABNORMAL = [('../../../g', 'http://a/g'), ('../../../../g', 'http://a/g'),
            ('/./g', 'http://a/g'), ('/../g', 'http://a/g'),
            ('g.', 'http://a/b/c/g.'), ('.g', 'http://a/b/c/.g'),
            ('g..', 'http://a/b/c/g..'), ('..g', 'http://a/b/c/..g'),
            ('./../g', 'http://a/b/g'), ('./g/.', 'http://a/b/c/g/'),
            ('g/./h', 'http://a/b/c/g/h'), ('g/../h', 'http://a/b/c/h'),
            ('g;x=1/./y', 'http://a/b/c/g;x=1/y'),
            ('g;x=1/../y', 'http://a/b/c/y'),
            ('g?y/./x', 'http://a/b/c/g?y/./x'),
            ('g?y/../x', 'http://a/b/c/g?y/../x'),
            ('g#s/./x', 'http://a/b/c/g#s/./x'),
            ('g#s/../x', 'http://a/b/c/g#s/../x'),
            ('http:g', 'http://a/b/c/g')]
for ref, expect in NORMAL + ABNORMAL:
    got = urljoin(BASE, ref)
    print(repr(ref), '->', got, 'OK' if got == expect else 'DIFF ' + expect)
    bgot = urljoin(BASE.encode(), ref.encode())
    print('   bytes', repr(bgot))

print('== urljoin extra')
JOINS = [
    ('http://a/b/c/d', '../../../..'), ('http://a/b/c/d', 'g//h'),
    ('http://a/b//c/d', '../g'), ('http://a/b/c/', '//x/y/../z'),
    ('http://a', 'b'), ('http://a', '/b'), ('http://a', '../b'),
    ('http://a/', '?x'), ('http://a/b?q#f', '#g'), ('http://a/b?q#f', ''),
    ('http://a/b', 'https://c/d'), ('http://a/b', 'https:d'),
    ('http://a/b', 'HTTP:d'), ('mailto:a@b', 'c@d'), ('foo://a/b', 'c'),
    ('svn+ssh://a/b/c', '../d'), ('ws://a/b/c', 'd'), ('file:///a/b', 'c'),
    ('file:///a/b', '/c'), ('file:a', 'b'), ('a/b/c', 'd'), ('a/b/c', '../../../d'),
    ('/a/b', 'c'), ('', 'x'), ('x', ''), ('http://a/b;p', ';q'),
    ('http://a/b;p', 'c;q'), ('http://a/b;p?x', '?y'), ('tel:123', '456'),
    ('http://a/b/c', '.'), ('http://a/b/c', './.'), ('http://a/b/c', '..//'),
    ('http://a/b/c', '...'), ('http://[::1]:8/a/b', 'c'),
    ('http://a/b/c/d;p?q', 'g:h'), ('http://a/b/', 'g:h'),
    ('http://a/b/c', '//'), ('http://a/b/c', '///x'), ('http://a/b/c', '?'),
    ('http://a/b/c', '#'), ('http://u:p@a:1/b/', '../../x'),
    ('nntp://a/b', 'c'), ('gopher://a/b/c', 'd'), ('telnet://a/b', 'c'),
    ('http://a/b/c', 'g?y#s'), ('http://a/b/c/', '../../../'),
    ('http://a/b/c/d', '/../../x/./y/'),
]
for base, ref in JOINS:
    show('join %r %r' % (base, ref), urljoin, base, ref)
show('join nofrag', urljoin, 'http://a/b#c', 'd#e', allow_fragments=False)
show('join nofrag2', urljoin, 'http://a/b#c', '', False)
show('join nofrag3', urljoin, 'http://a/b#c', '#e', False)

print('== urldefrag')
for u in ['http://a/b#c', 'http://a/b', 'http://a/b;p?q#f#g', '#x', 'x#',
          'mailto:x#y', 'http://a/b?q#', '//a#b', 'a;b#c']:
    r = urldefrag(u)
    print(repr(u), r, repr(r.geturl()), r.encode())

print('== quote')
QS = ['', 'abc', 'a b', 'a/b', 'a+b', '~_.-', 'é', '\u20ac', '\U0001f600',
      '!*\'();:@&=+$,/?#[]', '%41', 'a\x00b\x7f', '/path/to file?x=1&y=2']
for s_ in QS:
    show('quote %r' % s_, quote, s_)
    show('quote safe= %r' % s_, quote, s_, safe='')
    show('quote_plus %r' % s_, quote_plus, s_)
    show('quote_plus safe+ %r' % s_, quote_plus, s_, safe='+/')
show('q1', quote, 'é€', encoding='latin-1', errors='replace')
show('q2', quote, 'é€', encoding='latin-1')
show('q3', quote, 'é€', encoding='latin-1', errors='ignore')
show('q4', quote, 'é', encoding='utf-16')
show('q5', quote, b'a b\xff')
show('q6', quote, b'a b', encoding='utf-8')
show('q7', quote, b'a b', errors='strict')
show('q8', quote, bytearray(b'a b'))
show('q9', quote, None)
show('q10', quote, 1)
show('q11', quote, 'a/b c', safe=b'/ ')
show('q12', quote, 'aé/b', safe='é/')
show('q13', quote, 'a:b', safe=':é')
show('q14', quote, 'abc', safe=bytearray(b'a'))
show('q15', quote_plus, b'a b+c')
show('q16', quote_plus, b'a b+c', safe=b'+')
show('q17', quote_plus, 'a b', safe=b'/')
show('q18', quote_plus, bytearray(b'a b'))
show('q19', quote_plus, 'a b', encoding='latin-1')
show('q20', quote_plus, None)
show('q21', quote_from_bytes, b'abc def\x3f')
show('q22', quote_from_bytes, b'')
show('q23', quote_from_bytes, b'/a~b', safe='')
show('q24', quote_from_bytes, b'/a~b', safe=b'~')
show('q25', quote_from_bytes, 'abc')
show('q26', quote_from_bytes, bytearray(b'a\x80'))
show('q27', quote_from_bytes, bytes(range(256)), '')
show('q28', quote, ''.join(chr(i) for i in range(128)))

print('== unquote')
US = ['', 'abc', '%41%42', '%4a%4A%4g', '%', '%%', '%%41', '%2', 'a%2', '%C3%A9',
      '%c3%a9', '%C3', '%C3x', '%E2%82%AC', 'é%20', '%C3é%A9', 'a+b%2Bc',
      '%ff%fe', '%00', '%+1', '% 1', '%1 ', '\u20ac%E2%82%AC\u20ac']
for s_ in US:
    show('unquote %r' % s_, unquote, s_)
    show('unquote_plus %r' % s_, unquote_plus, s_)
    show('unquote_to_bytes %r' % s_, unquote_to_bytes, s_)
show('u1', unquote, '%E9', encoding='latin-1')
show('u2', unquote, '%E9', errors='strict')
show('u3', unquote, '%E9x', errors='ignore')
show('u4', unquote, '%E9', encoding=None, errors=None)
show('u5', unquote, b'%41%ff')
show('u6', unquote, b'%41%ff', 'latin-1')
show('u7', unquote, b'abc')
show('u8', unquote, None)
show('u9', unquote, 1)
show('u10', unquote, ['a'])
show('u11', unquote_to_bytes, b'%41+%4')
show('u12', unquote_to_bytes, bytearray(b'%41'))
show('u13', unquote_to_bytes, None)
show('u14', unquote_to_bytes, b'')
show('u15', unquote_plus, b'a+b')
show('u16', unquote_plus, None)
show('u17', unquote_plus, '%E9+x', 'latin-1')
show('u18', unquote, '%E2%82', 'utf-8', 'replace')
for s_ in QS:
    for q in (quote, quote_plus):
        assert unquote_plus(q(s_)) == s_ if q is quote_plus else unquote(q(s_)) == s_
print('roundtrip ok')

print('== urlencode')
show('e1', urlencode, {'a': 1, 'b': 'x y', 'c': b'z&', 'd': None})
show('e2', urlencode, [('a', 1), ('a', 2), (b'k', b'v')])
show('e3', urlencode, {'a': [1, 2], 'b': (3,), 'c': 'str', 'd': b'by', 'e': 5})
show('e4', urlencode, {'a': [1, 2], 'b': (3,), 'c': 'str', 'd': b'by', 'e': 5}, doseq=True)
show('e5', urlencode, {'a': [], 'b': [b'x', 'y', 3]}, True)
show('e6', urlencode, {'a': {'x': 1, 'y': 2}}, True)
show('e7', urlencode, {'p': '/a b'}, safe='/')
show('e8', urlencode, {'p': '/a b'}, quote_via=quote)
show('e9', urlencode, {'p': '/a b'}, safe='/', quote_via=quote)
show('e10', urlencode, {'é': 'ü€'}, encoding='latin-1', errors='replace')
show('e11', urlencode, {'é': 'ü'}, encoding='latin-1')
show('e12', urlencode, {'é': '€'}, encoding='latin-1')
show('e13', urlencode, [])
show('e14', urlencode, {})
show('e15', urlencode, 'abc')
show('e16', urlencode, 5)
show('e17', urlencode, [['a', 1]])
show('e18', urlencode, ['ab'])
show('e19', urlencode, (('a', 'b'),))
show('e20', urlencode, iter([('a', 'b')]))
show('e21', urlencode, {'a': 'b c'}, quote_via=lambda s, *a: '<%s>' % (s,))
show('e22', urlencode, {1: 2.5, True: None})
show('e23', urlencode, {'a': 'x+y=z&w'})
show('e24', urlencode, {'a': 'x'}, doseq=True, safe='x')
show('e25', urlencode, {b'a b': [b'c d']}, True)
try:
    urlencode('abc')
except TypeError as e:
    print('cause', type(e.__cause__).__name__)

print('== parse_qs / parse_qsl')
QSS = ['', 'a=1', 'a=1&b=2&a=3', 'a=&b', 'a', '&', '&&a=1&&', 'a=1;b=2',
       'a=b=c', '=x', '=', 'a+b=c+d', 'a%20b=%3D%26', 'k=%E9', 'k=%C3%A9',
       'a=1&a=&a=2', ' a = b ', 'a=%', 'x=%2g']
for q in QSS:
    for kb in (False, True):
        show('qsl %r kb=%s' % (q, kb), parse_qsl, q, keep_blank_values=kb)
        show('qs %r kb=%s' % (q, kb), parse_qs, q, kb)
        show('qsl strict %r kb=%s' % (q, kb), parse_qsl, q, kb, True)
        show('qs strict %r kb=%s' % (q, kb), parse_qs, q, kb, True)
show('p1', parse_qsl, b'a=%ff&b=c+d&=&e')
show('p2', parse_qsl, b'a=%ff&b=c+d&=&e', True)
show('p3', parse_qs, b'a=1&a=2')
show('p4', parse_qsl, bytearray(b'a=1'))
show('p5', parse_qsl, None)
show('p6', parse_qsl, 0)
show('p7', parse_qsl, 5)
show('p8', parse_qsl, [1])
show('p9', parse_qsl, b'')
show('p10', parse_qsl, 'a=1;b=2', separator=';')
show('p11', parse_qsl, 'a=1;b=2&c=3', separator=';')
show('p12', parse_qsl, b'a=1;b=2', separator=';')
show('p13', parse_qsl, 'a=1;b=2', separator=b';')
show('p14', parse_qsl, 'a=1', separator='')
show('p15', parse_qsl, 'a=1', separator=None)
show('p16', parse_qsl, 'a=1', separator=1)
show('p17', parse_qsl, 'a=1&&b=2', separator='&&')
show('p18', parse_qsl, 'a=1&b=2', max_num_fields=2)
show('p19', parse_qsl, 'a=1&b=2&c=3', max_num_fields=2)
show('p20', parse_qsl, 'a=1&b=2', max_num_fields=1)
show('p21', parse_qs, 'a=1&b=2&c=3', max_num_fields=2)
show('p22', parse_qsl, '', max_num_fields=0)
show('p23', parse_qsl, 'a', max_num_fields=0)
show('p24', parse_qsl, 'k=%E9', encoding='latin-1')
show('p25', parse_qsl, 'k=%E9', errors='strict')
show('p26', parse_qsl, 'k=%E9', errors='ignore')
show('p27', parse_qsl, 'a=1&b', strict_parsing=True)
show('p28', parse_qsl, 'a=1&', strict_parsing=True)
show('p29', parse_qsl, b'a=1&b', strict_parsing=True)
show('p30', parse_qs, 'a=1&&b=2', strict_parsing=True)
show('p31', parse_qsl, b'a=1;b=2', separator=b';', max_num_fields=1)
show('p32', parse_qsl, 'a=\u00e9+%C3%A9')
show('p33', parse_qsl, 'a=1&a=2', True, False, 'utf-8', 'replace', 5, '&')

print('== errors / mixing')
show('m1', urlparse, 'http://x', b'http')
show('m2', urljoin, 'http://x', b'y')
show('m3', urlunparse, ('http', b'h', '', '', '', ''))
show('m4', urlunsplit, (b'http', 'h', b'', b'', b''))
show('m5', urldefrag, None)
show('m6', urlparse, b'http://h/\x80')
show('m7', urlsplit, 'http://h:80/', 'x', True)
r = urlsplit('http://h:65536/')
show('m8', lambda: r.port)
r = urlsplit('http://h:x1/')
show('m9', lambda: r.port)
r = urlsplit(b'http://h:x1/')
show('m10', lambda: r.port)
r = urlsplit(b'http://h:65536/')
show('m11', lambda: r.port)
show('m12', lambda: urlsplit(b'http://h:00080/').port)
show('m13', lambda: urlsplit('http://h:0/').port)
show('m14', lambda: urlsplit('http://H%AB/').hostname)
show('m15', lambda: urlsplit('http://[FE80::AB%EtH0]/').hostname)
show('m16', lambda: urlsplit(b'http://[FE80::AB%EtH0]/').hostname)
show('m17', lambda: urlsplit('http://u@/').hostname)
show('m18', lambda: urlsplit(b'http://u@:80/').hostname)
show('m19', lambda: urlsplit('http://u:p:q@h/').password)
show('m20', lambda: urlsplit('/no/netloc').username)

print('== legacy helpers')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    show('splittype', P.splittype, 'HTTP:opaque')
    show('splitnport', P.splitnport, 'h:x')
    show('splitvalue', P.splitvalue, 'a=b')
    show('to_bytes', P.to_bytes, 'abc')
    show('to_bytes bad', P.to_bytes, '\u00e9')
    Q = P.Quoter(b'/')
    print(Q[32], Q[47], Q[200], Q[126], repr(Q), isinstance(Q, dict))
    for x in w:
        print(x.category.__name__, str(x.message), x.filename == __file__)
CASES = [
    (P._splittype, ['type:opaque', 'noscheme', '/a:b', 'A:\nb']),
    (P._splithost, ['//host:80/path', '//host', '//host?q', 'host/path', '//h#x']),
    (P._splituser, ['u:p@host', 'host', 'a@b@c']),
    (P._splitpasswd, ['user:pw', 'user', 'u:p:q']),
    (P._splitport, ['host:80', 'host', 'host:', 'host:ab', '[::1]:8', 'a:b:1']),
    (P._splitnport, ['host:80', 'host', 'host:', 'host:ab', 'h:\u0663']),
    (P._splitquery, ['/p?q', '/p', '/p?a?b']),
    (P._splittag, ['/p#t', '/p', '/p#a#b']),
    (P._splitattr, ['/p;a=1;b=2', '/p']),
    (P._splitvalue, ['a=b', 'a', 'a=b=c']),
    (P._to_bytes, ['abc', b'abc', '\u00e9']),
    (P.unwrap, ['<URL:http://x/>', ' < http://y > ', 'URL: z', 'plain', '<URL:a']),
]
for fn, args in CASES:
    for a in args:
        show(fn.__name__ + ' ' + repr(a), fn, a)
show('splitnport default', P._splitnport, 'host', 99)
P.clear_cache()

print('== pseudo-random urlsplit / urljoin')
ALPHA = ['a', 'B', '1', ':', '/', '//', '?', '#', ';', '.', '..', '@', '%', '[', ']',
         '=', '&', '+', ' ', 'http:', 'HTTP://', 'mailto:', 'x.y', '::1', '\t']
seed = 12345


def rnd(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return seed % n


def rurl():
    return ''.join(ALPHA[rnd(len(ALPHA))] for _ in range(rnd(8)))


for i in range(150):
    u = rurl()
    try:
        r = urlparse(u)
        out = repr(tuple(r)) + ' ' + repr(r.geturl())
        try:
            out += ' ' + repr((r.username, r.password, r.hostname, r.port))
        except ValueError as e:
            out += ' ValueError ' + str(e)
    except ValueError as e:
        out = 'ValueError ' + str(e)
    print(repr(u), out)
    v = rurl()
    try:
        out = urljoin(u, v)
    except ValueError as e:
        out = 'ValueError ' + str(e)
    print('   join', repr(v), repr(out))
    try:
        q = parse_qsl(u, True)
    except ValueError as e:
        q = e
    print('   qsl', q, repr(quote(u)), repr(unquote(u)))
print('done')
