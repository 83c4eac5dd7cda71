# SPDX-License-Identifier: Apache-2.0
# difflib for ftpython: sequence comparison helpers (SequenceMatcher, Differ,
# ndiff, unified/context diffs, ...), written here after CPython 3.13's behaviour.
"""Helpers for computing deltas between sequences.

SequenceMatcher implements Ratcliff/Obershelp "gestalt pattern matching"
with a junk heuristic and the automatic "popular element" rule.
HtmlDiff is not provided.
"""

import heapq as _heapq
import re as _re
from collections import namedtuple as _namedtuple
from types import GenericAlias as _GenericAlias

__all__ = ['get_close_matches', 'ndiff', 'restore', 'SequenceMatcher',
           'Differ', 'IS_CHARACTER_JUNK', 'IS_LINE_JUNK', 'context_diff',
           'unified_diff', 'diff_bytes', 'Match']

Match = _namedtuple('Match', 'a b size')


def _ratio_of(matches, total):
    if total:
        return 2.0 * matches / total
    return 1.0


class SequenceMatcher:
    """Compare pairs of sequences of hashable elements."""

    def __init__(self, isjunk=None, a='', b='', autojunk=True):
        self.isjunk = isjunk
        self.autojunk = autojunk
        self.a = None
        self.b = None
        self.set_seqs(a, b)

    def set_seqs(self, a, b):
        """Set both sequences to be compared."""
        self.set_seq1(a)
        self.set_seq2(b)

    def set_seq1(self, a):
        """Set the first sequence to be compared."""
        if a is self.a:
            return
        self.a = a
        self.matching_blocks = None
        self.opcodes = None

    def set_seq2(self, b):
        """Set the second sequence (the one that gets indexed)."""
        if b is self.b:
            return
        self.b = b
        self.matching_blocks = None
        self.opcodes = None
        self.fullbcount = None
        self._index_b()

    def _index_b(self):
        # Map each element of b to the ascending list of its positions,
        # then drop junk elements and (with autojunk) popular elements.
        positions = {}
        seq = self.b
        for pos, item in enumerate(seq):  # iterated, as CPython: a non-sequence's TypeError says so
            where = positions.get(item)
            if where is None:
                positions[item] = [pos]
            else:
                where.append(pos)

        junk = set()
        if self.isjunk is not None:
            test = self.isjunk
            for item in list(positions):
                if test(item):
                    junk.add(item)
            for item in junk:
                del positions[item]

        popular = set()
        size = len(seq)
        if self.autojunk and size >= 200:
            limit = size // 100 + 1
            for item, where in positions.items():
                if len(where) > limit:
                    popular.add(item)
            for item in popular:
                del positions[item]

        self.b2j = positions
        self.bjunk = junk
        self.bpopular = popular

    def find_longest_match(self, alo=0, ahi=None, blo=0, bhi=None):
        """Find the longest matching block in a[alo:ahi] and b[blo:bhi]."""
        a = self.a
        b = self.b
        if ahi is None:
            ahi = len(a)
        if bhi is None:
            bhi = len(b)
        index = self.b2j
        junk = self.bjunk
        best_i = alo
        best_j = blo
        best_len = 0
        # run_end[j] = length of the match of non-junk elements that ends
        # with a[i-1] and b[j], for the previous row i-1.
        run_end = {}
        empty = ()
        for i in range(alo, ahi):
            row = {}
            previous = run_end.get
            for j in index.get(a[i], empty):
                if j < blo:
                    continue
                if j >= bhi:
                    break
                length = previous(j - 1, 0) + 1
                row[j] = length
                if length > best_len:
                    best_len = length
                    best_i = i - length + 1
                    best_j = j - length + 1
            run_end = row

        # Grow the block with equal elements that are not junk (these can
        # only be "popular" elements), then with equal junk elements.
        for want_junk in (False, True):
            while (best_i > alo and best_j > blo
                   and (b[best_j - 1] in junk) == want_junk
                   and a[best_i - 1] == b[best_j - 1]):
                best_i -= 1
                best_j -= 1
                best_len += 1
            while (best_i + best_len < ahi and best_j + best_len < bhi
                   and (b[best_j + best_len] in junk) == want_junk
                   and a[best_i + best_len] == b[best_j + best_len]):
                best_len += 1

        return Match(best_i, best_j, best_len)

    def get_matching_blocks(self):
        """Return the list of Match triples describing matching blocks."""
        if self.matching_blocks is not None:
            return self.matching_blocks
        len_a = len(self.a)
        len_b = len(self.b)
        found = []
        pending = [(0, len_a, 0, len_b)]
        while pending:
            alo, ahi, blo, bhi = pending.pop()
            i, j, k = self.find_longest_match(alo, ahi, blo, bhi)
            if not k:
                continue
            found.append((i, j, k))
            if alo < i and blo < j:
                pending.append((alo, i, blo, j))
            if i + k < ahi and j + k < bhi:
                pending.append((i + k, ahi, j + k, bhi))
        found.sort()

        # Merge blocks that touch each other.
        merged = []
        for i, j, k in found:
            if merged:
                pi, pj, pk = merged[-1]
                if pi + pk == i and pj + pk == j:
                    merged[-1] = (pi, pj, pk + k)
                    continue
            merged.append((i, j, k))
        merged.append((len_a, len_b, 0))
        self.matching_blocks = [Match(*t) for t in merged]
        return self.matching_blocks

    def get_opcodes(self):
        """Return 5-tuples (tag, i1, i2, j1, j2) turning a into b."""
        if self.opcodes is not None:
            return self.opcodes
        codes = []
        ia = 0
        jb = 0
        for i, j, k in self.get_matching_blocks():
            if ia < i:
                codes.append(('replace' if jb < j else 'delete', ia, i, jb, j))
            elif jb < j:
                codes.append(('insert', ia, i, jb, j))
            if k:
                codes.append(('equal', i, i + k, j, j + k))
            ia = i + k
            jb = j + k
        self.opcodes = codes
        return codes

    def get_grouped_opcodes(self, n=3):
        """Generate groups of opcodes with up to n lines of context."""
        # Like CPython, the context trimming below is applied to the cached
        # opcode list itself (so it shows in later get_opcodes() calls).
        codes = self.get_opcodes()
        if not codes:
            codes = [('equal', 0, 1, 0, 1)]
        # Trim leading and trailing context to n items.
        tag, i1, i2, j1, j2 = codes[0]
        if tag == 'equal':
            codes[0] = (tag, max(i1, i2 - n), i2, max(j1, j2 - n), j2)
        tag, i1, i2, j1, j2 = codes[-1]
        if tag == 'equal':
            codes[-1] = (tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n))

        group = []
        for tag, i1, i2, j1, j2 in codes:
            if tag == 'equal' and i2 - i1 > 2 * n:
                # Close the current group with n items of trailing context
                # and start the next one with n items of leading context.
                group.append((tag, i1, min(i2, i1 + n), j1, min(j2, j1 + n)))
                yield group
                group = []
                i1 = max(i1, i2 - n)
                j1 = max(j1, j2 - n)
            group.append((tag, i1, i2, j1, j2))
        if group and not (len(group) == 1 and group[0][0] == 'equal'):
            yield group

    def ratio(self):
        """Return a measure of similarity in [0, 1]."""
        total = 0
        for block in self.get_matching_blocks():
            total += block[2]
        return _ratio_of(total, len(self.a) + len(self.b))

    def quick_ratio(self):
        """Return an upper bound on ratio() relatively quickly."""
        counts = self.fullbcount
        if counts is None:
            counts = {}
            for item in self.b:
                counts[item] = counts.get(item, 0) + 1
            self.fullbcount = counts
        left = {}
        hits = 0
        for item in self.a:
            if item in left:
                remaining = left[item]
            else:
                remaining = counts.get(item, 0)
            left[item] = remaining - 1
            if remaining > 0:
                hits += 1
        return _ratio_of(hits, len(self.a) + len(self.b))

    def real_quick_ratio(self):
        """Return an upper bound on ratio() very quickly."""
        len_a = len(self.a)
        len_b = len(self.b)
        return _ratio_of(min(len_a, len_b), len_a + len_b)

    __class_getitem__ = classmethod(_GenericAlias)


def get_close_matches(word, possibilities, n=3, cutoff=0.6):
    """Return a list of the best "good enough" matches for word."""
    if not n > 0:
        raise ValueError("n must be > 0: %r" % (n,))
    if not 0.0 <= cutoff <= 1.0:
        raise ValueError("cutoff must be in [0.0, 1.0]: %r" % (cutoff,))
    scored = []
    matcher = SequenceMatcher()
    matcher.set_seq2(word)
    for candidate in possibilities:
        matcher.set_seq1(candidate)
        if (matcher.real_quick_ratio() >= cutoff
                and matcher.quick_ratio() >= cutoff
                and matcher.ratio() >= cutoff):
            scored.append((matcher.ratio(), candidate))
    return [candidate for score, candidate in _heapq.nlargest(n, scored)]


def _hint_with_whitespace(line, hints):
    # Keep tabs/spaces of the original line where the hint has a blank.
    out = []
    for ch, mark in zip(line, hints):
        if mark == ' ' and ch.isspace():
            out.append(ch)
        else:
            out.append(mark)
    return ''.join(out)


class Differ:
    """Produce human-readable deltas from sequences of lines of text."""

    def __init__(self, linejunk=None, charjunk=None):
        self.linejunk = linejunk
        self.charjunk = charjunk

    def compare(self, a, b):
        """Compare two sequences of lines; generate the delta lines."""
        matcher = SequenceMatcher(self.linejunk, a, b)
        for tag, alo, ahi, blo, bhi in matcher.get_opcodes():
            if tag == 'replace':
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            elif tag == 'delete':
                yield from self._dump('-', a, alo, ahi)
            elif tag == 'insert':
                yield from self._dump('+', b, blo, bhi)
            elif tag == 'equal':
                yield from self._dump(' ', a, alo, ahi)
            else:
                raise ValueError('unknown tag %r' % (tag,))

    def _dump(self, tag, x, lo, hi):
        for i in range(lo, hi):
            yield '%s %s' % (tag, x[i])

    def _plain_replace(self, a, alo, ahi, b, blo, bhi):
        # Emit the shorter block first.
        if bhi - blo < ahi - alo:
            yield from self._dump('+', b, blo, bhi)
            yield from self._dump('-', a, alo, ahi)
        else:
            yield from self._dump('-', a, alo, ahi)
            yield from self._dump('+', b, blo, bhi)

    def _fancy_replace(self, a, alo, ahi, b, blo, bhi):
        # Find the most similar (but not identical) pair of lines and synch
        # up on it; fall back on an identical pair, then on a plain replace.
        matcher = SequenceMatcher(self.charjunk)
        best = 0.74
        best_i = best_j = None
        same_i = same_j = None
        for j in range(blo, bhi):
            bline = b[j]
            matcher.set_seq2(bline)
            for i in range(alo, ahi):
                aline = a[i]
                if aline == bline:
                    if same_i is None:
                        same_i, same_j = i, j
                    continue
                matcher.set_seq1(aline)
                if (matcher.real_quick_ratio() > best
                        and matcher.quick_ratio() > best
                        and matcher.ratio() > best):
                    best = matcher.ratio()
                    best_i, best_j = i, j
        if best < 0.75:
            if same_i is None:
                yield from self._plain_replace(a, alo, ahi, b, blo, bhi)
                return
            best_i, best_j = same_i, same_j
            identical = True
        else:
            identical = False

        yield from self._fancy_helper(a, alo, best_i, b, blo, best_j)
        aline = a[best_i]
        bline = b[best_j]
        if identical:
            yield '  ' + aline
        else:
            amarks = []
            bmarks = []
            matcher.set_seqs(aline, bline)
            for tag, i1, i2, j1, j2 in matcher.get_opcodes():
                if tag == 'replace':
                    amarks.append('^' * (i2 - i1))
                    bmarks.append('^' * (j2 - j1))
                elif tag == 'delete':
                    amarks.append('-' * (i2 - i1))
                elif tag == 'insert':
                    bmarks.append('+' * (j2 - j1))
                elif tag == 'equal':
                    amarks.append(' ' * (i2 - i1))
                    bmarks.append(' ' * (j2 - j1))
                else:
                    raise ValueError('unknown tag %r' % (tag,))
            yield from self._qformat(aline, bline, ''.join(amarks),
                                     ''.join(bmarks))
        yield from self._fancy_helper(a, best_i + 1, ahi, b, best_j + 1, bhi)

    def _fancy_helper(self, a, alo, ahi, b, blo, bhi):
        if alo < ahi:
            if blo < bhi:
                yield from self._fancy_replace(a, alo, ahi, b, blo, bhi)
            else:
                yield from self._dump('-', a, alo, ahi)
        elif blo < bhi:
            yield from self._dump('+', b, blo, bhi)

    def _qformat(self, aline, bline, atags, btags):
        atags = _hint_with_whitespace(aline, atags).rstrip()
        btags = _hint_with_whitespace(bline, btags).rstrip()
        yield '- ' + aline
        if atags:
            yield '? %s\n' % atags
        yield '+ ' + bline
        if btags:
            yield '? %s\n' % btags


def IS_LINE_JUNK(line, pat=_re.compile(r"\s*(?:#\s*)?$").match):
    """Return True for ignorable lines: blank or containing only '#'."""
    return pat(line) is not None


def IS_CHARACTER_JUNK(ch, ws=" \t"):
    """Return True for ignorable characters: space or tab."""
    return ch in ws


def _unified_range(start, stop):
    first = start + 1
    count = stop - start
    if count == 1:
        return '%d' % first
    if not count:
        first -= 1
    return '%d,%d' % (first, count)


def _context_range(start, stop):
    first = start + 1
    count = stop - start
    if not count:
        first -= 1
    if count <= 1:
        return '%d' % first
    return '%d,%d' % (first, first + count - 1)


_format_range_unified = _unified_range  # CPython's names for them
_format_range_context = _context_range


def _check_types(a, b, *args):
    for seq in (a, b):
        if seq and not isinstance(seq[0], str):
            raise TypeError('lines to compare must be str, not %s (%r)' %
                            (type(seq[0]).__name__, seq[0]))
    for arg in args:
        if not isinstance(arg, str):
            raise TypeError('all arguments must be str, not: %r' % (arg,))


def _file_header(mark, name, date, lineterm):
    if date:
        return '%s %s\t%s%s' % (mark, name, date, lineterm)
    return '%s %s%s' % (mark, name, lineterm)


def unified_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Generate the lines of a unified diff between a and b."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_header('---', fromfile, fromfiledate, lineterm)
            yield _file_header('+++', tofile, tofiledate, lineterm)
        head = group[0]
        tail = group[-1]
        yield '@@ -%s +%s @@%s' % (_unified_range(head[1], tail[2]),
                                   _unified_range(head[3], tail[4]),
                                   lineterm)
        for tag, i1, i2, j1, j2 in group:
            if tag == 'equal':
                for line in a[i1:i2]:
                    yield ' ' + line
                continue
            if tag != 'insert':
                for line in a[i1:i2]:
                    yield '-' + line
            if tag != 'delete':
                for line in b[j1:j2]:
                    yield '+' + line


_CONTEXT_PREFIX = {'insert': '+ ', 'delete': '- ', 'replace': '! ',
                   'equal': '  '}


def context_diff(a, b, fromfile='', tofile='', fromfiledate='',
                 tofiledate='', n=3, lineterm='\n'):
    """Generate the lines of a context diff between a and b."""
    _check_types(a, b, fromfile, tofile, fromfiledate, tofiledate, lineterm)
    header_done = False
    for group in SequenceMatcher(None, a, b).get_grouped_opcodes(n):
        if not header_done:
            header_done = True
            yield _file_header('***', fromfile, fromfiledate, lineterm)
            yield _file_header('---', tofile, tofiledate, lineterm)
        head = group[0]
        tail = group[-1]
        yield '***************' + lineterm

        yield '*** %s ****%s' % (_context_range(head[1], tail[2]), lineterm)
        tags = [code[0] for code in group]
        if 'replace' in tags or 'delete' in tags:
            for tag, i1, i2, j1, j2 in group:
                if tag != 'insert':
                    for line in a[i1:i2]:
                        yield _CONTEXT_PREFIX[tag] + line

        yield '--- %s ----%s' % (_context_range(head[3], tail[4]), lineterm)
        if 'replace' in tags or 'insert' in tags:
            for tag, i1, i2, j1, j2 in group:
                if tag != 'delete':
                    for line in b[j1:j2]:
                        yield _CONTEXT_PREFIX[tag] + line


# Byte <-> str mapping equivalent to the 'ascii'/'surrogateescape' codec
# pair (bytes >= 0x80 become lone surrogates U+DC80..U+DCFF).
def _bytes_to_str(data):
    try:
        return data.decode('ascii', 'surrogateescape')
    except LookupError:
        pass
    text = data.decode('latin-1')
    if text.isascii():
        return text
    return ''.join([c if c < '\x80' else chr(0xDC00 + ord(c)) for c in text])


def _str_to_bytes(text):
    try:
        return text.encode('ascii', 'surrogateescape')
    except LookupError:
        pass
    if text.isascii():
        return text.encode('ascii')
    out = bytearray()
    for pos, ch in enumerate(text):
        code = ord(ch)
        if code < 0x80:
            out.append(code)
        elif 0xDC80 <= code <= 0xDCFF:
            out.append(code - 0xDC00)
        else:
            raise UnicodeEncodeError('ascii', text, pos, pos + 1,
                                     'ordinal not in range(128)')
    return bytes(out)


def diff_bytes(dfunc, a, b, fromfile=b'', tofile=b'', fromfiledate=b'',
               tofiledate=b'', n=3, lineterm=b'\n'):
    """Compare bytes lines a and b with dfunc (unified_diff, context_diff
    or a compatible function) and generate the delta as bytes."""
    def decode(value):
        try:
            return _bytes_to_str(value)
        except AttributeError as err:
            raise TypeError('all arguments must be bytes, not %s (%r)' %
                            (type(value).__name__, value)) from err

    a = [decode(line) for line in a]
    b = [decode(line) for line in b]
    fromfile = decode(fromfile)
    tofile = decode(tofile)
    fromfiledate = decode(fromfiledate)
    tofiledate = decode(tofiledate)
    lineterm = decode(lineterm)
    for line in dfunc(a, b, fromfile, tofile, fromfiledate, tofiledate, n,
                      lineterm):
        yield _str_to_bytes(line)


def ndiff(a, b, linejunk=None, charjunk=IS_CHARACTER_JUNK):
    """Return a Differ-style delta of two lists of lines."""
    return Differ(linejunk, charjunk).compare(a, b)


def restore(delta, which):
    """Recover one of the two sequences that produced a Differ delta."""
    try:
        keep = {1: '- ', 2: '+ '}[int(which)]
    except KeyError:
        raise ValueError('unknown delta choice (must be 1 or 2): %r'
                         % which) from None
    prefixes = ('  ', keep)
    for line in delta:
        if line[:2] in prefixes:
            yield line[2:]
