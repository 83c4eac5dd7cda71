# SPDX-License-Identifier: Apache-2.0
# urllib.parse for ftpython: URL splitting/joining, percent-quoting and query
# string handling, written here after CPython 3.13's behaviour (RFC 3986).

__name__ = 'urllib.parse'  # its classes' __module__ and reprs, as CPython's (the file is bundled as _urllib_parse)

import re
import types
import warnings
from collections import namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag",
           "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes",
           "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult",
           "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# ---------------------------------------------------------------------------
# Scheme tables (public, mutable lists as in CPython)

uses_relative = ['', 'ftp', 'http', 'gopher', 'nntp', 'imap',
                 'wais', 'file', 'https', 'shttp', 'mms',
                 'prospero', 'rtsp', 'rtsps', 'rtspu', 'sftp',
                 'svn', 'svn+ssh', 'ws', 'wss']

uses_netloc = ['', 'ftp', 'http', 'gopher', 'nntp', 'telnet',
               'imap', 'wais', 'file', 'mms', 'https', 'shttp',
               'snews', 'prospero', 'rtsp', 'rtsps', 'rtspu', 'rsync',
               'svn', 'svn+ssh', 'sftp', 'nfs', 'git', 'git+ssh',
               'ws', 'wss', 'itms-services']

uses_params = ['', 'ftp', 'hdl', 'prospero', 'http', 'imap',
               'https', 'shttp', 'rtsp', 'rtsps', 'rtspu', 'sip',
               'sips', 'mms', 'sftp', 'tel']

non_hierarchical = ['gopher', 'hdl', 'mailto', 'news',
                    'telnet', 'wais', 'imap', 'snews', 'sip', 'sips']

uses_query = ['', 'http', 'wais', 'imap', 'https', 'shttp', 'mms',
              'gopher', 'rtsp', 'rtsps', 'rtspu', 'sip', 'sips']

uses_fragment = ['', 'ftp', 'hdl', 'http', 'gopher', 'news',
                 'nntp', 'wais', 'https', 'shttp', 'snews',
                 'file', 'prospero']

scheme_chars = ('abcdefghijklmnopqrstuvwxyz'
                'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                '0123456789'
                '+-.')

MAX_CACHE_SIZE = None

# Leading C0 controls and space are dropped (WHATWG URL standard); tab, CR
# and LF are removed anywhere in the URL.
_WHATWG_C0_CONTROL_OR_SPACE = ''.join([chr(_c) for _c in range(33)])
_UNSAFE_URL_BYTES_TO_REMOVE = ['\t', '\r', '\n']

_implicit_encoding = 'ascii'
_implicit_errors = 'strict'


# ---------------------------------------------------------------------------
# str / bytes argument handling.  All parsing is done on str; bytes input is
# decoded as ASCII and the result encoded back.

def _noop(obj):
    return obj


def _encode_result(obj, encoding=_implicit_encoding, errors=_implicit_errors):
    return obj.encode(encoding, errors)


def _decode_args(args, encoding=_implicit_encoding, errors=_implicit_errors):
    out = []
    for arg in args:
        out.append(arg.decode(encoding, errors) if arg else '')
    return tuple(out)


def _coerce_args(*args):
    # The type of the first argument decides; empty/false values of the other
    # type are tolerated (so defaults like scheme='' work with bytes).
    want_str = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != want_str:
            raise TypeError("Cannot mix str and non-str arguments")
    if want_str:
        return args + (_noop,)
    return _decode_args(args) + (_encode_result,)


# ---------------------------------------------------------------------------
# Result types

class _ResultMixinStr(object):
    __slots__ = ()

    def encode(self, encoding='ascii', errors='strict'):
        return self._encoded_counterpart(*[x.encode(encoding, errors)
                                           for x in self])


class _ResultMixinBytes(object):
    __slots__ = ()

    def decode(self, encoding='ascii', errors='strict'):
        return self._decoded_counterpart(*[x.decode(encoding, errors)
                                           for x in self])


class _NetlocResultMixinBase(object):
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo[0]

    @property
    def password(self):
        return self._userinfo[1]

    @property
    def hostname(self):
        host = self._hostinfo[0]
        if not host:
            return None
        # Only the address part is case-insensitive; an IPv6 zone id
        # ("%eth0") keeps its case.
        addr, pct, zone = host.partition(self._PCT)
        return addr.lower() + pct + zone

    @property
    def port(self):
        port = self._hostinfo[1]
        if port is None:
            return None
        if not (port.isdigit() and port.isascii()):
            raise ValueError(
                f"Port could not be cast to integer value as {port!r}")
        if isinstance(port, str):
            value = int(port)
        else:
            value = int(port.decode('ascii'))
        if value < 0 or value > 65535:
            raise ValueError("Port out of range 0-65535")
        return value

    __class_getitem__ = classmethod(types.GenericAlias)

    @property
    def _userinfo(self):
        userinfo, at, _host = self.netloc.rpartition(self._AT)
        if not at:
            return None, None
        user, colon, password = userinfo.partition(self._COLON)
        if not colon:
            password = None
        return user, password

    @property
    def _hostinfo(self):
        hostport = self.netloc.rpartition(self._AT)[2]
        before, lbr, inside = hostport.partition(self._LBR)
        if lbr:
            host, _rbr, rest = inside.partition(self._RBR)
            port = rest.partition(self._COLON)[2]
        else:
            host, _colon, port = hostport.partition(self._COLON)
        if not port:
            port = None
        return host, port


class _NetlocResultMixinStr(_NetlocResultMixinBase, _ResultMixinStr):
    __slots__ = ()
    _AT = '@'
    _COLON = ':'
    _LBR = '['
    _RBR = ']'
    _PCT = '%'


class _NetlocResultMixinBytes(_NetlocResultMixinBase, _ResultMixinBytes):
    __slots__ = ()
    _AT = b'@'
    _COLON = b':'
    _LBR = b'['
    _RBR = b']'
    _PCT = b'%'


_DefragResultBase = namedtuple('DefragResult', 'url fragment')
_SplitResultBase = namedtuple(
    'SplitResult', 'scheme netloc path query fragment')
_ParseResultBase = namedtuple(
    'ParseResult', 'scheme netloc path params query fragment')

ResultBase = _NetlocResultMixinStr


class DefragResult(_DefragResultBase, _ResultMixinStr):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + '#' + self.fragment
        return self.url


class SplitResult(_SplitResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResult(_ParseResultBase, _NetlocResultMixinStr):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


class DefragResultBytes(_DefragResultBase, _ResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        if self.fragment:
            return self.url + b'#' + self.fragment
        return self.url


class SplitResultBytes(_SplitResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)


class ParseResultBytes(_ParseResultBase, _NetlocResultMixinBytes):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)


DefragResult._encoded_counterpart = DefragResultBytes
SplitResult._encoded_counterpart = SplitResultBytes
ParseResult._encoded_counterpart = ParseResultBytes
DefragResultBytes._decoded_counterpart = DefragResult
SplitResultBytes._decoded_counterpart = SplitResult
ParseResultBytes._decoded_counterpart = ParseResult

_DefragResultBase.__doc__ = "DefragResult(url, fragment)"
_SplitResultBase.__doc__ = "SplitResult(scheme, netloc, path, query, fragment)"
_ParseResultBase.__doc__ = (
    "ParseResult(scheme, netloc, path, params, query, fragment)")


# ---------------------------------------------------------------------------
# Host validation

# Non-ASCII code points whose NFKC form contains one of '/?#@:' (Unicode
# 15.1); such a character in a netloc would change how it is split after
# normalisation, so it is rejected.  (ftpython has no unicodedata module.)
_NFKC_DELIMS = frozenset([
    '\u2047', '\u2048', '\u2049', '\u2100', '\u2101', '\u2105', '\u2106',
    '\u2a74', '\ufe13', '\ufe16', '\ufe55', '\ufe56', '\ufe5f', '\ufe6b',
    '\uff03', '\uff0f', '\uff1a', '\uff1f', '\uff20'])


def _checknetloc(netloc):
    if not netloc or netloc.isascii():
        return
    for ch in netloc:
        if ch in _NFKC_DELIMS:
            raise ValueError("netloc '" + netloc + "' contains invalid "
                             "characters under NFKC normalization")


_DECIMAL = frozenset('0123456789')
_HEXDIGITS = frozenset('0123456789abcdefABCDEF')


def _is_ipv4(text):
    octets = text.split('.')
    if len(octets) != 4:
        return False
    for octet in octets:
        if not octet or len(octet) > 3 or not _DECIMAL.issuperset(octet):
            return False
        if len(octet) > 1 and octet[0] == '0':
            return False
        if int(octet) > 255:
            return False
    return True


def _is_ipv6(text):
    addr, pct, zone = text.partition('%')
    if pct and (not zone or '%' in zone):
        return False
    if not addr or '/' in addr:
        return False
    groups = addr.split(':')
    if len(groups) < 3:
        return False
    if '.' in groups[-1]:
        # Trailing dotted-quad stands for the last two 16-bit groups.
        if not _is_ipv4(groups[-1]):
            return False
        groups[-1:] = ['0', '0']
    if len(groups) > 9:
        return False
    gap = None
    for i in range(1, len(groups) - 1):
        if groups[i] == '':
            if gap is not None:
                return False        # more than one '::'
            gap = i
    if gap is None:
        if len(groups) != 8 or groups[0] == '' or groups[-1] == '':
            return False
        explicit = groups
    else:
        head = groups[:gap]
        tail = groups[gap + 1:]
        if head == ['']:
            head = []
        elif head and head[0] == '':
            return False
        if tail == ['']:
            tail = []
        elif tail and tail[-1] == '':
            return False
        if len(head) + len(tail) > 7:
            return False
        explicit = head + tail
    for group in explicit:
        if not group or len(group) > 4 or not _HEXDIGITS.issuperset(group):
            return False
    return True


_IPVFUTURE = re.compile(r'v[a-fA-F0-9]+\..+')


def _check_bracketed_host(hostname):
    if hostname[:1] == 'v':
        if _IPVFUTURE.fullmatch(hostname) is None:
            raise ValueError("IPvFuture address is invalid")
        return
    if _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    if not _is_ipv6(hostname):
        raise ValueError(
            f"{hostname!r} does not appear to be an IPv4 or IPv6 address")


# ---------------------------------------------------------------------------
# Splitting and joining

def _splitnetloc(url, start=0):
    # The authority runs up to the first '/', '?' or '#'.
    end = len(url)
    for ch in '/?#':
        pos = url.find(ch, start)
        if 0 <= pos < end:
            end = pos
    return url[start:end], url[end:]


def _splitparams(url):
    # Parameters follow the first ';' of the last path segment.
    slash = url.rfind('/')
    semi = url.find(';', slash if slash >= 0 else 0)
    if semi < 0:
        return url, ''
    return url[:semi], url[semi + 1:]


def _split_str(url, scheme, allow_fragments):
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for ch in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(ch, '')
        scheme = scheme.replace(ch, '')
    netloc = query = fragment = ''
    colon = url.find(':')
    if colon > 0 and url[0].isascii() and url[0].isalpha():
        candidate = url[:colon]
        for ch in candidate:
            if ch not in scheme_chars:
                break
        else:
            scheme = candidate.lower()
            url = url[colon + 1:]
    if url[:2] == '//':
        netloc, url = _splitnetloc(url, 2)
        has_l = '[' in netloc
        has_r = ']' in netloc
        if has_l != has_r:
            raise ValueError("Invalid IPv6 URL")
        if has_l:
            inner = netloc.partition('[')[2].partition(']')[0]
            _check_bracketed_host(inner)
    if allow_fragments and '#' in url:
        url, fragment = url.split('#', 1)
    if '?' in url:
        url, query = url.split('?', 1)
    _checknetloc(netloc)
    return scheme, netloc, url, query, fragment


def urlsplit(url, scheme='', allow_fragments=True):
    """Split a URL into 5 components:
    <scheme>://<netloc>/<path>?<query>#<fragment>

    The result is a named 5-tuple with fields corresponding to the
    above. It is either a SplitResult or SplitResultBytes object,
    depending on the type of the url parameter.
    """
    # CPython memoises this function, so unhashable arguments are rejected.
    hash(url)
    hash(scheme)
    url, scheme, convert = _coerce_args(url, scheme)
    parts = SplitResult(*_split_str(url, scheme, bool(allow_fragments)))
    return convert(parts)


def urlparse(url, scheme='', allow_fragments=True):
    """Parse a URL into 6 components:
    <scheme>://<netloc>/<path>;<params>?<query>#<fragment>

    The result is a named 6-tuple with fields corresponding to the
    above. It is either a ParseResult or ParseResultBytes object,
    depending on the type of the url parameter.
    """
    url, scheme, convert = _coerce_args(url, scheme)
    scheme, netloc, path, query, fragment = _split_str(
        url, scheme, bool(allow_fragments))
    params = ''
    if scheme in uses_params and ';' in path:
        path, params = _splitparams(path)
    return convert(ParseResult(scheme, netloc, path, params, query, fragment))


def urlunsplit(components):
    """Combine the elements of a tuple as returned by urlsplit() into a
    complete URL as a string. The data argument can be any five-item
    iterable."""
    scheme, netloc, path, query, fragment, convert = _coerce_args(*components)
    if netloc:
        if path and path[:1] != '/':
            path = '/' + path
        url = '//' + netloc + path
    elif path[:2] == '//':
        # Keep an empty authority so the path is not read as one.
        url = '//' + path
    elif scheme and scheme in uses_netloc and (not path or path[:1] == '/'):
        url = '//' + path
    else:
        url = path
    if scheme:
        url = scheme + ':' + url
    if query:
        url = url + '?' + query
    if fragment:
        url = url + '#' + fragment
    return convert(url)


def urlunparse(components):
    """Put a parsed URL back together again.  This may result in a
    slightly different, but equivalent URL, if the URL that was parsed
    originally had redundant delimiters, e.g. a ? with an empty query
    (the draft states that these are equivalent)."""
    (scheme, netloc, path, params, query, fragment,
     convert) = _coerce_args(*components)
    if params:
        path = path + ';' + params
    return convert(urlunsplit((scheme, netloc, path, query, fragment)))


def _merge_and_normalize(base_path, ref_path):
    # RFC 3986 5.2.3 merge followed by 5.2.4 dot-segment removal, with
    # CPython's treatment of empty segments.
    if ref_path[:1] == '/':
        segments = ref_path.split('/')
    else:
        base_segments = base_path.split('/')
        if base_segments[-1] != '':
            base_segments.pop()          # drop the last base segment
        segments = base_segments + ref_path.split('/')
        # Empty segments between the first and last are squeezed out.
        if len(segments) > 2:
            middle = [s for s in segments[1:-1] if s]
            segments = segments[:1] + middle + segments[-1:]
    out = []
    for seg in segments:
        if seg == '..':
            if out:
                out.pop()
        elif seg != '.':
            out.append(seg)
    if segments[-1] == '.' or segments[-1] == '..':
        out.append('')
    return '/'.join(out) or '/'


def urljoin(base, url, allow_fragments=True):
    """Join a base URL and a possibly relative URL to form an absolute
    interpretation of the latter."""
    if not base:
        return url
    if not url:
        return base
    base, url, convert = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(
        base, '', allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(
        url, bscheme, allow_fragments)

    if scheme != bscheme or scheme not in uses_relative:
        return convert(url)
    if scheme in uses_netloc:
        if netloc:
            return convert(urlunparse(
                (scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc

    if not path and not params:
        if not query:
            query = bquery
        return convert(urlunparse(
            (scheme, netloc, bpath, bparams, query, fragment)))

    path = _merge_and_normalize(bpath, path)
    return convert(urlunparse((scheme, netloc, path, params, query, fragment)))


def urldefrag(url):
    """Removes any existing fragment from URL.

    Returns a tuple of the defragmented URL and the fragment.  If
    the URL contained no fragments, the second element is the
    empty string.
    """
    url, convert = _coerce_args(url)
    if '#' not in url:
        return convert(DefragResult(url, ''))
    s, n, p, a, q, frag = urlparse(url)
    return convert(DefragResult(urlunparse((s, n, p, a, q, '')), frag))


# ---------------------------------------------------------------------------
# Percent-decoding

_hexdig = '0123456789ABCDEFabcdef'
_hextobyte = None


def _hex_table():
    global _hextobyte
    if _hextobyte is None:
        table = {}
        for a in _hexdig:
            for b in _hexdig:
                table[(a + b).encode()] = bytes([int(a + b, 16)])
        _hextobyte = table
    return _hextobyte


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split      # AttributeError for None and other non-strings
        return b''
    if isinstance(string, str):
        string = string.encode('utf-8')
    pieces = string.split(b'%')
    if len(pieces) == 1:
        return string
    table = _hex_table()
    out = [pieces[0]]
    for piece in pieces[1:]:
        byte = table.get(piece[:2])   # TypeError for bytearray, as CPython
        if byte is None:
            out.append(b'%')
            out.append(piece)
        else:
            out.append(byte)
            out.append(piece[2:])
    return b''.join(out)


_unquote_impl = unquote_to_bytes
_asciire = re.compile('([\x00-\x7f]+)')


def _generate_unquoted_parts(string, encoding, errors):
    # Non-ASCII text is passed through; each ASCII run is percent-decoded
    # and then decoded with the given codec.
    pos = 0
    for match in _asciire.finditer(string):
        start, end = match.span()
        yield string[pos:start]
        yield unquote_to_bytes(string[start:end]).decode(encoding, errors)
        pos = end
    yield string[pos:]


def unquote(string, encoding='utf-8', errors='replace'):
    """Replace %xx escapes by their single-character equivalent. The optional
    encoding and errors parameters specify how to decode percent-encoded
    sequences into Unicode characters, as accepted by the bytes.decode()
    method.
    By default, percent-encoded sequences are decoded with UTF-8, and invalid
    sequences are replaced by a placeholder character.

    unquote('abc%20def') -> 'abc def'.
    """
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if '%' not in string:
        string.split      # AttributeError for non-strings
        return string
    if encoding is None:
        encoding = 'utf-8'
    if errors is None:
        errors = 'replace'
    return ''.join(_generate_unquoted_parts(string, encoding, errors))


def unquote_plus(string, encoding='utf-8', errors='replace'):
    """Like unquote(), but also replace plus signs by spaces, as required for
    unquoting HTML form values.

    unquote_plus('%7e/abc+def') -> '~/abc def'
    """
    if isinstance(string, (bytes, bytearray)):
        # ftpython's bytes.replace words this error differently.
        raise TypeError("a bytes-like object is required, not 'str'")
    string = string.replace('+', ' ')
    return unquote(string, encoding, errors)


# ---------------------------------------------------------------------------
# Percent-encoding

_ALWAYS_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZ'
                         b'abcdefghijklmnopqrstuvwxyz'
                         b'0123456789'
                         b'_.-~')
_ALWAYS_SAFE_BYTES = bytes(_ALWAYS_SAFE)

_quote_tables = {}


def _quote_table(safe):
    # A 256-entry list: byte value -> its quoted text.
    table = _quote_tables.get(safe)
    if table is None:
        ok = set(_ALWAYS_SAFE)
        ok.update(safe)
        table = []
        for b in range(256):
            table.append(chr(b) if b in ok else '%{:02X}'.format(b))
        if len(_quote_tables) > 64:
            _quote_tables.clear()
        _quote_tables[safe] = table
    return table


def _byte_quoter_factory(safe):
    return _quote_table(bytes(safe)).__getitem__


class _Quoter(dict):
    """A mapping from bytes numbers (in range(0,256)) to strings.

    String values are percent-encoded byte values, unless the key < 128, and
    in either of the specified safe set, or the always safe set.
    """

    def __init__(self, safe):
        self.safe = _ALWAYS_SAFE.union(safe)

    def __repr__(self):
        return f"<Quoter {dict(self)!r}>"

    def __missing__(self, b):
        res = chr(b) if b in self.safe else '%{:02X}'.format(b)
        self[b] = res
        return res


def quote(string, safe='/', encoding=None, errors=None):
    """quote('abc def') -> 'abc%20def'

    Each part of a URL, e.g. the path info, the query, etc., has a
    different set of reserved characters that must be quoted. The
    quote function offers a cautious (not minimal) way to quote a
    string for most of these parts.

    Letters, digits and the characters '_.-~' are never quoted; by default
    '/' is not quoted either.  str input is encoded (UTF-8 and 'strict' by
    default) before quoting.
    """
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = 'utf-8'
        if errors is None:
            errors = 'strict'
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe='', encoding=None, errors=None):
    """Like quote(), but also replace ' ' with '+', as required for quoting
    HTML form values. Plus signs in the original string are escaped unless
    they are included in safe. It also does not have safe default to '/'.
    """
    if isinstance(string, str):
        has_space = ' ' in string
    elif isinstance(string, bytes):
        has_space = b' ' in string
    else:
        has_space = True
    if not has_space:
        return quote(string, safe, encoding, errors)
    space = ' ' if isinstance(safe, str) else b' '
    return quote(string, safe + space, encoding, errors).replace(' ', '+')


def quote_from_bytes(bs, safe='/'):
    """Like quote(), but accepts a bytes object rather than a str, and does
    not perform string-to-bytes encoding.  It always returns an ASCII string.
    quote_from_bytes(b'abc def\x3f') -> 'abc%20def%3f'
    """
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ''
    if isinstance(safe, str):
        safe = safe.encode('ascii', 'ignore')
    else:
        safe = bytes([c for c in safe if c < 128])
    table = _quote_table(safe)
    return ''.join([table[b] for b in bs])


def urlencode(query, doseq=False, safe='', encoding=None, errors=None,
              quote_via=quote_plus):
    """Encode a dict or sequence of two-element tuples into a URL query
    string.

    If any values in the query arg are sequences and doseq is true, each
    sequence element is converted to a separate parameter.

    The components of a query arg may each be either a string or a bytes
    type; non-string values are converted with str().  Quoting is done by
    quote_via (quote_plus by default) with the given safe, encoding and
    errors.
    """
    if hasattr(query, 'items'):
        query = query.items()
    else:
        # Reject strings and other sequences whose items are not pairs.
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence "
                            "or mapping object") from err

    def enc(obj):
        if isinstance(obj, bytes):
            return quote_via(obj, safe)
        return quote_via(str(obj), safe, encoding, errors)

    pairs = []
    for k, v in query:
        k = enc(k)
        if not doseq or isinstance(v, (str, bytes)):
            pairs.append(k + '=' + enc(v))
            continue
        try:
            len(v)
        except TypeError:
            pairs.append(k + '=' + enc(v))
        else:
            for item in v:
                pairs.append(k + '=' + enc(item))
    return '&'.join(pairs)


# ---------------------------------------------------------------------------
# Query strings

def parse_qs(qs, keep_blank_values=False, strict_parsing=False,
             encoding='utf-8', errors='replace', max_num_fields=None,
             separator='&'):
    """Parse a query given as a string argument.

    Returns a dict mapping each name to the list of its values, in order.
    See parse_qsl() for the meaning of the arguments.
    """
    result = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing,
                                 encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields,
                                 separator=separator):
        if name in result:
            result[name].append(value)
        else:
            result[name] = [value]
    return result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False,
              encoding='utf-8', errors='replace', max_num_fields=None,
              separator='&'):
    """Parse a query given as a string argument.

    keep_blank_values: keep fields with empty values (as '').
    strict_parsing: raise ValueError on parsing errors instead of ignoring.
    encoding, errors: how percent-escapes in str input are decoded.
    max_num_fields: raise ValueError if more fields would be read.
    separator: the field separator (default '&').

    Returns a list of (name, value) pairs; bytes input gives bytes pairs.
    """
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if isinstance(qs, str):
        if not isinstance(separator, str):
            separator = str(separator, 'ascii')
        eq = '='

        def dequote(s):
            return unquote_plus(s, encoding=encoding, errors=errors)
    else:
        if not qs:
            return []
        qs = bytes(memoryview(qs))  # any bytes-like object (CPython's); memoryview names the others
        if isinstance(separator, str):
            separator = bytes(separator, 'ascii')
        eq = b'='

        def dequote(s):
            return unquote_to_bytes(s.replace(b'+', b' '))

    if not qs:
        return []

    if max_num_fields is not None:
        if max_num_fields < 1 + qs.count(separator):
            raise ValueError('Max number of fields exceeded')

    pairs = []
    for field in qs.split(separator):
        if not field and not strict_parsing:
            continue
        name, has_eq, value = field.partition(eq)
        if not has_eq and strict_parsing:
            raise ValueError("bad query field: %r" % (field,))
        if value or keep_blank_values:
            pairs.append((dequote(name), dequote(value)))
    return pairs


# ---------------------------------------------------------------------------
# Legacy helpers (used by urllib.request; public names are deprecated)

def clear_cache():
    """Clear internal performance caches. Undocumented; some tests want it."""
    _quote_tables.clear()


def unwrap(url):
    """Transform a string like '<URL:scheme://host/path>' into
    'scheme://host/path'.

    The string is returned unchanged if it's not a wrapped URL.
    """
    url = str(url).strip()
    if url[:1] == '<' and url[-1:] == '>':
        url = url[1:-1].strip()
    if url[:4] == 'URL:':
        url = url[4:].strip()
    return url


def _deprecated(name, instead='urllib.parse.urlparse()'):
    if instead:
        msg = (f"urllib.parse.{name}() is deprecated as of 3.8, "
               f"use {instead} instead")
    else:
        msg = f"urllib.parse.{name}() is deprecated as of 3.8"
    warnings.warn(msg, DeprecationWarning, stacklevel=3)


def _to_bytes(url):
    # Most URL schemes require ASCII; reject anything else.
    if isinstance(url, str):
        try:
            url = url.encode('ASCII').decode()
        except UnicodeError:
            raise UnicodeError("URL " + repr(url) +
                               " contains non-ASCII characters")
    return url


_typeprog = re.compile('([^/:]+):(.*)', re.DOTALL)


def _splittype(url):
    """splittype('type:opaquestring') --> 'type', 'opaquestring'."""
    m = _typeprog.match(url)
    if m:
        scheme, data = m.groups()
        return scheme.lower(), data
    return None, url


_hostprog = re.compile('//([^/#?]*)(.*)', re.DOTALL)


def _splithost(url):
    """splithost('//host[:port]/path') --> 'host[:port]', '/path'."""
    m = _hostprog.match(url)
    if m:
        host_port, path = m.groups()
        if path and path[0] != '/':
            path = '/' + path
        return host_port, path
    return None, url


def _splituser(host):
    """splituser('user[:passwd]@host[:port]')
    --> 'user[:passwd]', 'host[:port]'."""
    user, at, host = host.rpartition('@')
    return (user if at else None), host


def _splitpasswd(user):
    """splitpasswd('user:passwd') -> 'user', 'passwd'."""
    user, colon, passwd = user.partition(':')
    return user, (passwd if colon else None)


_portprog = re.compile('(.*):([0-9]*)', re.DOTALL)


def _splitport(host):
    """splitport('host:port') --> 'host', 'port'."""
    m = _portprog.fullmatch(host)
    if m:
        host, port = m.groups()
        if port:
            return host, port
    return host, None


def _splitnport(host, defport=-1):
    """Split host and port, returning numeric port.
    Return given default port if no ':' found; defaults to -1.
    Return numerical port if a valid number is found after ':'.
    Return None if ':' but not a valid number."""
    h, colon, port = host.rpartition(':')
    if not colon:
        return port, defport
    if port:
        if port.isdigit() and port.isascii():
            return h, int(port)
        return h, None
    return h, defport


def _splitquery(url):
    """splitquery('/path?query') --> '/path', 'query'."""
    path, q, query = url.rpartition('?')
    if q:
        return path, query
    return url, None


def _splittag(url):
    """splittag('/path#tag') --> '/path', 'tag'."""
    path, h, tag = url.rpartition('#')
    if h:
        return path, tag
    return url, None


def _splitattr(url):
    """splitattr('/path;attr1=value1;attr2=value2;...') ->
        '/path', ['attr1=value1', 'attr2=value2', ...]."""
    words = url.split(';')
    return words[0], words[1:]


def _splitvalue(attr):
    """splitvalue('attr=value') --> 'attr', 'value'."""
    attr, eq, value = attr.partition('=')
    return attr, (value if eq else None)


def to_bytes(url):
    _deprecated('to_bytes', None)
    return _to_bytes(url)


def splittype(url):
    _deprecated('splittype')
    return _splittype(url)


def splithost(url):
    _deprecated('splithost')
    return _splithost(url)


def splituser(host):
    _deprecated('splituser')
    return _splituser(host)


def splitpasswd(user):
    _deprecated('splitpasswd')
    return _splitpasswd(user)


def splitport(host):
    _deprecated('splitport')
    return _splitport(host)


def splitnport(host, defport=-1):
    _deprecated('splitnport')
    return _splitnport(host, defport)


def splitquery(url):
    _deprecated('splitquery')
    return _splitquery(url)


def splittag(url):
    _deprecated('splittag')
    return _splittag(url)


def splitattr(url):
    _deprecated('splitattr')
    return _splitattr(url)


def splitvalue(attr):
    _deprecated('splitvalue', 'urllib.parse.parse_qsl()')
    return _splitvalue(attr)


def __getattr__(name):
    if name == 'Quoter':
        warnings.warn('Deprecated in 3.11. '
                      'urllib.parse.Quoter will be removed in Python 3.14. '
                      'It was not intended to be a public API.',
                      DeprecationWarning, stacklevel=2)
        return _Quoter
    raise AttributeError(f'module {__name__!r} has no attribute {name!r}')
