# difflib as CPython 3.13's (lib/difflib.py, written here; no HtmlDiff): SequenceMatcher (blocks, opcodes, ratios, junk,
# autojunk), get_close_matches, Differ/ndiff/restore, unified/context diffs,
# diff_bytes and the junk predicates; stdout must equal CPython 3.13's.
import difflib
from difflib import (SequenceMatcher, Differ, Match, get_close_matches,
                     ndiff, restore, unified_diff, context_diff, diff_bytes,
                     IS_LINE_JUNK, IS_CHARACTER_JUNK)


def show(label, value):
    print(label, '->', repr(value))


def err(label, func, *args, **kw):
    try:
        result = func(*args, **kw)
        if hasattr(result, '__next__'):
            result = list(result)
        print(label, 'OK', repr(result))
    except Exception as e:
        print(label, 'ERR', type(e).__name__, e)


# Deterministic pseudo-random generator (no dependence on `random`).
class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % (2 ** 31)
        return (self.state >> 8) % n

    def word(self, alphabet, length):
        return ''.join(alphabet[self.next(len(alphabet))]
                       for _ in range(length))


def describe(sm, label):
    print('==', label)
    print('  blocks', sm.get_matching_blocks())
    print('  opcodes', sm.get_opcodes())
    print('  ratio %.6f quick %.6f real %.6f' % (
        sm.ratio(), sm.quick_ratio(), sm.real_quick_ratio()))
    print('  bjunk', sorted(sm.bjunk, key=repr), 'bpopular', sorted(sm.bpopular, key=repr))


print('--- Match')
m = Match(1, 2, 3)
print(m, m.a, m.b, m.size, Match._fields, tuple(m), m == (1, 2, 3))
print(m._replace(size=9), Match._make([4, 5, 6]))
print([n for n in difflib.__all__ if n != 'HtmlDiff'])  # HtmlDiff is not provided by ftpython

print('--- SequenceMatcher basics')
s = SequenceMatcher(lambda x: x == ' ', 'private Thread currentThread;',
                    'private volatile Thread currentThread;')
print(round(s.ratio(), 3))
describe(s, 'docs example')
s = SequenceMatcher(None, ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
print(s.find_longest_match(1))
print(s.find_longest_match(0, 3))
print(s.find_longest_match(0, 5, 2))
print(s.find_longest_match(0, 5, 2, 6))
print(s.find_longest_match(ahi=5, bhi=4))
print(s.find_longest_match(3, 3, 0, 9))
s = SequenceMatcher(lambda x: x == ' ', ' abcd', 'abcd abcd')
print(s.find_longest_match(0, 5, 0, 9))
print(s.find_longest_match())
s = SequenceMatcher(None, 'abxcd', 'abcd')
describe(s, 'abxcd/abcd')
s = SequenceMatcher(None, 'qabxcd', 'abycdf')
for tag, i1, i2, j1, j2 in s.get_opcodes():
    print('{:7}   a[{}:{}] --> b[{}:{}] {!r:>8} --> {!r}'.format(
        tag, i1, i2, j1, j2, s.a[i1:i2], s.b[j1:j2]))
describe(s, 'qabxcd/abycdf')
for a, b in [('', ''), ('a', ''), ('', 'b'), ('abc', 'abc'), ('abc', 'xyz'),
             ('aaaa', 'aa'), ('abab', 'baba'), ('tide', 'diet'),
             ('ab' * 5, 'ba' * 5), ('abcabcabc', 'cbacbacba')]:
    describe(SequenceMatcher(None, a, b), '%r/%r' % (a, b))

print('--- lists and tuples as sequences')
describe(SequenceMatcher(None, [1, 2, 3, 4, 5], [2, 3, 9, 4, 5, 1]), 'ints')
describe(SequenceMatcher(None, ('x', 'y', ('t', 1)), [('t', 1), 'x', 'y']),
         'mixed')
describe(SequenceMatcher(None, ['one\n', 'two\n', 'three\n'],
                         ['zero\n', 'one\n', 'three\n', 'four\n']), 'lines')
describe(SequenceMatcher(lambda x: x in (0, None), [0, 1, 0, 2, None, 3],
                         [1, 0, 0, 2, 3, None]), 'junk ints')

print('--- set_seqs / set_seq1 / set_seq2')
s = SequenceMatcher(None, 'abcd', 'bcde')
print(s.ratio(), s.a, s.b)
s.set_seq1('bcde')
print(s.ratio(), s.get_opcodes())
s.set_seq2('xyz')
print(s.ratio(), s.get_opcodes())
s.set_seqs('hello world', 'yellow word')
print(s.ratio(), s.get_matching_blocks())
s = SequenceMatcher()
print(repr(s.a), repr(s.b), s.isjunk, s.autojunk, s.ratio())
print(s.get_matching_blocks(), s.get_opcodes(), list(s.get_grouped_opcodes()))
# Identity short-cut: re-setting the same (mutated) object keeps the caches.
seq = list('abc')
s = SequenceMatcher(None, seq, list('abd'))
print(s.get_matching_blocks())
seq.append('x')
s.set_seq1(seq)
print(s.get_matching_blocks())
s.set_seq1(list(seq))
print(s.get_matching_blocks())
b = list('xay')
s = SequenceMatcher(None, 'a', b)
print(sorted(s.b2j.items()))
b.append('a')
s.set_seq2(b)
print(sorted(s.b2j.items()), s.find_longest_match())
s.set_seq2(list(b))
print(sorted(s.b2j.items()), s.get_matching_blocks())
print(s.get_matching_blocks() is s.get_matching_blocks(),
      s.get_opcodes() is s.get_opcodes())
print(type(s.get_matching_blocks()[0]).__name__)

print('--- junk')
s = SequenceMatcher(lambda c: c in 'ab', 'abxab yab', 'xaby abxa')
describe(s, 'junk ab')
print(sorted(s.b2j.items()))
s = SequenceMatcher(lambda c: c == ' ', 'a b c d e', 'a  b  c  d  e')
describe(s, 'spaces junk')
s = SequenceMatcher(lambda c: c == 'x', 'axxxb', 'xxaxxxbxx')
describe(s, 'junk extension')
print(s.find_longest_match(), s.find_longest_match(0, 2, 0, 4))
s = SequenceMatcher(lambda c: True, 'abc', 'abc')
describe(s, 'all junk')

print('--- autojunk / popular elements')
a = 'x' * 100 + 'abc' + 'y' * 100
b = 'y' * 100 + 'abc' + 'x' * 100
for aj in (True, False):
    s = SequenceMatcher(None, a, b, autojunk=aj)
    describe(s, 'popular aj=%s' % aj)
lcg = LCG(12345)
a = lcg.word('abcdefghij', 300)
b = a[:120] + lcg.word('abcdefghijklmnop', 40) + a[150:]
for aj in (True, False):
    s = SequenceMatcher(None, a, b, autojunk=aj)
    describe(s, 'long random aj=%s' % aj)
    print('  b2j keys', sorted(s.b2j))
s = SequenceMatcher(None, a, b[:199])
print('199 items', sorted(s.bpopular), round(s.ratio(), 6))
s = SequenceMatcher(None, a, b[:200])
print('200 items', sorted(s.bpopular), round(s.ratio(), 6))
# Popular elements adjacent to the best match are still absorbed.
a = 'q' * 3 + 'hello' + 'q' * 2 + 'z' * 20
b = 'q' * 300 + 'hello' + 'q' * 5 + 'qqq' + 'world'
s = SequenceMatcher(None, a, b)
print(sorted(s.bpopular), s.find_longest_match(), s.get_matching_blocks())
s = SequenceMatcher(lambda c: c == 'w', a, b + 'w' * 10)
print(sorted(s.bjunk), sorted(s.bpopular), s.find_longest_match())
lines_a = ['line %d\n' % (i % 13) for i in range(230)]
lines_b = ['line %d\n' % (i % 11) for i in range(220)] + ['end\n']
s = SequenceMatcher(None, lines_a, lines_b)
print(sorted(s.bpopular), s.get_matching_blocks()[:5], len(s.get_opcodes()))
s = SequenceMatcher(None, lines_a, lines_b, False)
print(sorted(s.bpopular), len(s.get_matching_blocks()),
      round(s.ratio(), 6))
ints = list(range(150)) + [7] * 60
s = SequenceMatcher(None, list(range(100, 300)), ints)
print(sorted(s.bpopular), s.get_matching_blocks())

print('--- get_grouped_opcodes')
a = ['%d\n' % i for i in range(1, 40)]
b = a[:]
b[8:8] = ['i\n']
b[20] += 'x'
b[23:28] = []
b[30] += 'y'
s = SequenceMatcher(None, a, b)
for n in (0, 1, 3, 5, 100):
    print(n, list(s.get_grouped_opcodes(n)))
print('mutated', s.get_opcodes())
s = SequenceMatcher(None, 'abc', 'abc')
print(list(s.get_grouped_opcodes()), s.get_opcodes())
s = SequenceMatcher(None, '', 'abc')
print(list(s.get_grouped_opcodes()))

print('--- ratios')
for a, b in [('abcd', 'bcda'), ('abcd', 'dcba'), ('aab', 'abb'),
             ('', 'abc'), ('hello', 'hallo'), ('a' * 3, 'a' * 7)]:
    s = SequenceMatcher(None, a, b)
    print(repr(a), repr(b), s.ratio(), s.quick_ratio(), s.real_quick_ratio())

print('--- get_close_matches')
print(get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
kwlist = ['False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await',
          'break', 'class', 'continue', 'def', 'del', 'elif', 'else',
          'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in',
          'is', 'lambda', 'nonlocal', 'not', 'or', 'pass', 'raise',
          'return', 'try', 'while', 'with', 'yield']
print(get_close_matches('wheel', kwlist))
print(get_close_matches('pineapple', kwlist))
print(get_close_matches('accept', kwlist))
print(get_close_matches('ab', ['ab', 'ba', 'ab', 'abc', 'b'], n=10, cutoff=0))
print(get_close_matches('ab', ['ab', 'ba', 'ab', 'abc', 'b'], n=2, cutoff=1))
print(get_close_matches('ab', ['zz', 'b'], n=1, cutoff=0.0))
print(get_close_matches('ab', iter(['ax', 'xb', 'ab ']), 5, 0.5))
print(get_close_matches('', ['', 'a'], 3, 0.0))
print(get_close_matches([1, 2], [(1, 2), [2, 1], [1, 2, 3]], 2))
for n, cutoff in [(0, 0.6), (-1, 0.6), (1, 1.5), (1, -0.1), (2, 1.0000001),
                  (0.0, 0.5), (1, 2)]:
    err('gcm n=%r cutoff=%r' % (n, cutoff), get_close_matches, 'x', ['x'],
        n, cutoff)

print('--- Differ')
text1 = '''  1. Beautiful is better than ugly.
  2. Explicit is better than implicit.
  3. Simple is better than complex.
  4. Complex is better than complicated.
'''.splitlines(keepends=True)
text2 = '''  1. Beautiful is better than ugly.
  3.   Simple is better than complex.
  4. Complicated is better than complex.
  5. Flat is better than nested.
'''.splitlines(keepends=True)
d = Differ()
result = list(d.compare(text1, text2))
print(''.join(result), end='')
print(repr(result))
print(''.join(Differ(IS_LINE_JUNK, IS_CHARACTER_JUNK).compare(
    ['\tone two\n', '#\n', 'x = 1\n', '\n'],
    ['\tone  tow\n', '\n', 'x  =  1\n', '#\n', 'y\n'])), end='')
print(''.join(Differ().compare(['abc\n', 'xyz\n'], ['abd\n', 'xyz\n',
                                                   'xyz\n'])), end='')
print(list(Differ().compare([], [])))
print(list(Differ().compare(['a'], [])))
print(list(Differ().compare('abc', 'abd')))
# Tabs in the original line are kept in the '?' guide line.
print(''.join(ndiff(['\tif x:\tfoo\n'], ['\tif y:\tfoo\n'])), end='')
print(''.join(ndiff(['a\tb c\n'], ['a\tb  c d\n'])), end='')
print(''.join(ndiff(['abcdefghij\n'], ['abcdefghijkl\n'])), end='')
print(''.join(ndiff(['abcdefghijkl\n'], ['abXdefghij\n'])), end='')

print('--- ndiff / restore')
diff = list(ndiff('one\ntwo\nthree\n'.splitlines(keepends=True),
                  'ore\ntree\nemu\n'.splitlines(keepends=True)))
print(''.join(diff), end='')
print(''.join(restore(diff, 1)), end='')
print(''.join(restore(diff, 2)), end='')
print(list(restore(diff, '1')), list(restore(iter(diff), 2.0)))
for which in (0, 3, -1):
    err('restore %r' % (which,), restore, diff, which)
err('restore x', restore, diff, 'x')
err('restore None', restore, diff, None)
# ndiff with the default character junk vs none
print(''.join(ndiff(['a b c d\n'], ['a  b  c  d\n'])), end='')
print(''.join(ndiff(['a b c d\n'], ['a  b  c  d\n'], charjunk=None)), end='')
print(''.join(ndiff(['\n', 'x\n', '#\n'], ['  \n', 'x\n', '# \n'],
                    linejunk=IS_LINE_JUNK)), end='')

# Larger pseudo-random line sets: pairing / synch-point choices.
lcg = LCG(2024)
for trial in range(6):
    base = [lcg.word('abcde ', 3 + lcg.next(10)) + '\n'
            for _ in range(8 + lcg.next(8))]
    other = []
    for line in base:
        r = lcg.next(6)
        if r == 0:
            continue
        if r == 1:
            other.append(lcg.word('abcde', 4) + '\n')
        if r == 2:
            pos = lcg.next(len(line))
            line = line[:pos] + lcg.word('xyz ', 1 + lcg.next(2)) + line[pos:]
        other.append(line)
    print('trial', trial)
    d = list(ndiff(base, other))
    print(''.join(d), end='')
    print(list(restore(d, 1)) == base, list(restore(d, 2)) == other)
    print(''.join(Differ().compare(base, other)) == ''.join(d))

# Many similar lines with equal scores (tie breaking of synch pairs).
print(''.join(ndiff(['abcd%d\n' % i for i in range(5)],
                    ['abcd%d\n' % i for i in range(7, 9)])), end='')
print(''.join(ndiff(['abcdefgh\n', 'zzzz\n'],
                    ['abcdefXX\n', 'abcdefgX\n'])), end='')
print(''.join(ndiff(['same\n', 'xxxx\n', 'same\n'],
                    ['yyyy\n', 'same\n', 'same\n'])), end='')

print('--- unified_diff')
s1 = ['bacon\n', 'eggs\n', 'ham\n', 'guido\n']
s2 = ['python\n', 'eggy\n', 'hamster\n', 'guido\n']
print(''.join(unified_diff(s1, s2, fromfile='before.py',
                           tofile='after.py')), end='')
print(''.join(unified_diff(s1, s2, 'a', 'b', 'Mon Jan 1 2024', 'Tue', n=0)),
      end='')
print(list(unified_diff(s1, s2, lineterm='')))
print(list(unified_diff(s1, s1)))
print(list(unified_diff([], [])))
print(list(unified_diff([], ['x\n'], 'f', 'g')))
print(list(unified_diff(['x\n'], [], 'f', 'g', n=1)))
print(list(unified_diff(['x'], ['y'], lineterm='')))
big_a = ['%d\n' % i for i in range(1, 40)]
big_b = big_a[:]
big_b[8:8] = ['i\n']
big_b[20] += 'x'
big_b[23:28] = []
big_b[30] += 'y'
for n in (0, 1, 3, 10):
    print('n =', n)
    print(''.join(unified_diff(big_a, big_b, 'A', 'B', '2001', '2002', n)),
          end='')
err('ud bytes a', unified_diff, [b'a'], ['b'])
err('ud bytes b', unified_diff, ['a'], [b'b'])
err('ud int b', unified_diff, ['a'], [1])
err('ud fromfile', unified_diff, ['a'], ['b'], b'x')
err('ud lineterm', unified_diff, ['a'], ['b'], lineterm=None)
err('ud date', unified_diff, ['a'], ['b'], 'x', 'y', 3)
err('ud empty ok', unified_diff, [], [], 'a', 'b')

print('--- context_diff')
print(''.join(context_diff(s1, s2, fromfile='before.py',
                           tofile='after.py')), end='')
print(''.join(context_diff(s1, s2, 'a', 'b', 'Mon Jan 1 2024', 'Tue', n=0)),
      end='')
print(list(context_diff(s1, s2, lineterm='')))
print(list(context_diff(s1, s1)))
print(list(context_diff([], ['x\n', 'y\n'], 'f', 'g')))
print(list(context_diff(['x\n', 'y\n'], [], 'f', 'g')))
for n in (0, 1, 3, 10):
    print('n =', n)
    print(''.join(context_diff(big_a, big_b, 'A', 'B', '2001', '2002', n)),
          end='')
err('cd bytes a', context_diff, [b'a'], ['b'])
err('cd tofile', context_diff, ['a'], ['b'], 'x', 7)

print('--- diff_bytes')
ba = [b'caf\xe9\n', b'same\n', b'\xff\xfe\n', b'old\n']
bb = [b'cafe\n', b'same\n', b'\xff\xfd\n', b'new\n']
for line in diff_bytes(unified_diff, ba, bb, b'f\xe9', b'g', b'd1', b'd2'):
    print(repr(line))
for line in diff_bytes(context_diff, ba, bb, n=0, lineterm=b''):
    print(repr(line))
print(list(diff_bytes(unified_diff, [], [])))
print(list(diff_bytes(lambda *args: [ascii(args)], ba, [b'\x80'], b'\xe9')))
err('db bad out', diff_bytes, lambda *args: ['\xe9'], [], [])
print(list(diff_bytes(unified_diff, [b'a\n'], [b'b\n'], b'x', b'y', n=1)))
err('db str line', diff_bytes, unified_diff, ['a\n'], [b'b\n'])
err('db str name', diff_bytes, unified_diff, [b'a\n'], [b'b\n'], 'x')
err('db int lineterm', diff_bytes, unified_diff, [b'a'], [b'b'],
    lineterm=1)
err('db bytearray', diff_bytes, unified_diff, [bytearray(b'a\n')],
    [b'b\n'])

print('--- junk predicates')
for line in ['\n', '  #   \n', 'hello\n', '#', '', ' # x\n', '##\n',
             '\t\n', '\n\n', ' #\t']:
    print(repr(line), IS_LINE_JUNK(line))
for ch in ' \tx\n#':
    print(repr(ch), IS_CHARACTER_JUNK(ch))
print(IS_CHARACTER_JUNK('a', 'abc'), IS_LINE_JUNK('xx', lambda s: None))

print('--- misc')
print(SequenceMatcher[str])
err('no len', SequenceMatcher, None, 'abc', 5)
err('unhashable', SequenceMatcher, None, 'abc', [[1]])
s = SequenceMatcher(lambda c: c == ' ', 'a b', 'b a')
print(s.isjunk(' '), s.autojunk, sorted(s.fullbcount or {}),
      s.matching_blocks, s.opcodes)
s.quick_ratio()
print(sorted(s.fullbcount.items()))
