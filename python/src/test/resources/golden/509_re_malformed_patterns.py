# re: malformed patterns get sre_parse's messages: an unterminated comment looped for ever, unterminated names and
# \N escapes raised Java's StringIndexOutOfBoundsException, and (?<name>...) is refused as 3.13's sre_parse refuses it.
import re
for p in ['(?P<name', '(?P=name', '(?<name', r'\N{LATIN', r'\N{', '(?#abc', '(?P<>a)', '(?<>)', r'\N', '(?P<1a>x)', '(?P=)', '(?<a>x)(?P=a', '(?<=a)b', '(?<!a)b', r'\N{LATIN SMALL LETTER A}', r'[\N{LATIN SMALL LETTER A}]', '(?#ok)a', r'[\N]']:
    try: r = re.compile(p); print(repr(p), 'ok', r.groups)
    except re.error as e: print(repr(p), e)
