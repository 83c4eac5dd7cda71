# SPDX-License-Identifier: Apache-2.0
# The OSError subclass, errno and filename of failed os calls (mkdir, makedirs, remove of a directory, rmdir of a
# non-empty directory, a missing file), and enum lookup of unhashable values; cleans up after itself.
import os, enum
base = 'ftpy_os_errors_dir'
p = os.path.join(base, 'b')
try:
    os.mkdir(p)
except FileNotFoundError as e:
    print('mkdir', type(e).__name__, e.errno)
os.makedirs(p)
try:
    os.makedirs(p)
except FileExistsError as e:
    print('makedirs', type(e).__name__, e.errno)
os.makedirs(p, exist_ok=True)
f = os.path.join(p, 'x.txt')
with open(f, 'w') as out:
    out.write('hi')
print(open(f).read(), open(f, 'rb').read(), os.path.getsize(f))
os.rename(f, os.path.join(base, 'y.txt'))
print(sorted(os.listdir(base)))
try:
    os.remove(p)
except IsADirectoryError as e:
    print('remove dir', type(e).__name__, e.errno, e.filename == p)
try:
    os.rmdir(base)
except OSError as e:
    print('rmdir', type(e).__name__, e.errno)
os.remove(os.path.join(base, 'y.txt'))
os.rmdir(p)
os.rmdir(base)
try:
    os.remove('ftpy_no_such_file')
except FileNotFoundError as e:
    print('remove', type(e).__name__, e.errno, e.filename, str(e))
print(os.path.exists(base))


class C(enum.Enum):
    A = [1]
    B = [2]
    Z = 3
    W = [1]  # an alias of A: equal unhashable values find the first member


print(C([2]), C([1]) is C.A, C.W is C.A, C(3), list(C))
try:
    C([5])
except ValueError as e:
    print(e)
