# SPDX-License-Identifier: Apache-2.0
# shlex for ftpython: the lexer class shlex (POSIX and compatibility modes, punctuation characters, source
# inclusion), split, quote and join, with CPython's documented behaviour and errors.
import os as _os
import re as _re
import sys as _sys
from collections import deque as _deque
from io import StringIO as _StringIO

__all__ = ['shlex', 'split', 'quote', 'join']

_WORDCHARS = 'abcdfeghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_'
_LATIN1_WORDCHARS = 'ßàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ'

# The lexer's states besides a quote or escape character being read: between tokens, in a word, in a run of
# punctuation, at the end of the input.
_BETWEEN = ' '
_WORD = 'a'
_PUNCT = 'c'
_END = None


class shlex:
    """A lexical analyzer class for simple shell-like syntaxes (the documented attributes, modes and errors of
    CPython's; written for ftpython as a state machine, one method per state)."""

    def __init__(self, instream=None, infile=None, posix=False, punctuation_chars=False):
        if isinstance(instream, str):
            instream = _StringIO(instream)
        if instream is not None:
            self.instream = instream
            self.infile = infile
        else:
            self.instream = _sys.stdin
            self.infile = None
        self.posix = posix
        self.eof = None if posix else ''
        self.commenters = '#'
        self.wordchars = _WORDCHARS + (_LATIN1_WORDCHARS if posix else '')
        self.whitespace = ' \t\r\n'
        self.whitespace_split = False
        self.quotes = '\'"'
        self.escape = '\\'
        self.escapedquotes = '"'
        self.state = _BETWEEN
        self.pushback = _deque()
        self.lineno = 1
        self.debug = 0
        self.token = ''
        self.filestack = _deque()
        self.source = None
        if not punctuation_chars:
            punctuation_chars = ''
        elif punctuation_chars is True:
            punctuation_chars = '();<>|&'
        self._punctuation_chars = punctuation_chars
        if punctuation_chars:
            self._pushback_chars = _deque()
            # what a shell word may hold besides the default word characters, less the punctuation itself
            self.wordchars += '~-./*?='
            self.wordchars = ''.join(c for c in self.wordchars if c not in punctuation_chars)

    @property
    def punctuation_chars(self):
        return self._punctuation_chars

    def push_token(self, tok):
        """Push a token onto the stack popped by the get_token method."""
        self.pushback.appendleft(tok)

    def push_source(self, newstream, newfile=None):
        """Push an input source onto the lexer's input source stack."""
        if isinstance(newstream, str):
            newstream = _StringIO(newstream)
        self.filestack.appendleft((self.infile, self.instream, self.lineno))
        self.infile = newfile
        self.instream = newstream
        self.lineno = 1

    def pop_source(self):
        """Pop the input source stack."""
        self.instream.close()
        (self.infile, self.instream, self.lineno) = self.filestack.popleft()
        self.state = _BETWEEN

    def get_token(self):
        """A token from the push-back stack, else read one; a source request (self.source) pushes that file, and
        the end of a pushed source resumes the one below."""
        if self.pushback:
            return self.pushback.popleft()
        raw = self.read_token()
        if self.source is not None:
            while raw == self.source:
                spec = self.sourcehook(self.read_token())
                if spec:
                    newfile, newstream = spec
                    self.push_source(newstream, newfile)
                raw = self.get_token()
        while raw == self.eof:
            if not self.filestack:
                return self.eof
            self.pop_source()
            raw = self.get_token()
        return raw

    def _next_char(self):
        if self._punctuation_chars and self._pushback_chars:
            c = self._pushback_chars.pop()
        else:
            c = self.instream.read(1)
        if c == '\n':
            self.lineno += 1
        return c

    def _skip_comment(self):
        self.instream.readline()
        self.lineno += 1

    def _ends_token(self, quoted):
        return bool(self.token) or (self.posix and quoted)

    def read_token(self):
        """Read one token from the input (the state machine); in POSIX mode None at the end of the input."""
        self._quoted = False
        self._escaped_from = _BETWEEN
        while True:
            c = self._next_char()
            state = self.state
            if state is _END:
                self.token = ''
                break
            if state == _BETWEEN:
                done = self._between(c)
            elif state in self.quotes:
                done = self._in_quotes(c)
            elif state in self.escape:
                done = self._escaping(c)
            else:
                done = self._in_word(c)
            if done:
                break
        result = self.token
        self.token = ''
        if self.posix and not self._quoted and result == '':
            result = None
        return result

    def _between(self, c):
        if not c:
            self.state = _END
            return True
        if c in self.whitespace:
            return self._ends_token(self._quoted)
        if c in self.commenters:
            self._skip_comment()
        elif self.posix and c in self.escape:
            self._escaped_from = _WORD
            self.state = c
        elif c in self.wordchars:
            self.token = c
            self.state = _WORD
        elif c in self._punctuation_chars:
            self.token = c
            self.state = _PUNCT
        elif c in self.quotes:
            if not self.posix:
                self.token = c
            self.state = c
        elif self.whitespace_split:
            self.token = c
            self.state = _WORD
        else:
            self.token = c
            return self._ends_token(self._quoted)
        return False

    def _in_quotes(self, c):
        quote = self.state
        self._quoted = True
        if not c:
            raise ValueError("No closing quotation")
        if c == quote:
            if not self.posix:
                self.token += c
                self.state = _BETWEEN
                return True
            self.state = _WORD
        elif self.posix and c in self.escape and quote in self.escapedquotes:
            self._escaped_from = quote
            self.state = c
        else:
            self.token += c
        return False

    def _escaping(self, c):
        esc = self.state
        if not c:
            raise ValueError("No escaped character")
        # in quotes, the escape character escapes only itself and the quote: otherwise it is kept
        if self._escaped_from in self.quotes and c != esc and c != self._escaped_from:
            self.token += esc
        self.token += c
        self.state = self._escaped_from
        return False

    def _in_word(self, c):
        if not c:
            self.state = _END
            return True
        if c in self.whitespace:
            self.state = _BETWEEN
            return self._ends_token(self._quoted)
        if c in self.commenters:
            self._skip_comment()
            if self.posix:
                self.state = _BETWEEN
                return self._ends_token(self._quoted)
            return False
        if self.state == _PUNCT:
            if c in self._punctuation_chars:
                self.token += c
                return False
            if c not in self.whitespace:
                self._pushback_chars.append(c)
            self.state = _BETWEEN
            return True
        if self.posix and c in self.quotes:
            self.state = c
        elif self.posix and c in self.escape:
            self._escaped_from = _WORD
            self.state = c
        elif c in self.wordchars or c in self.quotes or (self.whitespace_split and c not in self._punctuation_chars):
            self.token += c
        else:
            if self._punctuation_chars:
                self._pushback_chars.append(c)
            else:
                self.pushback.appendleft(c)
            self.state = _BETWEEN
            return self._ends_token(self._quoted)
        return False

    def sourcehook(self, newfile):
        """Hook called on a filename to be sourced: (name, open file), the name relative to the current file's."""
        if newfile[0] == '"':
            newfile = newfile[1:-1]
        if isinstance(self.infile, str) and not _os.path.isabs(newfile):
            newfile = _os.path.join(_os.path.dirname(self.infile), newfile)
        return (newfile, open(newfile, "r"))

    def error_leader(self, infile=None, lineno=None):
        """A leader for an error message in the Unix C compiler format: '"file", line N: '."""
        if infile is None:
            infile = self.infile
        if lineno is None:
            lineno = self.lineno
        return "\"%s\", line %d: " % (infile, lineno)

    def __iter__(self):
        return self

    def __next__(self):
        token = self.get_token()
        if token == self.eof:
            raise StopIteration
        return token


def split(s, comments=False, posix=True):
    """Split the string s using shell-like syntax."""
    if s is None:
        raise ValueError("s argument must not be None")
    lex = shlex(s, posix=posix)
    lex.whitespace_split = True
    if not comments:
        lex.commenters = ''
    return list(lex)


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
