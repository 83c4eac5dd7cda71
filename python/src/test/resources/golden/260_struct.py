# SPDX-License-Identifier: Apache-2.0
# struct: byte orders, native sizes and alignment, the codes, Struct, pack_into/unpack_from/iter_unpack, and CPython's errors.
import struct
print(struct.pack("<I", 1), struct.pack(">I", 1), struct.pack("<hHb", -2, 65535, -1), struct.pack("<q", -1), struct.pack(">d", 1.5), struct.pack("<f", 0.1))
print(struct.unpack("<I", b"\x01\x00\x00\x00"), struct.unpack(">hh", b"\xff\xfe\x00\x10"), struct.unpack("<d", struct.pack("<d", 3.14159)), struct.unpack("<f", struct.pack("<f", 0.1)))
print(struct.calcsize("<i"), struct.calcsize("i"), struct.calcsize("@bi"), struct.calcsize("=bi"), struct.calcsize("3s2h"), struct.calcsize("ld"), struct.calcsize("<ld"), struct.calcsize("?xQ"))
print(struct.pack("@bi", 1, 2), struct.pack("5s", b"ab"), struct.pack("2s", b"abcdef"), struct.unpack("3s", b"xyz"), struct.pack("?", 5), struct.pack("c", b"z"), struct.pack("3p", b"hello"))
s = struct.Struct("<2iH")
print(s.size, s.format, s.pack(1, 2, 3), s.unpack(s.pack(1, 2, 3)), list(struct.iter_unpack("<h", b"\x01\x00\x02\x00")), struct.unpack_from("<h", b"\x00\x05\x00", 1))
buf = bytearray(8)
struct.pack_into("<hh", buf, 2, 7, 8)
print(buf, struct.pack("!H", 258), struct.unpack("!Q", bytes(range(8))), struct.pack("<Q", 2**64 - 1), struct.pack(">d", float("inf")))
for bad in [lambda: struct.pack("B", 256), lambda: struct.pack("<h", 40000), lambda: struct.pack("<i", "x"), lambda: struct.pack("<I", -1),
            lambda: struct.unpack("<I", b"\x00"), lambda: struct.pack("<ii", 1), lambda: struct.pack("z", 1), lambda: struct.pack("<f", 1e300)]:
    try:
        bad()
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
