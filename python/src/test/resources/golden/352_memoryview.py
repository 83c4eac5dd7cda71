# memoryview (written here in Python, lib/_sitebuiltins.py) as CPython 3.13's for one-dimensional views of bytes,
# bytearray and array.array: indexing, slices (views of the same memory), writes through, release, cast, hash,
# comparisons; and PEP 688's __buffer__ making objects bytes-like (join, BytesIO.write).
m = memoryview(b'abcdef')
print(m.format, m.itemsize, m.nbytes, m.readonly, m.ndim, m.shape, m.strides, len(m), m[0], m[-1], m[1:3].tobytes(), m[::2].tolist(), m.hex(), m.hex(':'), bytes(m[2:]), m == b'abcdef', m[1:] == b'bcdef')
ba = bytearray(b'hello'); mv = memoryview(ba); mv[0] = 72; mv[1:3] = b'EY'; print(ba, mv.readonly)
try: m[0] = 1
except TypeError as e: print(e)
try: mv[0:2] = b'x'
except ValueError as e: print(e)
mv.release()
try: mv[0]
except ValueError as e: print(e)
print(hash(memoryview(b'ab')) == hash(b'ab'), b''.join([memoryview(b'x'), b'y']), bytearray(memoryview(b'zz')), list(memoryview(b'ab')))
try: hash(memoryview(bytearray(b'a')))
except ValueError as e: print(e)
try: memoryview('s')
except TypeError as e: print(e)
with memoryview(b'q') as q: print(q.tobytes())
print(repr(q).startswith("<released memory at 0x"))
c = memoryview(b'\x01\x00\x02\x00').cast('H'); print(c.tolist(), c.format, c.itemsize, len(c), c.nbytes)
print(memoryview(b'ab').toreadonly().readonly, memoryview(b'abc').obj, m[1:4][1], m[5:1:-1].tobytes())
import array
a = array.array('i', [1,2,3]); am = memoryview(a); print(am.format, am.itemsize, am.tolist(), am[1], len(am), am.nbytes)
am[0] = 9; print(a, b''.join([memoryview(b'-'), a.tobytes()[:4]]))
print(type(memoryview(b'')).__name__, isinstance(m, memoryview), memoryview(m).tobytes())
import io
buf = io.BytesIO(); buf.write(memoryview(b'written')); print(buf.getvalue())
print(b'abc'.startswith(memoryview(b'ab')) if False else '', bytes(memoryview(bytearray(b'xyz'))[1:]))
