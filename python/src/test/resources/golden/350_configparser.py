# configparser as CPython 3.13's (lib/configparser.py, written here): parsing, errors, getters, interpolation, mapping
# protocol, write() format and options; stdout must match CPython 3.13.
import configparser as C
import io
import os


def show(label, fn):
    try:
        r = fn()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '!!', type(e).__name__, e)
        print('   args', e.args)


def dump(p, **kw):
    s = io.StringIO()
    p.write(s, **kw)
    print(s.getvalue(), end='|END|\n')


def everything(p):
    for name in p:
        sec = p[name]
        print(' ', repr(name), repr(sec), [(k, sec.get(k, raw=True)) for k in sec])


SAMPLE = """\
# a comment
; another comment
[DEFAULT]
home = /home/user
Greeting = Hello

[Paths]
base: %(home)s/base
data = %(base)s/data
percent = 100%%
  continued   =   value
spaced key   =   spaced value
empty =
colon:in:value = a:b
eq = x = y

[Multi]
text = first line
    second line

    fourth line after blank
  # not a comment inside value? it is a comment line
other = 1

[Types]
int = 42
neg = -7
float = 3.5
sci = 1e3
yes = yes
off = OFF
True = TRUE
bad = maybe
hexint = 0x10
"""

p = C.ConfigParser()
p.read_string(SAMPLE)
print(p.sections())
print(p.defaults())
everything(p)
for sec, opt in [('Paths', 'base'), ('Paths', 'data'), ('Paths', 'percent'),
                 ('Paths', 'spaced key'), ('Paths', 'empty'), ('Paths', 'colon'),
                 ('Paths', 'eq'), ('Multi', 'text'), ('Multi', 'other'),
                 ('Paths', 'HOME'), ('Paths', 'missing'), ('Nope', 'x'), ('DEFAULT', 'home'),
                 ('Types', 'int')]:
    show('get %s.%s' % (sec, opt), lambda: p.get(sec, opt))
show('get raw', lambda: p.get('Paths', 'data', raw=True))
show('get vars', lambda: p.get('Paths', 'data', vars={'base': '/override', 'X': 1}))
show('get vars new', lambda: p.get('Paths', 'x', vars={'X': 5}))
show('get fallback sec', lambda: p.get('Nope', 'x', fallback='fb'))
show('get fallback opt', lambda: p.get('Paths', 'x', fallback=None))
for opt in ['int', 'neg', 'float', 'sci', 'yes', 'off', 'true', 'bad', 'hexint']:
    show('getint ' + opt, lambda: p.getint('Types', opt))
    show('getfloat ' + opt, lambda: p.getfloat('Types', opt))
    show('getboolean ' + opt, lambda: p.getboolean('Types', opt))
show('getint fallback', lambda: p.getint('Types', 'zzz', fallback=7))
show('getint fallback badvalue', lambda: p.getint('Types', 'bad', fallback=7))
show('getboolean nosec fallback', lambda: p.getboolean('Zz', 'x', fallback=False))
show('getint nosec', lambda: p.getint('Zz', 'x'))
show('items Paths', lambda: p.items('Paths'))
show('items Paths raw', lambda: p.items('Paths', raw=True))
show('items Paths vars', lambda: p.items('Paths', vars={'Base': 'B', 'new': 'N'}))
show('items DEFAULT', lambda: p.items('DEFAULT'))
show('items nosec', lambda: p.items('Nope'))
show('items all', lambda: [(k, v.name) for k, v in p.items()])
show('options', lambda: p.options('Paths'))
show('options nosec', lambda: p.options('Nope'))
show('options DEFAULT', lambda: p.options('DEFAULT'))
show('has_section', lambda: (p.has_section('Paths'), p.has_section('DEFAULT'), p.has_section('paths')))
show('has_option', lambda: (p.has_option('Paths', 'BASE'), p.has_option('Paths', 'home'),
                            p.has_option('Nope', 'home'), p.has_option('DEFAULT', 'home'),
                            p.has_option('', 'greeting'), p.has_option('Paths', 'zz')))
show('len/contains', lambda: (len(p), 'Paths' in p, 'DEFAULT' in p, 'x' in p, list(p)))
dump(p)
dump(p, space_around_delimiters=False)

# ---- add/remove/set
q = C.ConfigParser()
show('add_section', lambda: q.add_section('s1'))
show('add dup', lambda: q.add_section('s1'))
show('add DEFAULT', lambda: q.add_section('DEFAULT'))
show('add int', lambda: q.add_section(5))
show('set', lambda: q.set('s1', 'Key', 'value'))
show('set nosec', lambda: q.set('nosec', 'k', 'v'))
show('set int value', lambda: q.set('s1', 'k', 5))
show('set int key', lambda: q.set('s1', 5, 'v'))
show('set None', lambda: q.set('s1', 'k', None))
show('set bad interp', lambda: q.set('s1', 'k', '100%'))
show('set bad interp2', lambda: q.set('s1', 'k', 'a %(x)s b % c'))
show('set ok interp', lambda: q.set('s1', 'k2', '%%(x)s %(y)s'))
show('set default', lambda: q.set('DEFAULT', 'dk', 'dv'))
show('set empty sec', lambda: q.set('', 'dk2', 'dv2'))
show('get k2', lambda: q.get('s1', 'k2'))
show('remove_option', lambda: q.remove_option('s1', 'KEY'))
show('remove_option again', lambda: q.remove_option('s1', 'key'))
show('remove_option nosec', lambda: q.remove_option('zz', 'key'))
show('remove_option default', lambda: q.remove_option('DEFAULT', 'dk2'))
show('remove_section', lambda: q.remove_section('s1'))
show('remove_section again', lambda: q.remove_section('s1'))
show('remove_section default', lambda: q.remove_section('DEFAULT'))
show('sections', lambda: q.sections())
dump(q)
r = C.RawConfigParser()
r.add_section('raw')
r.set('raw', 'num', 5)
r.set('raw', 'pct', '100%')
r.set('raw', 'multi', 'a\nb\nc')
show('raw get', lambda: (r.get('raw', 'num'), r.get('raw', 'pct'), r.items('raw')))
show('raw add int', lambda: r.add_section(7))
dump(r)

# ---- errors while parsing
BAD = [
    'key = value\n[s]\n',
    '\n\n   \nkey\n',
    '[s]\nfoo\nbar = 1\nbaz\n',
    '[s]\na = 1\nA = 2\n',
    '[s]\na = 1\n[t]\n[s]\n',
    '[DEFAULT]\na=1\n[DEFAULT]\nb=2\n',
    '[DEFAULT]\na=1\n[DEFAULT]\na=2\n',
    '[s]\n= novalue\n',
    '[s]\n: x\nok=1\n',
    '[s\nk=v\n',
    '[]\nk=v\n',
    '[s] trailing\nk=v\n',
    '  [indented]\n  k = v\n',
    '[a]b]\nk=v\n',
]
for text in BAD:
    for strict in (True, False):
        pp = C.ConfigParser(strict=strict)
        try:
            pp.read_string(text, source='<bad>')
            print('ok', repr(text), strict, [(s, pp.items(s, raw=True)) for s in pp.sections()],
                  dict(pp.defaults()))
        except C.Error as e:
            print(type(e).__name__, repr(text), strict)
            print(e)
            print('  args', e.args, getattr(e, 'errors', None), getattr(e, 'lineno', None),
                  getattr(e, 'source', None))
            print('  after', [(s, pp.items(s, raw=True)) for s in pp.sections()])

# ---- read_dict
d = C.ConfigParser()
d.read_dict({'sec': {'Key': 'v', 'num': 3, 'f': 1.5},
             5: {'x': True}, 'DEFAULT': {'dflt': 'yes'}})
everything(d)
show('read_dict dup opt', lambda: C.ConfigParser().read_dict({'s': {'a': 1, 'A': 2}}))
show('read_dict dup opt nonstrict', lambda: C.ConfigParser(strict=False).read_dict(
    {'s': {'a': 1, 'A': 2}}))
show('read_dict dup sec', lambda: C.ConfigParser().read_dict({1: {}, '1': {}}))
show('read_dict none value', lambda: C.ConfigParser().read_dict({'s': {'a': None}}))
show('read_dict raw none', lambda: C.RawConfigParser().read_dict({'s': {'a': None}}))
show('read_dict source', lambda: C.ConfigParser().read_dict({'s': {'a': 1, 'A': 2}}, source='src'))
show('defaults ctor none', lambda: C.ConfigParser(defaults={'C': None}))
d2 = C.ConfigParser(defaults={'a': 1, 'b': '%(zz)s', 'C': 'x'})
show('defaults ctor', lambda: d2.defaults())
show('defaults ctor get', lambda: d2.get('DEFAULT', 'b'))
show('defaults ctor nv', lambda: C.ConfigParser(defaults={'C': None}, allow_no_value=True).defaults())

# ---- mapping protocol
m = C.ConfigParser()
m['DEFAULT'] = {'ServerAliveInterval': '45', 'Compression': 'yes'}
m['bitbucket.org'] = {}
m['bitbucket.org']['User'] = 'hg'
m['topsecret'] = {'Port': '50022', 'ForwardX11': 'no'}
top = m['topsecret']
show('proxy', lambda: (repr(top), top.name, top.parser is m, len(top), list(top)))
show('proxy getitem', lambda: (top['port'], top['PORT'], top['compression']))
show('proxy missing', lambda: top['nope'])
show('proxy get', lambda: (top.get('port'), top.get('nope'), top.get('nope', 'fb'),
                           top.get('nope', fallback='fb2')))
show('proxy getint', lambda: (top.getint('port'), top.getint('nope'), top.getint('nope', 3)))
show('proxy getboolean', lambda: (top.getboolean('forwardx11'), top.getboolean('compression')))
show('proxy getfloat', lambda: top.getfloat('port'))
show('proxy bad bool', lambda: top.getboolean('port'))
show('proxy contains', lambda: ('port' in top, 'Port' in top, 'compression' in top, 'x' in top))
show('proxy set int', lambda: top.__setitem__('x', 5))
top['NewKey'] = 'nv'
show('proxy del', lambda: top.__delitem__('newkey'))
show('proxy del missing', lambda: top.__delitem__('newkey'))
show('proxy del default-inherited', lambda: top.__delitem__('compression'))
show('proxy items', lambda: list(top.items()))
show('proxy keys', lambda: list(top.keys()))
show('default proxy', lambda: (list(m['DEFAULT']), m['DEFAULT']['compression'], len(m['DEFAULT'])))
show('missing section', lambda: m['nope'])
show('del DEFAULT', lambda: m.__delitem__('DEFAULT'))
show('del missing', lambda: m.__delitem__('nope'))
show('parser keys', lambda: list(m.keys()))
show('parser get via mapping', lambda: m.get('topsecret', 'port'))
m['bitbucket.org'] = m['bitbucket.org']
show('self assign', lambda: list(m['bitbucket.org']))
m['topsecret'] = {'only': 'this'}
show('replace section', lambda: m.items('topsecret'))
show('setitem DEFAULT', lambda: (m.__setitem__('DEFAULT', {'z': '1'}), m.defaults()))
del m['bitbucket.org']
show('after del', lambda: m.sections())
show('popitem', lambda: (m.popitem()[0], m.sections()))
show('popitem empty', lambda: m.popitem())
m.read_string('[a]\nx=1\n[b]\ny=2\n')
m.clear()
show('clear', lambda: (m.sections(), m.defaults()))
show('proxy of removed', lambda: top['only'])

# ---- interpolation
ip = C.ConfigParser()
ip.read_string("""
[DEFAULT]
root = /r
[s]
a = %(root)s/a
b = %(a)s/b
loop1 = %(loop2)s
loop2 = %(loop1)s
missing = %(nothere)s/x
badref = %(unterminated
badpct = 50% off
pct = 50%% off
upper = %(ROOT)s
deep0 = end
deep1 = %(deep0)s+
deep2 = %(deep1)s+
deep3 = %(deep2)s+
deep4 = %(deep3)s+
deep5 = %(deep4)s+
deep6 = %(deep5)s+
deep7 = %(deep6)s+
deep8 = %(deep7)s+
deep9 = %(deep8)s+
deep10 = %(deep9)s+
deep11 = %(deep10)s+
notype = %(root)d
""")
for opt in ['a', 'b', 'loop1', 'missing', 'badref', 'badpct', 'pct', 'upper', 'deep9',
            'deep10', 'deep11', 'notype']:
    show('interp ' + opt, lambda: ip.get('s', opt))
show('interp vars', lambda: ip.get('s', 'missing', vars={'nothere': 'HERE'}))
show('interp items', lambda: ip.items('s', vars={'nothere': 'V'})[:3])
show('interp items err', lambda: ip.items('s'))
show('raw items', lambda: C.RawConfigParser().read_string('[s]\na=%(b)s\n'))

ex = C.ConfigParser(interpolation=C.ExtendedInterpolation())
ex.read_string("""
[DEFAULT]
home = /home
[paths]
dir = ${home}/dir
sub = ${dir}/sub
other = ${other:val}
cross = ${Other:Val}
dollar = $$5 and $$
bad = $5
badref = ${unterminated
missing = ${nope}
missec = ${nosec:x}
three = ${a:b:c}
pct = 100%
loop = ${loop}
[other]
val = from other ${paths:dir}
""")
for opt in ['dir', 'sub', 'other', 'cross', 'dollar', 'bad', 'badref', 'missing', 'missec',
            'three', 'pct', 'loop']:
    show('ext ' + opt, lambda: ex.get('paths', opt))
show('ext set bad', lambda: ex.set('paths', 'k', '$x'))
show('ext set ok', lambda: ex.set('paths', 'k', '$$x ${y}'))
show('ext items other', lambda: ex.items('other'))
show('no interpolation', lambda: C.ConfigParser(interpolation=None).read_string(
    '[s]\na=%(b)s\n') or 'read')
ni = C.ConfigParser(interpolation=None)
ni.read_string('[s]\na=%(b)s %\n')
show('no interp get', lambda: ni.get('s', 'a'))
show('bad interpolation arg', lambda: C.ConfigParser(interpolation=5))
show('interp classes', lambda: (issubclass(C.BasicInterpolation, C.Interpolation),
                                issubclass(C.InterpolationDepthError, C.InterpolationError),
                                issubclass(C.ParsingError, C.Error),
                                issubclass(C.MissingSectionHeaderError, C.ParsingError),
                                issubclass(C.NoSectionError, C.Error),
                                issubclass(C.Error, Exception)))


class UpperInterp(C.Interpolation):
    def before_get(self, parser, section, option, value, defaults):
        return value.upper()

    def before_write(self, parser, section, option, value):
        return '<' + str(value) + '>'


ui = C.ConfigParser(interpolation=UpperInterp())
ui.read_string('[s]\na = hello\n')
show('custom interp', lambda: (ui.get('s', 'a'), ui['s']['a']))
dump(ui)

# ---- options
nv = C.ConfigParser(allow_no_value=True)
nv.read_string('[mysqld]\nskip-bdb\nuser = mysql\n  # comment\nquick\nk =\n')
show('no value items', lambda: nv.items('mysqld'))
show('no value get', lambda: (nv.get('mysqld', 'skip-bdb'), nv['mysqld']['quick']))
show('no value getint', lambda: nv.getint('mysqld', 'skip-bdb'))
nv.set('mysqld', 'another')
show('no value set', lambda: nv.get('mysqld', 'another'))
dump(nv)
show('nv continuation', lambda: C.ConfigParser(allow_no_value=True).read_string(
    '[s]\nkey\n  cont\n'))
show('nv rawparser set None', lambda: C.RawConfigParser(allow_no_value=True).set('x', 'y'))

dl = C.ConfigParser(delimiters=('=>', '->'), comment_prefixes=('//',),
                    inline_comment_prefixes=('#', '!'))
dl.read_string('[s]\na => 1 # comment\nb->2!c\nc = 3 => 4\n// full comment\n'
               'd => x#y\ne => x #y\n# not a comment => really\n'
               '[t] # header comment\nk=>v\n')
show('delims', lambda: [(s, dl.items(s)) for s in dl.sections()])
dump(dl)
dump(dl, space_around_delimiters=False)
show('delims bad line', lambda: C.ConfigParser(delimiters=('=>',)).read_string('[s]\na = b\n'))
show('delims nv', lambda: (lambda x: (x.read_string('[s]\na\nb ~ c\n'), x.items('s')))(
    C.ConfigParser(delimiters=('~',), allow_no_value=True)))

ic = C.ConfigParser(inline_comment_prefixes=(';',))
ic.read_string('[s]\na = 1 ; comment\nb = 2;nocomment\nc = ; only comment\n'
               'd = multi ; c1\n  line2 ; c2\n  ; just comment\n  line3\n')
show('inline comments', lambda: ic.items('s'))
nc = C.ConfigParser(comment_prefixes=())
show('no comment prefixes', lambda: nc.read_string('[s]\n# a = 1\n'))
nc2 = C.ConfigParser(comment_prefixes=(), delimiters=('=',))
nc2.read_string('[s]\n#a = 1\n;b=2\n')
show('comment prefixes none parsed', lambda: nc2.items('s'))

el = C.ConfigParser(empty_lines_in_values=False)
show('empty lines false', lambda: el.read_string('[s]\na = 1\n\n  2\n'))
el2 = C.ConfigParser(empty_lines_in_values=False)
show('empty lines false comment', lambda: el2.read_string('[s]\na = 1\n  2\n  3\nb = x\n# c\n  y\n'))
show('empty lines false ok', lambda: el2.items('s'))
el3 = C.ConfigParser()
el3.read_string('[s]\na = 1\n\n  2\n\n\nb = x\n# c\n  y\n\n[t]\nz = last\n\n\n')
show('empty lines true', lambda: (el3.items('s'), el3.items('t')))
dump(el3)

ds = C.ConfigParser(default_section='common')
ds.read_string('[common]\nx = 1\n[DEFAULT]\ny = 2\n[s]\nz = 3\n')
show('default_section', lambda: (ds.sections(), ds.defaults(), ds.items('s'), ds.items('DEFAULT'),
                                 list(ds)))
show('default_section add', lambda: ds.add_section('common'))
show('default_section add DEFAULT', lambda: ds.add_section('DEFAULT'))
dump(ds)

ox = C.ConfigParser()
ox.optionxform = str
ox.read_string('[S]\nCamelCase = 1\ncamelcase = 2\n')
show('optionxform str', lambda: (ox.items('S'), ox.get('S', 'CamelCase'), ox.has_option('S', 'CAMELCASE')))


class Preserve(C.RawConfigParser):
    def optionxform(self, s):
        return s.strip().upper()


pr = Preserve()
pr.read_string('[s]\nmixed Key = v\n')
show('optionxform subclass', lambda: (pr.items('s'), pr.get('s', 'mixed key')))

cv = C.ConfigParser(converters={'list': lambda v: [x.strip() for x in v.split(',')]})
cv.read_string('[s]\nitems = a, b ,c\nn = 5\n')
show('converters', lambda: (cv.getlist('s', 'items'), cv['s'].getlist('items'),
                            cv['s'].getlist('nope'), cv.getlist('s', 'nope', fallback=[])))
show('converters keys', lambda: sorted(cv.converters))
show('converter value', lambda: (cv.converters['int'], cv.converters['list'] is not None))
cv.converters['upper'] = str.upper
show('converter added', lambda: (cv.getupper('s', 'items'), cv['s'].getupper('items')))
del cv.converters['upper']
show('converter removed', lambda: (hasattr(cv, 'getupper'), hasattr(cv['s'], 'getupper')))
show('converter bad key', lambda: cv.converters.__setitem__('', str))
show('converter int key', lambda: cv.converters.__setitem__(5, str))
show('converter del missing', lambda: cv.converters.__delitem__('zz'))
show('converter del none', lambda: cv.converters.__delitem__(None))
show('converter len', lambda: len(cv.converters))

bs = C.ConfigParser()
bs.BOOLEAN_STATES = {'sure': True, 'nope': False}
bs.read_string('[s]\na = sure\nb = yes\n')
show('custom BOOLEAN_STATES', lambda: bs.getboolean('s', 'a'))
show('custom BOOLEAN_STATES bad', lambda: bs.getboolean('s', 'b'))
show('BOOLEAN_STATES', lambda: sorted(C.ConfigParser.BOOLEAN_STATES.items()))

un = C.ConfigParser(allow_unnamed_section=True)
un.read_string('top = 1\nlevel = 2\n[s]\nx = 1\n')
show('unnamed', lambda: (un.sections(), un.get(C.UNNAMED_SECTION, 'top'), repr(C.UNNAMED_SECTION)))
dump(un)
show('unnamed disabled', lambda: C.ConfigParser().read_string('top = 1\n'))

un2 = C.ConfigParser(allow_unnamed_section=True)
un2.read_string('[a]\nx = 1\n')
show('unnamed 3.13.0 quirk', lambda: (un2.sections(), list(un2), un2.options(C.UNNAMED_SECTION)))
dump(un2)

# ---- misc
mi = C.ConfigParser(allow_no_value=True, dict_type=dict)
mi.read_string('[DEFAULT]\nflag\nx = 1\n[s]\ny = %(x)s\nz\n')
dump(mi)
show('items vars', lambda: mi.items('s', vars={'x': '9', 'Extra': 'e'}))
show('get vars None', lambda: mi.get('s', 'y', vars={'x': None}))
show('getboolean vars', lambda: mi.getboolean('s', 'q', vars={'Q': 'on'}))
show('getint vars', lambda: mi.getint('s', 'y', vars={'x': 12}))
show('has_option None', lambda: (mi.has_option(None, 'flag'), mi.has_option('s', 'flag')))
show('default proxy del', lambda: (mi['DEFAULT'].__delitem__('flag'), mi.defaults()))
show('proxy set None nv', lambda: (mi['s'].__setitem__('w', None), mi.items('s', raw=True)))
show('read_string source', lambda: C.ConfigParser().read_string('[a]\nb\n', source='src.ini'))
show('comment after value line', lambda: (lambda x: (x.read_string(
    '[s]\nk = v1\n# comment\n   v2\n;c\n\n   v3\n'), x.get('s', 'k')))(C.ConfigParser()))
show('tab continuation', lambda: (lambda x: (x.read_string('[s]\nk = a\n\tb\n'), x.get('s', 'k')))(
    C.ConfigParser()))
show('indented option deeper', lambda: (lambda x: (x.read_string('[s]\n  k = a\n    j = b\n  l = c\n'),
                                                   x.items('s')))(C.ConfigParser()))

# ---- multi-line values write round trip
ml = C.ConfigParser()
ml.read_string('[s]\nkey = line1\n  line2\n\n  line4\nk2 = v\n')
dump(ml)
rt = C.ConfigParser()
s = io.StringIO()
ml.write(s)
rt.read_string(s.getvalue())
show('round trip', lambda: rt.items('s') == ml.items('s'))

# ---- read() with files, read_file
tmpdir = '/tmp/_golden_cp_%d' % os.getpid()
os.makedirs(tmpdir, exist_ok=True)
f1 = os.path.join(tmpdir, 'one.ini')
f2 = os.path.join(tmpdir, 'two.ini')
f3 = os.path.join(tmpdir, 'bad.ini')
with open(f1, 'w') as f:
    f.write('[one]\na = 1\n')
with open(f2, 'w') as f:
    f.write('[two]\nb = 2\n[one]\nc = 3\n')
with open(f3, 'w') as f:
    f.write('[x]\nbroken\n')
rf = C.ConfigParser()
got = rf.read([f1, os.path.join(tmpdir, 'missing.ini'), f2])
print([os.path.basename(g) for g in got], rf.sections(), rf.items('one'))
got = rf.read(f1)
print([os.path.basename(g) for g in got])
try:
    rf.read(f3)
except C.ParsingError as e:
    print(str(e).replace(tmpdir, 'TMP'))
with open(f1) as fh:
    rf2 = C.ConfigParser()
    rf2.read_file(fh)
    print(rf2.items('one'))
rf3 = C.ConfigParser()
rf3.read_file(['[lines]\n', 'a = 1\n', 'b = 2'])
show('read_file list', lambda: rf3.items('lines'))
show('read_file list bad', lambda: C.ConfigParser().read_file(['x = 1\n']))
show('read_file source', lambda: C.ConfigParser().read_file(['x = 1\n'], source='named'))
try:
    with open(f3) as fh:
        C.ConfigParser().read_file(fh)
except C.ParsingError as e:
    print(str(e).replace(tmpdir, 'TMP'))
w = C.ConfigParser()
w.read([f1, f2])
with open(f1, 'w') as fh:
    w.write(fh)
with open(f1) as fh:
    print(fh.read(), end='|END|\n')
for fn in (f1, f2, f3):
    os.remove(fn)
os.rmdir(tmpdir)

# ---- exceptions constructed directly
for exc in [C.NoSectionError('s'), C.NoOptionError('o', 's'), C.DuplicateSectionError('s'),
            C.DuplicateSectionError('s', 'src'), C.DuplicateSectionError('s', 'src', 123),
            C.DuplicateOptionError('s', 'o'), C.DuplicateOptionError('s', 'o', 'src', 5),
            C.InterpolationError('o', 's', 'msg'), C.InterpolationSyntaxError('o', 's', 'syn'),
            C.InterpolationMissingOptionError('o', 's', 'raw', 'ref'),
            C.InterpolationDepthError('o', 's', 'raw'), C.ParsingError('src'),
            C.ParsingError('src', 3, 'line'), C.MissingSectionHeaderError('f', 2, 'l'),
            C.MultilineContinuationError('f', 2, 'l'), C.Error('plain'), C.Error()]:
    print(type(exc).__name__, repr(exc), '|', str(exc), '|', exc.args)
pe = C.ParsingError('src')
pe.append(1, 'one')
pe.append(22, 'two')
print(pe, pe.errors)
print(C.DEFAULTSECT, C.MAX_INTERPOLATION_DEPTH)
