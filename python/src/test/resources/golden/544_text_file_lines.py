# Reading a text file's lines (ftpython reads them in one step for a file opened only for reading whose lines end
# at '\n'): iteration, readline, readlines, mixed with read and seek, at the end, past the end, without a final
# newline, with newline='' and '\r\n' (the general path), in 'r+' mode, closed, and a file that does not decode.
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, 'lines.txt')
with open(p, 'w', newline='') as f:
    f.write('one\ntwo\r\nthree\rfour\n\nlast')

with open(p) as f:
    print([line for line in f])
with open(p, newline='') as f:
    print(list(f))
with open(p, newline='\n') as f:
    print(list(f))
with open(p, newline='\r\n') as f:
    print(list(f))
with open(p) as f:
    print(repr(next(f)), repr(f.readline()), repr(f.readline(3)), repr(f.read(4)), repr(next(f)), f.readlines())
    print(repr(f.readline()), repr(f.readline()), f.readlines())
    try:
        next(f)
    except StopIteration:
        print('StopIteration at the end')
    f.seek(0)
    print(repr(f.readline()), f.tell() if False else '', repr(f.read(2)), repr(next(f)))
    f.seek(1000)
    print(repr(f.readline()), list(f))
with open(p, 'r+') as f:
    print(repr(next(f)), repr(f.readline()))
with open(p) as f:
    pass
try:
    next(f)
except ValueError as e:
    print('ValueError', e)
try:
    f.readline()
except ValueError as e:
    print('ValueError', e)
with open(p, 'wb') as f:
    f.write(b'ok\n\xff\xfe\n')
with open(p, encoding='utf-8') as f:
    try:
        print(list(f))
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e.reason)
with open(p, encoding='utf-8', errors='replace') as f:
    print(list(f))
with open(p, 'w') as f:
    f.write('')
with open(p) as f:
    print(list(f), repr(f.readline()))
os.remove(p)
os.rmdir(d)
