# SPDX-License-Identifier: Apache-2.0
# textwrap for ftpython: dedent, indent, wrap, fill, shorten. Words break at whitespace and after hyphens inside
# words (break_on_hyphens), as CPython's TextWrapper chunks them; long words are broken when break_long_words.


def dedent(text):
    lines = text.split('\n')
    margin = None
    for line in lines:
        stripped = line.lstrip(' \t')
        if not stripped:
            continue
        indent = line[:len(line) - len(stripped)]
        if margin is None:
            margin = indent
        elif indent.startswith(margin):
            pass
        elif margin.startswith(indent):
            margin = indent
        else:
            common = 0
            for a, b in zip(margin, indent):
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
    out = []
    for line in text.splitlines(True):
        if (predicate(line) if predicate is not None else line.strip()):
            out.append(prefix + line)
        else:
            out.append(line)
    return ''.join(out)


def _chunks(text, break_on_hyphens):
    chunks = []
    i = 0
    n = len(text)
    while i < n:
        if text[i].isspace():
            j = i
            while j < n and text[j].isspace():
                j += 1
            chunks.append(text[i:j])
            i = j
            continue
        j = i
        while j < n and not text[j].isspace():
            j += 1
        word = text[i:j]
        if break_on_hyphens:
            start = 0
            for k in range(1, len(word) - 1):
                if word[k] == '-' and word[k - 1].isalnum() and word[k + 1].isalpha() and k + 1 > start:
                    chunks.append(word[start:k + 1])
                    start = k + 1
            chunks.append(word[start:])
        else:
            chunks.append(word)
        i = j
    return chunks


class TextWrapper:
    def __init__(self, width=70, initial_indent='', subsequent_indent='', expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True, drop_whitespace=True,
                 break_on_hyphens=True, tabsize=8, *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    def _munge(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def wrap(self, text):
        chunks = _chunks(self._munge(text), self.break_on_hyphens)
        chunks.reverse()
        if self.width <= 0:
            raise ValueError('invalid width %r (must be > 0)' % self.width)
        lines = []
        while chunks:
            cur = []
            cur_len = 0
            ind = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(ind)
            if self.drop_whitespace and chunks[-1].strip() == '' and lines:
                chunks.pop()
            while chunks:
                l = len(chunks[-1])
                if cur_len + l <= width:
                    cur.append(chunks.pop())
                    cur_len += l
                else:
                    break
            if chunks and len(chunks[-1]) > width:
                space_left = max(width - cur_len, 1)
                if self.break_long_words:
                    end = space_left
                    chunk = chunks[-1]
                    if self.break_on_hyphens and len(chunk) > space_left:
                        hyphen = chunk.rfind('-', 0, space_left)
                        if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                            end = hyphen + 1
                    cur.append(chunk[:end])
                    chunks[-1] = chunk[end:]
                    cur_len += end
                elif not cur:
                    cur.append(chunks.pop())
                    cur_len += len(cur[-1])
            if self.drop_whitespace and cur and cur[-1].strip() == '':
                cur_len -= len(cur[-1])
                del cur[-1]
            if cur:
                if (self.max_lines is None or len(lines) + 1 < self.max_lines
                        or (not chunks or self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
                        and cur_len <= width):
                    lines.append(ind + ''.join(cur))
                else:
                    while cur:
                        if cur[-1].strip() and cur_len + len(self.placeholder) <= width:
                            cur.append(self.placeholder)
                            lines.append(ind + ''.join(cur))
                            break
                        cur_len -= len(cur[-1])
                        del cur[-1]
                    else:
                        if lines:
                            prev_line = lines[-1].rstrip()
                            if len(prev_line) + len(self.placeholder) <= self.width:
                                lines[-1] = prev_line + self.placeholder
                                break
                        lines.append(ind + self.placeholder.lstrip())
                    break
        return lines

    def fill(self, text):
        return '\n'.join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))
