# SPDX-License-Identifier: Apache-2.0
# re for ftpython: Python's regular expressions over java.util.regex (_re translates the pattern syntax and keeps
# Python's semantics: code-point indices, Unicode classes, named groups, replacement templates). The flags are
# RegexFlag, an int subclass written here that shows itself as CPython's enum does (re.IGNORECASE|re.MULTILINE)
# without importing enum (which would add about 0.1 s to every import of re); conditional groups are rewritten over
# marker groups. A bytes pattern matches bytes through a str pattern over their latin-1 decoding (one char per byte),
# compiled with ASCII (CPython's classes for bytes), its results encoded back.
import _re


class RegexFlag(int):
    """re's flags: ints that print as CPython's RegexFlag (an IntFlag with the KEEP boundary, global names) does;
    |, & and ^ of two flags, or of a flag and an int, give a flag."""

    __slots__ = ()
    # CPython's definition order, which its names of a combination follow
    _members = (('ASCII', 256), ('IGNORECASE', 2), ('LOCALE', 4), ('UNICODE', 32), ('MULTILINE', 8),
                ('DOTALL', 16), ('VERBOSE', 64), ('DEBUG', 128))
    _all = 0x1ff  # what ~ inverts within: the members and the bit re.TEMPLATE had

    @property
    def value(self):
        return int(self)

    @property
    def name(self):
        v = int(self)
        if v == 0:
            return 'NOFLAG'
        names = [n for n, b in self._members if v & b]
        rest = v & ~sum(b for n, b in self._members)
        if not names:
            return None
        if rest:
            names.append(hex(rest))
        return '|'.join(names)

    def __repr__(self):
        name = self.name
        if name is None:
            return 're.RegexFlag(%d)' % int(self)
        return '|'.join(n if n[0].isdigit() else 're.' + n for n in name.split('|'))

    __str__ = __repr__

    def __format__(self, spec):
        return str(self) if not spec else int.__format__(int(self), spec)

    def __or__(self, other):
        return RegexFlag(int(self) | other) if isinstance(other, int) else NotImplemented

    def __and__(self, other):
        return RegexFlag(int(self) & other) if isinstance(other, int) else NotImplemented

    def __xor__(self, other):
        return RegexFlag(int(self) ^ other) if isinstance(other, int) else NotImplemented

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__

    def __invert__(self):
        # within every bit up to the highest one known or set, as the KEEP boundary inverts
        return RegexFlag(((1 << max(int(self).bit_length(), self._all.bit_length())) - 1) ^ int(self))

    def __contains__(self, other):
        if not isinstance(other, RegexFlag):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, type(self).__qualname__))
        return int(other) & int(self) == int(other)

    def __iter__(self):
        v = int(self)
        return iter([RegexFlag(b) for b in sorted(b for n, b in self._members if v & b)])

    def __len__(self):
        return len(list(self))

    def __bool__(self):
        return int(self) != 0

    def __reduce__(self):
        return RegexFlag, (int(self),)


A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
U = UNICODE = RegexFlag(32)
X = VERBOSE = RegexFlag(64)
DEBUG = RegexFlag(128)
NOFLAG = RegexFlag(0)
for _name, _flag in (('ASCII', A), ('IGNORECASE', I), ('LOCALE', L), ('UNICODE', U), ('MULTILINE', M),
                     ('DOTALL', S), ('VERBOSE', X), ('DEBUG', DEBUG), ('NOFLAG', NOFLAG),
                     ('A', A), ('I', I), ('L', L), ('U', U), ('M', M), ('S', S), ('X', X)):
    setattr(RegexFlag, _name, _flag)
del _name, _flag


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


_zero = object()  # the default of an argument that 3.13 warns about when it is passed by position


def _positional(fname, args, first, first_value, flags):
    """CPython 3.13's deprecation of sub's count, subn's count and split's maxsplit (and their flags) by position:
    the same values, with a DeprecationWarning naming the first such argument."""
    if first_value is not _zero:
        raise TypeError("%s() got multiple values for argument '%s'" % (fname, first))
    first_value, *args = args
    if args:
        if flags is not _zero:
            raise TypeError("%s() got multiple values for argument 'flags'" % fname)
        flags, *args = args
        if args:
            least = 2 if fname == 'split' else 3
            raise TypeError("%s() takes from %d to %d positional arguments but %d were given"
                            % (fname, least, least + 2, least + 2 + len(args)))
    import warnings
    warnings.warn("'%s' is passed as positional argument" % first, DeprecationWarning, stacklevel=3)
    return first_value, flags


def split(pattern, string, *args, maxsplit=_zero, flags=_zero):
    if args:
        maxsplit, flags = _positional('split', args, 'maxsplit', maxsplit, flags)
    return _compile(pattern, 0 if flags is _zero else flags).split(string, 0 if maxsplit is _zero else maxsplit)


def sub(pattern, repl, string, *args, count=_zero, flags=_zero):
    if args:
        count, flags = _positional('sub', args, 'count', count, flags)
    return _compile(pattern, 0 if flags is _zero else flags).sub(repl, string, 0 if count is _zero else count)


def subn(pattern, repl, string, *args, count=_zero, flags=_zero):
    if args:
        count, flags = _positional('subn', args, 'count', count, flags)
    return _compile(pattern, 0 if flags is _zero else flags).subn(repl, string, 0 if count is _zero else count)


_SPECIAL = '()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c'


def escape(pattern):
    if isinstance(pattern, (bytes, bytearray)):
        return escape(bytes(pattern).decode('latin-1')).encode('latin-1')
    return ''.join('\\' + c if c in _SPECIAL else c for c in pattern)


def purge():
    _cache.clear()


class _Scanner:
    """What Pattern.scanner(string, pos, endpos) gives (CPython's SRE_Scanner): match() and search() each take the
    next match from where the last one ended. After an empty match the next one must move on: search() then skips an
    empty match at the same place, match() fails there (CPython would try the pattern's other ways to match there;
    java.util.regex cannot be asked for them)."""

    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = 0 if pos is None else max(0, min(pos, len(string)))
        self._endpos = len(string) if endpos is None else max(0, min(endpos, len(string)))
        self._must_advance = False

    def _took(self, m):
        if m is None:
            self._pos = self._endpos + 1  # exhausted: every later call answers None, as CPython's
        else:
            self._must_advance = m.end() == m.start()
            self._pos = m.end()
        return m

    def match(self):
        if self._pos > self._endpos:
            return None
        m = self.pattern.match(self._string, self._pos, self._endpos)
        if m is not None and self._must_advance and m.end() == self._pos:
            m = None
        return self._took(m)

    def search(self):
        if self._pos > self._endpos:
            return None
        for m in self.pattern.finditer(self._string, self._pos, self._endpos):
            if self._must_advance and m.end() == self._pos:
                continue
            return self._took(m)
        return self._took(None)


_re._Scanner = _Scanner


def _readonly(d):
    """Pattern.groupindex: a read-only view of the names' numbers, as CPython's."""
    from types import MappingProxyType
    return MappingProxyType(d)


_re._readonly = _readonly

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
        self._p = _re.compile(pattern.decode('latin-1'), flags | ASCII)
        self.flags = int(self._p.flags) & ~0x120 | int(flags) & 0x100  # the inline ones too, as CPython's (no UNICODE)

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

    def scanner(self, string, pos=0, endpos=None):
        return _Scanner(self, string, pos, endpos)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __eq__(self, other):
        return isinstance(other, _BytesPattern) and self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __repr__(self):
        text = repr(self.pattern)[:200]  # CPython's %.200R
        return 're.compile(%s, %s)' % (text, _flag_names(self.flags)) if self.flags else 're.compile(%s)' % text


def _flag_names(flags):
    """A pattern's flags as CPython's pattern_repr names them: by name in its order, what is left in hex."""
    names = []
    for n, v in (('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16), ('UNICODE', 32),
                 ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)):
        if flags & v:
            names.append('re.' + n)
            flags &= ~v
    if flags:
        names.append(hex(flags))
    return '|'.join(names)

