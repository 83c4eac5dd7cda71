# SPDX-License-Identifier: Apache-2.0
# json for ftpython: dumps/loads (and dump/load to objects with write/read), with CPython's formatting: separators,
# indent, sort_keys, ensure_ascii, allow_nan, default, skipkeys; loads with object_hook, object_pairs_hook,
# parse_float, parse_int, parse_constant, and CPython's JSONDecodeError messages and positions.


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for c in s:
        e = _ESCAPES.get(c)
        if e is not None:
            out.append(e)
            continue
        o = ord(c)
        if o < 0x20 or ensure_ascii and o > 0x7e:
            if o > 0xffff:
                v = o - 0x10000
                out.append('\\u%04x\\u%04x' % (0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff)))
            else:
                out.append('\\u%04x' % o)
        else:
            out.append(c)
    out.append('"')
    return ''.join(out)


def _float_str(f, allow_nan):
    if f != f:
        text = 'NaN'
    elif f == float('inf'):
        text = 'Infinity'
    elif f == -float('inf'):
        text = '-Infinity'
    else:
        return float.__repr__(f)  # a float subclass's (a float enum's) own repr is not its JSON (CPython's)
    if not allow_nan:
        raise ValueError('Out of range float values are not JSON compliant: ' + repr(f))
    return text


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError('Object of type %s is not JSON serializable' % type(o).__name__)

    def encode(self, o):
        out = []
        try:
            self._encode(o, out, 0, [])
        except RecursionError as e:
            if str(e) != 'maximum recursion depth exceeded':
                raise
            # CPython's encoder names what it was doing when the stack ran out
            raise RecursionError('maximum recursion depth exceeded while encoding a JSON object') from None
        return ''.join(out)

    def iterencode(self, o, _one_shot=False):
        """The encoding of o in chunks (here one chunk: the whole text), as json.dump writes them."""
        return iter([self.encode(o)])

    def _key(self, k):
        if isinstance(k, str):
            return k
        if k is True:
            return 'true'
        if k is False:
            return 'false'
        if k is None:
            return 'null'
        if isinstance(k, float):
            return _float_str(k, self.allow_nan)
        if isinstance(k, int):
            return int.__repr__(k)
        if self.skipkeys:
            return None
        raise TypeError('keys must be str, int, float, bool or None, not %s' % type(k).__name__)

    def _newline(self, out, level):
        if self.indent is not None:
            out.append('\n' + self.indent * level)

    def _encode(self, o, out, level, stack):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append('null')
        elif o is True:
            out.append('true')
        elif o is False:
            out.append('false')
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(_float_str(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._enter(o, stack)
            if not o:
                out.append('[]')
            else:
                out.append('[')
                first = True
                for v in o:
                    if not first:
                        out.append(self.item_separator)
                    first = False
                    self._newline(out, level + 1)
                    self._encode(v, out, level + 1, stack)
                self._newline(out, level)
                out.append(']')
            stack.pop()
        elif isinstance(o, dict):
            self._enter(o, stack)
            if not o:
                out.append('{}')
            else:
                out.append('{')
                items = sorted(o.items()) if self.sort_keys else o.items()
                first = True
                for k, v in items:
                    ks = self._key(k)
                    if ks is None:
                        continue
                    if not first:
                        out.append(self.item_separator)
                    first = False
                    self._newline(out, level + 1)
                    out.append(_encode_str(ks, self.ensure_ascii))
                    out.append(self.key_separator)
                    self._encode(v, out, level + 1, stack)
                self._newline(out, level)
                out.append('}')
            stack.pop()
        else:
            self._enter(o, stack)
            self._encode(self.default(o), out, level, stack)
            stack.pop()

    def _enter(self, o, stack):
        if self.check_circular:
            for s in stack:
                if s is o:
                    raise ValueError('Circular reference detected')
        stack.append(o)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None, indent=None,
          separators=None, default=None, sort_keys=False, **kw):
    cls = JSONEncoder if cls is None else cls
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular, allow_nan=allow_nan,
               indent=indent, separators=separators, default=default, sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


_WS = ' \t\n\r'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': float('inf'), '-Infinity': float('-inf')}


class _Decoder:
    def __init__(self, s, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant, strict):
        self.s = s
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.memo = {}

    def ws(self, i):
        s = self.s
        n = len(s)
        while i < n and s[i] in _WS:
            i += 1
        return i

    def value(self, i):
        s = self.s
        if i >= len(s):
            raise JSONDecodeError('Expecting value', s, i)
        c = s[i]
        if c == '"':
            return self.string(i + 1)
        if c == '{':
            return self.object(i + 1)
        if c == '[':
            return self.array(i + 1)
        if c == 'n' and s.startswith('null', i):
            return None, i + 4
        if c == 't' and s.startswith('true', i):
            return True, i + 4
        if c == 'f' and s.startswith('false', i):
            return False, i + 5
        if c == 'N' and s.startswith('NaN', i):
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s.startswith('Infinity', i):
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s.startswith('-Infinity', i):
            return self.parse_constant('-Infinity'), i + 9
        return self.number(i)

    def number(self, i):
        s = self.s
        n = len(s)
        j = i
        if j < n and s[j] == '-':
            j += 1
        if j < n and s[j] == '0':
            j += 1
        elif j < n and '1' <= s[j] <= '9':
            while j < n and '0' <= s[j] <= '9':
                j += 1
        else:
            raise JSONDecodeError('Expecting value', s, i)
        is_float = False
        if j + 1 < n and s[j] == '.' and '0' <= s[j + 1] <= '9':
            is_float = True
            j += 2
            while j < n and '0' <= s[j] <= '9':
                j += 1
        if j < n and s[j] in 'eE':
            k = j + 1
            if k < n and s[k] in '+-':
                k += 1
            if k < n and '0' <= s[k] <= '9':
                is_float = True
                j = k
                while j < n and '0' <= s[j] <= '9':
                    j += 1
        text = s[i:j]
        return (self.parse_float(text) if is_float else self.parse_int(text)), j

    def string(self, i):
        s = self.s
        n = len(s)
        out = []
        begin = i - 1
        while True:
            j = i
            while j < n and s[j] != '"' and s[j] != '\\':
                if self.strict and ord(s[j]) < 0x20:
                    raise JSONDecodeError('Invalid control character at', s, j)
                j += 1
            out.append(s[i:j])
            if j >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            if s[j] == '"':
                return ''.join(out), j + 1
            if j + 1 >= n:
                raise JSONDecodeError('Unterminated string starting at', s, begin)
            e = s[j + 1]
            if e == 'u':
                code = self.hex4(j + 2)
                i = j + 6
                if 0xd800 <= code <= 0xdbff and s.startswith('\\u', i):
                    low = self.hex4(i + 2)
                    if 0xdc00 <= low <= 0xdfff:
                        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)
                        i += 6
                out.append(chr(code))
                continue
            if e not in _SIMPLE_ESCAPES:
                raise JSONDecodeError('Invalid \\escape', s, j)
            out.append(_SIMPLE_ESCAPES[e])
            i = j + 2

    def hex4(self, i):
        h = self.s[i:i + 4]
        if len(h) == 4 and all(c in '0123456789abcdefABCDEF' for c in h):
            return int(h, 16)
        raise JSONDecodeError('Invalid \\uXXXX escape', self.s, i - 1)

    def object(self, i):
        self.entered = 'object'  # the innermost container, for the RecursionError message (loads)
        s = self.s
        pairs = []
        i = self.ws(i)
        if i < len(s) and s[i] == '}':
            return self.finish_object(pairs), i + 1
        while True:
            if i >= len(s) or s[i] != '"':
                raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
            key, i = self.string(i + 1)
            key = self.memo.setdefault(key, key)  # one str per distinct key, as CPython's decoder shares them
            i = self.ws(i)
            if i >= len(s) or s[i] != ':':
                raise JSONDecodeError("Expecting ':' delimiter", s, i)
            i = self.ws(i + 1)
            value, i = self.value(i)
            pairs.append((key, value))
            i = self.ws(i)
            if i < len(s) and s[i] == '}':
                return self.finish_object(pairs), i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = self.ws(i + 1)
            if i < len(s) and s[i] == '}':
                raise JSONDecodeError('Illegal trailing comma before end of object', s, comma)

    def finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        d = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(d)
        return d

    def array(self, i):
        self.entered = 'array'
        s = self.s
        values = []
        i = self.ws(i)
        if i < len(s) and s[i] == ']':
            return values, i + 1
        while True:
            value, i = self.value(i)
            values.append(value)
            i = self.ws(i)
            if i < len(s) and s[i] == ']':
                return values, i + 1
            if i >= len(s) or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            comma = i
            i = self.ws(i + 1)
            if i < len(s) and s[i] == ']':
                raise JSONDecodeError('Illegal trailing comma before end of array', s, comma)


class JSONDecoder:
    """Decodes JSON text: decode(s) the whole of it, raw_decode(s, idx) a value starting at idx (no whitespace
    before it) and the index where it ends. The hooks are as loads takes them; a subclass given to loads as cls
    gets loads' keyword arguments."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None, strict=True,
                 object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def _decoder(self, s):
        return _Decoder(s, self.object_hook, self.object_pairs_hook, self.parse_float, self.parse_int,
                        self.parse_constant, self.strict)

    def decode(self, s):
        d = self._decoder(s)
        value, end = _run(d, d.ws(0))
        end = d.ws(end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return value

    def raw_decode(self, s, idx=0):
        if idx < 0:  # CPython's scanner refuses a negative index the same way
            raise ValueError('idx cannot be negative')
        d = self._decoder(s)
        return _run(d, idx)


def _run(d, i):
    try:
        return d.value(i)
    except RecursionError as e:
        if str(e) != 'maximum recursion depth exceeded':
            raise
        # CPython's decoder: "... while decoding a JSON array from a unicode string" (or object)
        raise RecursionError('maximum recursion depth exceeded while decoding a JSON %s from a unicode string'
                             % getattr(d, 'entered', 'object')) from None


def detect_encoding(b):
    """The encoding of JSON bytes (RFC 4627 and 8259): a byte order mark names it; otherwise the pattern of zero
    bytes among the first ones (JSON text starts with an ASCII character) tells UTF-16 or UTF-32 and their byte
    order; UTF-8 by default."""
    if b[:4] in (b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00'):
        return 'utf-32'
    if b[:2] in (b'\xfe\xff', b'\xff\xfe'):
        return 'utf-16'
    if b[:3] == b'\xef\xbb\xbf':
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:  # 00 00 00 xx: UTF-32 big-endian; 00 xx: UTF-16 big-endian
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:  # xx 00 00 00: UTF-32 little-endian; xx 00 and more: UTF-16 little-endian
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


_default_decoder = JSONDecoder()


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    elif isinstance(s, (bytes, bytearray)):
        s = s.decode(detect_encoding(s))
    else:
        raise TypeError('the JSON object must be str, bytes or bytearray, not %s' % type(s).__name__)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
                 parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw)


def scanstring(s, end, strict=True):
    """The JSON string whose opening quote is just before index end: its value and the index after its closing
    quote (json.decoder's)."""
    return _Decoder(s, None, None, None, None, None, strict).string(end)


def encode_basestring(s):
    """A str as a JSON string, non-ASCII characters kept (json.encoder's)."""
    return _encode_str(s, False)


def encode_basestring_ascii(s):
    """A str as a JSON string of ASCII characters only (json.encoder's)."""
    return _encode_str(s, True)


def _submodules():
    # json.decoder, json.encoder and json.scanner, as CPython's json package has them ("from json.decoder import
    # JSONDecodeError"): modules registered under their dotted names, over this module's objects
    import sys
    import types
    here = sys.modules[__name__]
    for name, members in (('decoder', {'JSONDecoder': JSONDecoder, 'JSONDecodeError': JSONDecodeError,
                                       'scanstring': scanstring}),
                          ('encoder', {'JSONEncoder': JSONEncoder, 'encode_basestring': encode_basestring,
                                       'encode_basestring_ascii': encode_basestring_ascii,
                                       'INFINITY': float('inf')}),
                          ('scanner', {})):
        m = types.ModuleType(__name__ + '.' + name)
        m.__dict__.update(members)
        sys.modules[m.__name__] = m
        setattr(here, name, m)


__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']
_submodules()
