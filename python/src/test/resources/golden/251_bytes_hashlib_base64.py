# SPDX-License-Identifier: Apache-2.0
# bytes and bytearray: literals, methods, operators, encode/decode with error handlers, int.to_bytes/from_bytes; hashlib, base64, binascii.
b = b"hello world"
print(b, len(b), b[0], b[-1], b[1:5], b[::-1], type(b[1:3]).__name__, b"" == b"", bool(b""))
print(list(b"abc"), b"lo" in b, 104 in b, 300 in [1] if False else "", b.upper(), b.split(), b.split(b"o"), b.replace(b"l", b"L", 2))
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.startswith(b"he"), b.endswith((b"x", b"ld")))
print(b + b"!", b * 2, 2 * b"ab", b"-".join([b"a", b"b", b"c"]), b.strip(b"hd"), b"  x  ".strip(), b.partition(b" "))
print(b.decode(), b.decode("ascii"), "héllo wörld".encode(), "héllo".encode("latin-1"), "abc".encode("utf-16"))
print(b.hex(), b.hex(":"), bytes.fromhex("de ad be ef"), bytes.fromhex("00ff").hex())
print(bytes(3), bytes([65, 66, 67]), bytes("xyz", "utf-8"), bytes(b"q"), bytes(range(5)), bytes())
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' and \""), repr(b"\x00\x7f\xff\t\n\r\\"), str(b"s"), f"{b'f'}")
print(b"abc" < b"abd", b"ab" < b"abc", sorted([b"b", b"a", b"c"]), hash(b"abc") == hash(b"abc"), {b"k": 1}[b"k"])
print(b"abc" == "abc", b"abc" != "abc", isinstance(b, bytes), b.isdigit(), b"123".isdigit(), b"Ab".isalpha(), b"Hello World".istitle() if hasattr(b, "istitle") else "")
print((1024).to_bytes(2, "big"), (1024).to_bytes(2, "little"), (-1).to_bytes(2, "big", signed=True), (5).to_bytes())
print(int.from_bytes(b"\x04\x00", "big"), int.from_bytes(b"\x04\x00", "little"), int.from_bytes(b"\xff\xff", "big", signed=True), int.from_bytes([1, 0], "big"))
ba = bytearray(b"abc")
ba.append(100)
ba.extend(b"ef")
ba[0] = 65
ba += b"!"
print(ba, len(ba), ba[1], ba[1:3], ba.pop(), ba.decode(), bytes(ba), ba == b"Abcdef", ba.upper(), type(ba.upper()).__name__)
del ba[0]
ba.insert(0, 120)
ba.reverse()
print(ba, bytearray(3), bytearray(b"xy") + b"z", b"z" + bytearray(b"xy"), list(bytearray(b"hi")))
ba[1:3] = b"ZZZ"
print(ba, ba.find(b"Z"), bytearray.fromhex("4142"))
try:
    hash(bytearray())
except TypeError as e:
    print("TypeError", e)
for bad in ["b'x' + 'y'", "'x' + b'y'", "b'x'.decode('nope')", "'é'.encode('ascii')", "b'\\xff'.decode()", "bytes([256])",
            "bytes('x')", "b'x'[5]", "(300).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "bytes.fromhex('zz')"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
print("é".encode("ascii", "ignore"), "é".encode("ascii", "replace"), b"a\xffb".decode("utf-8", "replace"), b"a\xffb".decode("utf-8", "ignore"))
import hashlib, base64, binascii
print(hashlib.md5(b"abc").hexdigest(), hashlib.sha256(b"abc").hexdigest()[:16], hashlib.sha1().hexdigest())
h = hashlib.sha256()
h.update(b"a")
h2 = h.copy()
h.update(b"bc")
print(h.hexdigest() == hashlib.sha256(b"abc").hexdigest(), h2.hexdigest() == hashlib.sha256(b"a").hexdigest(), h.digest_size, h.name, len(h.digest()))
print(hashlib.new("sha512", b"x").hexdigest()[:12], hashlib.new("md5").name)
print(base64.b64encode(b"hello"), base64.b64decode(b"aGVsbG8="), base64.b64decode("aGVsbG8="), base64.urlsafe_b64encode(b"\xfb\xff"), base64.b16encode(b"\x01\xab"))
print(binascii.hexlify(b"\x01\x02"), binascii.unhexlify("0102"), binascii.crc32(b"hello"), binascii.crc32(b"lo", binascii.crc32(b"hel")))
try:
    base64.b64decode("abc")
except binascii.Error as e:
    print("binascii.Error", e)
