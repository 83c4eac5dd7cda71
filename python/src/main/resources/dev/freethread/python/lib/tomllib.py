# SPDX-License-Identifier: Apache-2.0
# tomllib for ftpython: a TOML 1.0 parser written in pure Python, following
# CPython 3.13's documented behaviour and error messages (single module
# instead of CPython's package; the public API is the same).

import re
from datetime import date, datetime, time, timedelta, timezone

__all__ = ("loads", "load", "TOMLDecodeError")


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp, /, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, "
                        "e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, /, *, parse_float=float):
    """Parse TOML from a string."""
    return _Parser(s.replace("\r\n", "\n"), parse_float).document()


# Control characters not allowed in single-line strings and comments, and
# in multi-line strings; the string variants also stop at quote/backslash.
_BAD_LINE = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_BAD_MULTI = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_STOP_LINE = re.compile(r'["\\\x00-\x08\x0a-\x1f\x7f]')
_STOP_MULTI = re.compile(r'["\\\x00-\x08\x0b-\x1f\x7f]')
_WS = frozenset(" \t")
_WS_NL = frozenset(" \t\n")
_BARE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                  "0123456789-_")
_KEY_START = _BARE | {'"', "'"}
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {"b": "\b", "t": "\t", "n": "\n", "f": "\f", "r": "\r",
            '"': '"', "\\": "\\"}

_TIME = r"([01]\d|2[0-3]):([0-5]\d):([0-5]\d)(?:\.(\d{1,6})\d*)?"
_TIME_RE = re.compile(_TIME, re.ASCII)
_DATETIME_RE = re.compile(
    r"(\d{4})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])"
    r"(?:[Tt ]" + _TIME + r"(?:([Zz])|([+-])([01]\d|2[0-3]):([0-5]\d))?)?",
    re.ASCII)
_NUMBER_RE = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?\d)*)"
    r"(?P<frac>(?:\.\d(?:_?\d)*)?(?:[eE][+-]?\d(?:_?\d)*)?)",
    re.ASCII)

# Flag bits kept per key path.
_FROZEN = 1      # inline array / inline table: immutable
_EXPLICIT = 2    # table already defined, cannot be declared again


class _FlagNode:
    __slots__ = ("own", "deep", "kids")

    def __init__(self):
        self.own = 0     # applies to this exact key
        self.deep = 0    # applies to this key and everything below it
        self.kids = {}


class _Flags:
    def __init__(self):
        self.root = _FlagNode()
        self.pending = []

    def set(self, key, flag, deep):
        node = self.root
        for part in key:
            node = node.kids.setdefault(part, _FlagNode())
        if deep:
            node.deep |= flag
        else:
            node.own |= flag

    def has(self, key, flag):
        if not key:
            return False
        node = self.root
        for part in key[:-1]:
            node = node.kids.get(part)
            if node is None:
                return False
            if node.deep & flag:
                return True
        node = node.kids.get(key[-1])
        return node is not None and bool((node.own | node.deep) & flag)

    def clear(self, key):
        node = self.root
        for part in key[:-1]:
            node = node.kids.get(part)
            if node is None:
                return
        node.kids.pop(key[-1], None)

    def commit_pending(self):
        for key in self.pending:
            self.set(key, _EXPLICIT, False)
        self.pending.clear()


class _NoNest(Exception):
    pass


def _descend(table, key, through_lists=True):
    """Walk (creating tables as needed) to the table named by key."""
    for part in key:
        if part not in table:
            table[part] = {}
        table = table[part]
        if through_lists and isinstance(table, list):
            table = table[-1]
        if not isinstance(table, dict):
            raise _NoNest
    return table


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.pos = 0
        if parse_float is float:
            self.make_float = float
        else:
            def make_float(text):
                value = parse_float(text)
                if isinstance(value, (dict, list)):
                    raise ValueError("parse_float must not return dicts or lists")
                return value
            self.make_float = make_float

    # -- helpers -----------------------------------------------------------
    def error(self, msg, pos=None):
        src = self.src
        if pos is None:
            pos = self.pos
        if pos >= len(src):
            where = "end of document"
        else:
            line = src.count("\n", 0, pos) + 1
            col = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
            where = f"line {line}, column {col}"
        return TOMLDecodeError(f"{msg} (at {where})")

    def peek(self):
        pos = self.pos
        return self.src[pos] if pos < len(self.src) else None

    def skip(self, chars):
        src, pos, n = self.src, self.pos, len(self.src)
        while pos < n and src[pos] in chars:
            pos += 1
        self.pos = pos

    def skip_to(self, delim, bad, eof_is_error):
        """Return the index of delim at or after pos, checking that no
        character matched by `bad` comes before it."""
        src, start = self.src, self.pos
        end = src.find(delim, start)
        if end < 0:
            end = len(src)
            if eof_is_error:
                raise self.error(f"Expected {delim!r}", end)
        m = bad.search(src, start, end)
        if m:
            raise self.error(f"Found invalid character {m.group()!r}",
                             m.start())
        return end

    def skip_comment(self):
        if self.peek() == "#":
            self.pos += 1
            self.pos = self.skip_to("\n", _BAD_LINE, False)

    def skip_array_filler(self):
        while True:
            before = self.pos
            self.skip(_WS_NL)
            self.skip_comment()
            if self.pos == before:
                return

    # -- document ----------------------------------------------------------
    def document(self):
        src = self.src
        root = {}
        flags = _Flags()
        header = ()
        while True:
            self.skip(_WS)
            ch = self.peek()
            if ch is None:
                break
            if ch == "\n":
                self.pos += 1
                continue
            if ch in _KEY_START:
                self.statement(root, flags, header)
                self.skip(_WS)
            elif ch == "[":
                flags.commit_pending()
                if src.startswith("[[", self.pos):
                    header = self.array_header(root, flags)
                else:
                    header = self.table_header(root, flags)
                self.skip(_WS)
            elif ch != "#":
                raise self.error("Invalid statement")
            self.skip_comment()
            ch = self.peek()
            if ch is None:
                break
            if ch != "\n":
                raise self.error(
                    "Expected newline or end of document after a statement")
            self.pos += 1
        return root

    def table_header(self, root, flags):
        self.pos += 1
        self.skip(_WS)
        key = self.key()
        if flags.has(key, _EXPLICIT) or flags.has(key, _FROZEN):
            raise self.error(f"Cannot declare {key} twice")
        flags.set(key, _EXPLICIT, False)
        try:
            _descend(root, key)
        except _NoNest:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]", self.pos):
            raise self.error("Expected ']' at the end of a table declaration")
        self.pos += 1
        return key

    def array_header(self, root, flags):
        self.pos += 2
        self.skip(_WS)
        key = self.key()
        if flags.has(key, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {key}")
        flags.clear(key)
        flags.set(key, _EXPLICIT, False)
        try:
            parent = _descend(root, key[:-1])
            last = key[-1]
            if last not in parent:
                parent[last] = [{}]
            elif isinstance(parent[last], list):
                parent[last].append({})
            else:
                raise _NoNest
        except _NoNest:
            raise self.error("Cannot overwrite a value") from None
        if not self.src.startswith("]]", self.pos):
            raise self.error("Expected ']]' at the end of an array declaration")
        self.pos += 2
        return key

    def statement(self, root, flags, header):
        key, value = self.key_value()
        for i in range(1, len(key)):
            sub = header + key[:i]
            if flags.has(sub, _EXPLICIT):
                raise self.error(f"Cannot redefine namespace {sub}")
            flags.pending.append(sub)
        parent = header + key[:-1]
        if flags.has(parent, _FROZEN):
            raise self.error(f"Cannot mutate immutable namespace {parent}")
        try:
            table = _descend(root, parent)
        except _NoNest:
            raise self.error("Cannot overwrite a value") from None
        if key[-1] in table:
            raise self.error("Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            flags.set(header + key, _FROZEN, True)
        table[key[-1]] = value

    def key_value(self):
        key = self.key()
        if self.peek() != "=":
            raise self.error("Expected '=' after a key in a key/value pair")
        self.pos += 1
        self.skip(_WS)
        return key, self.value()

    def key(self):
        parts = [self.key_part()]
        self.skip(_WS)
        while self.peek() == ".":
            self.pos += 1
            self.skip(_WS)
            parts.append(self.key_part())
            self.skip(_WS)
        return tuple(parts)

    def key_part(self):
        ch = self.peek()
        if ch is not None and ch in _BARE:
            start = self.pos
            self.skip(_BARE)
            return self.src[start:self.pos]
        if ch == "'":
            return self.literal_string()
        if ch == '"':
            self.pos += 1
            return self.basic_string(False)
        raise self.error("Invalid initial character for a key part")

    # -- values ------------------------------------------------------------
    def value(self):
        src, pos = self.src, self.pos
        ch = self.peek()
        if ch == '"':
            if src.startswith('"""', pos):
                return self.multiline_string('"')
            self.pos += 1
            return self.basic_string(False)
        if ch == "'":
            if src.startswith("'''", pos):
                return self.multiline_string("'")
            return self.literal_string()
        if ch == "t" and src.startswith("true", pos):
            self.pos += 4
            return True
        if ch == "f" and src.startswith("false", pos):
            self.pos += 5
            return False
        if ch == "[":
            return self.array()
        if ch == "{":
            return self.inline_table()
        m = _DATETIME_RE.match(src, pos)
        if m:
            try:
                result = _make_datetime(m)
            except ValueError as e:
                raise self.error("Invalid date or datetime") from e
            self.pos = m.end()
            return result
        m = _TIME_RE.match(src, pos)
        if m:
            self.pos = m.end()
            return _make_time(*m.groups())
        m = _NUMBER_RE.match(src, pos)
        if m:
            self.pos = m.end()
            if m.group("frac"):
                return self.make_float(m.group())
            return int(m.group(), 0)
        for word in (src[pos:pos + 3], src[pos:pos + 4]):
            if word in ("inf", "nan", "-inf", "+inf", "-nan", "+nan"):
                self.pos += len(word)
                return self.make_float(word)
        raise self.error("Invalid value")

    def array(self):
        self.pos += 1
        result = []
        self.skip_array_filler()
        if self.src.startswith("]", self.pos):
            self.pos += 1
            return result
        while True:
            result.append(self.value())
            self.skip_array_filler()
            ch = self.peek()
            if ch == "]":
                self.pos += 1
                return result
            if ch != ",":
                raise self.error("Unclosed array")
            self.pos += 1
            self.skip_array_filler()
            if self.src.startswith("]", self.pos):
                self.pos += 1
                return result

    def inline_table(self):
        self.pos += 1
        result = {}
        flags = _Flags()
        self.skip(_WS)
        if self.src.startswith("}", self.pos):
            self.pos += 1
            return result
        while True:
            key, value = self.key_value()
            if flags.has(key, _FROZEN):
                raise self.error(f"Cannot mutate immutable namespace {key}")
            try:
                table = _descend(result, key[:-1], through_lists=False)
            except _NoNest:
                raise self.error("Cannot overwrite a value") from None
            if key[-1] in table:
                raise self.error(f"Duplicate inline table key {key[-1]!r}")
            table[key[-1]] = value
            self.skip(_WS)
            ch = self.peek()
            if ch == "}":
                self.pos += 1
                return result
            if ch != ",":
                raise self.error("Unclosed inline table")
            if isinstance(value, (dict, list)):
                flags.set(key, _FROZEN, True)
            self.pos += 1
            self.skip(_WS)

    def literal_string(self):
        self.pos += 1
        start = self.pos
        end = self.skip_to("'", _BAD_LINE, True)
        self.pos = end + 1
        return self.src[start:end]

    def multiline_string(self, quote):
        src = self.src
        self.pos += 3
        if src.startswith("\n", self.pos):
            self.pos += 1
        if quote == "'":
            start = self.pos
            end = self.skip_to("'''", _BAD_MULTI, True)
            text = src[start:end]
            self.pos = end + 3
        else:
            text = self.basic_string(True)
        # Up to two quotes directly before the closing delimiter belong
        # to the string.
        for _ in range(2):
            if not src.startswith(quote, self.pos):
                break
            self.pos += 1
            text += quote
        return text

    def basic_string(self, multiline):
        src = self.src
        stop = _STOP_MULTI if multiline else _STOP_LINE
        pieces = []
        pos = start = self.pos
        while True:
            m = stop.search(src, pos)
            if m is None:
                raise self.error("Unterminated string", len(src))
            pos = m.start()
            ch = m.group()
            if ch == '"':
                if not multiline:
                    pieces.append(src[start:pos])
                    self.pos = pos + 1
                    return "".join(pieces)
                if src.startswith('"""', pos):
                    pieces.append(src[start:pos])
                    self.pos = pos + 3
                    return "".join(pieces)
                pos += 1
            elif ch == "\\":
                pieces.append(src[start:pos])
                self.pos = pos
                pieces.append(self.escape(multiline))
                pos = start = self.pos
            else:
                raise self.error(f"Illegal character {ch!r}", pos)

    def escape(self, multiline):
        src = self.src
        code = src[self.pos + 1:self.pos + 2]
        self.pos += 2
        if multiline and code in (" ", "\t", "\n"):
            # Line-ending backslash: drop all whitespace up to the next
            # non-whitespace character.
            if code != "\n":
                self.skip(_WS)
                ch = self.peek()
                if ch is None:
                    return ""
                if ch != "\n":
                    raise self.error("Unescaped '\\' in a string")
                self.pos += 1
            self.skip(_WS_NL)
            return ""
        if code == "u" or code == "U":
            size = 4 if code == "u" else 8
            digits = src[self.pos:self.pos + size]
            if len(digits) != size or not _HEX.issuperset(digits):
                raise self.error("Invalid hex value")
            self.pos += size
            cp = int(digits, 16)
            if not (0 <= cp <= 0xD7FF or 0xE000 <= cp <= 0x10FFFF):
                raise self.error(
                    "Escaped character is not a Unicode scalar value")
            return chr(cp)
        try:
            return _ESCAPES[code]
        except KeyError:
            raise self.error("Unescaped '\\' in a string") from None


_tz_cache = {}


def _micros(frac):
    # Digits beyond microseconds were already dropped by the regex.
    return int(frac.ljust(6, "0")) if frac else 0


def _make_time(hour, minute, second, frac):
    return time(int(hour), int(minute), int(second), _micros(frac))


def _make_datetime(m):
    (year, month, day, hour, minute, second, frac,
     zulu, sign, off_h, off_m) = m.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    if sign:
        key = (sign, off_h, off_m)
        tz = _tz_cache.get(key)
        if tz is None:
            mult = 1 if sign == "+" else -1
            tz = _tz_cache[key] = timezone(timedelta(
                hours=mult * int(off_h), minutes=mult * int(off_m)))
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(year), int(month), int(day), int(hour), int(minute),
                    int(second), _micros(frac), tzinfo=tz)
