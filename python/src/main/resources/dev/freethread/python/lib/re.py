# SPDX-License-Identifier: Apache-2.0
# re for ftpython: Python's regular expressions over java.util.regex (_re translates the pattern syntax and keeps
# Python's semantics: code-point indices, Unicode classes, named groups, replacement templates). Flags are plain ints
# (no RegexFlag enum); conditional groups are rewritten over marker groups. A bytes pattern matches bytes through a str pattern
# over their latin-1 decoding (one char per byte), compiled with ASCII (CPython's classes for bytes), its results
# encoded back.
import _re

A = ASCII = 256
I = IGNORECASE = 2
L = LOCALE = 4
M = MULTILINE = 8
S = DOTALL = 16
U = UNICODE = 32
X = VERBOSE = 64
NOFLAG = 0


class PatternError(Exception):
    """A regular expression that cannot be compiled (CPython 3.13's name; re.error is the same class)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            newline = '\n' if isinstance(pattern, str) else b'\n'
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = '%s (line %d, column %d)' % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error = PatternError
_re.error = error

_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if isinstance(pattern, _BytesPattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        return pattern
    if isinstance(pattern, (bytes, bytearray)):
        key = (bytes(pattern), flags, bytes)
        p = _cache.get(key)
        if p is None:
            if flags & UNICODE:
                raise ValueError('cannot use UNICODE flag with a bytes pattern')
            p = _BytesPattern(bytes(pattern), flags)
            if len(_cache) >= _MAXCACHE:
                _cache.clear()
            _cache[key] = p
        return p
    if not isinstance(pattern, str):
        raise TypeError('first argument must be string or compiled pattern')
    key = (pattern, flags)
    p = _cache.get(key)
    if p is None:
        p = _re.compile(pattern, flags)
        if len(_cache) >= _MAXCACHE:
            _cache.clear()
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c'


def escape(pattern):
    if isinstance(pattern, (bytes, bytearray)):
        return escape(bytes(pattern).decode('latin-1')).encode('latin-1')
    return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)


def purge():
    _cache.clear()


Pattern = type(_re.compile(''))
Match = type(_re.compile('').match(''))


class Scanner:
    """A lexer over a list of (phrase, action) pairs (re.Scanner, undocumented but public): scan() matches the
    phrases, the first that matches in order, repeatedly from the start of the string; an action is called with the
    scanner and the matched text (the match object is self.match meanwhile), a non-callable one is the token itself,
    None drops it. It stops at the first position where nothing (or only the empty string) matches and returns the
    tokens and the rest."""

    def __init__(self, lexicon, flags=0):
        self.lexicon = lexicon
        # one pattern with each phrase as its own group: the group that closes last in a match is the phrase's
        self._phrase_of_group = {}
        parts = []
        group = 1
        for index, (phrase, action) in enumerate(lexicon):
            self._phrase_of_group[group] = index
            group += 1 + compile(phrase, flags).groups
            parts.append('(%s)' % phrase)
        self.scanner = compile('|'.join(parts), flags)

    def scan(self, string):
        result = []
        match = self.scanner.match
        i = 0
        while True:
            m = match(string, i)
            if not m:
                break
            j = m.end()
            if i == j:
                break
            action = self.lexicon[self._phrase_of_group[m.lastindex]][1]
            if callable(action):
                self.match = m
                action = action(self, m.group())
            if action is not None:
                result.append(action)
            i = j
        return result, string[i:]



def _text(b, what='string'):
    if isinstance(b, str):
        raise TypeError('cannot use a bytes pattern on a string-like object')
    try:
        return bytes(b).decode('latin-1')
    except TypeError:
        raise TypeError("expected %s or bytes-like object, got '%s'" % (what, type(b).__name__)) from None


def _bytes(v):
    return v.encode('latin-1') if isinstance(v, str) else v


class _BytesMatch:
    """A match of a bytes pattern: the str match over the latin-1 text, its strings given back as bytes."""

    __slots__ = ('_m', 're', 'string')

    def __init__(self, m, pattern, string):
        self._m = m
        self.re = pattern
        self.string = string

    def group(self, *args):
        r = self._m.group(*args)
        return tuple(_bytes(v) for v in r) if isinstance(r, tuple) else _bytes(r)

    def __getitem__(self, g):
        return _bytes(self._m[g])

    def groups(self, default=None):
        return tuple(_bytes(v) for v in self._m.groups(default))

    def groupdict(self, default=None):
        return {k: _bytes(v) for k, v in self._m.groupdict(default).items()}

    def start(self, group=0):
        return self._m.start(group)

    def end(self, group=0):
        return self._m.end(group)

    def span(self, group=0):
        return self._m.span(group)

    def expand(self, template):
        return _bytes(self._m.expand(_text(template, 'template')))

    @property
    def pos(self):
        return self._m.pos

    @property
    def endpos(self):
        return self._m.endpos

    @property
    def lastindex(self):
        return self._m.lastindex

    @property
    def lastgroup(self):
        return self._m.lastgroup

    @property
    def regs(self):
        return self._m.regs

    def __bool__(self):
        return True

    def __repr__(self):
        return '<re.Match object; span=%r, match=%r>' % (self.span(), self.group())


class _BytesPattern:
    """A compiled bytes pattern (re.compile(rb'...')): the str pattern over latin-1 text, compiled with ASCII."""

    __slots__ = ('_p', 'pattern', 'flags')

    def __init__(self, pattern, flags):
        self.pattern = pattern
        self.flags = flags
        self._p = _re.compile(pattern.decode('latin-1'), flags | ASCII)

    @property
    def groups(self):
        return self._p.groups

    @property
    def groupindex(self):
        return self._p.groupindex

    def _wrap(self, m, string):
        return None if m is None else _BytesMatch(m, self, string)

    def search(self, string, pos=0, endpos=None):
        t = _text(string)
        return self._wrap(self._p.search(t, pos, len(t) if endpos is None else endpos), string)

    def match(self, string, pos=0, endpos=None):
        t = _text(string)
        return self._wrap(self._p.match(t, pos, len(t) if endpos is None else endpos), string)

    def fullmatch(self, string, pos=0, endpos=None):
        t = _text(string)
        return self._wrap(self._p.fullmatch(t, pos, len(t) if endpos is None else endpos), string)

    def finditer(self, string, pos=0, endpos=None):
        t = _text(string)
        for m in self._p.finditer(t, pos, len(t) if endpos is None else endpos):
            yield _BytesMatch(m, self, string)

    def findall(self, string, pos=0, endpos=None):
        t = _text(string)
        out = []
        for r in self._p.findall(t, pos, len(t) if endpos is None else endpos):
            out.append(tuple(_bytes(v) for v in r) if isinstance(r, tuple) else _bytes(r))
        return out

    def split(self, string, maxsplit=0):
        return [_bytes(v) for v in self._p.split(_text(string), maxsplit)]

    def _repl(self, repl):
        if callable(repl):
            return lambda m: _text(repl(_BytesMatch(m, self, None)), 'replacement')
        return _text(repl, 'replacement')

    def sub(self, repl, string, count=0):
        return _bytes(self._p.sub(self._repl(repl), _text(string), count))

    def subn(self, repl, string, count=0):
        r, n = self._p.subn(self._repl(repl), _text(string), count)
        return _bytes(r), n

    def __eq__(self, other):
        return isinstance(other, _BytesPattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        return 're.compile(%r)' % (self.pattern,) if not (self.flags & ~ASCII) else \
            're.compile(%r, %s)' % (self.pattern, _flag_names(self.flags & ~ASCII))


def _flag_names(flags):
    names = [n for v, n in ((IGNORECASE, 're.IGNORECASE'), (LOCALE, 're.LOCALE'), (MULTILINE, 're.MULTILINE'),
                            (DOTALL, 're.DOTALL'), (VERBOSE, 're.VERBOSE')) if flags & v]
    return '|'.join(names) if names else '0'
