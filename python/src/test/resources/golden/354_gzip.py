# gzip as CPython 3.13's (lib/gzip.py over zlib, written here): compress (byte-exact with mtime given), decompress (members, padding, errors), GzipFile
# reading/writing over files and file objects (modes, names, mtime, seek, lines, errors), gzip.open binary and text.
# Its stdout under ftpython must be byte-identical to CPython 3.13's.
import gzip
import io
import os
import time
import warnings
import zlib

warnings.simplefilter('ignore')


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


TMP = '/tmp/_golden_gzip_test'
PATHS = [TMP + '.gz', TMP + '_b.txt.gz', TMP + '_c', TMP + '_t.gz', TMP + '_x.gz']


def cleanup():
    for p in PATHS:
        if os.path.exists(p):
            os.remove(p)


print('== constants')
print(gzip.READ, gzip.WRITE, gzip.READ_BUFFER_SIZE, gzip.FTEXT, gzip.FHCRC, gzip.FEXTRA, gzip.FNAME,
      gzip.FCOMMENT)
print(gzip.BadGzipFile.__mro__[1].__name__, gzip.BadGzipFile.__module__, issubclass(gzip.BadGzipFile, OSError))
print(sorted(gzip.__all__))

print('== compress')
samples = [b'', b'a', b'hello world\n' * 3, bytes(range(256)) * 20, b'The quick brown fox ' * 500,
           bytes((i * 7919) % 251 for i in range(5000))]
for data in samples:
    for lvl in (0, 1, 2, 5, 6, 9, -1):
        c = gzip.compress(data, lvl, mtime=0)
        print(len(data), lvl, len(c), c[:10], zlib.crc32(c), gzip.decompress(c) == data)
print(gzip.compress(b'hello', mtime=0))
print(gzip.compress(b'hello', 1, mtime=1234567890))
print(gzip.compress(b'hello', compresslevel=6, mtime=1.9)[:10])
now = int(time.time())
stamp = int.from_bytes(gzip.compress(b'x')[4:8], 'little')
print('default mtime is now', abs(stamp - now) <= 5)
show('compress str', lambda: gzip.compress('a'))
show('compress level 10', lambda: gzip.compress(b'a', 10))
show('compress bytearray', lambda: gzip.compress(bytearray(b'ab'), mtime=0))
show('compress big mtime', lambda: gzip.compress(b'a', mtime=2 ** 32))

print('== decompress')
good = gzip.compress(b'hello world\n' * 3, mtime=0)
other = gzip.compress(b'second member', 1, mtime=5)
show('decompress', lambda: gzip.decompress(good))
show('two members', lambda: gzip.decompress(good + other))
show('padded', lambda: gzip.decompress(good + b'\x00' * 5 + other + b'\x00\x00'))
show('trailing garbage', lambda: gzip.decompress(good + b'xy'))
show('bad magic', lambda: gzip.decompress(b'xyzzy'))
show('one byte', lambda: gzip.decompress(b'\x1f'))
show('empty', lambda: gzip.decompress(b''))
show('truncated trailer', lambda: gzip.decompress(good[:-3]))
show('truncated body', lambda: gzip.decompress(good[:15]))
show('header only', lambda: gzip.decompress(good[:10]))
show('short header', lambda: gzip.decompress(good[:5]))
show('bad method', lambda: gzip.decompress(good[:2] + b'\x07' + good[3:]))
bad_crc = good[:-8] + b'\x00\x00\x00\x00' + good[-4:]
bad_len = good[:-4] + b'\x00\x00\x00\x00'
show('bad crc', lambda: gzip.decompress(bad_crc))
show('bad length', lambda: gzip.decompress(bad_len))
show('str', lambda: gzip.decompress('abc'))
show('bytearray', lambda: gzip.decompress(bytearray(good)))
# a header with every optional field: FEXTRA, FNAME, FCOMMENT, FHCRC
body = zlib.compress(b'optional fields', 9, -15)
trailer = zlib.crc32(b'optional fields').to_bytes(4, 'little') + (15).to_bytes(4, 'little')
fancy = (b'\x1f\x8b\x08' + bytes([gzip.FEXTRA | gzip.FNAME | gzip.FCOMMENT | gzip.FHCRC]) + b'\x01\x00\x00\x00'
         + b'\x00\xff' + b'\x03\x00abc' + b'name.txt\x00' + b'a comment\x00' + b'\xaa\xbb' + body + trailer)
show('all header fields', lambda: gzip.decompress(fancy))
show('all header fields GzipFile', lambda: gzip.GzipFile(fileobj=io.BytesIO(fancy)).read())
show('zlib-made gzip', lambda: gzip.decompress(zlib.compress(b'made by zlib', 9, 31)))
show('roundtrip big', lambda: gzip.decompress(gzip.compress(samples[4] * 10)) == samples[4] * 10)

print('== GzipFile reading a file object')
for label, data in [('bad crc', bad_crc), ('bad len', bad_len), ('truncated', good[:-3]), ('garbage', good + b'xy'),
                    ('empty', b''), ('one byte', b'\x1f'), ('zeros first', b'\x00\x00' + good),
                    ('padded', good + b'\x00\x00\x00' + other + b'\x00'), ('short header', good[:7])]:
    show('read ' + label, lambda: gzip.GzipFile(fileobj=io.BytesIO(data)).read())
show('truncated read(5)', lambda: gzip.GzipFile(fileobj=io.BytesIO(good[:-3])).read(5))
f = gzip.GzipFile(fileobj=io.BytesIO(good + other))
show('mtime before', lambda: f.mtime)
show('name', lambda: f.name)
show('mode', lambda: f.mode)
show('read 3', lambda: f.read(3))
show('mtime after', lambda: f.mtime)
show('tell', lambda: f.tell())
show('peek', lambda: f.peek(1)[:1])
show('read1', lambda: f.read1(4))
show('readline', lambda: f.readline())
show('readline 3', lambda: f.readline(3))
show('readline 0', lambda: f.readline(0))
show('readlines', lambda: f.readlines())
show('mtime second member', lambda: f.mtime)
show('read at eof', lambda: f.read())
show('read1 at eof', lambda: f.read1(5))
show('seek 2', lambda: f.seek(2))
show('read 4', lambda: f.read(4))
show('seek cur', lambda: f.seek(3, 1))
show('read 2', lambda: f.read(2))
show('seek end', lambda: f.seek(0, 2))
show('seek end -5', lambda: f.seek(-5, 2))
show('read rest', lambda: f.read())
show('seek past end', lambda: f.seek(1000))
show('tell past', lambda: f.tell())
show('seek bad whence', lambda: f.seek(0, 3))
show('rewind', lambda: f.rewind())
show('tell', lambda: f.tell())
show('rw', lambda: (f.readable(), f.writable(), f.seekable(), f.closed, f.isatty()))
show('write', lambda: f.write(b'x'))
show('iter', lambda: list(f))
show('readlines hint', lambda: (f.rewind(), f.readlines(5))[1])
show('read(0)', lambda: f.read(0))
show('read(None)', lambda: (f.rewind(), f.read(None))[1][:5])
f.close()
show('closed', lambda: f.closed)
show('read closed', lambda: f.read())
show('readline closed', lambda: f.readline())
show('close again', lambda: f.close())
show('with closed', lambda: f.__enter__())
show('iter closed', lambda: iter(f))

big = bytes((i * 7919) % 251 for i in range(30000)) * 10 + b'\nend line\n'
blob = gzip.compress(big, mtime=0) + b'\x00' * 3 + gzip.compress(big[:70001], 1, mtime=3)
f = gzip.GzipFile(fileobj=io.BytesIO(blob))
sizes = []
while True:
    part = f.read(50000)
    if not part:
        break
    sizes.append(len(part))
print('big read sizes', sizes, f.tell(), f.mtime)
show('big seek', lambda: (f.seek(100000), f.read(10), f.seek(5), f.read(10), f.seek(299990), len(f.readline()),
                          f.readline(), f.seek(-3, 2), f.read()))
show('big lines', lambda: (f.rewind(), sum(len(x) for x in f))[1])
show('big read all', lambda: (f.rewind(), f.read() == big + big[:70001])[1])

print('== GzipFile writing a file object')
b = io.BytesIO()
g = gzip.GzipFile(fileobj=b, mode='wb', mtime=0)
show('header at once', lambda: b.getvalue())
show('w mtime', lambda: g.mtime)
show('w name', lambda: g.name)
show('w mode', lambda: g.mode)
show('w write', lambda: g.write(b'abc'))
show('w write bytearray', lambda: g.write(bytearray(b'def')))
show('w write empty', lambda: g.write(b''))
show('w write str', lambda: g.write('x'))
show('w write int', lambda: g.write(1))
show('w tell', lambda: g.tell())
show('w read', lambda: g.read())
show('w read1', lambda: g.read1())
show('w peek', lambda: g.peek(1))
show('w seek fwd', lambda: g.seek(10))
show('w tell', lambda: g.tell())
show('w seek back', lambda: g.seek(2))
show('w seek cur', lambda: g.seek(2, 1))
show('w seek end', lambda: g.seek(0, 2))
show('w rewind', lambda: g.rewind())
show('w flush', lambda: g.flush())
show('w writelines', lambda: g.writelines([b'a', b'b']))
show('w rw', lambda: (g.readable(), g.writable(), g.seekable()))
g.close()
show('w data', lambda: b.getvalue())
show('w data ok', lambda: gzip.decompress(b.getvalue()))
show('w write closed', lambda: g.write(b'x'))
show('w flush closed', lambda: g.flush())
show('fileobj still open', lambda: b.closed)
for lvl in (0, 1, 5, 9):
    b = io.BytesIO()
    with gzip.GzipFile(fileobj=b, mode='wb', compresslevel=lvl, mtime=7) as g:
        g.write(samples[4])
    print('level', lvl, b.getvalue()[:10], len(b.getvalue()), zlib.crc32(b.getvalue()))
b = io.BytesIO()
with gzip.GzipFile('some/dir/name.txt.gz', 'wb', fileobj=b, mtime=0) as g:
    g.write(b'named')
show('named header', lambda: b.getvalue())
show('named read back name', lambda: gzip.GzipFile(fileobj=io.BytesIO(b.getvalue())).name)
b = io.BytesIO()
with gzip.GzipFile('plain', 'w', fileobj=b, mtime=0) as g:
    g.write(b'x')
show('name without .gz', lambda: b.getvalue()[:16])
b = io.BytesIO()
with gzip.GzipFile('caf\u20ac.gz', 'wb', fileobj=b, mtime=0) as g:
    g.write(b'x')
show('unencodable name', lambda: b.getvalue()[:12])
b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode='wb', mtime=0) as g:
    for i in range(2000):
        g.write(b'line %d\n' % i)
    g.flush()
    g.write(b'after flush')
    g.flush(zlib.Z_FULL_FLUSH)
    g.write(b'end')
show('many writes', lambda: (len(b.getvalue()), zlib.crc32(b.getvalue())))
show('many writes back', lambda: gzip.decompress(b.getvalue())[-40:])
b = io.BytesIO()
with gzip.GzipFile(fileobj=b, mode='wb', mtime=0) as g:
    g.write(b'abc')
    show('seek with zeros', lambda: g.seek(8))
    g.write(b'z')
show('zeros written', lambda: gzip.decompress(b.getvalue()))

print('== modes and arguments')
show('bad mode rt', lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='rt'))
show('bad mode z', lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='z'))
show('bad mode U', lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='U'))
show('no args', lambda: gzip.GzipFile())
show('level 10', lambda: gzip.GzipFile(fileobj=io.BytesIO(), mode='wb', compresslevel=10))
show('mode r', lambda: gzip.GzipFile(fileobj=io.BytesIO(good), mode='r').read(5))
show('open bad mode', lambda: gzip.open(TMP + '.gz', 'rbt'))
show('open encoding binary', lambda: gzip.open(TMP + '.gz', 'rb', encoding='utf-8'))
show('open errors binary', lambda: gzip.open(TMP + '.gz', 'rb', errors='strict'))
show('open newline binary', lambda: gzip.open(TMP + '.gz', 'rb', newline='\n'))
show('open int', lambda: gzip.open(1))
show('open missing', lambda: gzip.open(TMP + '_missing.gz'))
show('open fileobj', lambda: gzip.open(io.BytesIO(good)).read())
show('open fileobj mode', lambda: type(gzip.open(io.BytesIO(), 'wb')).__name__)

print('== files on disk')
try:
    with gzip.open(TMP + '.gz', 'wb') as f:
        print('wb name', f.name == TMP + '.gz', f.mode)
        f.write(b'first line\nsecond line\n')
    with open(TMP + '.gz', 'rb') as raw:
        data = raw.read()
    print('wb header', data[:4], data[8:10], data[10:10 + len(os.path.basename(TMP)) + 1] ==
          os.path.basename(TMP).encode() + b'\x00', abs(int.from_bytes(data[4:8], 'little') - now) <= 5)
    with gzip.open(TMP + '.gz') as f:
        print('rb', f.read(), f.name == TMP + '.gz', abs(f.mtime - now) <= 5)
    with gzip.open(TMP + '.gz', 'ab') as f:
        f.write(b'appended\n')
    with gzip.open(TMP + '.gz', 'rb') as f:
        print('ab', f.readlines())
    show('xb exists', lambda: gzip.open(TMP + '.gz', 'xb'))
    with gzip.open(TMP + '_x.gz', 'xb') as f:
        f.write(b'exclusive')
    print('xb', gzip.decompress(open(TMP + '_x.gz', 'rb').read()))
    with gzip.GzipFile(TMP + '_b.txt.gz', 'wb', 6, mtime=99) as f:
        f.write(b'payload')
    with open(TMP + '_b.txt.gz', 'rb') as raw:
        data = raw.read()
    print('GzipFile filename', data[:10 + len(os.path.basename(TMP)) + 7])
    with open(TMP + '_c', 'wb') as raw:
        with gzip.GzipFile(fileobj=raw, mode='wb', mtime=0) as f:
            f.write(b'through a file object')
        print('raw still open', raw.closed)
    with open(TMP + '_c', 'rb') as raw:
        data = raw.read()
    print('fileobj name in header', data[:10 + len(os.path.basename(TMP)) + 3])
    with open(TMP + '_c', 'rb') as raw:
        f = gzip.GzipFile(fileobj=raw)
        print('fileobj read', f.read(), f.name == TMP + '_c', f.mode)
        f.close()
        print('fileobj after close', raw.closed)
    with gzip.open(TMP + '_t.gz', 'wt', encoding='utf-8') as t:
        print('wt', type(t).__name__, t.encoding, t.errors, t.name == TMP + '_t.gz')
        print('wt write', t.write('h\xe9llo\n'), t.write('w\u20acrld\r\nmac\rend'))
        t.writelines(['\nx', 'y\n'])
    with gzip.open(TMP + '_t.gz', 'rb') as f:
        print('wt bytes', f.read())
    with gzip.open(TMP + '_t.gz', 'rt', encoding='utf-8') as t:
        print('rt read', repr(t.read()))
    with gzip.open(TMP + '_t.gz', 'rt', encoding='utf-8') as t:
        print('rt lines', list(t))
    with gzip.open(TMP + '_t.gz', 'rt', encoding='utf-8', newline='') as t:
        print('rt newline empty', t.readlines())
    with gzip.open(TMP + '_t.gz', 'rt', encoding='utf-8', newline='\r') as t:
        print('rt newline cr', t.readlines())
    with gzip.open(TMP + '_t.gz', 'rt', encoding='utf-8') as t:
        print('rt read parts', repr(t.read(3)), repr(t.readline()), repr(t.readline(2)), repr(t.read()),
              repr(t.read()), repr(t.readline()))
    with gzip.open(TMP + '_t.gz', 'rt', encoding='latin-1') as t:
        print('rt latin-1', repr(t.read()))
    with gzip.open(TMP + '_t.gz', 'rt', encoding='ascii', errors='replace') as t:
        print('rt ascii replace', repr(t.read()))
    with gzip.open(TMP + '_t.gz', 'rt', encoding='ascii') as t:
        show('rt ascii strict', lambda: t.read())
    with gzip.open(TMP + '_t.gz', 'rt') as t:
        print('rt default encoding', t.encoding, repr(t.readline()))
    with gzip.open(TMP + '_t.gz', 'wt', encoding='utf-16', newline='\r\n') as t:
        t.write('a\nb')
        t.write('c\n')
    with gzip.open(TMP + '_t.gz', 'rb') as f:
        print('wt utf-16 crlf', f.read())
    with gzip.open(TMP + '_t.gz', 'rt', encoding='utf-16') as t:
        print('rt utf-16', repr(t.read()))
    with gzip.open(TMP + '_t.gz', 'wt', encoding='ascii', errors='xmlcharrefreplace') as t:
        t.write('caf\xe9')
    with gzip.open(TMP + '_t.gz', 'rt', encoding='ascii') as t:
        print('wt xmlcharrefreplace', repr(t.read()))
    show('rt unknown encoding', lambda: gzip.open(TMP + '_t.gz', 'rt', encoding='nope'))
    show('rt bad newline', lambda: gzip.open(TMP + '_t.gz', 'rt', newline='x'))
    with gzip.open(TMP + '_t.gz', 'at', encoding='ascii') as t:
        t.write(' more')
    with gzip.open(TMP + '_t.gz', 'rt', encoding='ascii') as t:
        print('at', repr(t.read()))
    t = gzip.open(TMP + '_t.gz', 'wt', encoding='ascii')
    show('wt write bytes', lambda: t.write(b'x'))
    show('wt read', lambda: t.read())
    t.close()
    show('wt closed', lambda: t.closed)
    show('wt write closed', lambda: t.write('x'))
    show('wt buffer', lambda: type(t.buffer).__name__)
    t = gzip.open(io.BytesIO(gzip.compress('l1\nl2\n'.encode('utf-8'), mtime=0)), 'rt', encoding='utf-8')
    show('rt fileobj', lambda: (t.name, t.readlines()))
finally:
    cleanup()
print('done')
