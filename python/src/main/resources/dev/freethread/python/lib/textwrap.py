# SPDX-License-Identifier: Apache-2.0
# textwrap for ftpython: dedent, indent, wrap, fill, shorten and TextWrapper, with CPython's rules: text is cut into
# chunks (runs of whitespace, words, words cut after the hyphens of a hyphenated word, em-dashes between words),
# which fill lines greedily; a word longer than a line is broken (at its last hyphen that fits, with
# break_on_hyphens), and max_lines ends the text with the placeholder. The methods a subclass may override keep
# CPython's names (_munge_whitespace, _split, _fix_sentence_endings, _handle_long_word, _wrap_chunks, _split_chunks).

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these count as whitespace here (CPython's: a non-breaking space belongs to its word).
_whitespace = '\t\n\x0b\x0c\r '


def _is_letter(c):
    # a word character that is not a digit (CPython's [^\d\W])
    return (c.isalnum() or c == '_') and not c.isdecimal()


def _is_word(c):
    return c.isalnum() or c == '_'


def _is_word_punct(c):
    return _is_word(c) or c in '!"\'&.,?'


def _em_dash_at(text, i):
    """Whether a run of two or more hyphens starts at i and a word character follows it."""
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    return j - i >= 2 and j < len(text) and _is_word(text[j])


def _hyphen_break_after(text, k):
    """Whether a hyphenated word may be cut after its hyphen at k: two letters (or letter, hyphen, letter) before
    it, and a letter, an optional hyphen and a letter after it ('goof-ball', 'a-b-c' but not '-b' or '2-4')."""
    before = (k >= 2 and _is_letter(text[k - 1]) and _is_letter(text[k - 2])) or \
        (k >= 3 and _is_letter(text[k - 1]) and text[k - 2] == '-' and _is_letter(text[k - 3]))
    if not before or k + 1 >= len(text) or not _is_letter(text[k + 1]):
        return False
    if k + 2 < len(text) and _is_letter(text[k + 2]):
        return True
    return k + 3 < len(text) and text[k + 2] == '-' and _is_letter(text[k + 3])


def _split_words(text, break_on_hyphens):
    """The chunks of text: whitespace runs and words; with break_on_hyphens, hyphenated words cut after their
    hyphens and em-dashes between words chunks of their own."""
    chunks = []
    n = len(text)
    i = 0
    while i < n:
        if text[i] in _whitespace:
            j = i
            while j < n and text[j] in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if not break_on_hyphens:
            j = i
            while j < n and text[j] not in _whitespace:
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        if i > 0 and _is_word_punct(text[i - 1]) and _em_dash_at(text, i):
            j = i
            while text[j] == '-':
                j += 1
            chunks.append(text[i:j])  # an em-dash between words
            i = j
            continue
        # the shortest word from i that ends at a hyphen break, at the word's end, or before an em-dash
        j = i + 1
        while True:
            if j >= n or text[j] in _whitespace:
                chunks.append(text[i:j])
                break
            if text[j] == '-' and _hyphen_break_after(text, j):
                chunks.append(text[i:j + 1])
                j += 1
                break
            if _is_word_punct(text[j - 1]) and _em_dash_at(text, j):
                chunks.append(text[i:j])
                break
            j += 1
        i = j
    return chunks


def _ends_sentence(chunk):
    # a lowercase letter, then '.', '!' or '?', then an optional quote, at the chunk's end
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    """Wraps text into lines of at most width characters (CPython's textwrap.TextWrapper)."""

    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True, drop_whitespace=True,
                 break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        return _split_words(text, self.break_on_hyphens)

    def _fix_sentence_endings(self, chunks):
        """Two spaces after a sentence's end: a chunk ending a sentence followed by a single space."""
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == ' ' and _ends_sentence(chunks[i]):
                chunks[i + 1] = '  '
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        # the room left on this line; a full line takes nothing of the word (it starts the next line)
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        lines = []
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            first = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(first) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        chunks.reverse()
        while chunks:
            cur_line = []
            cur_len = 0
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                del chunks[-1]  # no line but the first starts with whitespace
            while chunks:
                size = len(chunks[-1])
                if cur_len + size <= width:
                    cur_line.append(chunks.pop())
                    cur_len += size
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, cur_line, cur_len, width)
                cur_len = sum(map(len, cur_line))
            if self.drop_whitespace and cur_line and cur_line[-1].strip() == '':
                cur_len -= len(cur_line[-1])
                del cur_line[-1]
            if cur_line:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(indent + ''.join(cur_line))
                else:
                    # the last line allowed: as many chunks as leave room for the placeholder
                    while cur_line:
                        if cur_line[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur_line.append(self.placeholder)
                            lines.append(indent + ''.join(cur_line))
                            break
                        cur_len -= len(cur_line[-1])
                        del cur_line[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(indent + self.placeholder.lstrip())
                    break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


def dedent(text):
    """Removes the whitespace that every non-blank line starts with; blank lines become empty."""
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        line_indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = line_indent
        elif line_indent.startswith(margin):
            pass
        elif margin.startswith(line_indent):
            margin = line_indent
        else:
            common = 0
            for a, b in zip(margin, line_indent):
                if a != b:
                    break
                common += 1
            margin = margin[:common]
    out = []
    for line in lines:
        if not line.strip(' \t'):
            out.append('')
        elif margin:
            out.append(line[len(margin):])
        else:
            out.append(line)
    return '\n'.join(out)


def indent(text, prefix, predicate=None):
    """Adds prefix to the lines for which predicate is true (by default, the lines that are not all whitespace)."""
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else not line.isspace()):
            out.append(prefix)
        out.append(line)
    return ''.join(out)
