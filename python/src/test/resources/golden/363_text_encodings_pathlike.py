# Text files in more encodings (latin-1, utf-8-sig with one byte order mark, iso-8859-15, cp437, utf-16-le), a
# strict UnicodeEncodeError writing ascii, os.PathLike's subclass hook, contextlib.chdir; as CPython 3.13's.
import os, contextlib, tempfile
d = tempfile.mkdtemp()
p = os.path.join(d, 'f.txt')
for enc in ('latin-1', 'utf-8-sig', 'iso-8859-15', 'cp437', 'utf-16-le'):
    with open(p, 'w', encoding=enc) as f:
        f.write('héllo')
    with open(p, 'rb') as f:
        raw = f.read()
    with open(p, encoding=enc) as f:
        print(enc, raw, f.read())
try:
    with open(p, 'w', encoding='ascii') as f:
        f.write('é')
except UnicodeEncodeError as e:
    print('UnicodeEncodeError', e)
print('x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'), 'é'.encode('iso-8859-15'))
class P:
    def __fspath__(self): return '/tmp'
print(isinstance(P(), os.PathLike), isinstance('s', os.PathLike), issubclass(P, os.PathLike))
start = os.getcwd()
with contextlib.chdir(d):
    print(os.path.basename(os.getcwd()) == os.path.basename(d), os.listdir('.'))
print(os.getcwd() == start)
import shutil; shutil.rmtree(d)
print('--- utf-32 and utf-16 byte order marks')
for enc in ('utf-32', 'utf-16', 'utf-32-le', 'utf-32-be', 'utf-16-be'):
    b = 'aé😀'.encode(enc)
    print(enc, b, b.decode(enc) == 'aé😀')
print(b'\xff\xfe\x00\x00a\x00\x00\x00'.decode('utf-32'), b'\x00\x00\xfe\xffa'.hex())
