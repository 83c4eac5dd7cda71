# re's \s is str.isspace() (U+001C..U+001F included, not under re.ASCII or for bytes); __builtins__ is the builtins
# module in __main__ and its dict in an imported module; open()'s errors handler for reading and writing text.
import os
import re
import tempfile

print(re.match(r'\s', '\x1c'), re.findall(r'[\s]', '\x1c\x1d\x1e\x1f\x85\xa0 '), re.findall(r'\S', '\x1ca'))
print(re.findall(r'[^\S]', 'a\x1c b'), re.findall(r'[\Sx]', 'a\x1c'), re.findall(r'(?a)\s', '\x1c \x85'))
print(re.findall(r'\s', '\x1c', re.A), re.findall(rb'\s', b'\x1c \x85'), re.split(r'\s+', 'a\x1c\x1db c'))
print(all(bool(re.fullmatch(r'\s', chr(c))) == chr(c).isspace() for c in range(0x3100)))
print(type(__builtins__).__name__, __builtins__.len('abc'), '__builtins__' in globals())
import json
print(type(vars(json)['__builtins__']).__name__ if '__builtins__' in vars(json) else 'absent')
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'f.txt')
    with open(p, 'wb') as f:
        f.write(b'a\xed b\xff')
    for errors in ('replace', 'ignore', 'surrogateescape', 'backslashreplace'):
        with open(p, encoding='utf-8', errors=errors) as f:
            print(errors, ascii(f.read()), f.errors)
    try:
        open(p, encoding='utf-8').read()
    except UnicodeDecodeError as e:
        print('UnicodeDecodeError', e.reason, e.start)
    with open(p, encoding='utf-8') as f:
        print(f.errors)
    q = os.path.join(d, 'g.txt')
    with open(q, 'w', encoding='ascii', errors='xmlcharrefreplace') as f:
        f.write('é€ plain')
    with open(q, 'a', encoding='ascii', errors='backslashreplace') as f:
        f.write(' ü')
    print(open(q).read())
    for kwargs in ({'mode': 'rb', 'errors': 'strict'}, {'errors': 5}):
        try:
            open(p, **kwargs)
        except (ValueError, TypeError) as e:
            print(type(e).__name__, e)
