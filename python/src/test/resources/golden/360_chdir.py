# os.chdir: the interpreter's own working directory (a JVM cannot change its own), which open, listdir, exists,
# abspath and the other file operations resolve relative paths against, with CPython's errors.
import os, tempfile
base = tempfile.mkdtemp()
start = os.getcwd()
os.mkdir(os.path.join(base, 'sub'))
os.chdir(base)
print(os.getcwd() == os.path.realpath(base), sorted(os.listdir('.')))
with open('rel.txt', 'w') as f:
    f.write('hello')
os.chdir('sub')
print(os.path.basename(os.getcwd()), os.path.exists('../rel.txt'), open('../rel.txt').read(), os.path.abspath('x') == os.path.join(os.path.realpath(base), 'sub', 'x'))
for bad in ('nope', '../rel.txt'):
    try:
        os.chdir(bad)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror)
os.chdir(start)
import shutil
shutil.rmtree(base)
print(os.getcwd() == start, os.path.exists(base))
