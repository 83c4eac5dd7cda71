# codecs as CPython 3.13's (lib/codecs.py, written here): lookup and names, encode/decode with every error handler, incremental and stream codecs,
# the bytes-to-bytes and str-to-str codecs, registries of search functions and error handlers, codecs.open.
# Its stdout under ftpython must be byte-identical to CPython 3.13's.
import codecs
import io
import os
import warnings

warnings.simplefilter('ignore')


def show(label, f):
    try:
        r = f()
    except UnicodeError as e:
        print(label, '->', type(e).__name__, e, '|', e.start, e.end)
    except Exception as e:
        print(label, '->', type(e).__name__, e)
    else:
        print(label, '->', repr(r))


print('== constants')
for name in ['BOM', 'BOM_BE', 'BOM_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_BE', 'BOM_UTF16_LE', 'BOM_UTF32',
             'BOM_UTF32_BE', 'BOM_UTF32_LE', 'BOM32_BE', 'BOM32_LE', 'BOM64_BE', 'BOM64_LE']:
    print(name, getattr(codecs, name))

print('== lookup')
for n in ['utf-8', 'UTF8', 'utf_8', 'U8', 'utf', 'UTF 8', 'utf--8', 'utf.8', 'latin-1', 'latin1', 'L1',
          'iso-8859-1', 'iso8859_1', '8859', 'cp819', 'latin', 'ascii', 'us-ascii', '646', 'ANSI_X3.4-1968',
          'utf-16', 'utf16', 'UTF-16LE', 'utf_16_le', 'utf-16be', 'utf-32', 'utf32', 'utf-32le', 'UTF-32-BE',
          'cp1252', 'windows-1252', '1252', 'utf-8-sig', 'utf_8_sig', 'unicode_escape', 'unicode-escape',
          'raw_unicode_escape', 'rot13', 'rot_13', 'rot-13', 'hex', 'hex_codec', 'base64', 'base_64',
          'base64_codec', 'zlib', 'zip', 'zlib_codec', 'x', '', ' utf-8', 'UTF-8//', 'unicodeescape', 'Utf-8']:
    try:
        ci = codecs.lookup(n)
        print(repr(n), ci.name, ci._is_text_encoding, isinstance(ci, tuple), len(ci),
              ci[0] is ci.encode, ci[1] is ci.decode, ci[2] is ci.streamreader, ci[3] is ci.streamwriter,
              ci.incrementalencoder.__name__, ci.incrementaldecoder.__name__, ci.streamreader.__name__,
              ci.streamwriter.__name__)
    except Exception as e:
        print(repr(n), type(e).__name__, e)
show('lookup int', lambda: codecs.lookup(1))
show('lookup bytes', lambda: codecs.lookup(b'utf-8'))
show('CodecInfo mro', lambda: [c.__name__ for c in type(codecs.lookup('ascii')).__mro__])
show('getencoder', lambda: codecs.getencoder('latin-1')('é'))
show('getdecoder', lambda: codecs.getdecoder('utf-8')(b'\xc3\xa9'))
show('getencoder bad', lambda: codecs.getencoder('nope'))
show('getreader', lambda: codecs.getreader('ascii').__name__)

print('== encode/decode basics')
text = 'aé€\U0001F600'
for enc in ['utf-8', 'utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-32-be', 'utf-8-sig',
            'unicode_escape', 'raw_unicode_escape']:
    b = codecs.encode(text, enc)
    print(enc, b, codecs.decode(b, enc) == text, len(codecs.lookup(enc).encode(text)[0]))
for enc in ['latin-1', 'cp1252', 'ascii']:
    show('encode ' + enc, lambda: codecs.encode('aé€', enc))
show('cp1252 all', lambda: codecs.encode(bytes(range(0x80, 0xa0)).decode('cp1252', 'replace'), 'cp1252',
                                         'replace'))
show('cp1252 dec', lambda: codecs.decode(bytes(range(0x7e, 0xa2)), 'cp1252', 'replace'))
show('cp1252 enc', lambda: codecs.encode('\u20ac\u201a\u0192\u2122\u0178\xff\x80\x9f', 'cp1252', 'replace'))
show('decode default', lambda: codecs.decode(b'\xe2\x82\xac'))
show('encode default', lambda: codecs.encode('\u20ac'))
show('encode kw', lambda: codecs.encode(obj='x', encoding='ascii', errors='strict'))
show('decode bytearray', lambda: codecs.decode(bytearray(b'abc'), 'ascii'))
show('encode bytes', lambda: codecs.encode(b'x', 'utf-8'))
show('decode str', lambda: codecs.decode('x', 'utf-8'))
show('encode int', lambda: codecs.encode(1, 'utf-8'))
show('encode errors int', lambda: codecs.encode('a', 'utf-8', 1))
show('encode encoding int', lambda: codecs.encode('a', 1))
show('encode unknown', lambda: codecs.encode('a', 'nope'))
show('encode unknown handler', lambda: codecs.encode('\xff', 'ascii', 'nope'))
show('decode unknown handler', lambda: codecs.decode(b'\xff', 'ascii', 'nope'))
show('valid no handler needed', lambda: codecs.encode('a', 'ascii', 'nope'))

print('== decode errors')
cases = [('utf-16-le', b'\x00\xd8a'), ('utf-16-le', b'\x00\xd8a\x00b'), ('utf-16-le', b'\x00\xd8\x00\xd8\x00\xdc'),
         ('utf-16-le', b'\x00\xdc\x00\xdc'), ('utf-16-be', b'\xd8\x00\x00a'), ('utf-16', b'\xfe\xff\x00'),
         ('utf-16', b'\xfe\xff\xd8\x00'), ('utf-16', b'\xff\xfe'), ('utf-16', b'\xff'), ('utf-16', b''),
         ('utf-16', b'\xfe\xff\xff\xfe'), ('utf-16', b'a\x00b'),
         ('utf-32', b'\xff\xfe\x00\x00\x00\x00\x11\x00'), ('utf-32', b'\x00\x00\xfe\xff\x00\x00\xd8\x00'),
         ('utf-32', b'a\x00'), ('utf-32-be', b'\x00\x00\x00a\x00'), ('utf-32', b'\xff\xfe\x00'),
         ('utf-32', b'\xff\xfe\x00\x00'), ('utf-32-le', b'\xff\xfe\x00\x00'), ('utf-32-le', b'\x00\xd8\x00\x00'),
         ('cp1252', b'\x81\x8d\x80'), ('ascii', b'\x80\x81a\x82'), ('latin-1', b'\x80\xff'),
         ('utf-8', b'\x80\x81'), ('utf-8', b'\xed\xa0'), ('utf-8', b'\xed\xa0\x80'), ('utf-8', b'\xe0\x80\x80'),
         ('utf-8', b'\xf0\x80'), ('utf-8', b'\xf4\x90'), ('utf-8', b'\xf1\x80\x80\x41'), ('utf-8', b'a\xe2\x82'),
         ('utf-8', b'a\xe2\x82b'), ('utf-8', b'\xf0\x9f\x98'), ('utf-8', b'\xc0\x80'), ('utf-8', b'\xf5'),
         ('utf-8', b'\xc2'), ('utf-8', b'\xf4\x8f\xbf\xbf\xf4\x90\x80\x80'), ('utf-8', b'ok\xffok\xfe'),
         ('utf-8-sig', b'\xef\xbb\xbf\xef\xbb\xbfa'), ('utf-8-sig', b'\xef\xbb'), ('utf-8-sig', b'\xef\xbb\xbf\xff'),
         ('utf-8-sig', b'abc')]
for enc, data in cases:
    for err in ['strict', 'replace', 'backslashreplace', 'surrogateescape', 'ignore', 'surrogatepass']:
        show('%s %r %s' % (enc, data, err), lambda: codecs.decode(data, enc, err))

print('== encode errors')
for enc in ['ascii', 'latin-1', 'cp1252', 'utf-8', 'utf-16', 'utf-16-be', 'utf-32', 'utf-32-le', 'utf-8-sig']:
    for s in ['a\ud800b\udc80\udcff', 'x\x81\x8d\u20ac\u0100\x80y', 'a\U0001F600\u20ac\u1234']:
        for err in ['strict', 'replace', 'backslashreplace', 'surrogateescape', 'xmlcharrefreplace',
                    'namereplace', 'ignore', 'surrogatepass']:
            show('%s %s %s' % (enc, ascii(s), err), lambda: codecs.encode(s, enc, err))

print('== low-level functions')
show('utf_8_encode', lambda: codecs.utf_8_encode('aé'))
show('utf_8_encode None', lambda: codecs.utf_8_encode('a', None))
show('utf_8_decode partial', lambda: codecs.utf_8_decode(b'a\xe2\x82'))
show('utf_8_decode partial final', lambda: codecs.utf_8_decode(b'a\xe2\x82', None, True))
show('utf_8_decode partial replace', lambda: codecs.utf_8_decode(b'a\xe2\x82', 'replace', False))
show('utf_8_decode mid error', lambda: codecs.utf_8_decode(b'a\xffb\xe2', 'replace', False))
show('utf_8_decode bytearray', lambda: codecs.utf_8_decode(bytearray(b'a'), None, True))
show('utf_8_decode str', lambda: codecs.utf_8_decode('a'))
show('utf_8_encode bytes', lambda: codecs.utf_8_encode(b'a'))
show('ascii_encode bytes', lambda: codecs.ascii_encode(b'a'))
show('ascii_decode', lambda: codecs.ascii_decode(b'abc'))
show('latin_1_decode str', lambda: codecs.latin_1_decode('a'))
show('latin_1_encode', lambda: codecs.latin_1_encode('\xe9\u20ac', 'replace'))
show('utf_16_ex_decode BE', lambda: codecs.utf_16_ex_decode(b'\xfe\xff\x00a'))
show('utf_16_ex_decode final', lambda: codecs.utf_16_ex_decode(b'\xfe\xff\x00a', None, 0, True))
show('utf_16_ex_decode forced', lambda: codecs.utf_16_ex_decode(b'\xfe\xff\x00a', None, -1, True))
show('utf_16_ex_decode short', lambda: codecs.utf_16_ex_decode(b'\xfe'))
show('utf_16_ex_decode nobom', lambda: codecs.utf_16_ex_decode(b'a\x00'))
show('utf_32_ex_decode BE', lambda: codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a', None, 0, True))
show('utf_16_decode partial', lambda: codecs.utf_16_decode(b'\xfe\xff\x00a\x00'))
show('utf_16_decode high partial', lambda: codecs.utf_16_decode(b'\xff\xfea\x00\x3d\xd8\x00'))
show('utf_16_le_decode partial', lambda: codecs.utf_16_le_decode(b'a\x00\x3d\xd8'))
show('utf_32_le_decode partial', lambda: codecs.utf_32_le_decode(b'a\x00\x00\x00b\x00'))
show('utf_16_encode LE', lambda: codecs.utf_16_encode('a', None, -1))
show('utf_16_encode BE', lambda: codecs.utf_16_encode('a', None, 1))
show('utf_16_encode BOM', lambda: codecs.utf_16_encode('a', None, 0))
show('utf_32_encode BE', lambda: codecs.utf_32_encode('a', None, 1))
show('utf_32_encode BOM', lambda: codecs.utf_32_encode('a\U0001F600'))
show('utf_16_be_encode', lambda: codecs.utf_16_be_encode('a\U0001F600'))
show('charmap_decode table', lambda: codecs.charmap_decode(b'\x00\x01\x02', 'strict', 'xyz'))
show('charmap_decode table err', lambda: codecs.charmap_decode(b'\x00\x05', 'strict', 'xyz'))
show('charmap_decode dict', lambda: codecs.charmap_decode(b'\x00\x01', 'replace', {0: 'A', 1: None}))
show('charmap_decode none', lambda: codecs.charmap_decode(b'\xe9'))
show('charmap_encode dict', lambda: codecs.charmap_encode('ab', 'strict', {97: 1, 98: b'BB'}))
show('charmap_encode err', lambda: codecs.charmap_encode('abcd', 'strict', {97: 1}))
show('charmap_encode replace', lambda: codecs.charmap_encode('abc', 'replace', {97: 1, 63: 63}))
show('charmap_build', lambda: sorted(codecs.charmap_build('abc').items()))
show('make_identity_dict', lambda: codecs.make_identity_dict(range(3)))
show('make_encoding_map', lambda: sorted(codecs.make_encoding_map({1: 97, 2: 98, 3: 97}).items()))

print('== unicode_escape / raw_unicode_escape / escape')
for s in ['a\tb\n\r\\\'"\x00\x7f\x80\xff\u0100\uffff\U00010000\U0010ffff', ' ~', '\ud800']:
    show('ue enc %s' % ascii(s), lambda: codecs.unicode_escape_encode(s))
    show('rue enc %s' % ascii(s), lambda: codecs.raw_unicode_escape_encode(s))
    show('esc enc %s' % ascii(s), lambda: codecs.escape_encode(codecs.encode(s, 'utf-8', 'surrogatepass')))
for b in [b'\\n\\t\\r\\a\\b\\f\\v\\\\\\\'\\"\\0\\12\\123\\1234\\777\\x41\\u0041\\U00000041\\N{EURO SIGN}\\q\\\nX\xe9',
          b'\\', b'ab\\', b'\\x', b'\\x4', b'\\x4g', b'\\u12', b'\\u12345', b'\\U0011ffff', b'\\U001', b'\\N',
          b'\\N{', b'\\N{EURO', b'\\N{NOPE}', b'\\N{EURO SIGN', b'a\\x4\\x5b', b'\\8', b'\\u\\u0041', b'\\N{}',
          b'\\N{latin small letter a}']:
    for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
        show('ue dec %r %s' % (b, err), lambda: codecs.unicode_escape_decode(b, err))
    show('ue dec %r nonfinal' % b, lambda: codecs.unicode_escape_decode(b, 'strict', False))
    show('rue dec %r' % b, lambda: codecs.raw_unicode_escape_decode(b, 'strict'))
    show('rue dec %r replace' % b, lambda: codecs.raw_unicode_escape_decode(b, 'replace'))
    show('rue dec %r nonfinal' % b, lambda: codecs.raw_unicode_escape_decode(b, 'strict', False))
    show('esc dec %r' % b, lambda: codecs.escape_decode(b))
for b in [b'\\\\u0041', b'\\\\\\u0041', b'\\u00e9\\x41', b'a\\', b'\\U0010ffff\\U00110000']:
    show('rue dec %r' % b, lambda: codecs.raw_unicode_escape_decode(b, 'strict'))
show('ue dec str', lambda: codecs.unicode_escape_decode('\\u20ac'))
show('rue dec str', lambda: codecs.raw_unicode_escape_decode('\\u20ac\xe9'))
show('esc dec str', lambda: codecs.escape_decode('\\x41'))
for err in ['strict', 'replace', 'ignore', 'backslashreplace']:
    show('esc dec \\x4 ' + err, lambda: codecs.escape_decode(b'\\x4', err))
show('esc dec \\u', lambda: codecs.escape_decode(b'\\u1234'))
show('esc enc', lambda: codecs.escape_encode(b'\\\'"\t\x00\x7f\x80'))
show('esc enc str', lambda: codecs.escape_encode('a'))
show('ue enc bytes', lambda: codecs.unicode_escape_encode(b'a'))
show('encode ue', lambda: codecs.encode('é\n', 'unicode_escape'))
show('decode ue', lambda: codecs.decode(b'\\xe9', 'unicode_escape'))
show('decode ue str', lambda: codecs.decode('\\xe9', 'unicode_escape'))
show('decode rue', lambda: codecs.decode(b'\\xe9\xe9\\u20ac', 'raw_unicode_escape'))

print('== error handler functions')
show('lookup_error nope', lambda: codecs.lookup_error('nope'))
show('lookup_error int', lambda: codecs.lookup_error(1))
show('register_error not callable', lambda: codecs.register_error('x', 1))
show('strict is', lambda: codecs.lookup_error('strict') is codecs.strict_errors)
show('all is', lambda: [codecs.lookup_error(n) is f for n, f in [
    ('ignore', codecs.ignore_errors), ('replace', codecs.replace_errors),
    ('backslashreplace', codecs.backslashreplace_errors), ('xmlcharrefreplace', codecs.xmlcharrefreplace_errors),
    ('namereplace', codecs.namereplace_errors)]])
show('names', lambda: [codecs.lookup_error(n).__name__ for n in [
    'strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape',
    'surrogatepass']])
show('strict_errors 1', lambda: codecs.strict_errors(1))
show('strict_errors ValueError', lambda: codecs.strict_errors(ValueError('x')))
show('ignore ValueError', lambda: codecs.ignore_errors(ValueError('x')))
enc_exc = UnicodeEncodeError('ascii', 'a\u20ac\U0001F600\xe9z', 1, 4, 'r')
dec_exc = UnicodeDecodeError('ascii', b'a\x80\x81\x82\x83\x84c', 1, 6, 'r')
tr_exc = UnicodeTranslateError('a\u1234c', 1, 3, 'r')
for hname in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace',
              'surrogateescape', 'surrogatepass']:
    h = codecs.lookup_error(hname)
    show(hname + ' enc', lambda: h(enc_exc))
    show(hname + ' dec', lambda: h(dec_exc))
    if hname != 'strict':
        show(hname + ' tr', lambda: h(tr_exc))
show('surrogatepass utf-8 dec', lambda: codecs.lookup_error('surrogatepass')(
    UnicodeDecodeError('utf-8', b'a\xed\xa0\x80c', 1, 2, 'r')))
show('surrogatepass utf-16-le dec', lambda: codecs.lookup_error('surrogatepass')(
    UnicodeDecodeError('utf-16-le', b'a\x00\x00\xdc', 2, 4, 'r')))
show('surrogatepass utf-32-be enc', lambda: codecs.lookup_error('surrogatepass')(
    UnicodeEncodeError('utf-32-be', 'a\udc00c', 1, 2, 'r')))
show('surrogatepass utf-8 enc', lambda: codecs.lookup_error('surrogatepass')(
    UnicodeEncodeError('utf-8', 'a\ud800\udbffc', 1, 3, 'r')))
show('surrogatepass latin-1', lambda: codecs.lookup_error('surrogatepass')(
    UnicodeEncodeError('latin-1', 'a\ud800c', 1, 2, 'r')))
show('surrogateescape bad enc', lambda: codecs.lookup_error('surrogateescape')(
    UnicodeEncodeError('ascii', 'a\udc80\ud800', 1, 3, 'r')))
show('ignore clamp', lambda: codecs.ignore_errors(UnicodeEncodeError('ascii', 'abc', 5, 7, 'r')))
show('replace clamp', lambda: codecs.replace_errors(UnicodeEncodeError('ascii', 'abc', 2, 7, 'r')))
show('surrogatepass decode utf-8', lambda: codecs.decode(b'a\xed\xa0\x80b\xed\xb2\x80', 'utf-8', 'surrogatepass'))
show('surrogatepass decode utf-16-le', lambda: codecs.decode(b'\x00\xdc', 'utf-16-le', 'surrogatepass'))
show('surrogatepass decode utf-32-be', lambda: codecs.decode(b'\x00\x00\xd8\x00', 'utf-32-be', 'surrogatepass'))
show('surrogateescape roundtrip', lambda: codecs.encode(codecs.decode(b'a\xff\xfe', 'utf-8', 'surrogateescape'),
                                                        'utf-8', 'surrogateescape'))

print('== custom error handlers')
log = []


def my_handler(exc):
    log.append((type(exc).__name__, exc.start, exc.end))
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d>' % ord(exc.object[exc.start]), exc.start + 1)
    return ('[%02x]' % exc.object[exc.start], exc.start + 1)


codecs.register_error('mine', my_handler)
show('lookup mine', lambda: codecs.lookup_error('mine') is my_handler)
show('mine ascii enc', lambda: codecs.encode('a\xe9\u20acb', 'ascii', 'mine'))
show('mine latin-1 enc', lambda: codecs.encode('a\xe9\u20acb', 'latin-1', 'mine'))
show('mine utf-8 enc', lambda: codecs.encode('a\udcffb', 'utf-8', 'mine'))
show('mine utf-16-le enc', lambda: codecs.encode('a\udcffb', 'utf-16-le', 'mine'))
show('mine cp1252 enc', lambda: codecs.encode('a\x81\u0100b', 'cp1252', 'mine'))
show('mine utf-8 dec', lambda: codecs.decode(b'a\xff\xe2\x82b', 'utf-8', 'mine'))
show('mine ascii dec', lambda: codecs.decode(b'a\xff\xfeb', 'ascii', 'mine'))
show('mine utf-16 dec', lambda: codecs.decode(b'\xff\xfea\x00\x00\xdcb\x00', 'utf-16', 'mine'))
show('mine cp1252 dec', lambda: codecs.decode(b'a\x81\x8db', 'cp1252', 'mine'))
show('mine ue dec', lambda: codecs.decode(b'a\\x4g', 'unicode_escape', 'mine'))
print(log)
codecs.register_error('bytesrep', lambda exc: (b'<B>', exc.end))
show('bytes rep ascii', lambda: codecs.encode('a\xe9b', 'ascii', 'bytesrep'))
show('bytes rep dec', lambda: codecs.decode(b'a\xe9b', 'ascii', 'bytesrep'))
codecs.register_error('nonascii', lambda exc: ('\xe9', exc.end))
show('nonascii rep ascii', lambda: codecs.encode('a\u20acb', 'ascii', 'nonascii'))
show('nonascii rep latin-1', lambda: codecs.encode('a\u20acb', 'latin-1', 'nonascii'))
show('nonascii rep utf-8', lambda: codecs.encode('a\udc80b', 'utf-8', 'nonascii'))
codecs.register_error('badret', lambda exc: 'x')
show('bad return enc', lambda: codecs.encode('\xe9', 'ascii', 'badret'))
show('bad return dec', lambda: codecs.decode(b'\xe9', 'ascii', 'badret'))
codecs.register_error('negpos', lambda exc: ('?', -1))
show('negative position', lambda: codecs.encode('\xe9ab', 'ascii', 'negpos'))
codecs.register_error('farpos', lambda exc: ('?', 100))
show('position out of range', lambda: codecs.encode('\xe9ab', 'ascii', 'farpos'))
codecs.register_error('skip2', lambda exc: ('~', exc.start + 2))
show('skip ahead', lambda: codecs.decode(b'\xffabc', 'utf-8', 'skip2'))

print('== incremental')
d = codecs.getincrementaldecoder('utf-8')()
pieces = [b'a', b'\xe2', b'\x82', b'\xac', b'\xf0\x9f', b'\x98\x80z', b'\xc3']
show('utf-8 pieces', lambda: [d.decode(p) for p in pieces])
show('utf-8 state', lambda: d.getstate())
show('utf-8 final', lambda: d.decode(b'', True))
d.reset()
show('utf-8 after reset', lambda: d.decode(b'\xc3\xa9', True))
d2 = codecs.getincrementaldecoder('utf-8')('replace')
show('utf-8 replace pieces', lambda: [d2.decode(b'\xe2\x82'), d2.decode(b'x\xff'), d2.decode(b'\xe2', True)])
d3 = codecs.getincrementaldecoder('utf-8')()
show('utf-8 setstate', lambda: (d3.setstate((b'\xe2\x82', 0)), d3.decode(b'\xac'))[1])
show('utf-8 bytearray input', lambda: codecs.getincrementaldecoder('utf-8')().decode(bytearray(b'ab')))
for enc in ['utf-16', 'utf-16-le', 'utf-16-be', 'utf-32', 'utf-32-be', 'utf-8-sig', 'latin-1', 'ascii', 'cp1252',
            'unicode_escape', 'raw_unicode_escape']:
    data = codecs.encode('h\xe9llo \u20ac\U0001F600!' if enc not in ('latin-1', 'ascii', 'cp1252') else 'hello',
                         enc)
    dec = codecs.getincrementaldecoder(enc)()
    out = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    out.append(dec.decode(b'', True))
    print(enc, out, dec.getstate())
    enc_ = codecs.getincrementalencoder(enc)()
    print(enc, [enc_.encode(c) for c in 'ab\u20ac'] if enc not in ('latin-1', 'ascii') else enc_.encode('ab'),
          enc_.getstate())
    enc_.reset()
    print(enc, enc_.encode('x', True))
show('utf-16 no BOM incremental', lambda: codecs.getincrementaldecoder('utf-16')().decode(b'a\x00'))
show('utf-32 no BOM incremental', lambda: codecs.getincrementaldecoder('utf-32')().decode(b'a\x00\x00\x00'))
d = codecs.getincrementaldecoder('utf-16')()
show('utf-16 states', lambda: [repr(d.decode(b'\xff')), d.getstate(), repr(d.decode(b'\xfea')), d.getstate(),
                               repr(d.decode(b'\x00')), d.getstate()])
d = codecs.getincrementaldecoder('utf-16')()
show('utf-16 BE states', lambda: [d.decode(b'\xfe\xff\x00'), d.getstate(), d.decode(b'a'), d.getstate()])
show('utf-16 truncated final', lambda: codecs.getincrementaldecoder('utf-16')().decode(b'\xff\xfea', True))
e = codecs.getincrementalencoder('utf-16')()
show('utf-16 enc states', lambda: [e.getstate(), e.encode('a'), e.getstate(), e.encode('b')])
e = codecs.getincrementalencoder('utf-8-sig')()
show('utf-8-sig enc', lambda: [e.encode('a'), e.encode('b'), e.getstate()])
d = codecs.getincrementaldecoder('utf-8-sig')()
show('utf-8-sig dec', lambda: [d.decode(b'\xef'), d.decode(b'\xbb'), d.decode(b'\xbfa'), d.decode(b'\xef\xbb\xbf')])
d = codecs.getincrementaldecoder('utf-8-sig')()
show('utf-8-sig dec nobom', lambda: [d.decode(b'\xef'), d.decode(b'x', True)])
d = codecs.getincrementaldecoder('utf-8-sig')()
show('utf-8-sig dec ab', lambda: [d.decode(b'ab'), d.decode(b'\xef\xbb\xbf')])
d = codecs.getincrementaldecoder('unicode_escape')()
show('ue incremental', lambda: [d.decode(x) for x in [b'a\\', b'x4', b'1\\u00', b'e9', b'\\N{EU', b'RO SIGN}']])
d = codecs.getincrementaldecoder('raw_unicode_escape')()
show('rue incremental', lambda: [d.decode(x) for x in [b'a\\', b'x4', b'1\\u00', b'e9', b'\\']] +
     [d.decode(b'', True)])
show('iterencode', lambda: list(codecs.iterencode(['a', 'é', '', '€'], 'utf-16')))
show('iterdecode', lambda: list(codecs.iterdecode([b'\xc3', b'\xa9', b'', b'\xe2\x82', b'\xac'], 'utf-8')))
show('iterdecode tail', lambda: list(codecs.iterdecode([b'a\xc3'], 'utf-8')))
show('iterdecode replace', lambda: list(codecs.iterdecode([b'a\xc3'], 'utf-8', 'replace')))
show('iterencode latin', lambda: list(codecs.iterencode(['a', '\u20ac'], 'latin-1', 'xmlcharrefreplace')))


class Upper(codecs.BufferedIncrementalDecoder):
    def _buffer_decode(self, input, errors, final):
        # decodes whole pairs of bytes only
        n = len(input) if final else len(input) // 2 * 2
        return input[:n].decode('ascii').upper(), n


u = Upper()
show('buffered subclass', lambda: [u.decode(b'abc'), u.getstate(), u.decode(b'd'), u.decode(b'e', True)])


class Tail(codecs.BufferedIncrementalEncoder):
    def _buffer_encode(self, input, errors, final):
        n = len(input) if final else len(input) - 1
        return input[:n].encode('ascii'), max(n, 0)


t = Tail()
show('buffered encoder subclass', lambda: [t.encode('abc'), t.getstate(), t.encode('d', True), t.getstate()])
show('base IncrementalEncoder', lambda: codecs.IncrementalEncoder().encode('x'))
show('base IncrementalDecoder', lambda: codecs.IncrementalDecoder().getstate())
show('base Codec', lambda: codecs.Codec().encode('x'))

print('== bytes and str codecs')
show('rot13', lambda: codecs.encode('Hello, World! 123', 'rot13'))
show('rot13 decode', lambda: codecs.decode('Uryyb', 'rot_13'))
show('rot13 bytes', lambda: codecs.encode(b'ab', 'rot13'))
show('rot13 incremental', lambda: codecs.getincrementalencoder('rot13')().encode('abc'))
show('hex', lambda: codecs.encode(b'\x00\xffab', 'hex'))
show('hex decode', lambda: codecs.decode(b'00ff6162', 'hex_codec'))
show('hex decode str', lambda: codecs.decode('6162', 'hex'))
show('hex odd', lambda: codecs.decode(b'616', 'hex'))
show('hex bad digit', lambda: codecs.decode(b'61zz', 'hex'))
show('hex str encode', lambda: codecs.encode('x', 'hex'))
show('hex errors', lambda: codecs.encode(b'ab', 'hex', 'ignore'))
show('hex bytearray', lambda: codecs.encode(bytearray(b'ab'), 'hex'))
show('base64', lambda: codecs.encode(b'hello world' * 8, 'base64'))
show('base64 empty', lambda: codecs.encode(b'', 'base64'))
show('base64 decode', lambda: codecs.decode(b'aGVsbG8=\n', 'base64'))
for b in [b'YW=J', b'YWJ', b'YWJj', b'YW Jj\n', b'Y', b'YQ==', b'YQ=', b'YQ===', b'Y===', b'YWJj!', b'YQ==YQ==',
          b'=', b'', b'YW\nJj', b'YQ=\n=']:
    show('base64 decode %r' % b, lambda: codecs.decode(b, 'base64'))
show('base64 str', lambda: codecs.decode('YWJj', 'base64'))
show('base64 str encode', lambda: codecs.encode('abc', 'base64'))
show('zlib roundtrip', lambda: codecs.decode(codecs.encode(b'abc' * 50, 'zlib'), 'zlib'))
show('zlib encode', lambda: codecs.encode(b'abc' * 5, 'zlib'))
show('zlib bad', lambda: codecs.decode(b'xxx', 'zlib'))
show('zlib str', lambda: codecs.encode('abc', 'zlib'))
ze = codecs.getincrementalencoder('zlib')()
zd = codecs.getincrementaldecoder('zlib')()
show('zlib incremental', lambda: zd.decode(ze.encode(b'abc' * 10) + ze.encode(b'xyz', True), True))
he = codecs.getincrementalencoder('hex')()
show('hex incremental', lambda: [he.encode(b'a'), he.encode(b'bc', True)])
show('base64 incremental', lambda: codecs.getincrementaldecoder('base64')().decode(b'YWJj'))

print('== search functions')
seen = []


def search(name):
    seen.append(name)
    if name == 'my_enc':
        return codecs.CodecInfo(lambda s, e='strict': (s.upper().encode(), len(s)),
                                lambda b, e='strict': (bytes(b).decode().lower(), len(b)), name='myenc')
    if name == 'bad_enc':
        return 'not a codec'
    return None


codecs.register(search)
for n in ['My Enc', 'MY-ENC', 'my.enc', 'Foo Bar', ' x ', 'A\u00e9', 'my_enc', 'my  enc', '__my__enc__']:
    show('custom lookup %r' % n, lambda: codecs.lookup(n).name)
print(seen)
show('bad search result', lambda: codecs.lookup('bad enc'))
show('custom encode', lambda: codecs.encode('abc', 'my enc'))
show('custom decode', lambda: codecs.decode(b'ABC', 'my_enc'))
show('custom cached', lambda: codecs.lookup('my_enc') is codecs.lookup('MY-ENC'))
show('custom incremental', lambda: codecs.getincrementalencoder('my_enc'))
show('custom is text', lambda: codecs.lookup('my_enc')._is_text_encoding)
show('utf-8 not overridden', lambda: codecs.lookup('utf8').name)
codecs.unregister(search)
show('after unregister', lambda: codecs.lookup('my_enc'))
show('unregister again', lambda: codecs.unregister(search))
show('register not callable', lambda: codecs.register(1))
ci = codecs.CodecInfo(None, None, name='n', _is_text_encoding=False)
print(ci.name, ci._is_text_encoding, tuple(ci), ci.incrementalencoder)


class BadResult:
    pass


def bad_search(name):
    if name == 'three':
        return codecs.CodecInfo(lambda s, e='strict': s, lambda b, e='strict': (b, 1, 2), name='three')
    return None


codecs.register(bad_search)
show('encoder returns non-tuple', lambda: codecs.encode('x', 'three'))
show('decoder returns 3-tuple', lambda: codecs.decode(b'x', 'three'))
codecs.unregister(bad_search)

print('== streams')
buf = io.BytesIO()
w = codecs.getwriter('utf-16')(buf)
w.write('ab')
w.write('\u20ac')
w.writelines(['x', 'y'])
print(buf.getvalue())
buf = io.BytesIO()
w = codecs.getwriter('utf-8')(buf, 'replace')
w.write('a\udc80b')
print(buf.getvalue(), w.errors, w.getvalue())
buf = io.BytesIO()
w = codecs.getwriter('utf-8-sig')(buf)
w.write('a')
w.write('b')
print(buf.getvalue())
src = 'line one\nline two é\r\nthird \u20ac line\rfourth\n\nlast without end'
for enc in ['utf-8', 'utf-16', 'utf-32', 'latin-1', 'utf-8-sig', 'utf-16-be', 'cp1252']:
    data = codecs.encode(src.replace('\u20ac', 'E') if enc == 'latin-1' else src, enc)
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, r.readline(), r.readline(keepends=False), r.read(5), r.readlines())
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, list(r))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, repr(r.read(3)), repr(r.read(chars=4)), repr(r.read()), repr(r.read()))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, r.readlines(keepends=False))
    r = codecs.getreader(enc)(io.BytesIO(data))
    print(enc, [r.readline(4) for i in range(4)])
r = codecs.getreader('utf-8')(io.BytesIO(b'abc\xffdef\nxyz'))
show('reader error', lambda: r.read())
r = codecs.getreader('utf-8')(io.BytesIO(b'abc\xffdef\nxyz'), 'replace')
show('reader replace', lambda: r.read())
r = codecs.getreader('utf-8')(io.BytesIO(b'first\nsecond\n\xff bad'))
show('reader readline before error', lambda: [r.readline(), r.readline()])
show('reader readline at error', lambda: r.readline())
r = codecs.getreader('utf-8')(io.BytesIO(b'abc\xe2\x82'))
show('reader truncated tail', lambda: [r.read(), r.bytebuffer])
r = codecs.getreader('utf-8')(io.BytesIO('a\u2028b\x85c\x0cd\r\ne\r'.encode()))
show('reader unicode line ends', lambda: list(r))
r = codecs.getreader('utf-16')(io.BytesIO(b'a\x00b\x00'))
show('reader utf-16 no BOM', lambda: r.read())
r = codecs.getreader('utf-8')(io.BytesIO(b'hello\nworld\n'))
show('reader seek', lambda: [r.readline(), r.seek(0), r.readline(), r.tell() if hasattr(r, 'tell') else 0])
r = codecs.getreader('utf-8')(io.BytesIO(b'x' * 200 + b'\n' + b'y' * 10))
show('reader long line', lambda: [len(r.readline()), r.readline()])
r = codecs.getreader('utf-8')(io.BytesIO(b'a\r'))
show('reader cr at end', lambda: [r.readline(), r.readline()])
r = codecs.getreader('utf-8')(io.BytesIO(b'a\r' + b'b' * 100 + b'\r\nc'))
show('reader cr lf', lambda: list(r))
with codecs.getreader('ascii')(io.BytesIO(b'abc')) as r:
    print('reader with', r.read(), r.closed)
print('reader closed after with', r.closed)
sw = io.BytesIO(b'caf\xc3\xa9\n')
srw = codecs.StreamReaderWriter(sw, codecs.getreader('utf-8'), codecs.getwriter('utf-8'))
print('srw', srw.read(), srw.encoding)
srw.write('\u20ac')
print('srw', sw.getvalue())
rec = codecs.EncodedFile(io.BytesIO('h\xe9'.encode('latin-1')), 'utf-8', 'latin-1')
print('EncodedFile', rec.read(), rec.data_encoding, rec.file_encoding)
out = io.BytesIO()
rec = codecs.EncodedFile(out, 'utf-8', 'utf-16-le')
rec.write('h\xe9'.encode('utf-8'))
print('EncodedFile write', out.getvalue())
rec = codecs.StreamRecoder(io.BytesIO('x\xe9\ny'.encode('latin-1')), codecs.getencoder('utf-8'),
                           codecs.getdecoder('utf-8'), codecs.getreader('latin-1'), codecs.getwriter('latin-1'))
print('StreamRecoder lines', rec.readline(), rec.readlines())

print('== codecs.open')
path = '/tmp/_golden_codecs_%d.txt' % os.getpid()
try:
    with codecs.open(path, 'w', 'utf-16') as f:
        print('open w', f.encoding, f.errors)
        f.write('h\xe9llo\n')
        f.write('w\u20acrld\n')
    with open(path, 'rb') as f:
        print('raw', f.read())
    with codecs.open(path, 'r', 'utf-16') as f:
        print('open r', f.readline(), f.read())
    with codecs.open(path, encoding='utf-16') as f:
        print('lines', list(f))
    with codecs.open(path, 'rb') as f:
        print('no encoding', f.read(4))
    with codecs.open(path, 'w', 'latin-1', 'replace') as f:
        f.write('caf\xe9 \u20ac')
    with codecs.open(path, 'r', 'latin-1') as f:
        print('latin-1 replace', f.read())
    with codecs.open(path, 'r', 'ascii', 'strict') as f:
        show('ascii strict read', lambda: f.read())
    with codecs.open(path, 'a', 'latin-1') as f:
        f.write('!')
    with codecs.open(path, 'r', 'latin-1') as f:
        print('appended', f.read())
    show('open unknown encoding', lambda: codecs.open(path, 'r', 'nope'))
finally:
    os.remove(path)
print('done')
