# reversed() over a sequence pickles as (reversed, (seq,), index) and restores its position (clamped), as CPython's
# reversed_reduce/reversed_setstate; urllib.parse.parse_qsl/parse_qs take any bytes-like object. Checked against
# CPython 3.13 (test_tuple.test_reversed_pickle, test_urlparse.test_parse_qsl_bytes).
import pickle
import urllib.parse

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    r = reversed((4, 5, 6, 7))
    print(proto, type(pickle.loads(pickle.dumps(r, proto))).__name__, list(pickle.loads(pickle.dumps(r, proto))))
    next(r)
    print(list(pickle.loads(pickle.dumps(r, proto))), r.__reduce__())
    for _ in r:
        pass
    print(r.__reduce__(), list(pickle.loads(pickle.dumps(r, proto))))


class Seq:
    def __len__(self):
        return 3

    def __getitem__(self, i):
        return i * 10


for state in [7, 1, -1, -5]:
    r = reversed(Seq())
    r.__setstate__(state)
    print(state, list(r), r.__length_hint__())

print(urllib.parse.parse_qsl(memoryview(b'a=b&c=d')))
print(urllib.parse.parse_qs(bytearray(b'a=b&a=c')))
print(urllib.parse.parse_qsl(memoryview(b'')))
for bad in [5, [1, 2]]:
    try:
        urllib.parse.parse_qsl(bad)
    except TypeError as e:
        print('TypeError', e)
