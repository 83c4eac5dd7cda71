# random.randbytes (getrandbits(n * 8) in little-endian order, seeded as CPython's) at module level, and zlib's
# bufsize/max_length/length taking any __index__ object. Checked against CPython 3.13 (test_zlib, test_random).
import random, zlib
random.seed(12345)
print(random.randbytes(0), random.randbytes(1), random.randbytes(5), random.randbytes(9).hex())
r = random.Random(7); print(r.randbytes(4).hex(), r.getrandbits(8))
try: random.randbytes(-1)
except ValueError as e: print(e)
class CustomInt:
    def __index__(self): return 100
data = b'x' * 1000
c = zlib.compress(data)
print(zlib.decompress(c, 15, CustomInt()) == data)
d = zlib.decompressobj(); print(len(d.decompress(c, CustomInt())), len(d.flush(CustomInt())))
