# SPDX-License-Identifier: Apache-2.0
# base64 for ftpython: the base64 (standard and URL-safe), base16, base32, base85, Ascii85 and Z85 encodings (RFC 4648,
# Adobe's Ascii85, ZeroMQ's Z85), over binascii, written from their specifications.

import binascii


def _bytes_from_decode_data(s):
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters')
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    try:
        return memoryview(s).tobytes()
    except TypeError:
        raise TypeError("argument should be a bytes-like object or ASCII string, not '%s'"
                        % type(s).__name__) from None


def b64encode(s, altchars=None):
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        return encoded.replace(b"+", altchars[:1]).replace(b"/", altchars[1:2])
    return encoded


def b64decode(s, altchars=None, validate=False):
    s = _bytes_from_decode_data(s)
    if altchars is not None:
        altchars = _bytes_from_decode_data(altchars)
        s = s.replace(altchars[:1], b'+').replace(altchars[1:2], b'/')
    return binascii.a2b_base64(s, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    return b64encode(s).replace(b'+', b'-').replace(b'/', b'_')


def urlsafe_b64decode(s):
    s = _bytes_from_decode_data(s)
    return b64decode(s.replace(b'-', b'+').replace(b'_', b'/'))


def b16encode(s):
    return binascii.hexlify(s).upper()


def b16decode(s, casefold=False):
    s = _bytes_from_decode_data(s)
    if casefold:
        s = s.upper()
    if s.strip(b'0123456789ABCDEF'):
        raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(s)


def _input_type_check(s):
    """What the legacy interface takes: bytes-like objects of single bytes (CPython's message otherwise)."""
    try:
        m = memoryview(s)
    except TypeError as err:
        raise TypeError("expected bytes-like object, not %s" % s.__class__.__name__) from err
    if m.format not in ('c', 'b', 'B'):
        raise TypeError("expected single byte elements, not %r from %s" % (m.format, s.__class__.__name__))


def encodebytes(s):
    _input_type_check(s)
    s = _bytes_like(s)
    out = []
    for i in range(0, len(s), 57):
        out.append(binascii.b2a_base64(s[i:i + 57]))
    return b''.join(out)


def decodebytes(s):
    _input_type_check(s)
    return binascii.a2b_base64(s)


def _bytes_like(s):
    """The bytes of a bytes-like object (bytes, bytearray, memoryview, array), as CPython's encoders take them."""
    if isinstance(s, (bytes, bytearray)):
        return bytes(s)
    return memoryview(s).tobytes()  # (its TypeError names what was wrong, as CPython's)


# ---- base32 (RFC 4648, section 6) and its extended-hex alphabet (section 7)

_B32_ALPHABET = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32_HEX_ALPHABET = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
# data characters in a final quantum -> the bytes they carry (1, 3 and 6 characters carry no whole byte)
_B32_TAIL = {8: 5, 7: 4, 5: 3, 4: 2, 2: 1}


def _b32encode(alphabet, s):
    data = _bytes_like(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        group = data[i:i + 5]
        value = int.from_bytes(group.ljust(5, b'\0'), 'big')
        digits = [alphabet[(value >> shift) & 31] for shift in range(35, -5, -5)]
        kept = {5: 8, 4: 7, 3: 5, 2: 4, 1: 2}[len(group)]
        out += bytes(digits[:kept]) + b'=' * (8 - kept)
    return bytes(out)


def _b32decode(alphabet, s, casefold=False, map01=None):
    s = _bytes_from_decode_data(s)
    if len(s) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        map01 = _bytes_from_decode_data(map01)
        assert len(map01) == 1, repr(map01)
        s = s.translate(bytes.maketrans(b'01', b'O' + map01))
    if casefold:
        s = s.upper()
    data = s.rstrip(b'=')
    pad = len(s) - len(data)
    values = {c: i for i, c in enumerate(alphabet)}
    out = bytearray()
    for i in range(0, len(data), 8):
        quantum = data[i:i + 8]
        value = 0
        for c in quantum:
            v = values.get(c)
            if v is None:
                raise binascii.Error('Non-base32 digit found')
            value = value << 5 | v
        if i + 8 >= len(data) and (pad or len(quantum) < 8):  # the last quantum, padded
            if len(quantum) not in _B32_TAIL:
                raise binascii.Error('Incorrect padding')
            value <<= 5 * (8 - len(quantum))
            out += value.to_bytes(5, 'big')[:_B32_TAIL[len(quantum)]]
        else:
            out += value.to_bytes(5, 'big')
    if pad and (not data or pad > 6):
        raise binascii.Error('Incorrect padding')
    return bytes(out)


def b32encode(s):
    """Encode the bytes-like object s using Base32 and return a bytes object."""
    return _b32encode(_B32_ALPHABET, s)


def b32decode(s, casefold=False, map01=None):
    """Decode the Base32 encoded bytes-like object or ASCII string s."""
    return _b32decode(_B32_ALPHABET, s, casefold, map01)


def b32hexencode(s):
    """Encode the bytes-like object s using Base32 Extended Hex Alphabet and return a bytes object."""
    return _b32encode(_B32_HEX_ALPHABET, s)


def b32hexdecode(s, casefold=False):
    """Decode the Base32 encoded bytes-like object or ASCII string s (Extended Hex Alphabet)."""
    return _b32decode(_B32_HEX_ALPHABET, s, casefold)


# ---- base85 (git's and Mercurial's alphabet), Ascii85 (Adobe's, btoa's) and Z85 (ZeroMQ's)

_B85_ALPHABET = (b'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                 b'abcdefghijklmnopqrstuvwxyz!#$%&()*+-;<=>?@^_`{|}~')
_Z85_ALPHABET = (b'0123456789abcdefghijklmnopqrstuvwxyz'
                 b'ABCDEFGHIJKLMNOPQRSTUVWXYZ.-:+=^!/*?&<>()[]{}@%$#')
_A85_ALPHABET = bytes(range(33, 118))
_A85START = b'<~'
_A85END = b'~>'


def _85encode(data, alphabet, pad, foldnuls, foldspaces):
    """Groups of four bytes (the last padded with NULs) as five digits base 85; 'z' and 'y' for the folded
    groups; without pad, the last group loses as many digits as it was padded with."""
    padding = -len(data) % 4
    data += b'\0' * padding
    groups = []
    for i in range(0, len(data), 4):
        word = int.from_bytes(data[i:i + 4], 'big')
        if foldnuls and word == 0:
            groups.append(b'z')
        elif foldspaces and word == 0x20202020:
            groups.append(b'y')
        else:
            digits = bytearray(5)
            for k in range(4, -1, -1):
                word, digits[k] = divmod(word, 85)
            groups.append(alphabet[digits[0]:digits[0] + 1] + bytes(alphabet[d] for d in digits[1:]))
    if padding and not pad:
        if groups[-1] == b'z':
            groups[-1] = alphabet[:1] * 5
        groups[-1] = groups[-1][:-padding]
    return b''.join(groups)


def a85encode(b, *, foldspaces=False, wrapcol=0, pad=False, adobe=False):
    """Encode bytes-like object b using Ascii85 and return a bytes object."""
    result = _85encode(_bytes_like(b), _A85_ALPHABET, pad, True, foldspaces)
    if adobe:
        result = _A85START + result
    if wrapcol:
        wrapcol = max(2 if adobe else 1, wrapcol)
        lines = [result[i:i + wrapcol] for i in range(0, len(result), wrapcol)]
        if adobe and len(lines[-1]) + 2 > wrapcol:
            lines.append(b'')  # the end marker goes on a line of its own
        result = b'\n'.join(lines)
    if adobe:
        result += _A85END
    return result


def a85decode(b, *, foldspaces=False, adobe=False, ignorechars=b' \t\n\r\v'):
    """Decode the Ascii85 encoded bytes-like object or ASCII string b."""
    b = _bytes_from_decode_data(b)
    if adobe:
        if not b.endswith(_A85END):
            raise ValueError("Ascii85 encoded byte sequences must end with {!r}".format(_A85END))
        b = b[2:-2] if b.startswith(_A85START) else b[:-2]
    out = bytearray()
    group = []
    for c in b + b'u' * 4:  # the padding completes a last partial group
        if 33 <= c <= 117:
            group.append(c - 33)
            if len(group) == 5:
                word = 0
                for d in group:
                    word = word * 85 + d
                if word > 0xFFFFFFFF:
                    raise ValueError('Ascii85 overflow')
                out += word.to_bytes(4, 'big')
                group = []
        elif c == 122:  # 'z'
            if group:
                raise ValueError('z inside Ascii85 5-tuple')
            out += b'\0\0\0\0'
        elif foldspaces and c == 121:  # 'y'
            if group:
                raise ValueError('y inside Ascii85 5-tuple')
            out += b'    '
        elif c in ignorechars:
            continue
        else:
            raise ValueError('Non-Ascii85 digit found: %c' % c)
    padding = 4 - len(group)
    if padding:
        del out[-padding:]
    return bytes(out)


def b85encode(b, pad=False):
    """Encode bytes-like object b in base85 format and return a bytes object."""
    return _85encode(_bytes_like(b), _B85_ALPHABET, pad, False, False)


_B85_VALUES = {c: i for i, c in enumerate(_B85_ALPHABET)}


def b85decode(b):
    """Decode the base85-encoded bytes-like object or ASCII string b."""
    b = _bytes_from_decode_data(b)
    padding = -len(b) % 5
    b += b'~' * padding
    out = bytearray()
    for i in range(0, len(b), 5):
        word = 0
        for j in range(i, i + 5):
            d = _B85_VALUES.get(b[j])
            if d is None:
                raise ValueError('bad base85 character at position %d' % j)
            word = word * 85 + d
        if word > 0xFFFFFFFF:
            raise ValueError('base85 overflow in hunk starting at byte %d' % i)
        out += word.to_bytes(4, 'big')
    if padding:
        del out[-padding:]
    return bytes(out)


_B85_TO_Z85 = bytes.maketrans(_B85_ALPHABET, _Z85_ALPHABET)
# base85's characters that Z85 lacks become NULs, which base85 refuses too
_B85_ONLY = bytes(c for c in _B85_ALPHABET if c not in _Z85_ALPHABET)
_Z85_TO_B85 = bytes.maketrans(_Z85_ALPHABET + _B85_ONLY, _B85_ALPHABET + b'\0' * len(_B85_ONLY))


def z85encode(s):
    """Encode bytes-like object b in z85 format and return a bytes object."""
    return b85encode(s).translate(_B85_TO_Z85)


def z85decode(s):
    """Decode the z85-encoded bytes-like object or ASCII string b."""
    s = _bytes_from_decode_data(s).translate(_Z85_TO_B85)
    try:
        return b85decode(s)
    except ValueError as e:
        raise ValueError(e.args[0].replace('base85', 'z85')) from None


# ---- the legacy stream interface

MAXLINESIZE = 76
MAXBINSIZE = (MAXLINESIZE // 4) * 3


def encode(input, output):
    """Encode a file; input and output are binary files."""
    while True:
        s = input.read(MAXBINSIZE)
        if not s:
            break
        while len(s) < MAXBINSIZE:
            more = input.read(MAXBINSIZE - len(s))
            if not more:
                break
            s += more
        output.write(binascii.b2a_base64(s))


def decode(input, output):
    """Decode a file; input and output are binary files."""
    while True:
        line = input.readline()
        if not line:
            break
        output.write(binascii.a2b_base64(line))
