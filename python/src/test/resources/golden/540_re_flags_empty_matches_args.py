# re (CPython 3.13): RegexFlag shows its names; a pattern's flags and repr include its inline flags; after an empty
# match the next match may start at the same place if it is not empty (3.7+); endpos ends the string ($, \Z,
# lookaheads); MULTILINE ^ matches after a final newline; \B never matches the empty string; keyword arguments and
# CPython's argument errors; sub/subn/split warn about count/maxsplit/flags by position; scanner(); copies; escapes
# checked as sre_parse checks them; str subclasses as templates; group numbers by __index__.
import copy
import re
import warnings

print(re.I, repr(re.I), re.I | re.M, re.A | re.I, str(re.I), re.RegexFlag(0x123000), format(re.I), f'{re.I:d}')
print(re.I + 0, ~re.I, re.NOFLAG, repr(re.NOFLAG), re.I in (re.I | re.M), re.I.name, re.I.value, (re.I | re.M).name)
print(repr(~(re.I | re.S | re.X | (1 << 20))), re.I | 1, type(re.I | 1).__name__, isinstance(re.I, int))
print(re.compile('x', 0x123000), re.compile('(?i)a').flags, re.compile(b'(?i)a').flags, re.compile(b'x', re.A))
print(re.compile(r'(?s)a', re.M), re.compile('(?i)pattern'), re.compile('(?ims)x').flags, re.compile('x' * 300))
print(re.compile('abc', re.I) == re.compile('abc', re.I), hash(re.compile('ab', re.I)) == hash(re.compile('ab', 2)),
      re.compile('abc') == re.compile('abc', re.I))

# empty matches: Python's order, not Java's
print(re.split(r"\b|:+", "a::bc"), re.findall(r'x*', 'axb'), [m.span() for m in re.finditer(r'\b|x*', 'ab xx')])
print(re.sub('x*', '-', 'abxd'), re.subn(r'\b', '|', 'ab cd'), re.split(r'(?x) \s* # c', 'a b  c'))
print(re.findall(r'(?i)a|', 'AbA'), repr(re.sub(r'(?m)^', '>', 'a\nb\n')), re.split(r'\W*', '...words, words...'))
print(repr(re.sub('^', '>', 'a\nb\n', flags=re.M)), re.findall(r'^\w', 'a\nb\n\nc', re.M))
print(re.search(r"\B", ""), re.search(r"\B", "ab"), re.findall(r"\B", "abc"), re.search(r'\B', ' '))

# endpos is the end of the string; pos is not its start
p = re.compile(r"c$")
print(re.compile(r"bc").fullmatch("abcd", pos=1, endpos=3), re.compile(r".*?$").fullmatch("abcd", pos=1, endpos=3))
print(p.search("abcd", 0, 3), re.compile(r"c\Z").search("abcd", 0, 3), re.compile(r"c(?=d)").search("abcd", 0, 3))
print(re.compile(r"^b").search("abcd", 1), re.compile(r"(?<=a)b").search("abcd", 1), re.compile(r"c\b").search("abcd", 0, 3))

# arguments
p = re.compile('a')
for f in (lambda: p.findall(strin=''), lambda: p.findall('a', string='a'), lambda: p.findall(),
          lambda: p.split('a', 1, 2), lambda: p.sub('a'), lambda: p.findall(string='aa', pos=1),
          lambda: p.sub(repl='b', string='aa', count=1), lambda: p.search(string='xa', endpos=1),
          lambda: re.sub('a', 'b', 'c', 1, 2, 3), lambda: re.split('a', 'b', 1, maxsplit=2)):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(re.split('a', 'bac', 1), re.sub('a', 'x', 'aa', 1), re.subn('A', 'x', 'aa', 0, re.I))
    print(re.sub('a', 'x', 'aa', count=1), re.split('a', 'bac', maxsplit=1, flags=re.I))
print([str(x.message) for x in w], [x.category.__name__ for x in w], {x.filename == __file__ for x in w})

# scanner
s = p.scanner('aaba')
print(s.pattern, s.match(), s.match(), s.match(), s.search(), s.search(), s.search())
s = re.compile(r'\b|x*').scanner('ab xx')
print([s.search() for i in range(7)])
s = re.compile(r'\w+').scanner('ab cd', 1, 4)
print(s.search(), s.search(), s.search())

# copies, templates, group numbers
m = re.match('(a)(b)', 'ab')
print(copy.copy(p) is p, copy.deepcopy(p) is p, copy.copy(m) is m, copy.deepcopy(m) is m)


class S(str):
    pass


class Index:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


print(repr(re.sub('y', S('a'), S('xyz'))), repr(re.sub('(y)', S(r'<\1>'), 'xyz')))
print(m.group(Index(1)), m[Index(2)], m.span(Index(1)), m.group(True), m.group(S('0')) if False else m.start(Index(2)))
try:
    m.group(Index(3))
except IndexError as e:
    print('IndexError', e)
gi = re.compile(r'(?P<first>a)(?P<other>b)').groupindex
print(sorted(gi), gi['other'], type(gi).__name__)
try:
    gi['other'] = 0
except TypeError as e:
    print('TypeError', e)

# escapes and references as sre_parse checks them
for pat in (r'\x1z', r'[\u123z]', r'\U0001234z', r'\U00110000', r'[\911]', r'\N{}', r'\N{SPAM}', r'[\A]',
            r'\N{KEYCAP NUMBER SIGN}', r'\911', r'(abc\1)', r'\1', 'A(?i)', ' (?i)x', r'(?P<a>x)(?P=a)(?i)'):
    try:
        re.compile(pat)
        print(repr(pat), 'ok')
    except re.error as e:
        print(repr(pat), e)
print(re.match(r'\N{LATIN SMALL LETTER A}\x41\u0042\U00000043\N{EM DASH}', 'aABC\u2014'))
print(re.match(' (?i) X', 'x', re.X), re.match('(?x) (?i) X', 'x'), re.match('(?i)(?m)^a', 'A'))
print(re.compile('(?P<𝔘𝔫𝔦>x)(?P=𝔘𝔫𝔦)').match('xx'), re.sub('(?P<𝔘𝔫𝔦>x)', r'\g<𝔘𝔫𝔦>-', 'xx'))
