# Files opened for updating (r+, w+, a+, and binary): reads, writes and seeks in one file object, a write after a
# read going where CPython's read-ahead left the file, truncate, and the seek errors of text and binary files.
import tempfile
_d = tempfile.mkdtemp()
import os
p = _d + "/upd.txt"
if os.path.exists(p): os.remove(p)
f = open(p, "w+")
print(f.write("hello\nworld\n"), f.tell())
f.seek(0)
print(repr(f.read()), f.tell())
f.seek(0)
print(repr(f.readline()))
f.write("WORLD")
f.seek(0)
print(repr(f.read()))
f.close()
print(repr(open(p).read()))
with open(p, "r+") as f:
    print(repr(f.read(3)))
    f.seek(0)
    f.write("J")
    f.seek(0, 2)
    f.write("more\n")
print(repr(open(p).read()))
with open(p, "a+") as f:
    print(f.tell(), repr(f.read()))
    f.seek(0)
    print(repr(f.read(5)))
    f.write("end\n")
    f.seek(0)
    print(repr(f.read()))
with open(p, "w") as f:
    f.write("abc")
    print(f.tell(), f.seek(0, 2))
    print(f.truncate(2))
print(repr(open(p).read()))
b = p + ".bin"
with open(b, "w+b") as f:
    print(f.mode, repr(f)[:22], f.write(b"\x00\x01\x02abc"), f.tell())
    f.seek(-3, 2)
    print(f.read())
    f.seek(1)
    f.write(b"Z")
    f.seek(0)
    print(f.read(), f.readable(), f.writable())
    try:
        f.seek(-100, 1)
    except OSError as e:
        print("OSError", e)
print(open(b, "rb").read())
with open(b, "r+b") as f:
    f.truncate(3)
print(open(b, "rb").read())
try:
    open(p + ".none", "r+")
except FileNotFoundError as e:
    print("FNF", e.errno)
with open(b, "ab+") as f:
    print(f.mode, f.tell())
    f.write(b"!")
print(open(b, "rb").read())
os.remove(p); os.remove(b)

p = _d + "/seek.txt"
with open(p, "w+") as f:
    f.write("abc")
    for args in [(-1,), (1, 1), (1, 2), (0, 3)]:
        try:
            f.seek(*args)
        except Exception as e:
            print(type(e).__name__, e)
with open(p, "rb+") as f:
    for args in [(-1,), (-10, 1), (-10, 2), (0, 3)]:
        try:
            print(f.seek(*args))
        except Exception as e:
            print(type(e).__name__, e)
    print(f.tell())
with open(p, "r") as f:
    try:
        f.truncate()
    except Exception as e:
        print(type(e).__name__, e)
import os; os.remove(p)
os.rmdir(_d)
