# unicodedata as CPython 3.13's (Unicode 15.1.0 properties from the generated ucd.txt; names and normalization from
# Java): every property of a spread of characters, lookup with aliases and derived names, normalization forms,
# the errors, and \N{...} escapes with derived names.
import unicodedata as u
print(u.unidata_version)
chars = 'aZ5½Ⅷ٣²é\u0301\u0300\u0327\u3099\u05b0 \t\n\x00€中한가힣\U0001f600\uff21\uff71\u00a0\u200b\u2028\U00020000\uf900\ufb01ǖ\u0344'
for c in chars:
    print(hex(ord(c)), u.category(c), repr(u.bidirectional(c)), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.name(c, None), u.decimal(c, None), u.digit(c, None), u.numeric(c, None))
for n in ['LATIN SMALL LETTER A', 'latin small letter a', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E00', 'EM DASH', 'NULL', 'nope', 'CJK UNIFIED IDEOGRAPH-FFFF']:
    try: print(n, repr(u.lookup(n)))
    except KeyError as e: print('KeyError', e)
for f in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    print(f, [hex(ord(c)) for c in u.normalize(f, 'ﬁé\u0065\u0301Å①')], u.is_normalized(f, 'é'))
for bad in [lambda: u.normalize('X', 'a'), lambda: u.category('ab'), lambda: u.category(1), lambda: u.name('\x00'), lambda: u.decimal('a'), lambda: u.digit('x'), lambda: u.numeric('y')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print("\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}\N{latin capital letter b}")
