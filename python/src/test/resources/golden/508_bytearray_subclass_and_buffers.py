# bytearray subclasses (test_bytes, test_int and test_float make them): the value is filled by __init__, methods and
# operators act on it, repr, pickling and copies keep the class and its attributes, fromhex makes the class; int()
# and float() of a memoryview or bytearray read its bytes.
class BA(bytearray):
    pass
b = BA(b'abc')
print(b, type(b).__name__, len(b), b[0], b[1:], bytes(b), b + b'x', b'x' + b, b * 2, b == b'abc', isinstance(b, bytearray))
b.append(100); b.extend(b'ef'); b[0] = 65; del b[1]
print(b, b.decode(), b.upper(), type(b.upper()).__name__, b.find(b'd'), list(b), b.hex(), repr(b))
b += b'!'
print(b, type(b).__name__)
class BB(bytearray):
    def __init__(self, *a, tag=None):
        super().__init__(*a)
        self.tag = tag
c = BB(b'zz', tag=3)
print(c, c.tag, BA(3), BA('h', 'ascii'), BA([1, 2]), BA())
print(int(BA(b'42')), float(BA(b'1.5')), b'%s' % BA(b'q'), hash(b'x') if 0 else 'nohash')
try: hash(BA())
except TypeError as e: print(e)
import pickle, copy
print(pickle.loads(pickle.dumps(BA(b'pk'))), type(copy.copy(BA(b'cp'))).__name__, copy.deepcopy(c).tag)
print(BA(b'a b').split(), memoryview(BA(b'mv')).tobytes(), str(BA(b'xy'), 'ascii'), BA.fromhex('4142'), type(BA.fromhex('41')).__name__)

import array
print(int(memoryview(b'123')), int(memoryview(b'12345')[1:3]), float(memoryview(b'1.5')), int(memoryview(b' 7 ')),
      float(bytearray(b'2.5')), int(array.array('b', [49, 50])))
try:
    int(memoryview(b'x'))
except ValueError as e:
    print(e)
for proto in range(6):
    d = pickle.loads(pickle.dumps(c, proto))
    print(proto, d, d.tag, type(d).__name__, bytearray(b'ab').__reduce_ex__(proto)[1])
print(c.__reduce__(), BA(b'r').__reduce_ex__(4))
print(b'x' + memoryview(b'y'), bytearray(b'x') + BA(b'z'), type(BA(b'a') + b'b').__name__)
