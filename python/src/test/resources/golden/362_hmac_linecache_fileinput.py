# Golden test for hmac (RFC 2202/4231 vectors, objects, one-shot digest, compare_digest, errors), linecache (the
# cache, encodings, newlines, sys.path lookup, lazy loaders) and fileinput (iteration state, hooks, inplace, stdin).
import gzip
import hashlib
import hmac
import io
import linecache
import os
import shutil
import sys
import tempfile
import types
import warnings
import fileinput

TMPS = []


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        text = repr(r)
        for t in TMPS:
            text = text.replace(t, 'TMP')
        print(label, '->', text)
        return r
    except Exception as e:
        msg = str(e)
        for t in TMPS:
            msg = msg.replace(t, 'TMP')
        print(label, '!!', type(e).__name__, msg)


print('== hmac vectors')
# RFC 2202 (MD5, SHA-1) and RFC 4231 (SHA-2) test cases
cases = [
    (b'\x0b' * 16, b'Hi There', 'md5'),
    (b'Jefe', b'what do ya want for nothing?', 'md5'),
    (b'\xaa' * 16, b'\xdd' * 50, 'md5'),
    (b'\xaa' * 80, b'Test Using Larger Than Block-Size Key - Hash Key First', 'md5'),
    (b'\x0b' * 20, b'Hi There', 'sha1'),
    (b'Jefe', b'what do ya want for nothing?', 'sha1'),
    (bytes(range(1, 26)), b'\xcd' * 50, 'sha1'),
    (b'\xaa' * 80, b'Test Using Larger Than Block-Size Key and Larger Than One Block-Size Data', 'sha1'),
    (b'\x0b' * 20, b'Hi There', 'sha224'),
    (b'Jefe', b'what do ya want for nothing?', 'sha256'),
    (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', 'sha256'),
    (b'\xaa' * 131, b'This is a test using a larger than block-size key and a larger than block-size data. '
     b'The key needs to be hashed before being used by the HMAC algorithm.', 'sha384'),
    (b'Jefe', b'what do ya want for nothing?', 'sha512'),
    (b'\xaa' * 131, b'Test Using Larger Than Block-Size Key - Hash Key First', 'sha512'),
    (b'', b'', 'sha256'),
    (b'key', b'The quick brown fox jumps over the lazy dog', 'sha3_256'),
    (b'k' * 200, b'm' * 1000, 'sha3_512'),
]
for key, msg, name in cases:
    h = hmac.new(key, msg, name)
    print(name, len(key), h.hexdigest())
    assert h.digest() == hmac.digest(key, msg, name)
    assert h.digest() == hmac.new(key, msg, getattr(hashlib, name)).digest()
    assert h.digest() == hmac.HMAC(key, msg, digestmod=name).digest()

print('== hmac objects')
h = hmac.new(b'secret', digestmod='sha256')
print(type(h).__name__, h.name, h.digest_size, h.block_size, hmac.HMAC.blocksize)
h.update(b'part one ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest())
print(c.hexdigest(), type(c).__name__, c.name, c.digest_size)
show('copy block_size', lambda: c.block_size)
c.update(b'part two')
print(c.hexdigest() == h.hexdigest(), c.digest() == h.digest())
print(h.hexdigest() == h.hexdigest())
h.update(bytearray(b' more'))
h.update(memoryview(b' and more'))
print(h.hexdigest())
for name in ('md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256', 'sha3_384',
             'sha3_512', 'SHA256'):
    x = hmac.new(b'k', b'm', name)
    print(name, x.name, x.digest_size, x.block_size, x.hexdigest()[:20])
x = hmac.new(bytearray(b'bytearray key'), bytearray(b'msg'), hashlib.sha1)
print(x.name, x.hexdigest())
mod = types.SimpleNamespace(new=lambda d=b'': hashlib.new('sha256', d))
x = hmac.new(b'k', b'via module', mod)
print(x.name, x.hexdigest() == hmac.new(b'k', b'via module', 'sha256').hexdigest())
print(hmac.digest(b'k', b'via module', mod) == x.digest())
print(hmac.digest(bytearray(b'k'), memoryview(b'abc'), 'md5').hex())
print(hmac.digest(b'k' * 300, b'long key', hashlib.sha512).hex()[:32])


class Tiny:
    digest_size = 4
    block_size = 8
    name = 'tiny'

    def __init__(self, data=b''):
        self.h = hashlib.sha1(data)

    def update(self, d):
        self.h.update(d)

    def digest(self):
        return self.h.digest()[:4]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        t = Tiny()
        t.h = self.h.copy()
        return t


class NoBlock(Tiny):
    block_size = property(lambda self: (_ for _ in ()).throw(AttributeError('block_size')))


with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t = hmac.new(b'k', b'tiny', Tiny)
    print(t.name, t.block_size, t.digest_size, t.hexdigest())
    t = hmac.new(b'k', b'tiny', NoBlock)
    print(t.name, t.block_size, t.hexdigest())
    print([(x.category.__name__, str(x.message)) for x in w])

print('== hmac errors')
show('no digestmod', hmac.new, b'k')
show('no digestmod msg', hmac.new, b'k', b'm')
show('digestmod None', hmac.new, b'k', b'm', None)
show('digestmod empty', hmac.HMAC, b'k', digestmod='')
show('unknown name', hmac.new, b'k', b'm', 'nope')
show('bad type', hmac.new, b'k', b'm', 5)
show('key str', hmac.new, 'k', b'm', 'sha256')
show('key None', hmac.new, None, b'm', 'sha256')
show('key memoryview', hmac.new, memoryview(b'k'), b'm', 'sha256')
show('msg str', hmac.new, b'k', 'm', 'sha256')
show('msg int', hmac.new, b'k', 5, 'sha256')
show('update str', hmac.new(b'k', digestmod='md5').update, 'text')
show('update None', hmac.new(b'k', digestmod='md5').update, None)
show('digest str key', hmac.digest, 'k', b'm', 'sha256')
show('digest str msg', hmac.digest, b'k', 'm', 'sha256')
show('digest int key', hmac.digest, 5, b'm', 'md5')
show('digest unknown', hmac.digest, b'k', b'm', 'nope')
show('digest None', hmac.digest, b'k', b'm', None)
show('slots', setattr, hmac.new(b'k', digestmod='md5'), 'other', 1)
print(hmac.digest_size, len(hmac.trans_5C), hmac.trans_5C[:4], hmac.trans_36[:4])

print('== compare_digest')
pairs = [(b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), (b'', b''), ('abc', 'abc'), ('abc', 'abd'),
         ('', 'x'), (bytearray(b'xy'), b'xy'), (memoryview(b'xy'), bytearray(b'xz')), (b'a' * 100, b'a' * 100),
         ('a', b'a'), (b'a', 'a'), (1, 2), (b'a', 1), (1, b'a'), (None, None), ([1], [1]), ('\xe9', '\xe9'),
         ('a', '\xe9'), (1, 'a'), ('a', 1)]
for a, b in pairs:
    show('cmp %r %r' % (a if not isinstance(a, memoryview) else 'mv', b), hmac.compare_digest, a, b)
show('cmp one arg', hmac.compare_digest, b'a')
show('cmp kwargs', lambda: hmac.compare_digest(a=b'a', b=b'a'))
print(hmac.compare_digest(hmac.new(b'k', b'm', 'md5').digest(), hmac.digest(b'k', b'm', 'md5')))

print('== linecache')
tmp = tempfile.mkdtemp(prefix='lcgold')
TMPS.append(tmp)
try:
    def w(name, data):
        p = os.path.join(tmp, name)
        with open(p, 'wb') as f:
            f.write(data)
        return p

    p1 = w('one.py', b'first\nsecond\r\nthird\rfourth')
    print(linecache.getlines(p1))
    print(repr(linecache.getline(p1, 1)), repr(linecache.getline(p1, 4)), repr(linecache.getline(p1, 5)),
          repr(linecache.getline(p1, 0)), repr(linecache.getline(p1, -1)))
    e = linecache.cache[p1]
    print(len(e), e[0], e[2], e[3] == p1, type(e[1]).__name__)
    print(linecache.getlines(p1) is linecache.getlines(p1))
    # a stale cache entry stays until checkcache
    w('one.py', b'changed\ncontents longer than before\n')
    print(linecache.getline(p1, 1))
    linecache.checkcache(p1)
    print(p1 in linecache.cache, linecache.getline(p1, 2), end='')
    linecache.checkcache('not-cached')
    linecache.checkcache()
    print(p1 in linecache.cache)
    os.remove(p1)
    print(linecache.getline(p1, 1), end='')
    linecache.checkcache()
    print(p1 in linecache.cache, linecache.getlines(p1), linecache.getline(p1, 1) == '')
    pe = w('empty.py', b'')
    print(linecache.getlines(pe), linecache.getline(pe, 1) == '\n', linecache.cache[pe][0])
    pn = w('nl.py', b'\n\n')
    print(linecache.getlines(pn))
    pl = w('latin.py', b'# -*- coding: latin-1 -*-\ns = "caf\xe9"\n')
    print(linecache.getlines(pl))
    pl2 = w('latin2.py', b'#!/usr/bin/env python\n# vim: set fileencoding=iso-8859-1 :\nx = "\xe9"\n')
    print(linecache.getlines(pl2))
    pl3 = w('late.py', b'x = 1\n# coding: latin-1\ny = "\xe9"\n')
    print(linecache.getlines(pl3))
    pb = w('bom.py', b'\xef\xbb\xbfbom = "\xc3\xa9"\n')
    print(linecache.getlines(pb))
    pbc = w('bomc.py', b'\xef\xbb\xbf# coding: latin-1\nx = 1\n')
    print(linecache.getlines(pbc))
    pu = w('bad.py', b'x = "\xff\xfe"\n')
    print(linecache.getlines(pu), pu in linecache.cache)
    pk = w('unknown.py', b'# coding: no-such-codec\nx = 1\n')
    print(linecache.getlines(pk))
    pc = w('cookie8.py', b'# coding=utf-8\n\xe2\x82\xac = 1\n')
    print(linecache.getlines(pc))
    pff = w('formfeed.py', b'a\x0cb\nc\x1dd\xe2\x80\xa8e\n')
    print(linecache.getlines(pff))
    print(linecache.getlines(tmp), linecache.getlines(os.path.join(tmp, 'missing.py')))
    print(linecache.getlines('<string>'), linecache.getlines(''), linecache.getline('<stdin>', 1) == '')
    # relative names are looked up along sys.path
    sub = os.path.join(tmp, 'pathdir')
    os.mkdir(sub)
    with open(os.path.join(sub, 'lc_rel_mod.py'), 'wb') as f:
        f.write(b'relative = True\n')
    print(linecache.getlines('lc_rel_mod.py'))
    sys.path.insert(0, sub)
    try:
        print(linecache.getlines('lc_rel_mod.py'), linecache.cache['lc_rel_mod.py'][3] == os.path.join(
            sub, 'lc_rel_mod.py'))
    finally:
        sys.path.remove(sub)
    print(linecache.getline('lc_rel_mod.py', 1), end='')
    linecache.checkcache('lc_rel_mod.py')
    print('lc_rel_mod.py' in linecache.cache)
    # updatecache reads again
    p2 = w('two.py', b'a\nb\n')
    print(linecache.getlines(p2))
    w('two.py', b'x\ny\nz\n')
    print(linecache.getlines(p2), linecache.updatecache(p2), linecache.getlines(p2))
    print(linecache.updatecache('<string>'), linecache.updatecache(os.path.join(tmp, 'nope.py')))

    # lazy loaders
    class Loader:
        calls = 0

        def get_source(self, name):
            Loader.calls += 1
            if name == 'none':
                return None
            if name == 'err':
                raise ImportError('no source')
            return 'source of %s\nline two\x0cthree\r\nfour' % name

    fake = '/nonexistent/lazy_mod.py'
    g = {'__name__': 'lazymod', '__loader__': Loader()}
    print(linecache.lazycache(fake, g), len(linecache.cache[fake]), Loader.calls)
    print(linecache.lazycache(fake, g), linecache.lazycache(fake, None))
    print(linecache.getlines(fake), Loader.calls)
    e = linecache.cache[fake]
    print(e[0], e[1], e[3])
    print(linecache.lazycache(fake, g))
    linecache.checkcache(fake)
    print(fake in linecache.cache)
    print(linecache.getline('/nonexistent/other.py', 2, g), Loader.calls)
    print(linecache.getlines('/nonexistent/none.py', {'__name__': 'none', '__loader__': Loader()}))
    print(linecache.getlines('/nonexistent/err.py', {'__name__': 'err', '__loader__': Loader()}))
    spec = types.SimpleNamespace(name='from_spec', loader=Loader())
    print(linecache.getlines('/nonexistent/spec.py', {'__name__': 'ignored', '__spec__': spec}))
    print(linecache.lazycache('/nonexistent/x.py', {}), linecache.lazycache('/nonexistent/x.py', None),
          linecache.lazycache('<string>', g), linecache.lazycache('', g))
    print(linecache.lazycache('/nonexistent/y.py', {'__name__': 'y'}),
          linecache.lazycache('/nonexistent/y.py', {'__name__': 'y', '__loader__': object()}))
    linecache.clearcache()
    print(linecache.cache)
    print(sorted(linecache.__all__))
finally:
    shutil.rmtree(tmp)

print('== fileinput')
tmp = tempfile.mkdtemp(prefix='figold')
TMPS.append(tmp)
try:
    def w(name, data):
        p = os.path.join(tmp, name)
        with open(p, 'wb') as f:
            f.write(data)
        return p

    def rel(p):
        return p if p is None or p == '<stdin>' else os.path.relpath(p, tmp)

    a = w('a.txt', b'a1\na2\na3\n')
    b = w('b.txt', b'b1\r\nb2')
    e = w('e.txt', b'')
    c = w('c.txt', b'c1\n')

    with fileinput.input([a, e, b, c]) as fi:
        for line in fi:
            print(repr(line), rel(fi.filename()), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.isstdin(),
                  fi.fileno() != -2)
        print('after', rel(fi.filename()), fi.lineno(), fi.filelineno())
    print(fileinput._state is None)
    fi = fileinput.FileInput((a, b), mode='rb')
    print([line for line in fi], fi.lineno())
    fi.close()
    print(fi.fileno(), fi.readline())
    # readline and nextfile
    fi = fileinput.FileInput([a, b, c])
    print(fi.filename(), fi.lineno(), fi.filelineno(), fi.isfirstline(), fi.fileno())
    print(repr(fi.readline()), rel(fi.filename()))
    fi.nextfile()
    print(fi.filename() is not None, fi.lineno(), fi.filelineno())
    print(repr(fi.readline()), rel(fi.filename()), fi.lineno(), fi.filelineno())
    print(repr(fi.readline()), repr(fi.readline()), repr(fi.readline()), repr(fi.readline()))
    print(rel(fi.filename()), fi.lineno())
    fi.close()
    print(list(fileinput.FileInput(a)))
    # module-level functions
    show('lineno inactive', fileinput.lineno)
    show('filename inactive', fileinput.filename)
    show('nextfile inactive', fileinput.nextfile)
    show('isfirstline inactive', fileinput.isfirstline)
    show('isstdin inactive', fileinput.isstdin)
    show('filelineno inactive', fileinput.filelineno)
    show('fileno inactive', fileinput.fileno)
    fileinput.close()
    for line in fileinput.input([a, c]):
        print(repr(line), rel(fileinput.filename()), fileinput.lineno(), fileinput.filelineno(),
              fileinput.isfirstline(), fileinput.isstdin())
        if fileinput.lineno() == 2:
            fileinput.nextfile()
    fileinput.close()
    fileinput.input([a])
    print(repr(next(fileinput._state)))
    show('already active', fileinput.input, [a])
    fileinput.close()
    print(fileinput._state)
    fileinput.input([a])
    fileinput.input([b])  # not yet reading: allowed
    print(repr(fileinput._state.readline()))
    fileinput.close()
    # pathlike and str
    import pathlib
    print(list(fileinput.input(pathlib.Path(c))))
    fileinput.close()
    print(list(fileinput.FileInput(c, mode='r')))
    # errors in arguments
    show('mode w', fileinput.FileInput, [a], mode='w')
    show('mode rU', fileinput.FileInput, [a], mode='rU')
    show('hook inplace', fileinput.FileInput, [a], inplace=True, openhook=open)
    show('hook not callable', fileinput.FileInput, [a], openhook='nope')
    show('missing file', lambda: list(fileinput.FileInput([a, os.path.join(tmp, 'missing.txt')])))
    # hooks
    lat = w('lat.txt', b'caf\xe9\nna\xefve\n')
    print(list(fileinput.FileInput([lat], openhook=fileinput.hook_encoded('latin-1'))))
    show('utf-8 on latin', lambda: list(fileinput.FileInput([lat], openhook=fileinput.hook_encoded('utf-8'))))
    print(list(fileinput.FileInput([lat], openhook=fileinput.hook_encoded('utf-8', 'replace'))))
    print(list(fileinput.FileInput([lat], encoding='latin-1')))
    print(list(fileinput.FileInput([lat], encoding='utf-8', errors='ignore')))
    show('strict default', lambda: list(fileinput.FileInput([lat], encoding='utf-8')))
    seen = []

    def hook(filename, mode, **kw):
        seen.append((rel(filename), mode, sorted(kw.items())))
        return io.StringIO('hooked %s\nsecond\n' % rel(filename))

    print(list(fileinput.FileInput([a, b], openhook=hook)), seen)
    seen.clear()
    print(list(fileinput.FileInput([a], openhook=hook, encoding='ascii', errors='strict')), seen)
    gz = os.path.join(tmp, 'z.txt.gz')
    with gzip.open(gz, 'wb') as f:
        f.write(b'gz line 1\r\ngz line 2\n\xc3\xa9\n')
    print(list(fileinput.FileInput([gz, a], openhook=fileinput.hook_compressed)))
    print(list(fileinput.FileInput([gz], mode='rb', openhook=fileinput.hook_compressed)))
    print(list(fileinput.FileInput([gz], openhook=fileinput.hook_compressed, encoding='latin-1')))
    print(fileinput.hook_compressed(a, 'r').readline(), fileinput.hook_compressed(a, 'rb').read())
    # inplace editing, with and without backup
    ip = w('ip.txt', b'one\ntwo\nthree\n')
    ip2 = w('ip2.txt', b'alpha\nbeta\n')
    with fileinput.input([ip, ip2], inplace=True) as fi:
        for line in fi:
            print('%d:%s' % (fi.lineno(), line.upper()), end='')
            if fi.isfirstline():
                print('# first of', os.path.basename(fi.filename()))
    print('stdout restored')
    for p in (ip, ip2):
        with open(p, 'rb') as f:
            print(rel(p), f.read())
    print(sorted(os.listdir(tmp)))
    with fileinput.FileInput([ip], inplace=True, backup='.orig') as fi:
        for line in fi:
            sys.stdout.write(line.replace('1:', 'line '))
    with open(ip, 'rb') as f:
        print(f.read())
    with open(ip + '.orig', 'rb') as f:
        print(f.read())
    ipb = w('ipb.bin', b'bin\x00one\nbin two\n')
    with fileinput.FileInput([ipb], inplace=True, mode='rb') as fi:
        for line in fi:
            sys.stdout.write(line.replace(b'bin', b'BIN'))
    with open(ipb, 'rb') as f:
        print(f.read())
    ipl = w('ipl.txt', b'caf\xe9\n')
    with fileinput.FileInput([ipl], inplace=True, encoding='latin-1') as fi:
        for line in fi:
            print(line.strip() + '!')
    with open(ipl, 'rb') as f:
        print(f.read())
    # an in-place run that stops early keeps the rest out of the new file
    ips = w('ips.txt', b'keep\ndrop\n')
    fi = fileinput.FileInput([ips], inplace=True)
    print(next(fi).strip())
    fi.close()
    with open(ips, 'rb') as f:
        print(f.read())
    print(sorted(os.listdir(tmp)))
    # stdin
    saved = getattr(sys, 'stdin', None)
    sys.stdin = io.StringIO('s1\ns2\n')
    try:
        with fileinput.input(['-', c, '-']) as fi:
            for line in fi:
                print(repr(line), rel(fi.filename()), fi.isstdin(), fi.lineno(), fi.filelineno(),
                      fi.fileno() if fi.isstdin() else '')
        print(sys.stdin.closed)
        sys.stdin = io.StringIO('only\n')
        print(list(fileinput.input([])), fileinput.filename())
        fileinput.close()
        sys.stdin = io.StringIO('bin\n')
        print(list(fileinput.FileInput('-', mode='rb')))
        sys.argv[1:] = [a]
        print(list(fileinput.FileInput()))
        sys.argv[1:] = []
        sys.stdin = io.StringIO('from argv-less stdin\n')
        print(list(fileinput.FileInput()))
    finally:
        if saved is None:
            del sys.stdin
        else:
            sys.stdin = saved
    print(fileinput.FileInput[str])
    print(sorted(fileinput.__all__))
finally:
    shutil.rmtree(tmp)
print(os.path.exists(tmp))
print('done')
