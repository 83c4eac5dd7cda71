# SPDX-License-Identifier: Apache-2.0
# Binary files (open 'rb', 'wb', 'ab'), BytesIO, str(bytes, encoding) and a subclass of bytes.
import io, os
path = "ftpython_bytes_test.bin"
with open(path, "wb") as f:
    print(f.write(b"\x00\x01binary\n"), f.write(bytearray(b"more\nlines")))
with open(path, "rb") as f:
    print(f.read(3), f.readline(), f.read(), f.read())
with open(path, "rb") as f:
    print(list(f))
with open(path, "ab") as f:
    f.write("tail".encode())
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[-4:], data.count(b"\n"))
try:
    with open(path, "wb") as f:
        f.write("text")
except TypeError as e:
    print("TypeError", e)
try:
    open(path, "rb", encoding="utf-8")
except ValueError as e:
    print("ValueError", e)
os.remove(path)
b = io.BytesIO(b"abc\ndef")
print(b.readline(), b.read(), b.tell(), b.seek(0), b.read(2))
b.seek(0, 2)
b.write(b"!!")
print(b.getvalue())
with io.BytesIO() as w:
    w.write(b"x" * 3)
    print(w.getvalue(), w.tell())
print(str(b"caf\xc3\xa9", "utf-8"), str(b"x", encoding="ascii"))
class B(bytes):
    def twice(self):
        return self + self
print(B(b"ab").twice(), isinstance(B(b"x"), bytes), B(b"x") == b"x", len(B(b"abc")), B([65]).decode())
