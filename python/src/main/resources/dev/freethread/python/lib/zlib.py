# SPDX-License-Identifier: Apache-2.0
# zlib for ftpython, with CPython 3.13's API over _zlib (java.util.zip, which bundles zlib: compressed bytes are
# zlib's own). wbits selects the container: 9..15 zlib, -9..-15 raw deflate, 25..31 gzip, 40..47 (decompression)
# zlib or gzip detected. The JDK always deflates with a 32 KiB window and memLevel 8, and has no Z_RLE or Z_FIXED
# strategy (they deflate as the default one). Compress and Decompress objects lock around each call in Java.
import _zlib
from operator import index as _index

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


error.__module__ = 'zlib'


def _check(r):
    if type(r) is str:
        raise error(r)
    return r


def crc32(data, value=0, /):
    return _zlib.crc32(data, value)


def adler32(data, value=1, /):
    return _zlib.adler32(data, value)


class Compress:
    """A compression stream: compress() answers what is ready, flush() the rest (Z_FINISH ends the stream)."""

    def __init__(self, state):
        self._state = state

    def compress(self, data, /):
        return _check(_zlib.compress_data(self._state, data, Z_NO_FLUSH))

    def flush(self, mode=Z_FINISH, /):
        if mode == Z_NO_FLUSH:
            return b''
        return _check(_zlib.compress_data(self._state, b'', mode))

    def copy(self):
        raise ValueError('Inconsistent stream state')


Compress.__name__ = Compress.__qualname__ = 'Compress'
Compress.__module__ = 'zlib'


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if method != DEFLATED or not -1 <= level <= 9:  # compressobj's own check: ValueError, as CPython's
        raise ValueError('Invalid initialization option')
    if method != DEFLATED:
        raise ValueError('Invalid initialization option')
    if not 1 <= memLevel <= 9:
        raise ValueError('Invalid initialization option')
    return Compress(_check(_zlib.compressobj_new(level, wbits, strategy, zdict)))


class Decompress:
    """A decompression stream: unused_data (after the end), unconsumed_tail (left by max_length), eof."""

    def __init__(self, state):
        self._state = state
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def decompress(self, data, /, max_length=0):
        max_length = _index(max_length)  # any int-like, as CPython's Py_ssize_t converter takes it
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        out, tail, unused, eof = _check(_zlib.decompress_data(self._state, data, max_length, False))
        self.unconsumed_tail = tail
        self.unused_data = unused
        self.eof = eof
        return out

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _index(length)
        if length <= 0:
            raise ValueError('length must be greater than zero')
        data = self.unconsumed_tail
        out, tail, unused, eof = _check(_zlib.decompress_data(self._state, data, 0, False))
        self.unconsumed_tail = tail
        self.unused_data = unused
        self.eof = eof
        return out

    def copy(self):
        raise ValueError('Inconsistent stream state')


Decompress.__module__ = 'zlib'


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    return Decompress(_check(_zlib.decompressobj_new(wbits, zdict if zdict else None)))


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    if not -1 <= level <= 9:
        raise error('Bad compression level')
    c = compressobj(level, DEFLATED, wbits)
    return c.compress(data) + c.flush()


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    bufsize = _index(bufsize)
    if bufsize < 0:
        raise ValueError('bufsize must be non-negative')
    d = decompressobj(wbits)
    out, tail, unused, eof = _check(_zlib.decompress_data(d._state, data, 0, True))
    return out
