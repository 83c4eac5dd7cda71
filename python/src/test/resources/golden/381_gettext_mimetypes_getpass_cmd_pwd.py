# Golden test for ftpython's gettext, mimetypes, getpass, pwd/grp and cmd modules:
# .mo parsing (both byte orders, plural forms, contexts, fallbacks, lookup), MIME guessing,
# getpass/getuser with replaced streams, the passwd/group databases, and Cmd loops/help.
import builtins
import cmd
import getpass
import gettext
import grp
import io
import mimetypes
import os
import pwd
import shutil
import struct
import sys
import tempfile
import warnings


def show(label, func, *args, **kwargs):
    try:
        result = func(*args, **kwargs)
    except Exception as e:
        result = '%s: %s' % (type(e).__name__, e)
    print(label, '->', repr(result))


# ---------------------------------------------------------------- gettext
print('== gettext')


def make_mo(messages, big_endian=False, version=0, corrupt=False):
    def b(x):
        return x if isinstance(x, bytes) else x.encode('utf-8')
    items = sorted((b(k), b(v)) for k, v in messages.items())
    o = '>' if big_endian else '<'
    count = len(items)
    orig_tab = 28
    trans_tab = orig_tab + 8 * count
    data_start = trans_tab + 8 * count
    ids = strs = b''
    orig = []
    trans = []
    for k, v in items:
        orig.append((len(k) + (1000 if corrupt else 0), data_start + len(ids)))
        ids += k + b'\0'
    for k, v in items:
        trans.append((len(v), len(strs)))
        strs += v + b'\0'
    out = struct.pack(o + '7I', 0x950412de, version, count, orig_tab,
                      trans_tab, 0, data_start)
    for length, off in orig:
        out += struct.pack(o + '2I', length, off)
    for length, off in trans:
        out += struct.pack(o + '2I', length, data_start + len(ids) + off)
    return out + ids + strs


HEADER = ('Project-Id-Version: golden 1.0\n'
          'Content-Type: text/plain; charset=UTF-8\n'
          'Plural-Forms: nplurals=3; plural=n%10==1 && n%100!=11 ? 0 : '
          'n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2;\n'
          'Last-Translator: Someone\n continued line\n'
          '#-#-#-#-# skipped #-#-#-#-#\n')
MESSAGES = {'': HEADER, 'hello': 'privet', 'apple\0apples': 'yabloko\0yabloka\0yablok',
            'menu\x04open': 'otkryt', 'menu\x04file\0files': 'fail\0faila\0failov',
            'caf\u00e9': 'kafe \u2615'}
tmp = tempfile.mkdtemp()
try:
    for big in (False, True):
        path = os.path.join(tmp, 'cat%d.mo' % big)
        with open(path, 'wb') as f:
            f.write(make_mo(MESSAGES, big_endian=big, version=(1 << 16) if big else 0))
        with open(path, 'rb') as f:
            tr = gettext.GNUTranslations(f)
        print('big-endian' if big else 'little-endian', tr.charset())
        print(sorted(tr.info().items()))
        print([tr.gettext(m) for m in ('hello', 'missing', 'apple', 'caf\u00e9')])
        for n in (0, 1, 2, 5, 11, 21, 22, 111, -1):
            print(n, tr.ngettext('apple', 'apples', n), tr.ngettext('x', 'xs', n),
                  tr.npgettext('menu', 'file', 'files', n))
        print(tr.pgettext('menu', 'open'), tr.pgettext('other', 'open'), tr.plural(3))

    # .mo errors (file names are not shown: they are temporary)
    for name, data in [('badmagic', b'\0' * 40),
                       ('badversion', make_mo({'a': 'b'}, version=2 << 16)),
                       ('corrupt', make_mo({'a': 'b'}, corrupt=True)),
                       ('badplural', make_mo({'': 'Plural-Forms: nplurals=2; plural=n ** 2;\n'})),
                       ('latin1', make_mo({'': 'Content-Type: text/plain; charset=latin-1\n',
                                           b'\xe9t\xe9': b'summer \xe9'}))]:
        path = os.path.join(tmp, name + '.mo')
        with open(path, 'wb') as f:
            f.write(data)
        try:
            with open(path, 'rb') as f:
                tr = gettext.GNUTranslations(f)
            print(name, sorted(tr._catalog.items()), tr.charset())
        except OSError as e:
            print(name, 'OSError', e.errno, e.strerror, os.path.basename(e.filename))
        except ValueError as e:
            print(name, 'ValueError', e)

    # Plural-form expressions
    for expr in ['n != 1', 'n>1', '0', 'n==1 ? 0 : n==2 ? 1 : 2', '1 < n < 5', '!n',
                 'n && 5', 'n || 7', 'n/2', 'n%3', '(n)', '', 'n +', '(n', 'n)', 'x',
                 'n ** 2', '-1', 'n ? 1', '1 2', '(' * 21 + 'n' + ')' * 21, 'n' * 1001]:
        try:
            f = gettext.c2py(expr)
            print(repr(expr), [f(v) for v in (0, 1, 2, 3, 7, 12)])
        except ValueError as e:
            print(repr(expr), 'ValueError:', e)
    show('division by zero', gettext.c2py('n / 0'), 3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        print(gettext.c2py('n != 1')(2.0), gettext.NullTranslations().ngettext('a', 'b', 1.0))
    print([(w.category.__name__, str(w.message)) for w in caught])
    show('plural of str', gettext.c2py('n != 1'), '2')

    # NullTranslations and fallbacks
    nt = gettext.NullTranslations()
    print(nt.gettext('a'), nt.ngettext('a', 'b', 1), nt.ngettext('a', 'b', 2),
          nt.pgettext('c', 'm'), nt.npgettext('c', 'a', 'b', 0), nt.info(), nt.charset())

    class Upper(gettext.NullTranslations):
        def gettext(self, message):
            return message.upper()
    nt.add_fallback(Upper())
    nt.add_fallback(Upper())
    print(nt.gettext('abc'), type(nt._fallback).__name__, type(nt._fallback._fallback).__name__)

    # find() / translation() with a locale directory
    localedir = os.path.join(tmp, 'locale')
    for lang, text in [('de', 'Hallo'), ('de_DE', 'Hallo DE'), ('fr', 'Bonjour'),
                       ('pt_BR', 'Ola'), ('en_US.ISO8859-1', 'Hi')]:
        d = os.path.join(localedir, lang, 'LC_MESSAGES')
        os.makedirs(d)
        with open(os.path.join(d, 'app.mo'), 'wb') as f:
            f.write(make_mo({'': 'Content-Type: text/plain; charset=UTF-8\n',
                             'hello': text, 'only_' + lang: 'yes'}))

    def rel(p):
        if isinstance(p, list):
            return [rel(x) for x in p]
        return None if p is None else os.path.relpath(p, tmp)

    for langs in (['de'], ['de_DE.UTF-8'], ['de_AT'], ['fr_FR', 'de'], ['xx'],
                  ['C', 'de'], ['pt_BR.utf8'], ['en_US'], ['fr_CA@euro']):
        print(langs, rel(gettext.find('app', localedir, langs)),
              rel(gettext.find('app', localedir, langs, all=True)))
        tr = gettext.translation('app', localedir, langs, fallback=True)
        print('  ', type(tr).__name__, tr.gettext('hello'), tr.gettext('only_de'))
    try:
        gettext.translation('app', localedir, ['xx'])
    except FileNotFoundError as e:
        print('FileNotFoundError', e.errno, e.strerror, e.filename)
    saved_env = {k: os.environ.pop(k, None) for k in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG')}
    for env in ({}, {'LANG': 'de_DE.UTF-8'}, {'LANGUAGE': 'fr:de', 'LANG': 'pt_BR'},
                {'LC_ALL': 'pt_BR'}, {'LC_MESSAGES': 'fr_FR.UTF-8', 'LANG': 'de'},
                {'LANGUAGE': '', 'LANG': 'fr'}, {'LANGUAGE': 'xx:de_CH:C:fr'}):
        for k in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
            os.environ.pop(k, None)
        os.environ.update(env)
        print(env, rel(gettext.find('app', localedir, all=True)))
    for k in ('LANGUAGE', 'LC_ALL', 'LC_MESSAGES', 'LANG'):
        os.environ.pop(k, None)
    os.environ['LANGUAGE'] = 'de_DE:fr'
    tr = gettext.translation('app', localedir)
    print(tr.gettext('hello'), tr.gettext('only_de'), tr.gettext('only_fr'), tr.gettext('zzz'))
    tr2 = gettext.translation('app', localedir)
    print('copied:', tr2 is not tr, 'shared catalog:', tr2._catalog is tr._catalog)

    # module-level API
    print(gettext.textdomain(), gettext.textdomain('app'), gettext.textdomain())
    print(rel(gettext.bindtextdomain('app', localedir)), rel(gettext.bindtextdomain('app')))
    print(gettext.gettext('hello'), gettext.dgettext('app', 'only_fr'), gettext.dgettext('nodomain', 'hello'))
    print(gettext.ngettext('a', 'b', 1), gettext.ngettext('a', 'b', 3), gettext.dngettext('nodomain', 'a', 'b', 1))
    print(gettext.pgettext('c', 'hello'), gettext.npgettext('c', 'a', 'b', 2),
          gettext.dpgettext('app', 'c', 'x'), gettext.dnpgettext('nodomain', 'c', 'a', 'b', 1))
    gettext.install('app', localedir, names=['ngettext', 'pgettext', 'bogus'])
    print(_('hello'), builtins.ngettext('a', 'b', 1), builtins.pgettext('c', 'hello'), hasattr(builtins, 'bogus'))
    del builtins._, builtins.ngettext, builtins.pgettext
    gettext.install('nodomain', localedir)
    print(type(_.__self__).__name__, _('hello'))
    del builtins._
    gettext.textdomain('messages')
    for k, v in saved_env.items():
        os.environ.pop(k, None)
        if v is not None:
            os.environ[k] = v
    print(sorted(gettext.__all__))
finally:
    shutil.rmtree(tmp)

# ---------------------------------------------------------------- mimetypes
print('== mimetypes')
print('inited before use:', mimetypes.inited)
for name in ['index.html', 'PHOTO.JPG', 'a.tar.gz', 'a.tgz', 'x.svgz', 'x.tar.Z', 'x.tar.z',
             'a.gz', 'noext', '.bashrc', 'a.b.c.png', 'http://example.com/a.css?x=1.html#y.js',
             'ftp://h/x.tar.bz2', 'data:,hello', 'data:text/html;charset=utf-8;base64,AAA',
             'data:;base64,AAA', 'data:a=b/c,x', 'data:text/plain', 'c:/dir/x.txt',
             'a.mid', 'a.rtf', 'a.jpg', 'a.xul', 'a.py', 'a.json', 'a.wasm', 'a.mjs', 'a.md',
             'a.pdf', 'a.zip', 'a.mp4', 'a.svg', 'a.csv', 'a.webp']:
    print(name, mimetypes.guess_type(name), mimetypes.guess_type(name, strict=False),
          mimetypes.guess_file_type(name))
for ty in ['text/html', 'IMAGE/JPEG', 'image/jpg', 'audio/midi', 'text/plain',
           'application/x-nothing', 'application/rtf', 'text/rtf', 'application/json']:
    print(ty, mimetypes.guess_all_extensions(ty), mimetypes.guess_all_extensions(ty, strict=False),
          mimetypes.guess_extension(ty), mimetypes.guess_extension(ty, strict=False))
print(mimetypes.inited, mimetypes.suffix_map, mimetypes.encodings_map)
print(len(mimetypes.common_types), sorted(mimetypes.common_types.items()))
print(len(mimetypes.types_map) >= 180, mimetypes.types_map['.html'], mimetypes.knownfiles[0])
mimetypes.add_type('application/x-golden', '.gold')
mimetypes.add_type('application/x-golden', '.gld')
mimetypes.add_type('text/x-lenient', '.lenient', strict=False)
print(mimetypes.guess_type('a.GOLD'), mimetypes.guess_all_extensions('application/x-golden'),
      mimetypes.guess_type('a.lenient'), mimetypes.guess_type('a.lenient', False))
tmp = tempfile.mkdtemp()
try:
    path = os.path.join(tmp, 'my.types')
    with open(path, 'w', encoding='utf-8') as f:
        f.write('# comment\napplication/x-mine  mine mn # trailing\n\n'
                '  text/x-other other\ntext/x-alone\napplication/x-html html\n')
    print(sorted(mimetypes.read_mime_types(path).items())[:4])
    print(mimetypes.read_mime_types(os.path.join(tmp, 'missing')))
    db = mimetypes.MimeTypes([path])
    print(db.guess_type('x.mine'), db.guess_type('x.html'), db.guess_type('x.gold'),
          db.guess_extension('application/x-mine'), db.guess_all_extensions('text/html'))
    lenient = mimetypes.MimeTypes()
    lenient.readfp(io.StringIO('text/x-q q qq\n'), strict=False)
    print(lenient.guess_type('a.qq'), lenient.guess_type('a.qq', strict=False))
    mimetypes.init([path])
    print(mimetypes.guess_type('x.mine'), mimetypes.guess_type('x.gold'))
    mimetypes.init()
    print(mimetypes.guess_type('x.mine'), mimetypes.guess_type('x.gold'), mimetypes.guess_type('x.html'))
finally:
    shutil.rmtree(tmp)
show('guess_type(5)', mimetypes.guess_type, 5)
show('guess_file_type positional strict', mimetypes.guess_file_type, 'x.html', False)

# ---------------------------------------------------------------- getpass
print('== getpass')
print(getpass.__all__, issubclass(getpass.GetPassWarning, UserWarning))
saved_stdin, saved_stderr = sys.stdin, sys.stderr
try:
    for feed, prompt, use_stream in [('secret\n', 'Password: ', True), ('no newline', 'PIN? ', True),
                                     ('x\ny\n', '', True), ('', 'Password: ', True),
                                     ('via stderr\n', 'P: ', False)]:
        sys.stdin = io.StringIO(feed)
        stream = io.StringIO()
        sys.stderr = io.StringIO()
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter('always')
            try:
                if use_stream:
                    result = getpass.getpass(prompt, stream)
                else:
                    result = getpass.getpass(prompt=prompt)
            except EOFError:
                result = 'EOFError'
        print(repr(result), repr(stream.getvalue()), repr(sys.stderr.getvalue()),
              [(w.category.__name__, str(w.message)) for w in caught])
finally:
    sys.stdin, sys.stderr = saved_stdin, saved_stderr
saved_env = {k: os.environ.pop(k, None) for k in ('LOGNAME', 'USER', 'LNAME', 'USERNAME')}
try:
    user = getpass.getuser()
    print('getuser() from pwd:', type(user).__name__, user in [p.pw_name for p in pwd.getpwall()])
    os.environ['USERNAME'] = 'user4'
    print(getpass.getuser())
    os.environ['LNAME'] = 'user3'
    print(getpass.getuser())
    os.environ['USER'] = ''
    print(getpass.getuser())
    os.environ['LOGNAME'] = 'user1'
    print(getpass.getuser())
finally:
    for k, v in saved_env.items():
        os.environ.pop(k, None)
        if v is not None:
            os.environ[k] = v

# ---------------------------------------------------------------- pwd / grp
print('== pwd / grp')
root = pwd.getpwnam('root')
# root's home and shell differ between machines: the repr with them replaced
print(root._replace(pw_dir='/HOME', pw_shell='/SHELL') if hasattr(root, '_replace') else
      root.__replace__(pw_dir='/HOME', pw_shell='/SHELL'))
print(pwd.getpwuid(0) == root, root.pw_uid, root[0], root[-1] == root.pw_shell, len(root))
print(type(root).__name__, type(root).__module__, type(root).__mro__[1:])
print(root.n_fields, root.n_sequence_fields, root.n_unnamed_fields, pwd.struct_passwd.__match_args__)
print(repr(pwd.struct_passwd.pw_dir), pwd.struct_passwd.pw_dir.__doc__, root[1:3], type(root[1:3]).__name__)
print(root.__reduce__()[0] is pwd.struct_passwd, root.__reduce__()[1] == (tuple(root), {}))
everyone = pwd.getpwall()
print(type(everyone).__name__, root in everyone, all(type(p) is pwd.struct_passwd for p in everyone))
print(all(pwd.getpwnam(p.pw_name).pw_name == p.pw_name for p in everyone))
for func, arg in [(pwd.getpwnam, 'no such user!'), (pwd.getpwnam, ''), (pwd.getpwnam, 1),
                  (pwd.getpwnam, b'root'), (pwd.getpwnam, 'a\0b'), (pwd.getpwuid, 4000000),
                  (pwd.getpwuid, -1), (pwd.getpwuid, -2), (pwd.getpwuid, 2 ** 40), (pwd.getpwuid, '0'),
                  (pwd.getpwuid, 1.5), (grp.getgrnam, 'no such group!'), (grp.getgrnam, 1),
                  (grp.getgrgid, 4000000), (grp.getgrgid, -1), (grp.getgrgid, -2), (grp.getgrgid, 2 ** 64),
                  (grp.getgrgid, '0')]:
    show('%s(%r)' % (func.__name__, arg), func, arg)
show('getpwnam()', pwd.getpwnam)
show('getpwuid(uid=0)', pwd.getpwuid, uid=0)
show('getpwall(1)', pwd.getpwall, 1)
show('getgrgid()', grp.getgrgid)
show('getgrgid(id=0)', lambda: grp.getgrgid(id=0).gr_name)
show('getgrnam(1, 2)', grp.getgrnam, 1, 2)
show('struct_passwd(3 items)', pwd.struct_passwd, (1, 2, 3))
show('struct_passwd(7 items)', pwd.struct_passwd, tuple('abcdefg'))
show('struct_passwd(5)', pwd.struct_passwd, 5)
show('struct_passwd(dict=1)', pwd.struct_passwd, tuple('abcdefg'), 1)
show('struct_passwd(extra key)', pwd.struct_passwd, tuple('abcdefg'), {'pw_name': 1})
show('setattr field', setattr, root, 'pw_name', 'x')
show('setattr other', setattr, root, 'other', 'x')
show('subclass', type, 'Sub', (pwd.struct_passwd,), {})
show('replace', root.__replace__, pw_dir='/HOME', pw_shell='/bin/sh')
show('replace bogus', root.__replace__, bogus=1)
g0 = grp.getgrgid(0)
print(g0, g0 == grp.getgrnam(g0.gr_name), type(g0.gr_mem).__name__, g0.n_fields)
print(all(grp.getgrgid(g.gr_gid).gr_gid == g.gr_gid for g in grp.getgrall()))
print(grp.struct_group.__doc__)

# ---------------------------------------------------------------- cmd
print('== cmd')


class Shell(cmd.Cmd):
    intro = 'Welcome to the golden shell.'
    prompt = '(golden) '
    use_rawinput = False

    def do_greet(self, arg):
        """Greet someone.

        Usage: greet NAME"""
        self.stdout.write('hello %r\n' % arg)

    def do_add(self, arg):
        'Add numbers.'
        self.stdout.write('%d\n' % sum(int(x) for x in arg.split()))

    def help_add(self):
        self.stdout.write('custom help for add\n')

    def help_topic(self):
        self.stdout.write('a help topic\n')

    def do_shell(self, arg):
        self.stdout.write('shell %r\n' % arg)

    def do_undoc_one(self, arg):
        pass

    def do_undoc_two(self, arg):
        pass

    def do_quit(self, arg):
        self.stdout.write('bye\n')
        return True

    def do_EOF(self, arg):
        self.stdout.write('EOF reached\n')
        return True

    def precmd(self, line):
        self.stdout.write('[pre %r]\n' % line)
        return line

    def postcmd(self, stop, line):
        self.stdout.write('[post %r]\n' % (stop,))
        return stop

    def preloop(self):
        self.stdout.write('[preloop]\n')

    def postloop(self):
        self.stdout.write('[postloop]\n')


out = io.StringIO()
script = ('greet bob\n\n?\nhelp greet\nhelp add\nhelp topic\nhelp nothing\nhelp undoc_one\n'
          '!ls -l\nadd 1 2 3\nfoo bar\n  \n...\n$x\nquit\nnot reached\n')
shell = Shell(stdin=io.StringIO(script), stdout=out)
shell.cmdloop()
print(out.getvalue(), end='')
print('lastcmd:', repr(shell.lastcmd))
out = io.StringIO()
shell = Shell(stdin=io.StringIO('greet crlf\r\n'), stdout=out)
shell.cmdqueue.extend(['add 5 5', ''])
shell.cmdloop('Another intro')
print(out.getvalue(), end='')
base = cmd.Cmd(stdout=io.StringIO())
print(base.parseline('  ?x y'), base.parseline('!x'), base.parseline('a-b c'), base.parseline(''))
print(shell.parseline('!echo hi'), shell.completenames('u'), sorted(shell.complete_help('a')))
base.do_help('')
base.do_help('help')
base.onecmd('!x')
base.onecmd('EOF')
print(repr(base.stdout.getvalue()), repr(base.lastcmd))
for words, width in [([], 80), (['one'], 80), (['a', 'bb', 'ccc', 'dddd'], 80),
                     (['word%d' % i for i in range(40)], 79), (['x' * 30, 'y' * 30, 'z' * 30], 60),
                     (['alpha', 'beta', '', 'gamma', ''], 12), (['w' * 100, 'v'], 10)]:
    base.stdout = io.StringIO()
    base.columnize(words, width)
    print(repr(base.stdout.getvalue()))
show('columnize non-strings', base.columnize, ['a', 1, 'b', None])
print(cmd.PROMPT, cmd.IDENTCHARS, cmd.__all__)
print('== done')
