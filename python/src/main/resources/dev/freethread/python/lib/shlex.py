# SPDX-License-Identifier: Apache-2.0
# shlex for ftpython: split (POSIX shell-like words: quotes, backslash escapes, comments when asked), quote and
# join, with CPython's errors. The lexer class shlex itself is not provided.
import re as _re

__all__ = ['split', 'quote', 'join']

_WHITESPACE = ' \t\r\n'
_ESCAPED_IN_DQUOTES = '\\"$`\n'


def split(s, comments=False, posix=True):
    if s is None:
        raise ValueError("s argument must not be None")
    if not posix:
        raise NotImplementedError("shlex.split(posix=False) is not supported by ftpython")
    words = []
    word = None
    i = 0
    n = len(s)
    while i < n:
        c = s[i]
        if c in _WHITESPACE:
            if word is not None:
                words.append(word)
                word = None
            i += 1
        elif c == '#' and comments and word is None:
            j = s.find('\n', i)
            i = n if j < 0 else j
        elif c == "'":
            j = s.find("'", i + 1)
            if j < 0:
                raise ValueError("No closing quotation")
            word = (word or '') + s[i + 1:j]
            i = j + 1
        elif c == '"':
            i += 1
            part = []
            while True:
                if i >= n:
                    raise ValueError("No closing quotation")
                c = s[i]
                if c == '"':
                    i += 1
                    break
                if c == '\\' and i + 1 < n and s[i + 1] in _ESCAPED_IN_DQUOTES:
                    part.append(s[i + 1])
                    i += 2
                    continue
                if c == '\\' and i + 1 >= n:
                    raise ValueError("No closing quotation")
                part.append(c)
                i += 1
            word = (word or '') + ''.join(part)
        elif c == '\\':
            if i + 1 >= n:
                raise ValueError("No escaped character")
            word = (word or '') + s[i + 1]
            i += 2
        else:
            word = (word or '') + c
            i += 1
    if word is not None:
        words.append(word)
    return words


_find_unsafe = _re.compile(r'[^\w@%+=:,./-]', _re.ASCII).search


def quote(s):
    """A shell-escaped version of s: itself when safe, else in single quotes."""
    if not isinstance(s, str):
        raise TypeError("expected string object, got %r" % type(s).__name__)
    if not s:
        return "''"
    if _find_unsafe(s) is None:
        return s
    return "'" + s.replace("'", "'\"'\"'") + "'"


def join(split_command):
    return ' '.join(quote(arg) for arg in split_command)
