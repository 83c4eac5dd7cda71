# zlib as CPython 3.13's: compress at every level and container (zlib, raw, gzip) byte for byte, crc32/adler32 with
# running values, streaming compress/decompress objects (sync flush, max_length and unconsumed_tail, unused_data,
# eof, zdict), and zlib.error's messages.
import zlib
data = b'hello hello hello world ' * 20 + bytes(range(256))
for lvl in (-1, 0, 1, 6, 9):
    c = zlib.compress(data, lvl)
    print(lvl, len(c), c[:12].hex(), zlib.decompress(c) == data)
for wbits in (15, -15, 31):
    c = zlib.compress(data, 6, wbits)
    print(wbits, c[:12].hex(), c[-8:].hex(), zlib.decompress(c, wbits) == data, zlib.decompress(c, 47) == data if wbits > 0 else '')
print(zlib.crc32(b'abc'), zlib.crc32(b'def', zlib.crc32(b'abc')), zlib.crc32(b'abcdef'), zlib.adler32(b'abc'), zlib.adler32(b'def', zlib.adler32(b'abc')))
co = zlib.compressobj(9, zlib.DEFLATED, -15)
parts = [co.compress(data[:100]), co.flush(zlib.Z_SYNC_FLUSH), co.compress(data[100:]), co.flush()]
print([len(p) for p in parts], zlib.decompress(b''.join(parts), -15) == data)
d = zlib.decompressobj()
c = zlib.compress(data) + b'EXTRA'
out = d.decompress(c[:30]) + d.decompress(c[30:])
print(out == data, d.eof, d.unused_data, d.unconsumed_tail)
d = zlib.decompressobj()
o1 = d.decompress(zlib.compress(data), 100)
print(len(o1), len(d.unconsumed_tail) > 0, d.eof)
rest = b''
while d.unconsumed_tail:
    rest += d.decompress(d.unconsumed_tail, 100)
print(o1 + rest == data, d.eof)
for bad in [lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(zlib.compress(data)[:-5]), lambda: zlib.compress(b'x', 10), lambda: zlib.compressobj(wbits=99), lambda: zlib.decompress(b'x', wbits=99)]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
zd = b'hello world'
co = zlib.compressobj(zdict=zd); c = co.compress(b'hello world hello') + co.flush()
do = zlib.decompressobj(zdict=zd); print(do.decompress(c))
print(zlib.error.__module__, zlib.MAX_WBITS, zlib.Z_BEST_COMPRESSION, issubclass(zlib.error, Exception))
