# base64's base32 (and its hex alphabet), base85, Ascii85 and Z85 encodings and the legacy stream interface, with
# CPython 3.13's errors (test_base64: 281 errors before, 2 failures after, both a multidimensional memoryview); last,
# raising a class whose __new__ answers a non-exception (test_raise).
import base64, io
for data in (b'', b'\x00', b'a', b'ab', b'abc', b'abcd', b'abcde', b'hello world!', bytes(range(256))[:37]):
    e32 = base64.b32encode(data); e32h = base64.b32hexencode(data); e85 = base64.b85encode(data); a85 = base64.a85encode(data)
    z = base64.z85encode(data + b'\0' * (-len(data) % 4))
    assert base64.b32decode(e32) == data and base64.b32hexdecode(e32h) == data and base64.b85decode(e85) == data
    assert base64.a85decode(a85) == data and base64.z85decode(z) == data + b'\0' * (-len(data) % 4)
    print(e32, e32h, e85, a85, z)
print(base64.b85encode(b'abc', pad=True), base64.a85encode(b'abc', pad=True), base64.a85encode(b'\0' * 8 + b'    ', foldspaces=True))
print(base64.a85encode(b'www.python.org' * 3, wrapcol=10, adobe=True))
print(base64.a85decode(b'<~GB\\6`E-ZP=Df.1GEb>~>', adobe=True), base64.a85decode(b'z y', foldspaces=True))
print(base64.b32decode(b'me======', casefold=True), base64.b32decode(b'MLO23456', map01=b'L'), base64.b32decode('MFRGG==='))
for bad in (b'MFRGG', b'MF=GG===', b'M1======', b'========', b'MFRGG=A=', b'ME=====', b'MFRGGZDFME======'[:15]):
    try:
        print(base64.b32decode(bad))
    except Exception as e:
        print(type(e).__name__, e)
for f, bad in ((base64.b85decode, b'|NsC0~'), (base64.b85decode, b'abc{'), (base64.z85decode, b'ab;c'), (base64.a85decode, b'uuuuu'), (base64.a85decode, b'az'), (base64.a85decode, b'\xff')):
    try:
        print(f(bad))
    except ValueError as e:
        print("ValueError:", e)
for f in (base64.b32encode, base64.b85encode, base64.encodebytes):
    try:
        f("text")
    except TypeError as e:
        print("TypeError:", e)
out = io.BytesIO(); base64.encode(io.BytesIO(b'x' * 100), out); print(out.getvalue())
back = io.BytesIO(); base64.decode(io.BytesIO(out.getvalue()), back); print(back.getvalue() == b'x' * 100)
import array
print(base64.b32encode(array.array('B', b'abc')), base64.b32decode(memoryview(b'MFRGG===')), base64.b64encode(memoryview(b'abcd').cast('I')))
class ConstructsNone(BaseException):
    @classmethod
    def __new__(*args, **kwargs):
        return None
for src in ("raise ConstructsNone", "raise IndexError from ConstructsNone", "raise IndexError from 5", "raise 5"):
    try:
        exec(src)
    except TypeError as e:
        print("TypeError:", e)
