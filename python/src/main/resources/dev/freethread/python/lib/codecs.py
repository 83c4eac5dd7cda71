# SPDX-License-Identifier: Apache-2.0
# codecs for ftpython: the codec registry, lookup, encode/decode, error handlers, incremental and stream codecs,
# written here after CPython 3.13's behaviour. The standard text codecs (utf-8, utf-8-sig, ascii, latin-1, cp1252,
# utf-16/-le/-be, utf-32/-le/-be, unicode-escape, raw-unicode-escape, charmap) and the str->str (rot-13) and
# bytes->bytes (hex, base64, zlib) codecs are implemented here; valid input goes through ftpython's own str.encode and
# bytes.decode where those agree with CPython, and every error goes through the registered error handlers with
# CPython's positions and reasons.
import builtins as _builtins
import sys

__all__ = ['register', 'lookup', 'open', 'EncodedFile', 'BOM', 'BOM_BE', 'BOM_LE', 'BOM32_BE', 'BOM32_LE',
           'BOM64_BE', 'BOM64_LE', 'BOM_UTF8', 'BOM_UTF16', 'BOM_UTF16_LE', 'BOM_UTF16_BE', 'BOM_UTF32',
           'BOM_UTF32_LE', 'BOM_UTF32_BE', 'CodecInfo', 'Codec', 'IncrementalEncoder', 'IncrementalDecoder',
           'StreamReader', 'StreamWriter', 'StreamReaderWriter', 'StreamRecoder', 'getencoder', 'getdecoder',
           'getincrementalencoder', 'getincrementaldecoder', 'getreader', 'getwriter', 'encode', 'decode',
           'iterencode', 'iterdecode', 'strict_errors', 'ignore_errors', 'replace_errors',
           'xmlcharrefreplace_errors', 'backslashreplace_errors', 'namereplace_errors', 'register_error',
           'lookup_error']

# ---------------------------------------------------------------------------------------------------------------
# byte order marks (this machine is little-endian, as CPython on x86-64 and aarch64)

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

_LITTLE = sys.byteorder == 'little'


# ---------------------------------------------------------------------------------------------------------------
# argument checks

def _tname(obj):
    return type(obj).__name__


def _need_str(obj, func):
    if not isinstance(obj, str):
        raise TypeError('%s() argument 1 must be str, not %s' % (func, _tname(obj)))
    return obj


def _need_bytes(obj):
    if isinstance(obj, bytes):
        return obj
    if isinstance(obj, bytearray):
        return bytes(obj)
    raise TypeError("a bytes-like object is required, not '%s'" % _tname(obj))


def _need_errors(errors, func):
    if errors is None:
        return 'strict'
    if not isinstance(errors, str):
        raise TypeError("%s() argument 2 must be str or None, not %s" % (func, _tname(errors)))
    return errors


# ---------------------------------------------------------------------------------------------------------------
# error handlers

_error_handlers = {}


def register_error(name, handler, /):
    if not isinstance(name, str):
        raise TypeError('register_error() argument 1 must be str, not %s' % _tname(name))
    if not callable(handler):
        raise TypeError('handler must be callable')
    _error_handlers[name] = handler


def lookup_error(name, /):
    if not isinstance(name, str):
        raise TypeError('lookup_error() argument must be str, not %s' % _tname(name))
    try:
        return _error_handlers[name]
    except KeyError:
        pass
    raise LookupError("unknown error handler name '%s'" % name)


def _exc_fields(exc):
    """(object, start, end) of a UnicodeError, start and end clamped into the object as CPython does."""
    try:
        obj, start, end = exc.object, exc.start, exc.end
    except AttributeError:  # ftpython's UnicodeTranslateError keeps only its args
        obj, start, end = exc.args[0], exc.args[1], exc.args[2]
    size = len(obj)
    if start < 0:
        start = 0
    if start >= size:
        start = size - 1 if size else 0
    if end < 1:
        end = 1
    if end > size:
        end = size
    return obj, start, end


def _cant_handle(exc):
    return TypeError("don't know how to handle %s in error callback" % _tname(exc))


def strict_errors(exception, /):
    if isinstance(exception, BaseException):
        raise exception
    raise TypeError('codec must pass exception instance')


def ignore_errors(exception, /):
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError)):
        return '', _exc_fields(exception)[2]
    raise _cant_handle(exception)


def replace_errors(exception, /):
    if isinstance(exception, UnicodeEncodeError):
        obj, start, end = _exc_fields(exception)
        return '?' * (end - start), end
    if isinstance(exception, UnicodeDecodeError):
        return '\ufffd', _exc_fields(exception)[2]
    if isinstance(exception, UnicodeTranslateError):
        obj, start, end = _exc_fields(exception)
        return '\ufffd' * (end - start), end
    raise _cant_handle(exception)


def _escape_char(c):
    o = ord(c)
    if o < 0x100:
        return '\\x%02x' % o
    if o < 0x10000:
        return '\\u%04x' % o
    return '\\U%08x' % o


def backslashreplace_errors(exception, /):
    if isinstance(exception, UnicodeDecodeError):
        obj, start, end = _exc_fields(exception)
        return ''.join(['\\x%02x' % b for b in obj[start:end]]), end
    if isinstance(exception, (UnicodeEncodeError, UnicodeTranslateError)):
        obj, start, end = _exc_fields(exception)
        return ''.join([_escape_char(c) for c in obj[start:end]]), end
    raise _cant_handle(exception)


def xmlcharrefreplace_errors(exception, /):
    if isinstance(exception, UnicodeEncodeError):
        obj, start, end = _exc_fields(exception)
        return ''.join(['&#%d;' % ord(c) for c in obj[start:end]]), end
    raise _cant_handle(exception)


def namereplace_errors(exception, /):
    if isinstance(exception, UnicodeEncodeError):
        import unicodedata
        obj, start, end = _exc_fields(exception)
        out = []
        for c in obj[start:end]:
            name = unicodedata.name(c, None)
            out.append(_escape_char(c) if name is None else '\\N{%s}' % name)
        return ''.join(out), end
    raise _cant_handle(exception)


def surrogateescape(exception, /):
    if isinstance(exception, UnicodeDecodeError):
        obj, start, end = _exc_fields(exception)
        chars = []
        for b in obj[start:min(end, start + 4)]:
            if b < 128:
                break
            chars.append(chr(0xdc00 + b))
        if not chars:
            raise exception
        return ''.join(chars), start + len(chars)
    if isinstance(exception, UnicodeEncodeError):
        obj, start, end = _exc_fields(exception)
        out = bytearray()
        for c in obj[start:end]:
            o = ord(c)
            if not 0xdc80 <= o <= 0xdcff:
                raise exception
            out.append(o - 0xdc00)
        return bytes(out), end
    raise _cant_handle(exception)


def _surrogate_codec(encoding):
    """(unit size, big-endian?) of the UTF codec named by an exception, or None."""
    enc = encoding.lower().replace('_', '-')
    if enc in ('utf-8', 'utf8'):
        return 1, True
    for base, size in (('utf-16', 2), ('utf16', 2), ('utf-32', 4), ('utf32', 4)):
        if enc.startswith(base):
            rest = enc[len(base):]
            if rest in ('', ):
                return size, not _LITTLE
            if rest in ('-le', 'le'):
                return size, False
            if rest in ('-be', 'be'):
                return size, True
    return None


def surrogatepass(exception, /):
    if isinstance(exception, (UnicodeEncodeError, UnicodeDecodeError)):
        obj, start, end = _exc_fields(exception)
        kind = _surrogate_codec(exception.encoding)
        if kind is None:
            raise exception
        size, big = kind
        if isinstance(exception, UnicodeEncodeError):
            out = bytearray()
            for c in obj[start:end]:
                o = ord(c)
                if not 0xd800 <= o <= 0xdfff:
                    raise exception
                if size == 1:
                    out += bytes([0xe0 | (o >> 12), 0x80 | ((o >> 6) & 0x3f), 0x80 | (o & 0x3f)])
                else:
                    out += o.to_bytes(size, 'big' if big else 'little')
            return bytes(out), end
        if size == 1:
            chunk = obj[start:start + 3]
            if (len(chunk) == 3 and chunk[0] & 0xf0 == 0xe0 and chunk[1] & 0xc0 == 0x80
                    and chunk[2] & 0xc0 == 0x80):
                o = ((chunk[0] & 0x0f) << 12) | ((chunk[1] & 0x3f) << 6) | (chunk[2] & 0x3f)
            else:
                o = 0
            width = 3
        else:
            chunk = obj[start:start + size]
            o = int.from_bytes(chunk, 'big' if big else 'little') if len(chunk) == size else 0
            width = size
        if not 0xd800 <= o <= 0xdfff:
            raise exception
        return chr(o), start + width
    raise _cant_handle(exception)


for _name, _handler in (('strict', strict_errors), ('ignore', ignore_errors), ('replace', replace_errors),
                        ('backslashreplace', backslashreplace_errors),
                        ('xmlcharrefreplace', xmlcharrefreplace_errors), ('namereplace', namereplace_errors),
                        ('surrogateescape', surrogateescape), ('surrogatepass', surrogatepass)):
    _error_handlers[_name] = _handler


def _call_handler(errors, exc, encoding):
    """Calls the error handler named errors on exc: (replacement, position to go on from)."""
    handler = lookup_error('strict' if errors is None else errors)
    res = handler(exc)
    kinds = (str, bytes) if encoding else str
    if not (isinstance(res, tuple) and len(res) == 2 and isinstance(res[0], kinds) and isinstance(res[1], int)):
        if encoding:
            raise TypeError('encoding error handler must return (str/bytes, int) tuple')
        raise TypeError('decoding error handler must return (str, int) tuple')
    rep, pos = res
    size = len(exc.object)
    if pos < 0:
        pos += size
    if pos < 0 or pos > size:
        raise IndexError('position %d from error handler out of bounds' % res[1])
    return rep, pos


# ---------------------------------------------------------------------------------------------------------------
# encoding: the builtin str.encode for runs it can encode, the error handler for the rest

def _encode_loop(s, errors, name, native, run_end, reason, encode_rep):
    """Encodes s with ftpython's codec native, calling the error handler on each run of characters that codec
    rejects (run_end(s, i) says where the run starting at i ends); encode_rep encodes a str replacement, answering
    None when it cannot."""
    try:
        return s.encode(native)
    except UnicodeEncodeError as e:
        pass
    out = []
    pos = 0
    n = len(s)
    while pos < n:
        rest = s[pos:]
        try:
            out.append(rest.encode(native))
            break
        except UnicodeEncodeError as e:
            bad = pos + e.start
        out.append(s[pos:bad].encode(native))
        exc = UnicodeEncodeError(name, s, bad, run_end(s, bad), reason)
        rep, pos = _call_handler(errors, exc, True)
        if isinstance(rep, str):
            rep = encode_rep(rep)
            if rep is None:
                raise exc
        out.append(rep)
    return b''.join(out)


def _ascii_rep(rep):
    try:
        return rep.encode('ascii')
    except UnicodeEncodeError:
        return None


def _run_over(limit):
    def run_end(s, i):
        n = len(s)
        while i < n and ord(s[i]) >= limit:
            i += 1
        return i
    return run_end


def _surrogate_run_end(s, i):
    n = len(s)
    while i < n and 0xd800 <= ord(s[i]) <= 0xdfff:
        i += 1
    return i


def _one_char(s, i):
    return i + 1


def ascii_encode(str, errors=None, /):
    _need_str(str, 'ascii_encode')
    errors = _need_errors(errors, 'ascii_encode')
    return _encode_loop(str, errors, 'ascii', 'ascii', _run_over(128), 'ordinal not in range(128)',
                        _ascii_rep), len(str)


def _latin1_rep(rep):
    try:
        return rep.encode('latin-1')
    except UnicodeEncodeError:
        return None


def latin_1_encode(str, errors=None, /):
    _need_str(str, 'latin_1_encode')
    errors = _need_errors(errors, 'latin_1_encode')
    return _encode_loop(str, errors, 'latin-1', 'latin-1', _run_over(256), 'ordinal not in range(256)',
                        _latin1_rep), len(str)


def utf_8_encode(str, errors=None, /):
    _need_str(str, 'utf_8_encode')
    errors = _need_errors(errors, 'utf_8_encode')
    return _encode_loop(str, errors, 'utf-8', 'utf-8', _surrogate_run_end, 'surrogates not allowed',
                        _ascii_rep), len(str)


def _utf_encode(s, errors, name, native):
    def rep_enc(rep):
        return rep.encode(native) if _ascii_rep(rep) is not None else None
    return _encode_loop(s, errors, name, native, _one_char, 'surrogates not allowed', rep_enc)


def utf_16_le_encode(str, errors=None, /):
    _need_str(str, 'utf_16_le_encode')
    return _utf_encode(str, _need_errors(errors, 'utf_16_le_encode'), 'utf-16-le', 'utf-16-le'), len(str)


def utf_16_be_encode(str, errors=None, /):
    _need_str(str, 'utf_16_be_encode')
    return _utf_encode(str, _need_errors(errors, 'utf_16_be_encode'), 'utf-16-be', 'utf-16-be'), len(str)


def utf_16_encode(str, errors=None, byteorder=0, /):
    _need_str(str, 'utf_16_encode')
    errors = _need_errors(errors, 'utf_16_encode')
    if byteorder == 0:
        native = 'utf-16-le' if _LITTLE else 'utf-16-be'
        return (BOM_UTF16 + _utf_encode(str, errors, 'utf-16', native)), len(str)
    return _utf_encode(str, errors, 'utf-16', 'utf-16-le' if byteorder < 0 else 'utf-16-be'), len(str)


def utf_32_le_encode(str, errors=None, /):
    _need_str(str, 'utf_32_le_encode')
    return _utf_encode(str, _need_errors(errors, 'utf_32_le_encode'), 'utf-32-le', 'utf-32-le'), len(str)


def utf_32_be_encode(str, errors=None, /):
    _need_str(str, 'utf_32_be_encode')
    return _utf_encode(str, _need_errors(errors, 'utf_32_be_encode'), 'utf-32-be', 'utf-32-be'), len(str)


def utf_32_encode(str, errors=None, byteorder=0, /):
    # ftpython's own 'utf-32' writes big-endian without a BOM: the BOM and the native order are added here
    _need_str(str, 'utf_32_encode')
    errors = _need_errors(errors, 'utf_32_encode')
    if byteorder == 0:
        native = 'utf-32-le' if _LITTLE else 'utf-32-be'
        return (BOM_UTF32 + _utf_encode(str, errors, 'utf-32', native)), len(str)
    return _utf_encode(str, errors, 'utf-32', 'utf-32-le' if byteorder < 0 else 'utf-32-be'), len(str)


# ---------------------------------------------------------------------------------------------------------------
# decoding

def _utf8_error(data, i):
    """(end, reason) of the invalid UTF-8 sequence starting at data[i], as CPython reports it."""
    n = len(data)
    b = data[i]
    if b < 0xc2 or b > 0xf4:
        return i + 1, 'invalid start byte'
    if b < 0xe0:
        need = 1
    elif b < 0xf0:
        need = 2
    else:
        need = 3
    lo, hi = 0x80, 0xbf
    if b == 0xe0:
        lo = 0xa0
    elif b == 0xed:
        hi = 0x9f
    elif b == 0xf0:
        lo = 0x90
    elif b == 0xf4:
        hi = 0x8f
    for k in range(1, need + 1):
        if i + k >= n:
            return n, 'unexpected end of data'
        c = data[i + k]
        if not lo <= c <= hi:
            return i + k, 'invalid continuation byte'
        lo, hi = 0x80, 0xbf
    return i + need + 1, 'invalid continuation byte'  # not reached for data the builtin rejected here


def utf_8_decode(data, errors=None, final=False, /):
    data = _need_bytes(data)
    errors = _need_errors(errors, 'utf_8_decode')
    try:
        return data.decode('utf-8'), len(data)
    except UnicodeDecodeError:
        pass
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        try:
            out.append(data[pos:].decode('utf-8'))
            pos = n
            break
        except UnicodeDecodeError as e:
            bad = pos + e.start
        out.append(data[pos:bad].decode('utf-8'))
        end, reason = _utf8_error(data, bad)
        if end == n and not final and reason == 'unexpected end of data':
            pos = bad
            break
        rep, pos = _call_handler(errors, UnicodeDecodeError('utf-8', data, bad, end, reason), False)
        out.append(rep)
    return ''.join(out), pos


def ascii_decode(data, errors=None, /):
    data = _need_bytes(data)
    errors = _need_errors(errors, 'ascii_decode')
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        try:
            out.append(data[pos:].decode('ascii'))
            break
        except UnicodeDecodeError as e:
            bad = pos + e.start
        out.append(data[pos:bad].decode('ascii'))
        exc = UnicodeDecodeError('ascii', data, bad, bad + 1, 'ordinal not in range(128)')
        rep, pos = _call_handler(errors, exc, False)
        out.append(rep)
    return ''.join(out), n


def latin_1_decode(data, errors=None, /):
    data = _need_bytes(data)
    _need_errors(errors, 'latin_1_decode')
    return data.decode('latin-1'), len(data)


def _utf16_decode(data, errors, final, start, big, name):
    """Decodes data[start:] as UTF-16 in one byte order: (str, bytes consumed up to)."""
    native = 'utf-16-be' if big else 'utf-16-le'
    n = len(data)
    out = []
    pos = start
    chunk = pos
    while pos < n:
        if pos + 1 >= n:
            if not final:
                break
            end, reason = n, 'truncated data'
        else:
            u = (data[pos] << 8 | data[pos + 1]) if big else (data[pos + 1] << 8 | data[pos])
            if u < 0xd800 or u > 0xdfff:
                pos += 2
                continue
            if u >= 0xdc00:
                end, reason = pos + 2, 'illegal encoding'
            elif pos + 3 >= n:
                if not final:
                    break
                end, reason = n, 'unexpected end of data'
            else:
                u2 = (data[pos + 2] << 8 | data[pos + 3]) if big else (data[pos + 3] << 8 | data[pos + 2])
                if 0xdc00 <= u2 <= 0xdfff:
                    pos += 4
                    continue
                end, reason = pos + 2, 'illegal UTF-16 surrogate'
        out.append(data[chunk:pos].decode(native))
        rep, pos = _call_handler(errors, UnicodeDecodeError(name, data, pos, end, reason), False)
        out.append(rep)
        chunk = pos
    out.append(data[chunk:pos].decode(native))
    return ''.join(out), pos


def _utf16_fast(data, start, big, final):
    """The whole of data[start:] decoded by ftpython when it is valid UTF-16, else None."""
    if (len(data) - start) % 2 == 0:
        try:
            return data[start:].decode('utf-16-be' if big else 'utf-16-le')
        except UnicodeDecodeError:
            pass
    return None


def _utf16_run(data, errors, final, start, big):
    text = _utf16_fast(data, start, big, final)
    if text is not None:
        return text, len(data)
    return _utf16_decode(data, errors, final, start, big, 'utf-16-be' if big else 'utf-16-le')


def utf_16_le_decode(data, errors=None, final=False, /):
    data = _need_bytes(data)
    return _utf16_run(data, _need_errors(errors, 'utf_16_le_decode'), final, 0, False)


def utf_16_be_decode(data, errors=None, final=False, /):
    data = _need_bytes(data)
    return _utf16_run(data, _need_errors(errors, 'utf_16_be_decode'), final, 0, True)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False, /):
    data = _need_bytes(data)
    errors = _need_errors(errors, 'utf_16_ex_decode')
    start = 0
    if byteorder == 0:
        if data[:2] == b'\xff\xfe':
            byteorder, start = -1, 2
        elif data[:2] == b'\xfe\xff':
            byteorder, start = 1, 2
        elif len(data) < 2 and not final:
            return '', 0, 0
    big = byteorder > 0 if byteorder else not _LITTLE
    text, consumed = _utf16_run(data, errors, final, start, big)
    return text, consumed, byteorder


def utf_16_decode(data, errors=None, final=False, /):
    text, consumed, order = utf_16_ex_decode(data, errors, 0, final)
    return text, consumed


def _utf32_decode(data, errors, final, start, big):
    """Decodes data[start:] as UTF-32 in one byte order: (str, bytes consumed up to)."""
    name = 'utf-32-be' if big else 'utf-32-le'
    order = 'big' if big else 'little'
    n = len(data)
    whole = start + (n - start) // 4 * 4
    if whole == n or not final:
        # ftpython's own decoder, checked: it drops a leading BOM and lets surrogates through
        try:
            text = data[start:whole].decode(name)
            if len(text) * 4 == whole - start:
                text.encode('utf-8')
                return text, whole
        except (UnicodeDecodeError, UnicodeEncodeError):
            pass
    out = []
    pos = start
    from_bytes = int.from_bytes
    while pos < n:
        if pos + 4 > n:
            if not final:
                break
            end, reason = n, 'truncated data'
        else:
            o = from_bytes(data[pos:pos + 4], order)
            if o < 0xd800 or 0xe000 <= o < 0x110000:
                out.append(chr(o))
                pos += 4
                continue
            end = pos + 4
            if o < 0xe000:
                reason = 'code point in surrogate code point range(0xd800, 0xe000)'
            else:
                reason = 'code point not in range(0x110000)'
        rep, pos = _call_handler(errors, UnicodeDecodeError(name, data, pos, end, reason), False)
        out.append(rep)
    return ''.join(out), pos


def utf_32_le_decode(data, errors=None, final=False, /):
    data = _need_bytes(data)
    return _utf32_decode(data, _need_errors(errors, 'utf_32_le_decode'), final, 0, False)


def utf_32_be_decode(data, errors=None, final=False, /):
    data = _need_bytes(data)
    return _utf32_decode(data, _need_errors(errors, 'utf_32_be_decode'), final, 0, True)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False, /):
    data = _need_bytes(data)
    errors = _need_errors(errors, 'utf_32_ex_decode')
    start = 0
    if byteorder == 0:
        if data[:4] == BOM_UTF32_LE:
            byteorder, start = -1, 4
        elif data[:4] == BOM_UTF32_BE:
            byteorder, start = 1, 4
        elif len(data) < 4 and not final:
            return '', 0, 0
    big = byteorder > 0 if byteorder else not _LITTLE
    text, consumed = _utf32_decode(data, errors, final, start, big)
    return text, consumed, byteorder


def utf_32_decode(data, errors=None, final=False, /):
    text, consumed, order = utf_32_ex_decode(data, errors, 0, final)
    return text, consumed


# ---------------------------------------------------------------------------------------------------------------
# charmap codecs (cp1252 and charmap_encode/charmap_decode with a table)

def charmap_build(map, /):
    if not isinstance(map, str):
        raise TypeError('charmap_build() argument must be str, not %s' % _tname(map))
    return {ord(c): i for i, c in enumerate(map)}


def _charmap_lookup_dec(mapping, b):
    """The str byte b decodes to through mapping, or None where it is undefined."""
    if isinstance(mapping, str):
        if b < len(mapping) and mapping[b] != '\ufffe':
            return mapping[b]
        return None
    try:
        v = mapping[b]
    except (LookupError, TypeError):
        return None
    if v is None:
        return None
    if isinstance(v, int):
        if not 0 <= v <= 0x10ffff:
            raise TypeError('character mapping must be in range(0x110000)')
        return None if v == 0xfffe else chr(v)
    if isinstance(v, str):
        return None if v == '\ufffe' else v
    raise TypeError('character mapping must return integer, None or str')


def charmap_decode(data, errors=None, mapping=None, /):
    data = _need_bytes(data)
    errors = _need_errors(errors, 'charmap_decode')
    if mapping is None:
        return data.decode('latin-1'), len(data)
    out = []
    pos = 0
    n = len(data)
    while pos < n:
        c = _charmap_lookup_dec(mapping, data[pos])
        if c is not None:
            out.append(c)
            pos += 1
            continue
        exc = UnicodeDecodeError('charmap', data, pos, pos + 1, 'character maps to <undefined>')
        rep, pos = _call_handler(errors, exc, False)
        out.append(rep)
    return ''.join(out), n


def _charmap_lookup_enc(mapping, c):
    try:
        v = mapping[ord(c)]
    except (LookupError, TypeError):
        return None
    if v is None:
        return None
    if isinstance(v, int):
        if not 0 <= v <= 255:
            raise TypeError('character mapping must be in range(256)')
        return bytes([v])
    if isinstance(v, (bytes, bytearray)):
        return bytes(v)
    raise TypeError('character mapping must return integer, bytes or None, not %s' % _tname(v))


def charmap_encode(str, errors=None, mapping=None, /):
    _need_str(str, 'charmap_encode')
    errors = _need_errors(errors, 'charmap_encode')
    if mapping is None:
        return latin_1_encode(str, errors)
    out = []
    pos = 0
    n = len(str)
    while pos < n:
        b = _charmap_lookup_enc(mapping, str[pos])
        if b is not None:
            out.append(b)
            pos += 1
            continue
        end = pos + 1
        while end < n and _charmap_lookup_enc(mapping, str[end]) is None:
            end += 1
        exc = UnicodeEncodeError('charmap', str, pos, end, 'character maps to <undefined>')
        rep, pos = _call_handler(errors, exc, True)
        if isinstance(rep, bytes):
            out.append(rep)
            continue
        for c in rep:
            b = _charmap_lookup_enc(mapping, c)
            if b is None:
                raise exc
            out.append(b)
    return b''.join(out), n


# Windows-1252: latin-1 but for 0x80..0x9f (five of which are undefined)
_CP1252_HIGH = ('\u20ac\ufffe\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\ufffe\u017d\ufffe'
                '\ufffe\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\ufffe\u017e\u0178')
_CP1252_TABLE = ''.join(map(chr, range(0x80))) + _CP1252_HIGH + ''.join(map(chr, range(0xa0, 0x100)))
_CP1252_DEC = {0x80 + i: c for i, c in enumerate(_CP1252_HIGH)}
_CP1252_ENC = {}
for _i, _c in enumerate(_CP1252_TABLE):
    if _c != '\ufffe':
        _CP1252_ENC[ord(_c)] = _i
# to latin-1 positions, the characters 0x80..0x9f (which cp1252 cannot encode) to an unencodable mark
_CP1252_TO_LATIN1 = {o: (chr(b) if o > 0xff else '\u0100') for o, b in _CP1252_ENC.items() if 0x80 <= b < 0xa0}
for _o in range(0x80, 0xa0):
    _CP1252_TO_LATIN1[_o] = '\u0100'


def _cp1252_encode(s, errors='strict'):
    _need_str(s, 'charmap_encode')
    errors = _need_errors(errors, 'charmap_encode')
    mapped = s.translate(_CP1252_TO_LATIN1)
    try:
        return mapped.encode('latin-1'), len(s)
    except UnicodeEncodeError:
        pass
    return charmap_encode(s, errors, _CP1252_ENC)


def _cp1252_decode(data, errors='strict'):
    data = _need_bytes(data)
    errors = _need_errors(errors, 'charmap_decode')
    text = data.decode('latin-1').translate(_CP1252_DEC)
    if '\ufffe' not in text:
        return text, len(data)
    return charmap_decode(data, errors, _CP1252_TABLE)


# ---------------------------------------------------------------------------------------------------------------
# unicode-escape, raw-unicode-escape and the bytes escape codec

_SIMPLE_ESCAPES = {ord('\\'): '\\', ord("'"): "'", ord('"'): '"', ord('a'): '\a', ord('b'): '\b', ord('f'): '\f',
                   ord('n'): '\n', ord('r'): '\r', ord('t'): '\t', ord('v'): '\v'}
_HEX = b'0123456789abcdefABCDEF'


def _hex_digits(data, i, count):
    """How many hex digits (at most count) follow data[i]."""
    k = 0
    n = len(data)
    while k < count and i + k < n and data[i + k] in _HEX:
        k += 1
    return k


def _warn_escape(message):
    import warnings
    warnings.warn(message, DeprecationWarning, stacklevel=4)


def unicode_escape_encode(str, errors=None, /):
    _need_str(str, 'unicode_escape_encode')
    out = []
    for c in str:
        o = ord(c)
        if 0x20 <= o < 0x7f:
            out.append('\\\\' if c == '\\' else c)
        elif c == '\t':
            out.append('\\t')
        elif c == '\n':
            out.append('\\n')
        elif c == '\r':
            out.append('\\r')
        else:
            out.append(_escape_char(c))
    return ''.join(out).encode('ascii'), len(str)


def raw_unicode_escape_encode(str, errors=None, /):
    _need_str(str, 'raw_unicode_escape_encode')
    out = []
    for c in str:
        o = ord(c)
        if o < 0x100:
            out.append(c)
        elif o < 0x10000:
            out.append('\\u%04x' % o)
        else:
            out.append('\\U%08x' % o)
    return ''.join(out).encode('latin-1'), len(str)


def _name_escape(data, i, n):
    """The \\N{name} escape at data[i] (the backslash): (char or None, end, complete?)."""
    j = i + 2
    if j >= n or data[j] != 0x7b:
        return None, j, j < n
    close = data.find(b'}', j + 1)
    if close < 0:
        return None, n, False
    if close == j + 1:
        return None, j + 1, True
    import unicodedata
    try:
        c = unicodedata.lookup(data[j + 1:close].decode('latin-1'))
    except KeyError:
        c = None
    if c is not None and len(c) != 1:
        c = None
    return (c if c is not None else ''), close + 1, True


def unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _need_bytes(data)
    errors = _need_errors(errors, 'unicode_escape_decode')
    out = []
    n = len(data)
    pos = 0
    while pos < n:
        bs = data.find(b'\\', pos)
        if bs < 0:
            out.append(data[pos:].decode('latin-1'))
            pos = n
            break
        if bs > pos:
            out.append(data[pos:bs].decode('latin-1'))
        pos = bs
        if pos + 1 >= n:
            if not final:
                break
            end, reason = n, '\\ at end of string'
        else:
            c = data[pos + 1]
            if c in _SIMPLE_ESCAPES:
                out.append(_SIMPLE_ESCAPES[c])
                pos += 2
                continue
            if c == 0x0a:  # backslash-newline: a line continuation
                pos += 2
                continue
            if 0x30 <= c <= 0x37:
                j = pos + 1
                value = 0
                while j < n and j < pos + 4 and 0x30 <= data[j] <= 0x37:
                    value = value * 8 + data[j] - 0x30
                    j += 1
                if value > 0o377:
                    _warn_escape("invalid octal escape sequence '\\%o'" % value)
                out.append(chr(value))
                pos = j
                continue
            if c in (0x78, 0x75, 0x55):  # \x \u \U
                count = {0x78: 2, 0x75: 4, 0x55: 8}[c]
                k = _hex_digits(data, pos + 2, count)
                if k == count:
                    value = int(data[pos + 2:pos + 2 + count], 16)
                    if value <= 0x10ffff:
                        out.append(chr(value))
                        pos += 2 + count
                        continue
                    end, reason = pos + 2 + count, 'illegal Unicode character'
                else:
                    end = pos + 2 + k
                    if end >= n and not final:
                        break
                    reason = {0x78: 'truncated \\xXX escape', 0x75: 'truncated \\uXXXX escape',
                              0x55: 'truncated \\UXXXXXXXX escape'}[c]
            elif c == 0x4e:  # \N{name}
                ch, end, complete = _name_escape(data, pos, n)
                if ch:
                    out.append(ch)
                    pos = end
                    continue
                if not complete and not final:
                    break
                reason = 'unknown Unicode character name' if ch == '' else 'malformed \\N character escape'
            else:
                _warn_escape("invalid escape sequence '\\%s'" % chr(c))
                out.append('\\' + chr(c))
                pos += 2
                continue
        exc = UnicodeDecodeError('unicodeescape', data, pos, end, reason)
        rep, pos = _call_handler(errors, exc, False)
        out.append(rep)
    return ''.join(out), pos


def raw_unicode_escape_decode(data, errors=None, final=True, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _need_bytes(data)
    errors = _need_errors(errors, 'raw_unicode_escape_decode')
    out = []
    n = len(data)
    pos = 0
    while pos < n:
        bs = data.find(b'\\', pos)
        if bs < 0:
            out.append(data[pos:].decode('latin-1'))
            pos = n
            break
        # a run of backslashes: only an odd one before u or U starts an escape
        j = bs
        while j < n and data[j] == 0x5c:
            j += 1
        out.append(data[pos:j - 1].decode('latin-1'))
        pos = j - 1
        if (j - bs) % 2 == 0 or j >= n or data[j] not in (0x75, 0x55):
            if j >= n and (j - bs) % 2 == 1 and not final:
                break
            out.append('\\')
            pos = j
            continue
        count = 4 if data[j] == 0x75 else 8
        k = _hex_digits(data, j + 1, count)
        if k == count:
            value = int(data[j + 1:j + 1 + count], 16)
            if value <= 0x10ffff:
                out.append(chr(value))
                pos = j + 1 + count
                continue
            end, reason = j + 1 + count, '\\Uxxxxxxxx out of range'
        else:
            end = j + 1 + k
            if end >= n and not final:
                break
            reason = 'truncated \\uXXXX escape' if count == 4 else 'truncated \\UXXXXXXXX escape'
        exc = UnicodeDecodeError('rawunicodeescape', data, pos, end, reason)
        rep, pos = _call_handler(errors, exc, False)
        out.append(rep)
    return ''.join(out), pos


def escape_encode(data, errors=None, /):
    if not isinstance(data, bytes):
        raise TypeError('escape_encode() argument 1 must be bytes, not %s' % _tname(data))
    out = []
    for b in data:
        if b == 0x5c:
            out.append('\\\\')
        elif b == 0x27:
            out.append("\\'")
        elif b == 0x09:
            out.append('\\t')
        elif b == 0x0a:
            out.append('\\n')
        elif b == 0x0d:
            out.append('\\r')
        elif b < 0x20 or b >= 0x7f:
            out.append('\\x%02x' % b)
        else:
            out.append(chr(b))
    return ''.join(out).encode('ascii'), len(data)


def escape_decode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _need_bytes(data)
    out = bytearray()
    n = len(data)
    pos = 0
    while pos < n:
        bs = data.find(b'\\', pos)
        if bs < 0:
            out += data[pos:]
            break
        out += data[pos:bs]
        pos = bs
        if pos + 1 >= n:
            raise ValueError('Trailing \\ in string')
        c = data[pos + 1]
        if c in _SIMPLE_ESCAPES:
            out.append(ord(_SIMPLE_ESCAPES[c]))
            pos += 2
        elif c == 0x0a:
            pos += 2
        elif 0x30 <= c <= 0x37:
            j = pos + 1
            value = 0
            while j < n and j < pos + 4 and 0x30 <= data[j] <= 0x37:
                value = value * 8 + data[j] - 0x30
                j += 1
            out.append(value & 0xff)
            pos = j
        elif c == 0x78:
            if _hex_digits(data, pos + 2, 2) == 2:
                out.append(int(data[pos + 2:pos + 4], 16))
                pos += 4
                continue
            if errors is None or errors == 'strict':
                raise ValueError('invalid \\x escape at position %d' % pos)
            if errors == 'replace':
                out.append(0x3f)
            elif errors != 'ignore':
                raise ValueError('decoding error; unknown error handling code: %s' % errors)
            pos += 2 + _hex_digits(data, pos + 2, 2)
        else:
            out += data[pos:pos + 2]
            pos += 2
    return bytes(out), n


def readbuffer_encode(data, errors=None, /):
    if isinstance(data, str):
        data = data.encode('utf-8')
    data = _need_bytes(data)
    return data, len(data)


# ---------------------------------------------------------------------------------------------------------------
# the registry

class CodecInfo(tuple):
    """Codec details found by lookup(): the 4-tuple (encode, decode, streamreader, streamwriter) with the codec's
    name, incremental and stream classes as attributes."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None, incrementalencoder=None,
                incrementaldecoder=None, name=None, *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return '<%s.%s object for encoding %s at %#x>' % (self.__class__.__module__, self.__class__.__qualname__,
                                                          self.name, id(self))

    def __getnewargs__(self):
        return tuple(self)


_search_functions = []
_cache = {}


def _normalize(encoding):
    """The name search functions get: lowercase ASCII letters, digits and dots, with each run of anything else
    turned into one underscore and none at either end."""
    out = []
    sep = False
    for c in encoding:
        if ('a' <= c <= 'z') or ('0' <= c <= '9') or c == '.':
            pass
        elif 'A' <= c <= 'Z':
            c = c.lower()
        else:
            sep = True
            continue
        if sep and out:
            out.append('_')
        sep = False
        out.append(c)
    return ''.join(out)


def register(search_function, /):
    if not callable(search_function):
        raise TypeError('argument must be callable')
    _search_functions.append(search_function)


def unregister(search_function, /):
    for i, f in enumerate(_search_functions):
        if f is search_function:
            del _search_functions[i]
            _cache.clear()
            return


def lookup(encoding, /):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not %s' % _tname(encoding))
    key = _normalize(encoding)
    try:
        return _cache[key]
    except KeyError:
        pass
    for search in _search_functions:
        info = search(key)
        if info is None:
            continue
        if not isinstance(info, tuple) or len(info) != 4:
            raise TypeError('codec search functions must return 4-tuples')
        _cache[key] = info
        return info
    raise LookupError('unknown encoding: %s' % encoding)


def _check_str_arg(value, what, func):
    if not isinstance(value, str):
        raise TypeError("%s() argument '%s' must be str, not %s" % (func, what, _tname(value)))


def _result(res, what):
    if not isinstance(res, tuple) or len(res) != 2:
        if what == 'encoder':
            raise TypeError('encoder must return a tuple (object, integer)')
        raise TypeError('decoder must return a tuple (object,integer)')
    return res[0]


def encode(obj, encoding='utf-8', errors='strict'):
    _check_str_arg(encoding, 'encoding', 'encode')
    _check_str_arg(errors, 'errors', 'encode')
    return _result(lookup(encoding).encode(obj, errors), 'encoder')


def decode(obj, encoding='utf-8', errors='strict'):
    _check_str_arg(encoding, 'encoding', 'decode')
    _check_str_arg(errors, 'errors', 'decode')
    return _result(lookup(encoding).decode(obj, errors), 'decoder')


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def getincrementalencoder(encoding):
    encoder = lookup(encoding).incrementalencoder
    if encoder is None:
        raise LookupError(encoding)
    return encoder


def getincrementaldecoder(encoding):
    decoder = lookup(encoding).incrementaldecoder
    if decoder is None:
        raise LookupError(encoding)
    return decoder


def getreader(encoding):
    return lookup(encoding).streamreader


def getwriter(encoding):
    return lookup(encoding).streamwriter


def iterencode(iterator, encoding, errors='strict', **kwargs):
    encoder = getincrementalencoder(encoding)(errors, **kwargs)
    for item in iterator:
        out = encoder.encode(item)
        if out:
            yield out
    out = encoder.encode('', True)
    if out:
        yield out


def iterdecode(iterator, encoding, errors='strict', **kwargs):
    decoder = getincrementaldecoder(encoding)(errors, **kwargs)
    for item in iterator:
        out = decoder.decode(item)
        if out:
            yield out
    out = decoder.decode(b'', True)
    if out:
        yield out


def make_identity_dict(rng):
    return {i: i for i in rng}


def make_encoding_map(decoding_map):
    m = {}
    for k, v in decoding_map.items():
        if v not in m:
            m[v] = k
        else:
            m[v] = None
    return m


# ---------------------------------------------------------------------------------------------------------------
# base classes

class Codec:
    """Stateless encoder and decoder: encode and decode answer (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    """Encodes input in pieces: encode(input, final=False) keeps what state it needs between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ''

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class BufferedIncrementalEncoder(IncrementalEncoder):
    """An IncrementalEncoder keeping the input its _buffer_encode could not use yet in self.buffer."""

    def __init__(self, errors='strict'):
        IncrementalEncoder.__init__(self, errors)
        self.buffer = ''

    def _buffer_encode(self, input, errors, final):
        raise NotImplementedError

    def encode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_encode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalEncoder.reset(self)
        self.buffer = ''

    def getstate(self):
        return self.buffer or 0

    def setstate(self, state):
        self.buffer = state or ''


class IncrementalDecoder:
    """Decodes input in pieces: decode(input, final=False) keeps what state it needs between calls."""

    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b'', 0)

    def setstate(self, state):
        pass


class BufferedIncrementalDecoder(IncrementalDecoder):
    """An IncrementalDecoder keeping the bytes its _buffer_decode could not decode yet in self.buffer."""

    def __init__(self, errors='strict'):
        IncrementalDecoder.__init__(self, errors)
        self.buffer = b''

    def _buffer_decode(self, input, errors, final):
        raise NotImplementedError

    def decode(self, input, final=False):
        data = self.buffer + input
        result, consumed = self._buffer_decode(data, self.errors, final)
        self.buffer = data[consumed:]
        return result

    def reset(self):
        IncrementalDecoder.reset(self)
        self.buffer = b''

    def getstate(self):
        return (self.buffer, 0)

    def setstate(self, state):
        self.buffer = state[0]


class StreamWriter(Codec):
    """Writes encoded data to a stream."""

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors

    def write(self, object):
        data, consumed = self.encode(object, self.errors)
        self.stream.write(data)

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        pass

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        if whence == 0 and offset == 0:
            self.reset()

    def __getattr__(self, name):
        if name.startswith('__') or name == 'stream':
            raise AttributeError(name)
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("cannot serialize '%s' object" % self.__class__.__name__)




class StreamReader(Codec):
    """Reads and decodes data from a stream."""
    charbuffertype = str

    def __init__(self, stream, errors='strict'):
        self.stream = stream
        self.errors = errors
        self.bytebuffer = b''
        self._empty_charbuffer = self.charbuffertype()
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def decode(self, input, errors='strict'):
        raise NotImplementedError

    def _fill(self, size, firstline=False):
        """Reads size bytes (all when negative) and decodes them onto the character buffer; False at the end."""
        newdata = self.stream.read() if size < 0 else self.stream.read(size)
        data = self.bytebuffer + newdata
        if not data:
            return False
        try:
            newchars, decoded = self.decode(data, self.errors)
        except UnicodeDecodeError as exc:
            if not firstline:
                raise
            newchars, decoded = self.decode(data[:exc.start], self.errors)
            if len(newchars.splitlines(True)) <= 1:
                raise
        self.bytebuffer = data[decoded:]
        self.charbuffer += newchars
        return bool(newdata)

    def read(self, size=-1, chars=-1, firstline=False):
        if self.linebuffer:
            self.charbuffer = self._empty_charbuffer.join(self.linebuffer)
            self.linebuffer = None
        if chars < 0:
            chars = size
        while chars < 0 or len(self.charbuffer) < chars:
            if not self._fill(size, firstline):
                break
        if chars < 0:
            result, self.charbuffer = self.charbuffer, self._empty_charbuffer
        else:
            result, self.charbuffer = self.charbuffer[:chars], self.charbuffer[chars:]
        return result

    def readline(self, size=None, keepends=True):
        # reads size characters (72, then more and more, when size is None) until a line end turns up; with a
        # size, one read only. A '\r' at the end of what was read is followed by one more character, a '\n'
        # maybe. What follows the line goes back to the character buffer.
        readsize = size or 72
        line = self._empty_charbuffer
        cr = '\r' if self.charbuffertype is str else b'\r'
        while True:
            data = self.read(readsize, firstline=True)
            if data and data[-1:] == cr:
                data += self.read(size=1, chars=1)
            line += data
            lines = line.splitlines(True)
            if lines:
                if len(lines) > 1:
                    line = lines[0]
                    self.charbuffer = self._empty_charbuffer.join(lines[1:]) + self.charbuffer
                    break
                if lines[0] != lines[0].splitlines(False)[0]:
                    line = lines[0]
                    break
            if not data or size is not None:
                break
            if readsize < 8000:
                readsize *= 2
        if line and not keepends:
            line = line.splitlines(False)[0]
        return line

    def readlines(self, sizehint=None, keepends=True):
        return self.read().splitlines(keepends)

    def reset(self):
        self.bytebuffer = b''
        self.charbuffer = self._empty_charbuffer
        self.linebuffer = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reset()

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def __iter__(self):
        return self

    def __getattr__(self, name):
        if name.startswith('__') or name == 'stream':
            raise AttributeError(name)
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("cannot serialize '%s' object" % self.__class__.__name__)


class StreamReaderWriter:
    """Wraps a stream with a StreamReader and a StreamWriter, for reading and writing."""
    encoding = 'unknown'

    def __init__(self, stream, Reader, Writer, errors='strict'):
        self.stream = stream
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        return self.reader.read(size)

    def readline(self, size=None):
        return self.reader.readline(size)

    def readlines(self, sizehint=None):
        return self.reader.readlines(sizehint)

    def __next__(self):
        return next(self.reader)

    def __iter__(self):
        return self

    def write(self, data):
        return self.writer.write(data)

    def writelines(self, list):
        return self.writer.writelines(list)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self.reader.reset()
        if whence == 0 and offset == 0:
            self.writer.reset()

    def __getattr__(self, name):
        if name.startswith('__') or name in ('stream', 'reader', 'writer'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()

    def __reduce_ex__(self, proto):
        raise TypeError("cannot serialize '%s' object" % self.__class__.__name__)


class StreamRecoder:
    """Reads and writes data_encoding on the outside while the stream holds file_encoding."""
    data_encoding = 'unknown'
    file_encoding = 'unknown'

    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        self.stream = stream
        self.encode = encode
        self.decode = decode
        self.reader = Reader(stream, errors)
        self.writer = Writer(stream, errors)
        self.errors = errors

    def read(self, size=-1):
        data = self.reader.read(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readline(self, size=None):
        data = self.reader.readline() if size is None else self.reader.readline(size)
        data, consumed = self.encode(data, self.errors)
        return data

    def readlines(self, sizehint=None):
        data = self.reader.read()
        data, consumed = self.encode(data, self.errors)
        return data.splitlines(keepends=True)

    def __next__(self):
        data = next(self.reader)
        data, consumed = self.encode(data, self.errors)
        return data

    def __iter__(self):
        return self

    def write(self, data):
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def writelines(self, list):
        data = b''.join(list)
        data, consumed = self.decode(data, self.errors)
        return self.writer.write(data)

    def reset(self):
        self.reader.reset()
        self.writer.reset()

    def seek(self, offset, whence=0):
        self.reader.seek(offset, whence)
        self.writer.seek(offset, whence)

    def __getattr__(self, name):
        if name.startswith('__') or name in ('stream', 'reader', 'writer'):
            raise AttributeError(name)
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtins.open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        srw = StreamReaderWriter(file, info.streamreader, info.streamwriter, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise


def EncodedFile(file, data_encoding, file_encoding=None, errors='strict'):
    if file_encoding is None:
        file_encoding = data_encoding
    data_info = lookup(data_encoding)
    file_info = lookup(file_encoding)
    sr = StreamRecoder(file, data_info.encode, data_info.decode, file_info.streamreader, file_info.streamwriter,
                       errors)
    sr.data_encoding = data_encoding
    sr.file_encoding = file_encoding
    return sr


# ---------------------------------------------------------------------------------------------------------------
# the standard codecs

def _classes(module, encode, decode, buffered_decode=None):
    """IncrementalEncoder, IncrementalDecoder, StreamWriter and StreamReader over stateless encode/decode
    functions (buffered_decode(input, errors, final) for a decoder that keeps incomplete input)."""

    class _IncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            return encode(input, self.errors)[0]

    if buffered_decode is None:
        class _IncrementalDecoder(IncrementalDecoder):
            def decode(self, input, final=False):
                return decode(input, self.errors)[0]
    else:
        class _IncrementalDecoder(BufferedIncrementalDecoder):
            def _buffer_decode(self, input, errors, final):
                return buffered_decode(input, errors, final)

    class _StreamWriter(StreamWriter):
        def encode(self, input, errors='strict'):
            return encode(input, errors)

    stream_decode = decode if buffered_decode is None else buffered_decode

    class _StreamReader(StreamReader):
        def decode(self, input, errors='strict'):
            return stream_decode(input, errors)

    return _named(module, _IncrementalEncoder, _IncrementalDecoder, _StreamWriter, _StreamReader)


def _named(module, *classes):
    for cls, name in zip(classes, ('IncrementalEncoder', 'IncrementalDecoder', 'StreamWriter', 'StreamReader')):
        cls.__name__ = cls.__qualname__ = name
        cls.__module__ = 'encodings.' + module
    return classes


def _info(name, module, encode, decode, classes, text=True):
    ienc, idec, writer, reader = classes
    return CodecInfo(encode, decode, reader, writer, ienc, idec, name, _is_text_encoding=None if text else False)


def _named_function(f, name):
    f.__name__ = f.__qualname__ = name
    return f


def _stateless(name, module, encode, decode, buffered_decode=None):
    return _info(name, module, encode, decode, _classes(module, encode, decode, buffered_decode))


def _utf_8_info():
    def decode(input, errors='strict'):
        return utf_8_decode(input, errors, True)
    return _stateless('utf-8', 'utf_8', utf_8_encode, decode, utf_8_decode)


def _ascii_info():
    return _stateless('ascii', 'ascii', ascii_encode, ascii_decode)


def _latin_1_info():
    return _stateless('iso8859-1', 'latin_1', latin_1_encode, latin_1_decode)


def _cp1252_info():
    return _stateless('cp1252', 'cp1252', _named_function(_cp1252_encode, 'encode'),
                      _named_function(_cp1252_decode, 'decode'))


def _charmap_info():
    return _stateless('charmap', 'charmap', charmap_encode, charmap_decode)


def _utf_fixed_info(name, module, encode, buffered_decode):
    def decode(input, errors='strict'):
        return buffered_decode(input, errors, True)
    return _stateless(name, module, encode, decode, buffered_decode)


def _bom_info(name, module, encode_fn, ex_decode, le_encode, be_encode, le_decode, be_decode):
    """utf-16 and utf-32: a BOM written first, and read first to choose the byte order."""
    unit = 2 if module == 'utf_16' else 4

    def encode(input, errors='strict'):
        return encode_fn(input, errors)

    def decode(input, errors='strict'):
        text, consumed, order = ex_decode(input, errors, 0, True)
        return text, consumed

    encode = _named_function(encode, encode_fn.__name__)

    class _IncrementalEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.encoder = None

        def encode(self, input, final=False):
            if self.encoder is None:
                result = encode_fn(input, self.errors)[0]
                self.encoder = le_encode if _LITTLE else be_encode
                return result
            return self.encoder(input, self.errors)[0]

        def reset(self):
            IncrementalEncoder.reset(self)
            self.encoder = None

        def getstate(self):
            return 2 if self.encoder is None else 0

        def setstate(self, state):
            if state:
                self.encoder = None
            else:
                self.encoder = le_encode if _LITTLE else be_encode

    class _IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.decoder = None

        def _buffer_decode(self, input, errors, final):
            if self.decoder is not None:
                return self.decoder(input, errors, final)
            text, consumed, order = ex_decode(input, errors, 0, final)
            if order == -1:
                self.decoder = le_decode
            elif order == 1:
                self.decoder = be_decode
            elif consumed >= unit:
                raise UnicodeDecodeError(name, input, 0, unit, 'Stream does not start with BOM')
            return text, consumed

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.decoder = None

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)[0]
            if self.decoder is None:
                return (state, 2)
            return (state, int(_LITTLE == (self.decoder is be_decode)))

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            flag = state[1]
            if flag == 0:
                self.decoder = be_decode if not _LITTLE else le_decode
            elif flag == 1:
                self.decoder = le_decode if not _LITTLE else be_decode
            else:
                self.decoder = None

    class _StreamWriter(StreamWriter):
        def __init__(self, stream, errors='strict'):
            StreamWriter.__init__(self, stream, errors)
            self.encoder = None

        def reset(self):
            StreamWriter.reset(self)
            self.encoder = None

        def encode(self, input, errors='strict'):
            if self.encoder is None:
                result = encode_fn(input, errors)
                self.encoder = le_encode if _LITTLE else be_encode
                return result
            return self.encoder(input, errors)

    class _StreamReader(StreamReader):
        def reset(self):
            StreamReader.reset(self)
            try:
                del self.decode
            except AttributeError:
                pass

        def decode(self, input, errors='strict'):
            text, consumed, order = ex_decode(input, errors, 0, False)
            if order == -1:
                self.decode = le_decode
            elif order == 1:
                self.decode = be_decode
            elif consumed >= unit:
                raise UnicodeDecodeError(name, input, 0, unit, 'Stream does not start with BOM')
            return text, consumed

    classes = _named(module, _IncrementalEncoder, _IncrementalDecoder, _StreamWriter, _StreamReader)
    return _info(name, module, encode, decode, classes)


def _utf_16_info():
    return _bom_info('utf-16', 'utf_16', utf_16_encode, utf_16_ex_decode, utf_16_le_encode, utf_16_be_encode,
                     utf_16_le_decode, utf_16_be_decode)


def _utf_32_info():
    return _bom_info('utf-32', 'utf_32', utf_32_encode, utf_32_ex_decode, utf_32_le_encode, utf_32_be_encode,
                     utf_32_le_decode, utf_32_be_decode)


def _utf_8_sig_info():
    def encode(input, errors='strict'):
        return BOM_UTF8 + utf_8_encode(input, errors)[0], len(input)

    def decode(input, errors='strict'):
        prefix = 0
        if input[:3] == BOM_UTF8:
            input = input[3:]
            prefix = 3
        text, consumed = utf_8_decode(input, errors, True)
        return text, consumed + prefix

    class _IncrementalEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            IncrementalEncoder.__init__(self, errors)
            self.first = 1

        def encode(self, input, final=False):
            if self.first:
                self.first = 0
                return BOM_UTF8 + utf_8_encode(input, self.errors)[0]
            return utf_8_encode(input, self.errors)[0]

        def reset(self):
            IncrementalEncoder.reset(self)
            self.first = 1

        def getstate(self):
            return self.first

        def setstate(self, state):
            self.first = state

    class _IncrementalDecoder(BufferedIncrementalDecoder):
        def __init__(self, errors='strict'):
            BufferedIncrementalDecoder.__init__(self, errors)
            self.first = 1

        def _buffer_decode(self, input, errors, final):
            if self.first:
                if len(input) < 3:
                    if BOM_UTF8.startswith(input):
                        return '', 0
                    self.first = 0
                else:
                    self.first = 0
                    if input[:3] == BOM_UTF8:
                        text, consumed = utf_8_decode(input[3:], errors, final)
                        return text, consumed + 3
            return utf_8_decode(input, errors, final)

        def reset(self):
            BufferedIncrementalDecoder.reset(self)
            self.first = 1

        def getstate(self):
            state = BufferedIncrementalDecoder.getstate(self)
            return (state[0], self.first)

        def setstate(self, state):
            BufferedIncrementalDecoder.setstate(self, state)
            self.first = state[1]

    class _StreamWriter(StreamWriter):
        def reset(self):
            StreamWriter.reset(self)
            try:
                del self.encode
            except AttributeError:
                pass

        def encode(self, input, errors='strict'):
            self.encode = utf_8_encode
            return encode(input, errors)

    class _StreamReader(StreamReader):
        def reset(self):
            StreamReader.reset(self)
            try:
                del self.decode
            except AttributeError:
                pass

        def decode(self, input, errors='strict'):
            if len(input) < 3:
                if BOM_UTF8.startswith(input):
                    return '', 0
            elif input[:3] == BOM_UTF8:
                self.decode = utf_8_decode
                text, consumed = utf_8_decode(input[3:], errors)
                return text, consumed + 3
            self.decode = utf_8_decode
            return utf_8_decode(input, errors)

    classes = _named('utf_8_sig', _IncrementalEncoder, _IncrementalDecoder, _StreamWriter, _StreamReader)
    return _info('utf-8-sig', 'utf_8_sig', encode, decode, classes)


def _unicode_escape_info():
    def decode(input, errors='strict'):
        return unicode_escape_decode(input, errors, True)
    return _info('unicode-escape', 'unicode_escape', unicode_escape_encode, unicode_escape_decode,
                 _classes('unicode_escape', unicode_escape_encode, decode, unicode_escape_decode))


def _raw_unicode_escape_info():
    def decode(input, errors='strict'):
        return raw_unicode_escape_decode(input, errors, True)
    return _info('raw-unicode-escape', 'raw_unicode_escape', raw_unicode_escape_encode, raw_unicode_escape_decode,
                 _classes('raw_unicode_escape', raw_unicode_escape_encode, decode, raw_unicode_escape_decode))


# rot-13: str to str
_ROT13 = {}
for _i in range(26):
    _ROT13[ord('a') + _i] = ord('a') + (_i + 13) % 26
    _ROT13[ord('A') + _i] = ord('A') + (_i + 13) % 26


def _rot13_info():
    def encode(input, errors='strict'):
        if not isinstance(input, str):
            raise TypeError("descriptor 'translate' for 'str' objects doesn't apply to a '%s' object"
                            % _tname(input))
        return input.translate(_ROT13), len(input)

    def rot13(input, errors='strict'):
        return encode(input, errors)

    info = _info('rot-13', 'rot_13', encode, _named_function(rot13, 'decode'),
                 _classes('rot_13', encode, encode), text=False)
    return info


# bytes to bytes: hex, base64, zlib

def _bytes_input(input):
    if isinstance(input, (bytes, bytearray)):
        return bytes(input)
    raise TypeError("a bytes-like object is required, not '%s'" % _tname(input))


def _hex_encode(input, errors='strict'):
    assert errors == 'strict'
    import binascii
    return binascii.b2a_hex(_bytes_input(input)), len(input)


def _hex_decode(input, errors='strict'):
    assert errors == 'strict'
    import binascii
    if isinstance(input, str):
        try:
            data = input.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    else:
        data = _bytes_input(input)
    return binascii.a2b_hex(data), len(input)


def _b64_input(input):
    if isinstance(input, (bytes, bytearray)):
        return bytes(input)
    raise TypeError('expected bytes-like object, not %s' % _tname(input))


def _base64_encode(input, errors='strict'):
    assert errors == 'strict'
    import binascii
    data = _b64_input(input)
    return b''.join([binascii.b2a_base64(data[i:i + 57]) for i in range(0, len(data), 57)]), len(input)


_B64_VALUES = {c: i for i, c in enumerate(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/')}


def _a2b_base64(data):
    """binascii.a2b_base64 (not strict): characters outside the alphabet skipped, data ends at complete padding."""
    import binascii
    out = bytearray()
    quad = 0
    left = 0
    pads = 0
    for c in data:
        if c == 0x3d:  # '='
            if quad >= 2:
                pads += 1
                if quad + pads >= 4:
                    return bytes(out)
            continue
        v = _B64_VALUES.get(c)
        if v is None:
            continue
        pads = 0
        if quad == 0:
            left = v
        elif quad == 1:
            out.append(((left << 2) | (v >> 4)) & 0xff)
            left = v & 0x0f
        elif quad == 2:
            out.append(((left << 4) | (v >> 2)) & 0xff)
            left = v & 0x03
        else:
            out.append(((left << 6) | v) & 0xff)
        quad = (quad + 1) & 3
    if quad == 1:
        raise binascii.Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more '
                             'than a multiple of 4' % (len(out) // 3 * 4 + 1))
    if quad:
        raise binascii.Error('Incorrect padding')
    return bytes(out)


def _base64_decode(input, errors='strict'):
    assert errors == 'strict'
    return _a2b_base64(_b64_input(input)), len(input)


def _zlib_encode(input, errors='strict'):
    assert errors == 'strict'
    import zlib
    return zlib.compress(_bytes_input(input)), len(input)


def _zlib_decode(input, errors='strict'):
    assert errors == 'strict'
    import zlib
    return zlib.decompress(_bytes_input(input)), len(input)


def _bytes_info(name, module, encode, decode, prefix):
    encode = _named_function(encode, prefix + '_encode')
    decode = _named_function(decode, prefix + '_decode')

    class _IncrementalEncoder(IncrementalEncoder):
        def encode(self, input, final=False):
            assert self.errors == 'strict'
            return encode(input, self.errors)[0]

    class _IncrementalDecoder(IncrementalDecoder):
        def decode(self, input, final=False):
            assert self.errors == 'strict'
            return decode(input, self.errors)[0]

    class _StreamWriter(StreamWriter):
        charbuffertype = bytes

        def encode(self, input, errors='strict'):
            return encode(input, errors)

    class _StreamReader(StreamReader):
        charbuffertype = bytes

        def decode(self, input, errors='strict'):
            return decode(input, errors)

    return _info(name, module, encode, decode,
                 _named(module, _IncrementalEncoder, _IncrementalDecoder, _StreamWriter, _StreamReader), text=False)


def _zlib_info():
    info = _bytes_info('zlib', 'zlib_codec', _zlib_encode, _zlib_decode, 'zlib')

    class _IncrementalEncoder(IncrementalEncoder):
        def __init__(self, errors='strict'):
            assert errors == 'strict'
            IncrementalEncoder.__init__(self, errors)
            import zlib
            self.compressobj = zlib.compressobj()

        def encode(self, input, final=False):
            if final:
                return self.compressobj.compress(input) + self.compressobj.flush()
            return self.compressobj.compress(input)

        def reset(self):
            import zlib
            self.compressobj = zlib.compressobj()

    class _IncrementalDecoder(IncrementalDecoder):
        def __init__(self, errors='strict'):
            assert errors == 'strict'
            IncrementalDecoder.__init__(self, errors)
            import zlib
            self.decompressobj = zlib.decompressobj()

        def decode(self, input, final=False):
            if final:
                return self.decompressobj.decompress(input) + self.decompressobj.flush()
            return self.decompressobj.decompress(input)

        def reset(self):
            import zlib
            self.decompressobj = zlib.decompressobj()

    _named('zlib_codec', _IncrementalEncoder, _IncrementalDecoder)
    info.incrementalencoder = _IncrementalEncoder
    info.incrementaldecoder = _IncrementalDecoder
    return info


def _base64_info():
    return _bytes_info('base64', 'base64_codec', _base64_encode, _base64_decode, 'base64')


def _hex_info():
    return _bytes_info('hex', 'hex_codec', _hex_encode, _hex_decode, 'hex')


# module name -> CodecInfo factory, and the aliases CPython's encodings package knows for them
_STANDARD = {
    'utf_8': _utf_8_info, 'ascii': _ascii_info, 'latin_1': _latin_1_info, 'cp1252': _cp1252_info,
    'charmap': _charmap_info, 'utf_16': _utf_16_info, 'utf_32': _utf_32_info, 'utf_8_sig': _utf_8_sig_info,
    'utf_16_le': lambda: _utf_fixed_info('utf-16-le', 'utf_16_le', utf_16_le_encode, utf_16_le_decode),
    'utf_16_be': lambda: _utf_fixed_info('utf-16-be', 'utf_16_be', utf_16_be_encode, utf_16_be_decode),
    'utf_32_le': lambda: _utf_fixed_info('utf-32-le', 'utf_32_le', utf_32_le_encode, utf_32_le_decode),
    'utf_32_be': lambda: _utf_fixed_info('utf-32-be', 'utf_32_be', utf_32_be_encode, utf_32_be_decode),
    'unicode_escape': _unicode_escape_info, 'raw_unicode_escape': _raw_unicode_escape_info,
    'rot_13': _rot13_info, 'hex_codec': _hex_info, 'base64_codec': _base64_info, 'zlib_codec': _zlib_info,
}

_ALIASES = {
    '646': 'ascii', 'ansi_x3.4_1968': 'ascii', 'ansi_x3_4_1968': 'ascii', 'ansi_x3.4_1986': 'ascii',
    'cp367': 'ascii', 'csascii': 'ascii', 'ibm367': 'ascii', 'iso646_us': 'ascii', 'iso_646.irv_1991': 'ascii',
    'iso_ir_6': 'ascii', 'us': 'ascii', 'us_ascii': 'ascii',
    '8859': 'latin_1', 'cp819': 'latin_1', 'csisolatin1': 'latin_1', 'ibm819': 'latin_1', 'iso8859': 'latin_1',
    'iso8859_1': 'latin_1', 'iso_8859_1': 'latin_1', 'iso_8859_1_1987': 'latin_1', 'iso_ir_100': 'latin_1',
    'l1': 'latin_1', 'latin': 'latin_1', 'latin1': 'latin_1',
    'u8': 'utf_8', 'utf': 'utf_8', 'utf8': 'utf_8', 'utf8_ucs2': 'utf_8', 'utf8_ucs4': 'utf_8',
    'cp65001': 'utf_8',
    'u16': 'utf_16', 'utf16': 'utf_16', 'unicodebigunmarked': 'utf_16_be', 'utf_16be': 'utf_16_be',
    'unicodelittleunmarked': 'utf_16_le', 'utf_16le': 'utf_16_le',
    'u32': 'utf_32', 'utf32': 'utf_32', 'utf_32be': 'utf_32_be', 'utf_32le': 'utf_32_le',
    '1252': 'cp1252', 'windows_1252': 'cp1252',
    'rot13': 'rot_13', 'hex': 'hex_codec', 'base64': 'base64_codec', 'base_64': 'base64_codec',
    'zip': 'zlib_codec', 'zlib': 'zlib_codec',
}


def _search_standard(name):
    module = _ALIASES.get(name) or _ALIASES.get(name.replace('.', '_')) or name
    factory = _STANDARD.get(module)
    if factory is None:
        return None
    return factory()


register(_search_standard)
