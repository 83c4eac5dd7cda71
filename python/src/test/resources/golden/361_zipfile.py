# Golden test for zipfile: archives written to BytesIO and to files (bytes compared as hex digests), reading,
# ZipInfo, ZipExtFile, extract, printdir, errors, ZIP64, data descriptors, decryption, zipfile.Path.
import hashlib
import sys
sys.modules['bz2'] = sys.modules['lzma'] = None  # as ftpython, which has neither
import io
import os
import shutil
import struct
import tempfile
import time
import warnings
import zipfile
import zlib
from zipfile import ZipFile, ZipInfo, ZIP_STORED, ZIP_DEFLATED, ZIP_BZIP2, ZIP_LZMA

DT = (2020, 5, 17, 13, 45, 30)


TMPS = []


def show(label, f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print(label, '->', repr(r))
        return r
    except Exception as e:
        try:
            msg = str(e)
        except Exception:
            msg = '<str failed>'
        for t in TMPS:
            msg = msg.replace(t, 'TMP')
        print(label, '!!', type(e).__name__, msg)


def digest(b):
    return hashlib.sha256(b).hexdigest()[:16] + ' %d' % len(b)


def dump(b):
    print('  bytes', digest(b))
    print('  hex', b.hex())


def zi(name, dt=DT, **kw):
    z = ZipInfo(name, dt)
    for k, v in kw.items():
        setattr(z, k, v)
    return z


TEXT = b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(300))

print('== constants')
print(zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)
print(zipfile.ZIP64_LIMIT, zipfile.ZIP_FILECOUNT_LIMIT, zipfile.ZIP_MAX_COMMENT)
print(zipfile.BadZipfile is zipfile.BadZipFile, zipfile.error is zipfile.BadZipFile)
print(issubclass(zipfile.BadZipFile, Exception), issubclass(zipfile.LargeZipFile, Exception))
print(sorted(zipfile.__all__))
print(zipfile.sizeFileHeader, zipfile.sizeCentralDir, zipfile.sizeEndCentDir, zipfile.sizeEndCentDir64,
      zipfile.sizeEndCentDir64Locator)
print(zipfile.compressor_names[8], zipfile.compressor_names[0], zipfile.compressor_names[12])

print('== ZipInfo basics')
z = ZipInfo('a.txt')
print(z.filename, z.orig_filename, z.date_time, z.compress_type, z.compress_level, z.comment, z.extra)
print(z.create_system, z.create_version, z.extract_version, z.reserved, z.flag_bits, z.volume, z.internal_attr,
      z.external_attr, z.compress_size, z.file_size)
print(repr(z), z.is_dir())
print(repr(ZipInfo()), ZipInfo().filename)
print(repr(ZipInfo('d/')), ZipInfo('d/').is_dir())
z2 = ZipInfo('x\0junk', (1980, 1, 1, 0, 0, 0))
print(repr(z2.filename), repr(z2.orig_filename))
show('ZipInfo 1979', ZipInfo, 'old', (1979, 12, 31, 0, 0, 0))
show('CRC unset', lambda: ZipInfo('q').CRC)
show('header_offset unset', lambda: ZipInfo('q').header_offset)
show('slot assign', setattr, ZipInfo('q'), 'nosuch', 1)
z3 = zi('b.bin', compress_type=ZIP_DEFLATED, file_size=100, compress_size=40, external_attr=0o100755 << 16)
print(repr(z3))
z3.external_attr |= 0x21
print(repr(z3))
z4 = zi('s.dat', file_size=7, compress_size=7)
print(repr(z4))
z5 = zi('dd/', file_size=0, compress_size=0, external_attr=(0o40755 << 16) | 0x10)
print(repr(z5))
z6 = zi('odd', compress_type=99)
print(repr(z6))
show('FileHeader no CRC', lambda: zi('hdr.txt').FileHeader())
print(zi('hdr.txt', CRC=0).FileHeader().hex())
z7 = zi('hdr2.txt', CRC=0x12345678, compress_size=10, file_size=20)
print(z7.FileHeader().hex())
print(z7.FileHeader(True).hex(), z7.extract_version, z7.create_version)
print(zi('\u00e9t\u00e9.txt', CRC=0).FileHeader().hex())

print('== simple stored archive')
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    print(repr(zf)[:40], zf.mode, zf.compression, zf.compresslevel, zf.filename, zf.comment, zf.debug)
    zf.writestr(zi('hello.txt'), b'Hello, world!\n')
    zf.writestr(zi('dir/sub/x.txt'), 'text str \u00e9\n')
    zf.writestr(zi('empty.txt'), b'')
    print(zf.namelist())
dump(buf.getvalue())
print(repr(zf))

print('== reading it back')
zf = ZipFile(io.BytesIO(buf.getvalue()))
print(zf.namelist(), len(zf.infolist()), zf.mode)
for info in zf.infolist():
    print(' ', repr(info), info.date_time, info.CRC, info.header_offset, info.create_version, info.extract_version,
          info.flag_bits, info.create_system, info.volume, info.internal_attr, oct(info.external_attr >> 16))
print(zf.read('hello.txt'), zf.read(zf.getinfo('dir/sub/x.txt')))
print(zf.read('empty.txt'))
show('getinfo missing', zf.getinfo, 'nope.txt')
show('read missing', zf.read, 'nope')
out = io.StringIO()
zf.printdir(file=out)
print(out.getvalue(), end='')
zf.printdir()
print(zf.testzip())
zf.close()
zf.close()
print(repr(zf))
show('read closed', zf.read, 'hello.txt')
show('open closed', zf.open, 'hello.txt')

print('== deflated archive, levels')
for level in (None, 0, 1, 6, 9):
    buf = io.BytesIO()
    with ZipFile(buf, 'w', ZIP_DEFLATED, compresslevel=level) as zf:
        zf.writestr(zi('text.txt', compress_type=ZIP_DEFLATED, compress_level=level), TEXT)
        zf.writestr(zi('raw.bin'), bytes(range(256)) * 4, compress_type=ZIP_DEFLATED, compresslevel=level)
        zf.writestr(zi('lvl.bin'), TEXT[:500], compress_type=ZIP_DEFLATED)
    data = buf.getvalue()
    print(level, digest(data))
    with ZipFile(io.BytesIO(data)) as zf:
        for info in zf.infolist():
            print('  ', repr(info), info.CRC, info.compress_level)
        print('  ', zf.read('text.txt') == TEXT, zf.read('raw.bin') == bytes(range(256)) * 4)
buf = io.BytesIO()
with ZipFile(buf, 'w', ZIP_DEFLATED) as zf:
    zf.writestr(zi('a.txt', compress_type=ZIP_DEFLATED), b'hello')
    zf.writestr(zi('b.txt'), b'hello hello hello hello')
    zf.writestr(zi('c.txt'), b'stored anyway', compress_type=ZIP_STORED)
dump(buf.getvalue())
with ZipFile(buf) as zf:
    print(zf.infolist())

print('== writestr with names (time-dependent fields hidden)')
buf = io.BytesIO()
with ZipFile(buf, 'w', ZIP_DEFLATED) as zf:
    zf.writestr('n1.txt', 'abc')
    zf.writestr('n2/', b'')
    zf.writestr('n3.txt', b'xyz' * 50, compress_type=ZIP_STORED)
    infos = zf.infolist()
    for info in infos:
        print(' ', repr(info), info.compress_type, oct(info.external_attr), info.CRC, info.file_size,
              info.compress_size, len(info.date_time), info.date_time[0] >= 2024)
with ZipFile(buf) as zf:
    print([(i.filename, i.compress_type, i.file_size) for i in zf.infolist()], zf.read('n1.txt'))

print('== mkdir')
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.mkdir('m1')
    zf.mkdir('m2/', mode=0o755)
    zf.mkdir(zi('m3/', external_attr=(0o40700 << 16) | 0x10, CRC=0))
    show('mkdir file zinfo', zf.mkdir, zi('notdir'))
    show('mkdir int', zf.mkdir, 5)
    zf.writestr(zi('m1/f.txt'), b'in m1')
dump(buf.getvalue())
with ZipFile(buf) as zf:
    for info in zf.infolist():
        print(' ', repr(info), info.is_dir())

print('== comments and extra')
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.comment = b'archive comment'
    z = zi('c.txt', comment=b'member comment', extra=b'\xfe\xca\x04\x00abcd')
    zf.writestr(z, b'commented')
    show('comment str', setattr, zf, 'comment', 'text')
    print(zf.comment)
dump(buf.getvalue())
with ZipFile(buf) as zf:
    print(zf.comment, zf.getinfo('c.txt').comment, zf.getinfo('c.txt').extra, zf.read('c.txt'))
with ZipFile(buf, 'a') as zf:
    zf.comment = b'changed'
with ZipFile(buf) as zf:
    print(zf.comment, zf.namelist())
dump(buf.getvalue())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    buf = io.BytesIO()
    with ZipFile(buf, 'w') as zf:
        zf.comment = b'x' * 70000
        print(len(zf.comment))
    print([str(x.message) for x in w])
with ZipFile(buf) as zf:
    print(len(zf.comment))

print('== open for writing')
buf = io.BytesIO()
with ZipFile(buf, 'w', ZIP_DEFLATED) as zf:
    with zf.open(zi('w1.txt', compress_type=ZIP_DEFLATED), 'w') as f:
        print(f.writable(), f.write(b'part one, '), f.write(bytearray(b'part two, ')), f.write(memoryview(b'3')))
        show('write str', f.write, 'str')
        show('write while open', zf.writestr, zi('x'), b'')
        show('second handle', zf.open, zi('y'), 'w')
        show('read while writing', zf.open, 'w1.txt')
        show('close while writing', zf.close)
    show('write closed handle', f.write, b'x')
    with zf.open(zi('w2.txt'), 'w') as f:
        f.write(TEXT)
    with zf.open(zi('w3.txt', compress_type=ZIP_DEFLATED), 'w', force_zip64=True) as f:
        f.write(b'zip64 forced')
    show('open mode', zf.open, 'w1.txt', 'a')
    show('open pwd w', zf.open, 'zz', 'w', pwd=b'x')
    print(zf.read('w1.txt'))
dump(buf.getvalue())
with ZipFile(buf) as zf:
    for info in zf.infolist():
        print(' ', repr(info), info.extract_version, info.create_version, info.extra)
    print(zf.read('w3.txt'), zf.read('w2.txt') == TEXT)
buf = io.BytesIO()
with ZipFile(buf, 'w', allowZip64=False) as zf:
    show('force_zip64 disallowed', zf.open, zi('f'), 'w', force_zip64=True)
    zz = zi('huge')
    zz.file_size = 3 * 1024 ** 3
    show('huge announced', zf.open, zz, 'w')
print(digest(buf.getvalue()))

print('== ZipExtFile reading')
buf = io.BytesIO()
body = b'first line\nsecond line\r\nthird\n\nlast no newline'
with ZipFile(buf, 'w') as zf:
    zf.writestr(zi('s.txt'), body)
    zf.writestr(zi('d.txt', compress_type=ZIP_DEFLATED), body)
    zf.writestr(zi('big.txt', compress_type=ZIP_DEFLATED), TEXT * 3)
with ZipFile(buf) as zf:
    for name in ('s.txt', 'd.txt'):
        with zf.open(name) as f:
            print(repr(f), f.name, f.mode, f.readable(), f.seekable(), f.writable())
            print(f.read(5), f.tell(), f.readline(), f.readline(3), f.readline(-1), f.peek(2)[:2])
            print(list(f), f.read(), f.read(10), f.tell())
            f.seek(0)
            print(f.readlines())
            f.seek(6)
            print(f.read(4), f.seek(-4, 2), f.read(), f.seek(3, 0), f.seek(2, 1), f.read(3))
            show('bad whence', f.seek, 0, 3)
            print(f.seek(1000), f.read(), f.seek(-1000, 1), f.read(5))
        print(repr(f), f.closed)
        show('read closed', f.read)
        show('tell closed', f.tell)
        show('seek closed', f.seek, 0)
        with zf.open(name) as f:
            print([line for line in f])
        with zf.open(name) as f:
            print(f.read1(4), f.read1(100), f.read1(5))
            show('read1 no n', f.read1)
    with zf.open('big.txt') as f:
        n = 0
        for line in f:
            n += 1
        print(n, f.tell())
        f.seek(len(TEXT) + 7)
        print(f.readline(), f.tell())
        f.seek(100)
        print(f.read(20), f.tell())
        f.seek(-30, 2)
        print(f.read())
        print(f.read(), f.tell())
    with zf.open('big.txt') as f:
        chunks = []
        while True:
            c = f.read(1000)
            if not c:
                break
            chunks.append(len(c))
        print(len(chunks), sum(chunks), chunks[-1])
    # two members open at once share the archive's file
    f1 = zf.open('s.txt')
    f2 = zf.open('d.txt')
    print(f1.read(6), f2.read(6), f1.read(6), f2.read(6))
    f1.close()
    f2.close()
    info = zf.getinfo('d.txt')
    with zf.open(info) as f:
        print(f.read() == body)

print('== extract, extractall, write from files')
tmp = tempfile.mkdtemp(prefix='zgold')
TMPS.append(tmp)
try:
    src = os.path.join(tmp, 'src')
    os.makedirs(os.path.join(src, 'sub', 'deeper'))
    with open(os.path.join(src, 'a.txt'), 'wb') as f:
        f.write(b'file a\n' * 20)
    with open(os.path.join(src, 'sub', 'b.bin'), 'wb') as f:
        f.write(bytes(range(256)))
    with open(os.path.join(src, 'sub', 'deeper', 'c.txt'), 'wb') as f:
        f.write(b'')
    zpath = os.path.join(tmp, 'files.zip')
    with ZipFile(zpath, 'w', ZIP_DEFLATED) as zf:
        print(repr(zf).replace(tmp, 'TMP'))
        zf.write(os.path.join(src, 'a.txt'), 'a.txt')
        zf.write(os.path.join(src, 'sub'), 'sub')
        zf.write(os.path.join(src, 'sub', 'b.bin'), 'sub/b.bin', compress_type=ZIP_STORED)
        zf.write(os.path.join(src, 'sub', 'deeper', 'c.txt'), arcname='/abs/../sub/deeper/c.txt',
                 compresslevel=9)
        zf.write(os.path.join(src, 'a.txt'), arcname='./x/../renamed.txt')
        show('write missing', zf.write, os.path.join(src, 'missing.txt'))
    print(zipfile.is_zipfile(zpath), zipfile.is_zipfile(os.path.join(src, 'a.txt')),
          zipfile.is_zipfile(os.path.join(tmp, 'nope.zip')))
    with ZipFile(zpath) as zf:
        print(zf.namelist())
        for info in zf.infolist():
            st = os.stat(os.path.join(src, info.filename.replace('renamed.txt', 'a.txt').replace('abs/', '')))
            exp = time.localtime(st.st_mtime)[:6]
            print(' ', repr(info), info.date_time == exp[:5] + (exp[5] // 2 * 2,), info.external_attr & 0xFFFF,
                  info.compress_type)
        out = os.path.join(tmp, 'out')
        print(zf.extract('a.txt', out).replace(tmp, 'TMP'))
        print(zf.extract(zf.getinfo('sub/'), out).replace(tmp, 'TMP'))
        zf.extractall(os.path.join(tmp, 'all'))
        zf.extractall(os.path.join(tmp, 'some'), members=['sub/b.bin', zf.getinfo('renamed.txt')])
        show('extract missing', zf.extract, 'zzz', out)
    for root in ('out', 'all', 'some'):
        found = []
        for dirpath, dirnames, filenames in os.walk(os.path.join(tmp, root)):
            for fn in filenames:
                p = os.path.join(dirpath, fn)
                with open(p, 'rb') as f:
                    found.append((os.path.relpath(p, tmp), digest(f.read())))
            for dn in dirnames:
                found.append((os.path.relpath(os.path.join(dirpath, dn), tmp), 'dir'))
        print(root, sorted(found))
    # evil names stay inside the target
    evil = io.BytesIO()
    with ZipFile(evil, 'w') as zf:
        zf.writestr(zi('../../evil.txt'), b'e')
        zf.writestr(zi('/abs/evil2.txt'), b'e2')
        zf.writestr(zi('ok/./../x.txt'), b'x')
    with ZipFile(evil) as zf:
        print(zf.namelist())
        for name in zf.namelist():
            print(os.path.relpath(zf.extract(name, os.path.join(tmp, 'evil')), tmp))
    # mode 'x', mode 'a' on files
    show('x existing', ZipFile, zpath, 'x')
    xpath = os.path.join(tmp, 'new.zip')
    with ZipFile(xpath, 'x') as zf:
        zf.writestr(zi('one.txt'), b'1')
    with open(xpath, 'rb') as f:
        dump(f.read())
    with ZipFile(xpath, 'a', ZIP_DEFLATED) as zf:
        zf.writestr(zi('two.txt', compress_type=ZIP_DEFLATED), b'2' * 100)
        print(zf.namelist())
    with open(xpath, 'rb') as f:
        dump(f.read())
    with ZipFile(xpath, 'a') as zf:
        pass
    with open(xpath, 'rb') as f:
        print(digest(f.read()))
    apath = os.path.join(tmp, 'fresh.zip')
    with ZipFile(apath, 'a') as zf:
        zf.writestr(zi('f.txt'), b'fresh')
    with open(apath, 'rb') as f:
        dump(f.read())
    # appending an archive to a file that is not one
    ppath = os.path.join(tmp, 'prefixed.bin')
    with open(ppath, 'wb') as f:
        f.write(b'#!/bin/sh\necho not a zip\n')
    with ZipFile(ppath, 'a') as zf:
        zf.writestr(zi('inner.txt'), b'inner')
    with open(ppath, 'rb') as f:
        data = f.read()
    dump(data)
    with ZipFile(ppath) as zf:
        print(zf.namelist(), zf.read('inner.txt'), zf.getinfo('inner.txt').header_offset)
    # an archive with a stub before it: offsets are shifted
    inner = io.BytesIO()
    with ZipFile(inner, 'w') as zf:
        zf.writestr(zi('s1.txt'), b'stub one')
        zf.writestr(zi('s2.txt'), b'stub two')
    stubbed = b'STUB' * 10 + inner.getvalue()
    with ZipFile(io.BytesIO(stubbed)) as zf:
        print([(i.filename, i.header_offset) for i in zf.infolist()], zf.read('s2.txt'), zf.start_dir)
    show('missing file r', ZipFile, os.path.join(tmp, 'missing.zip'))
finally:
    shutil.rmtree(tmp)
print(os.path.exists(tmp))

print('== errors')
show('bad mode', ZipFile, io.BytesIO(), 'q')
show('bzip2', ZipFile, io.BytesIO(), 'w', ZIP_BZIP2)
show('lzma', ZipFile, io.BytesIO(), 'w', ZIP_LZMA)
show('unknown', ZipFile, io.BytesIO(), 'w', 3)
show('metadata enc w', ZipFile, io.BytesIO(), 'w', metadata_encoding='utf-8')
show('not zip', ZipFile, io.BytesIO(b'hello world, certainly not a zip archive'))
show('empty', ZipFile, io.BytesIO(b''))
show('is_zipfile junk', zipfile.is_zipfile, io.BytesIO(b'junk' * 100))
show('is_zipfile empty-archive', zipfile.is_zipfile, io.BytesIO(b'PK\x05\x06' + bytes(18)))
b = io.BytesIO(b'xxPK\x05\x06' + bytes(18))
b.seek(3)
show('is_zipfile keeps pos', zipfile.is_zipfile, b)
print(b.tell())
with ZipFile(io.BytesIO(b'PK\x05\x06' + bytes(18))) as zf:
    print(zf.namelist(), zf.comment)
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.writestr(zi('x.txt'), b'x')
    show('writestr bzip2', zf.writestr, zi('y.txt'), b'y', compress_type=ZIP_BZIP2)
    show('writestr lzma', zf.writestr, zi('y.txt'), b'y', compress_type=ZIP_LZMA)
    show('writestr 99', zf.writestr, zi('y.txt'), b'y', compress_type=99)
    show('writestr int data', zf.writestr, zi('z.txt'), 12)
print(digest(buf.getvalue()))
with ZipFile(buf) as zf:
    print(zf.namelist())
    show('writestr in r', zf.writestr, zi('n'), b'')
    show('mkdir in r', zf.mkdir, 'd')
show('writestr after close', zf.writestr, 'x', b'')
show('write after close', zf.write, __file__)
show('open after close', zf.open, 'x.txt')
zf = ZipFile(io.BytesIO(), 'w')
zf.close()
show('mkdir after close', zf.mkdir, 'q')
data = buf.getvalue()
# corruptions
bad = bytearray(data)
bad[0:4] = b'XXXX'
with ZipFile(io.BytesIO(bytes(bad))) as zf:
    show('bad local magic', zf.read, 'x.txt')
    print(zf.testzip())
bad = bytearray(data)
off = data.index(b'PK\x01\x02')
bad[off:off + 4] = b'PK\x01\x09'
show('bad cd magic', ZipFile, io.BytesIO(bytes(bad)))
bad = bytearray(data)
bad[data.index(b'x.txt') + 5] ^= 0xFF  # the member's one data byte
with ZipFile(io.BytesIO(bytes(bad))) as zf:
    show('bad crc', zf.read, 'x.txt')
    print('testzip', zf.testzip())
    with zf.open('x.txt') as f:
        show('bad crc read1', f.read, 1)
bad = bytearray(data)
bad[data.index(b'x.txt')] = ord('y')  # local name differs
with ZipFile(io.BytesIO(bytes(bad))) as zf:
    show('name differs', zf.read, 'x.txt')
bad = bytearray(data)
cdoff = data.index(b'PK\x01\x02')
bad[cdoff + 10:cdoff + 12] = struct.pack('<H', 6)  # implode
with ZipFile(io.BytesIO(bytes(bad))) as zf:
    show('implode', zf.read, 'x.txt')
    print(zf.infolist())
bad[cdoff + 10:cdoff + 12] = struct.pack('<H', 12)
with ZipFile(io.BytesIO(bytes(bad))) as zf:
    show('bzip2 member', zf.read, 'x.txt')
bad[cdoff + 10:cdoff + 12] = struct.pack('<H', 0)
bad[cdoff + 6] = 70  # extract version 7.0
show('version', ZipFile, io.BytesIO(bytes(bad)))
bad = bytearray(data)
bad[cdoff + 8] |= 0x20
with ZipFile(io.BytesIO(bytes(bad))) as zf:
    show('patched', zf.read, 'x.txt')
bad[cdoff + 8] = 0x40
with ZipFile(io.BytesIO(bytes(bad))) as zf:
    show('strong', zf.read, 'x.txt')
show('truncated cd', ZipFile, io.BytesIO(data[:cdoff + 10] + data[-22:]))
trunc = data[:cdoff - 1]
show('truncated', ZipFile, io.BytesIO(trunc))
eoff = data.index(b'PK\x05\x06')
bad = bytearray(data)
bad[eoff + 16:eoff + 20] = struct.pack('<L', 5000)
show('bad cd offset', lambda: ZipFile(io.BytesIO(bytes(bad))).namelist())
show('span disks', ZipFile, io.BytesIO(data[:eoff] + b'PK\x06\x07' + struct.pack('<LQL', 1, 0, 2) + data[eoff:]))
# overlapped entries (zip bomb shape)
buf2 = io.BytesIO()
with ZipFile(buf2, 'w') as zf:
    zf.writestr(zi('a'), b'a' * 50)
    zf.writestr(zi('b'), b'b' * 50)
bad = bytearray(buf2.getvalue())
cdoff = bad.index(b'PK\x01\x02')
bad[cdoff + 20:cdoff + 24] = struct.pack('<L', 200)
with ZipFile(io.BytesIO(bytes(bad))) as zf:
    show('overlap', zf.read, 'a')
# archive comment found by search
buf3 = io.BytesIO()
with ZipFile(buf3, 'w') as zf:
    zf.comment = b'PK\x05\x06 tricky comment'
    zf.writestr(zi('t.txt'), b't')
show('signature in comment', ZipFile, buf3)
buf3 = io.BytesIO()
with ZipFile(buf3, 'w') as zf:
    zf.comment = b'a longer comment with PK\x05\x06 inside it, long enough to parse as a record'
    zf.writestr(zi('t.txt'), b't')
show('signature in long comment', ZipFile, buf3)
buf3 = io.BytesIO()
with ZipFile(buf3, 'w') as zf:
    zf.comment = b'plain comment'
    zf.writestr(zi('t.txt'), b't')
with ZipFile(buf3) as zf:
    print(zf.comment, zf.namelist())
show('trailing junk', lambda: ZipFile(io.BytesIO(buf3.getvalue() + b'junk')).namelist())

print('== duplicate names')
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    buf = io.BytesIO()
    with ZipFile(buf, 'w') as zf:
        zf.writestr(zi('dup.txt'), b'one')
        zf.writestr(zi('dup.txt'), b'two')
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
with ZipFile(buf) as zf:
    print(zf.namelist(), zf.read('dup.txt'), [i.header_offset for i in zf.infolist()])
    print(zf.read(zf.infolist()[0]))

print('== utf-8 and cp437 names')
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.writestr(zi('caf\u00e9/\u65e5\u672c.txt'), b'unicode')
    zf.writestr(zi('plain.txt'), b'plain')
dump(buf.getvalue())
with ZipFile(buf) as zf:
    print(zf.namelist(), [hex(i.flag_bits) for i in zf.infolist()], zf.read('caf\u00e9/\u65e5\u672c.txt'))
raw = bytearray(buf.getvalue())
# clear the UTF-8 flag: the name now reads as cp437
for sig, at in ((b'PK\x03\x04', 6), (b'PK\x01\x02', 8)):
    i = raw.index(sig)
    raw[i + at + 1] &= 0xF7  # bit 11 of the flags
with ZipFile(io.BytesIO(bytes(raw))) as zf:
    print(ascii(zf.namelist()))
    print(zf.read(zf.namelist()[0]))
with ZipFile(io.BytesIO(bytes(raw)), metadata_encoding='utf-8') as zf:
    print(zf.namelist())
    print(zf.read(zf.namelist()[0]))

print('== Unicode Path extra field (0x7075)')
name = b'old.txt'
up = struct.pack('<BL', 1, zlib.crc32(name)) + 'n\u00e9w.txt'.encode()
ex = struct.pack('<HH', 0x7075, len(up)) + up
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.writestr(zi('old.txt', extra=ex), b'renamed')
with ZipFile(buf) as zf:
    print(zf.namelist(), zf.infolist()[0].orig_filename, zf.read('n\u00e9w.txt'))
up = struct.pack('<BL', 1, 12345) + b'ignored.txt'
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.writestr(zi('kept.txt', extra=struct.pack('<HH', 0x7075, len(up)) + up), b'k')
with ZipFile(buf) as zf:
    print(zf.namelist())
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.writestr(zi('bad.txt', extra=struct.pack('<HH', 0x7075, 2) + b'\x01\x02'), b'k')
show('corrupt 7075', ZipFile, io.BytesIO(buf.getvalue()))
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.writestr(zi('bad.txt', extra=struct.pack('<HH', 0x9999, 20) + b'\x01\x02'), b'k')
show('corrupt extra', ZipFile, io.BytesIO(buf.getvalue()))

print('== non-seekable output: data descriptors')


class Unseekable:
    def __init__(self):
        self.chunks = []

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

    def tell(self):
        raise OSError('no tell')

    def flush(self):
        pass


class NoSeek(io.BytesIO):
    def seek(self, *a):
        raise OSError('no seek')


u = Unseekable()
with ZipFile(u, 'w', ZIP_DEFLATED) as zf:
    zf.writestr(zi('dd1.txt', compress_type=ZIP_DEFLATED), TEXT[:300])
    zf.writestr(zi('dd2.txt'), b'stored with descriptor')
    with zf.open(zi('dd3.txt'), 'w', force_zip64=True) as f:
        f.write(b'zip64 descriptor')
    zf.mkdir('ddd')
data = b''.join(u.chunks)
dump(data)
with ZipFile(io.BytesIO(data)) as zf:
    for info in zf.infolist():
        print(' ', repr(info), hex(info.flag_bits), info.extract_version)
    print(zf.read('dd1.txt') == TEXT[:300], zf.read('dd2.txt'), zf.read('dd3.txt'))
ns = NoSeek()
with ZipFile(ns, 'w') as zf:
    print(zf._seekable)
    zf.writestr(zi('ns.txt'), b'noseek')
dump(ns.getvalue())

print('== ZIP64 end records')
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.writestr(zi('z.txt'), b'zzz')
data = buf.getvalue()
# build an archive whose end record points at a ZIP64 end record
cdoff = data.index(b'PK\x01\x02')
cd = data[cdoff:data.index(b'PK\x05\x06')]
rec64 = struct.pack(zipfile.structEndArchive64, zipfile.stringEndArchive64, 44, 45, 45, 0, 0, 1, 1, len(cd), cdoff)
loc = struct.pack(zipfile.structEndArchive64Locator, zipfile.stringEndArchive64Locator, 0, cdoff + len(cd), 1)
end = struct.pack(zipfile.structEndArchive, zipfile.stringEndArchive, 0, 0, 0xFFFF, 0xFFFF, 0xFFFFFFFF,
                  0xFFFFFFFF, 0)
z64 = data[:cdoff] + cd + rec64 + loc + end
with ZipFile(io.BytesIO(z64)) as zf:
    print(zf.namelist(), zf.read('z.txt'), zf.start_dir)
with ZipFile(io.BytesIO(b'PREFIX' + z64)) as zf:
    print(zf.namelist(), zf.read('z.txt'), zf.start_dir, zf.infolist()[0].header_offset)
# zip64 extra in the central directory
ex = struct.pack('<HHQQQ', 1, 24, 3, 3, 0)
cd2 = bytearray(cd)
cd2[20:28] = struct.pack('<LL', 0xFFFFFFFF, 0xFFFFFFFF)
cd2[30:32] = struct.pack('<H', len(ex))
cd2[42:46] = struct.pack('<L', 0xFFFFFFFF)
cd2 = bytes(cd2[:46 + 5]) + ex
end2 = struct.pack(zipfile.structEndArchive, zipfile.stringEndArchive, 0, 0, 1, 1, len(cd2), cdoff, 0)
with ZipFile(io.BytesIO(data[:cdoff] + cd2 + end2)) as zf:
    i = zf.infolist()[0]
    print(i.file_size, i.compress_size, i.header_offset, zf.read('z.txt'))
ex = struct.pack('<HHQ', 1, 8, 3)
cd3 = bytearray(cd2[:46 + 5])
cd3[30:32] = struct.pack('<H', len(ex))
cd3 = bytes(cd3) + ex
end3 = struct.pack(zipfile.structEndArchive, zipfile.stringEndArchive, 0, 0, 1, 1, len(cd3), cdoff, 0)
show('short zip64 extra', ZipFile, io.BytesIO(data[:cdoff] + cd3 + end3))
buf = io.BytesIO()
with ZipFile(buf, 'w', allowZip64=False) as zf:
    zf.writestr(zi('small'), b'fine')
print(digest(buf.getvalue()))

print('== decryption (traditional PKWARE)')


def crc_table():
    t = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = (c >> 1) ^ 0xEDB88320 if c & 1 else c >> 1
        t.append(c)
    return t


TABLE = crc_table()


def encrypt(pwd, data, check):
    k = [305419896, 591751049, 878082192]

    def upd(b):
        k[0] = (k[0] >> 8) ^ TABLE[(k[0] ^ b) & 0xFF]
        k[1] = ((k[1] + (k[0] & 0xFF)) * 134775813 + 1) & 0xFFFFFFFF
        k[2] = (k[2] >> 8) ^ TABLE[(k[2] ^ (k[1] >> 24)) & 0xFF]
    for b in pwd:
        upd(b)
    out = bytearray()
    for p in bytes(range(11)) + bytes([check]) + data:
        t = k[2] | 2
        out.append(p ^ (((t * (t ^ 1)) >> 8) & 0xFF))
        upd(p)
    return bytes(out)


def encrypted_zip(pwd, plain, deflate, descriptor=False):
    payload = plain
    if deflate:
        c = zlib.compressobj(6, zlib.DEFLATED, -15)
        payload = c.compress(plain) + c.flush()
    crc = zlib.crc32(plain)
    dostime = DT[3] << 11 | DT[4] << 5 | DT[5] // 2
    enc = encrypt(pwd, payload, (dostime >> 8) & 0xFF if descriptor else crc >> 24)
    info = zi('secret.txt', compress_type=ZIP_DEFLATED if deflate else ZIP_STORED)
    info.flag_bits = 9 if descriptor else 1
    info.CRC = crc
    info.compress_size = len(enc)
    info.file_size = len(plain)
    info.header_offset = 0
    info.external_attr = 0o600 << 16
    head = info.FileHeader()
    name, flags = info._encodeFilenameFlags()
    dosdate = (DT[0] - 1980) << 9 | DT[1] << 5 | DT[2]
    if descriptor:
        enc_dd = enc + struct.pack('<LLLL', 0x08074b50, crc, len(enc), len(plain))
    else:
        enc_dd = enc
    cdr = struct.pack(zipfile.structCentralDir, zipfile.stringCentralDir, 20, 3, 20, 0, info.flag_bits,
                      info.compress_type,
                      dostime, dosdate, crc, len(enc), len(plain), len(name), 0, 0, 0, 0, info.external_attr, 0)
    cdr += name
    endr = struct.pack(zipfile.structEndArchive, zipfile.stringEndArchive, 0, 0, 1, 1, len(cdr),
                       len(head) + len(enc_dd), 0)
    return head + enc_dd + cdr + endr


for deflate, descriptor in ((False, False), (True, False), (True, True)):
    data = encrypted_zip(b'sesame', b'the treasure is buried here\n' * 3, deflate, descriptor)
    with ZipFile(io.BytesIO(data)) as zf:
        print(repr(zf.infolist()[0]), hex(zf.infolist()[0].flag_bits))
        show('no pwd', zf.read, 'secret.txt')
        show('no pwd info', zf.open, zf.getinfo('secret.txt'))
        show('wrong pwd', zf.read, 'secret.txt', pwd=b'wrong')
        show('str pwd', zf.read, 'secret.txt', pwd='sesame')
        show('right pwd', zf.read, 'secret.txt', pwd=b'sesame')
        show('setpassword str', zf.setpassword, 'x')
        zf.setpassword(b'sesame')
        print(zf.pwd)
        with zf.open('secret.txt') as f:
            print(f.read(10), f.seek(0), f.read(5), f.seek(-6, 2), f.read())
        print(zf.testzip())
        zf.setpassword(None)
        print(zf.pwd)
        show('cleared pwd', zf.read, 'secret.txt')

print('== context manager and misc')
buf = io.BytesIO()
try:
    with ZipFile(buf, 'w') as zf:
        zf.writestr(zi('before.txt'), b'b')
        raise KeyError('boom')
except KeyError as e:
    print('caught', e, zf.fp is None)
with ZipFile(buf) as zf:
    print(zf.namelist())
buf = io.BytesIO()
zf = ZipFile(buf, 'w')
zf.writestr(zi('in-w.txt'), b'readable in w mode')
print(zf.read('in-w.txt'))
zf.close()
print(digest(buf.getvalue()))
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    pass
print(buf.getvalue())
with ZipFile(buf, 'a') as zf:
    zf.writestr(zi('later.txt'), b'appended')
dump(buf.getvalue())
with ZipFile(buf) as zf:
    print(zf.namelist())
# filename attribute with a named file object
print(ZipFile(io.BytesIO(buf.getvalue())).filename)


class PathLike:
    def __init__(self, p):
        self.p = p

    def __fspath__(self):
        return self.p


tmp = tempfile.mkdtemp(prefix='zgold2')
try:
    p = os.path.join(tmp, 'pl.zip')
    with ZipFile(PathLike(p), 'w') as zf:
        zf.writestr(zi('pl.txt'), b'pathlike')
        print(zf.filename == p)
    with ZipFile(p) as zf:
        print(zf.read('pl.txt'))
    zpi = ZipInfo.from_file(PathLike(os.path.join(tmp, 'pl.zip')), 'named.zip')
    print(repr(zpi).split(' file_size')[0], zpi.file_size)
    os.mkdir(os.path.join(tmp, 'sub'))
    zpi = ZipInfo.from_file(os.path.join(tmp, 'sub'), 'adir')
    print(repr(zpi), zpi.is_dir())
    zpi = ZipInfo.from_file(p)
    print(zpi.filename == p.lstrip('/'))
finally:
    shutil.rmtree(tmp)

print('== more reading')
long_lines = b''.join(b'%05d ' % i + b'y' * (i * 997 % 9000) + b'\n' for i in range(40))
buf = io.BytesIO()
with ZipFile(buf, 'w', ZIP_DEFLATED) as zf:
    zf.writestr(zi('long.txt', compress_type=ZIP_DEFLATED), long_lines)
    zf.writestr(zi('long-s.txt'), long_lines)
    zf.writestr(zi('a-very-long-member-name-that-is-wider-than-the-forty-six-column-field.txt'), b'w')
    zf.writestr(zi('folder/'), b'')
    zf.writestr(zi('s.txt'), 'str data \u20ac')
with ZipFile(buf) as zf:
    zf.printdir()
    for name in ('long.txt', 'long-s.txt'):
        with zf.open(name) as f:
            lens = [len(line) for line in f]
            print(name, len(lens), sum(lens), lens[:5], lens[-3:])
        with zf.open(name) as f:
            print(len(f.readline(100)), len(f.readline(5000)), len(f.readline()), f.tell(), len(f.peek()) > 0)
            print(len(f.readlines(20000)), f.tell())
            f.seek(50000)
            print(f.readline()[:12], f.tell())
            f.seek(10)
            print(f.read(8), f.tell())
            print(len(f.read1(100000)) > 0)
    print(zf.read('folder/'), zf.getinfo('folder/').is_dir(), zf.read('s.txt'))
    with zf.open('folder/') as f:
        print(f.read(), f.readline())
    show('read pwd plain', zf.read, 's.txt', pwd=b'ignored')
    show('read str pwd plain', zf.read, 's.txt', pwd='x')
    show('setpassword empty', zf.setpassword, b'')
    print(zf.pwd)
tmp = tempfile.mkdtemp(prefix='zgold4')
TMPS.append(tmp)
try:
    p = os.path.join(tmp, 'r.zip')
    with open(p, 'wb') as f:
        f.write(buf.getvalue())
    with open(p, 'rb') as fobj:
        with ZipFile(fobj) as zf:
            print(repr(zf).replace(tmp, 'TMP'), zf.filename.replace(tmp, 'TMP'), zf.read('s.txt'))
        print(fobj.closed)
    zf = ZipFile(p)
    f = zf.open('long.txt')
    zf.close()
    print(len(f.read()), repr(zf))
    f.close()
    with ZipFile(p, 'a') as zf:
        zf.writestr(zi('added.txt'), b'added to a file')
        zf.mkdir('newdir')
    with ZipFile(p) as zf:
        print(zf.namelist(), zf.testzip())
        zf.extractall(os.path.join(tmp, 'ex'), members=[zf.getinfo('newdir/'), 'added.txt'])
    print(sorted(os.listdir(os.path.join(tmp, 'ex'))))
    print(zipfile.is_zipfile(p))
    # write-only and read-write file objects, with bytes around the archive
    for fmode in ('wb', 'w+b'):
        with open(p, fmode) as f:
            f.write(b'PREFIX')
            with ZipFile(f, 'w') as zf:
                print(repr(zf).replace(tmp, 'TMP'))
                zf.writestr(zi('a.txt'), b'hello')
                zf.writestr(zi('b.txt'), b'world' * 10, compress_type=ZIP_DEFLATED)
                with zf.open(zi('c.txt'), 'w') as w:
                    w.write(b'streamed')
            f.write(b'SUFFIX')
        with open(p, 'rb') as f:
            data = f.read()
        dump(data)
    with ZipFile(p) as zf:
        print(zf.namelist(), zf.read('b.txt')[:10], zf.read('c.txt'), zf.infolist()[0].header_offset)
finally:
    shutil.rmtree(tmp)

print('== read1, seeking and CRC')
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.writestr(zi('st.bin'), bytes(range(256)) * 40)
    zf.writestr(zi('df.bin', compress_type=ZIP_DEFLATED), bytes(range(256)) * 40)
data = bytearray(buf.getvalue())
with ZipFile(io.BytesIO(bytes(data))) as zf:
    for name in ('st.bin', 'df.bin'):
        with zf.open(name) as f:
            print(len(f.read1(10)), len(f.read1(5000)), len(f.read1(3)), len(f.peek(1)), len(f.read1(-1)), f.tell())
            f.seek(0)
            print(len(f.peek()), f.read(3), len(f.read1(10000)), f.tell(), len(f.read1(1)), f.tell())
            f.seek(5000)
            print(f.read(4), f.tell(), f.seek(-5000, 1), f.read(2), f.seek(9000), f.read(2), f.seek(100))
            print(len(f.read()), f.tell(), f.read(), f.read1(5))
# a corrupt stored member: seeking over the damage skips the CRC check, reading through it does not
at = data.index(b'st.bin') + 6 + 3000
data[at] ^= 0xFF
with ZipFile(io.BytesIO(bytes(data))) as zf:
    with zf.open('st.bin') as f:
        f.read(10)
        f.seek(6000)
        print(len(f.read()))
    with zf.open('st.bin') as f:
        show('crc read through', f.read)
    with zf.open('st.bin') as f:
        f.seek(6000)
        f.seek(0)
        show('crc after rewind', f.read)

print('== zipfile.Path')
buf = io.BytesIO()
with ZipFile(buf, 'w') as zf:
    zf.writestr(zi('a.txt'), b'content of a\r\nsecond line\n')
    zf.writestr(zi('b/c.txt'), 'c \u00e9')
    zf.writestr(zi('b/d/e.txt'), b'deep')
    zf.writestr(zi('g/'), b'')
    zf.writestr(zi('g/h.py'), b'print(1)\n')
    zf.writestr(zi('x/y/z.tar.gz'), b'zzz')
zf = ZipFile(buf)
print(zf.namelist())
root = zipfile.Path(zf)
print(zf.namelist())
print(repr(root), root.at, root.is_dir(), root.is_file(), root.exists())
print(sorted(p.at for p in root.iterdir()))
a = root / 'a.txt'
print(repr(a), a.name, a.suffix, a.stem, a.is_file(), a.is_dir(), a.exists())
print(repr(a.read_text()), a.read_bytes())
with a.open() as f:
    print(repr(f.readline()), repr(f.read()))
with a.open('rb') as f:
    print(f.read())
with a.open('r', newline='') as f:
    print(repr(f.read()))
with a.open('r', None, None, '') as f:
    print(list(f))
with a.open('r', newline='\r\n') as f:
    print(f.readlines(), f.read())
with a.open('r', encoding='latin-1') as f:
    print(repr(f.read(7)), repr(f.readline(3)), repr(f.readline()), f.encoding)
show('bad newline', a.open, 'r', newline='x')
b_ = root.joinpath('b')
print(repr(b_), b_.is_dir(), b_.exists(), b_.name, sorted(p.at for p in b_.iterdir()))
print(repr(root / 'b' / 'd' / 'e.txt'), (root / 'b/d/e.txt').read_text())
print(repr(root.joinpath('b', 'c.txt')), root.joinpath('b', 'c.txt').read_text(encoding='utf-8'))
print(repr(root.joinpath('x')), repr(root.joinpath('x/y')), root.joinpath('x/y').is_dir())
z = root / 'x' / 'y' / 'z.tar.gz'
print(z.name, z.suffix, z.suffixes, z.stem)
print(repr(z.parent), repr(z.parent.parent), repr(a.parent))
missing = root / 'missing.txt'
print(missing.exists(), missing.is_file(), missing.is_dir())
show('open missing', missing.open)
show('open dir', b_.open)
show('iterdir file', a.iterdir)
show('binary with encoding', a.open, 'rb', 'utf-8')
print(a == root / 'a.txt', a == root / 'b', hash(a) == hash(root / 'a.txt'))
print(a.match('*.txt'), a.match('*.py'), a.is_symlink())
print(sorted(p.at for p in root.glob('*.txt')), sorted(p.at for p in root.rglob('*.txt')))
print(sorted(p.at for p in root.glob('**')), sorted(p.at for p in b_.glob('*')))
print(sorted(p.at for p in root.glob('*/')), sorted(p.at for p in root.glob('?.txt')))
print(sorted(p.at for p in root.glob('[ab]*')), sorted(p.at for p in root.rglob('*')))
show('glob empty', root.glob, '')
show('glob **x', root.glob, 'a**')
print(zf.getinfo('b/'), zf.getinfo('x/y/').filename)
show('getinfo b', zf.getinfo, 'b')
print(sorted(zf.namelist()))
zf.close()
# Path over a file name, write mode
tmp = tempfile.mkdtemp(prefix='zgold3')
try:
    p = os.path.join(tmp, 'p.zip')
    with ZipFile(p, 'w') as zf:
        zf.writestr(zi('top/inner.txt'), b'inner')
        zp = zipfile.Path(zf)
        print(zf.namelist())
        with (zp / 'new.txt').open('w') as f:
            f.write('written through Path\n')
        print(zf.namelist(), sorted(q.at for q in zp.iterdir()))
        with (zp / 'newb.bin').open('wb') as f:
            f.write(b'\x00\x01')
    with open(p, 'rb') as f:
        data = f.read()
    print(len(data))
    zp = zipfile.Path(p)
    print(repr(zp).replace(tmp, 'TMP'), str(zp).replace(tmp, 'TMP'), zp.name)
    print(sorted(q.at for q in zp.iterdir()), (zp / 'new.txt').read_text(), (zp / 'newb.bin').read_bytes())
    print(str(zp / 'top' / 'inner.txt').replace(tmp, 'TMP'), str(zp.filename).replace(tmp, 'TMP'))
    print((zp / 'top' / 'inner.txt').relative_to(zp), (zp / 'top' / 'inner.txt').relative_to(zp / 'top'))
    print(str((zp / 'top').filename).replace(tmp, 'TMP'), repr(zipfile.Path(p, at='top/')).replace(tmp, 'TMP'))
    zp.root.close()
finally:
    shutil.rmtree(tmp)
print('done')
