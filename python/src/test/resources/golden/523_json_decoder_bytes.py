# json: JSONDecoder (decode, raw_decode, a subclass as cls), bytes input in every UTF encoding RFC 8259 allows,
# json.decoder/json.encoder importable, scanstring, iterencode, float and int enums encoded by value, trailing
# comma positions, shared keys.
import json
from json.decoder import JSONDecodeError
from json import decoder, encoder
print(json.JSONDecoder().raw_decode('{"a": 1} rest'), json.JSONDecoder().decode(' [1, 2] '))
print(json.loads(b'{"a": [1, 2.5, null, true]}'), json.loads(bytearray(b'"x"')))
for enc in ('utf-8', 'utf-8-sig', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be'):
    print(enc, json.loads('{"k\u00e9": "v\u20ac"}'.encode(enc)), json.loads('5'.encode(enc)) if 'sig' not in enc else '')
for bad in ('\ufeff{}', '{"a": 1} x', '', ' x'):
    try:
        json.loads(bad)
    except JSONDecodeError as e:
        print(type(e).__name__, e.msg, e.pos, e is not None)
try:
    json.JSONDecoder().raw_decode(' 1')
except json.JSONDecodeError as e:
    print("raw", e.msg, e.pos)
class D(json.JSONDecoder):
    def __init__(self, **kw):
        kw['object_hook'] = lambda d: sorted(d)
        super().__init__(**kw)
print(json.loads('{"b": 1, "a": {"z": 0}}', cls=D))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10))
print(encoder.encode_basestring_ascii('h\u00e9"\n'), encoder.encode_basestring('h\u00e9"'), decoder.JSONDecodeError is JSONDecodeError)
print(''.join(json.JSONEncoder(sort_keys=True).iterencode({'b': 1, 'a': [1, 2]})), ''.join(json.JSONEncoder().iterencode([1])))
import io
buf = io.StringIO(); json.dump({'x': 1}, buf); buf.seek(0); print(json.load(buf))
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.loads('{"a": 1}', strict=False), json.loads('"a\\tb"', strict=False))
try:
    json.loads('"a\tb"')
except JSONDecodeError as e:
    print(e.msg)
import enum
class FloatNum(float, enum.Enum):
    e = 2.718281
class IntNum(int, enum.Enum):
    one = 1
print(json.dumps([FloatNum.e, IntNum.one, {FloatNum.e: 1, IntNum.one: 2}]))
for data in ('[42,]', '{"spam":42 , }', '[123  , ]', '{"spam":42,}'):
    try:
        json.loads(data)
    except JSONDecodeError as e:
        print(e.msg, e.pos)
a = json.loads('[{"a_key": 1, "b": 2}, {"a_key": 3, "b": 4}]')
print(list(a[0])[0] is list(a[1])[0])
print(decoder.scanstring('"ab\\u00e9c" tail', 1))
