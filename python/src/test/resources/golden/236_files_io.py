# SPDX-License-Identifier: Apache-2.0
# Text files (open, modes, newlines, errors), io.StringIO, os.makedirs/rename/remove/listdir; cleans up after itself.
import os, io
base = 'ftpy_io_test_dir'
if os.path.isdir(base):
    for n in os.listdir(base):
        os.remove(os.path.join(base, n))
    os.rmdir(base)
os.makedirs(os.path.join(base, 'sub'), exist_ok=True)
os.rmdir(os.path.join(base, 'sub'))
path = os.path.join(base, 'data.txt')
with open(path, 'w') as f:
    f.write('first line\n')
    print('second line', file=f)
    f.writelines(['third\n', 'fourth'])
print(f.closed, os.path.getsize(path), os.path.exists(path))
with open(path) as f:
    print(f.readline(), end='')
    print(f.read(6), repr(f.readline()))
    print(f.readlines())
with open(path, encoding='utf-8') as f:
    print([line.rstrip('\n') for line in f])
with open(path, 'a') as f:
    f.write('\nappended é')
print(open(path).read().splitlines()[-1])
lines = open(path).readlines()
print(len(lines), lines[0])
try:
    open(os.path.join(base, 'missing.txt'))
except FileNotFoundError as e:
    print('FileNotFoundError', e.errno, e.strerror)
try:
    open(path, 'x')
except FileExistsError as e:
    print('FileExistsError', e.errno)
try:
    f = open(path)
    f.write('x')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
finally:
    f.close()
try:
    f.read()
except ValueError as e:
    print(e)
with open(os.path.join(base, 'crlf.txt'), 'w', newline='') as f:
    f.write('a\r\nb\rc\n')
print(repr(open(os.path.join(base, 'crlf.txt')).read()), repr(open(os.path.join(base, 'crlf.txt'), newline='').read()))
s = io.StringIO()
s.write('hello ')
print('world', file=s)
print(repr(s.getvalue()))
r = io.StringIO('l1\nl2\nl3')
print(r.readline(), list(r), r.tell())
r.seek(0); print(r.read(2))
os.rename(path, os.path.join(base, 'renamed.txt'))
print(sorted(os.listdir(base)))
for n in os.listdir(base):
    os.remove(os.path.join(base, n))
os.rmdir(base)
print(os.path.exists(base))
