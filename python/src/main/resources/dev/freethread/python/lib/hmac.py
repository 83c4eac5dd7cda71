# SPDX-License-Identifier: Apache-2.0
# hmac for ftpython: keyed-hashing for message authentication (RFC 2104) over hashlib's digests, written here
# after CPython 3.13's behaviour: HMAC objects, new(), the one-shot digest() and compare_digest().
import hashlib as _hashlib

__all__ = ['new', 'HMAC', 'digest', 'compare_digest', 'trans_5C', 'trans_36', 'digest_size']

trans_5C = bytes((x ^ 0x5C) for x in range(256))
trans_36 = bytes((x ^ 0x36) for x in range(256))

# the module-level digest_size is not meaningful; CPython keeps it as None
digest_size = None


def _constructor(digestmod):
    """A function making fresh hash objects, from a name, a constructor or a module with new()."""
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda d=b'': _hashlib.new(digestmod, d)
    return lambda d=b'': digestmod.new(d)


def _bytes_like(obj):
    return isinstance(obj, (bytes, bytearray, memoryview)) or hasattr(type(obj), '__buffer__')


def _check_buffer(obj):
    if not _bytes_like(obj):
        raise TypeError("a bytes-like object is required, not '%s'" % type(obj).__name__)


def _check_message(msg):
    # the messages of CPython's OpenSSL-backed hash objects
    if isinstance(msg, str):
        raise TypeError("Strings must be encoded before hashing")
    if not _bytes_like(msg):
        raise TypeError("object supporting the buffer API required")


class HMAC:
    """RFC 2104 HMAC: H((K ^ opad) || H((K ^ ipad) || message))."""

    blocksize = 64  # the block size assumed when a hash object does not tell its own

    __slots__ = ("_hmac", "_inner", "_outer", "block_size", "digest_size")

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required argument 'digestmod'.")
        make = _constructor(digestmod)
        self._hmac = None
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        if hasattr(self._inner, 'block_size'):
            blocksize = self._inner.block_size
            if blocksize < 16:
                import warnings
                warnings.warn('block_size of %d seems too small; using our default of %d.'
                              % (blocksize, self.blocksize), RuntimeWarning, 2)
                blocksize = self.blocksize
        else:
            import warnings
            warnings.warn('No block_size attribute on given digest object; Assuming %d.' % self.blocksize,
                          RuntimeWarning, 2)
            blocksize = self.blocksize
        if len(key) > blocksize:
            key = make(key).digest()
        self.block_size = blocksize
        key = bytes(key).ljust(blocksize, b'\0')
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    def __getattr__(self, name):
        # an unset slot (block_size of a copy) is named as CPython 3.13 names it
        if name in HMAC.__slots__:
            raise AttributeError("'hmac.HMAC' object has no attribute %r" % name)
        raise AttributeError("%r object has no attribute %r" % (type(self).__name__, name))

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        """Feed `msg` to the inner hash."""
        _check_message(msg)
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC in the same state."""
        other = type(self).__new__(type(self))
        other.digest_size = self.digest_size  # as in CPython 3.13, a copy has no block_size
        other._hmac = None
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _current(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer

    def digest(self):
        """The HMAC of everything fed so far (the object can still be updated)."""
        return self._current().digest()

    def hexdigest(self):
        return self._current().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object for `key`, fed `msg` if given, with the hash `digestmod`."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of `msg` with `key`, in one call, with the hash `digest` (a name, a constructor or a module)."""
    if isinstance(digest, str) or callable(digest):
        _check_buffer(key)
        _check_buffer(msg)
    make = _constructor(digest)
    inner = make()
    outer = make()
    blocksize = getattr(inner, 'block_size', 64)
    if len(key) > blocksize:
        key = make(key).digest()
    key = bytes(key) + b'\x00' * (blocksize - len(key))
    inner.update(key.translate(trans_36))
    outer.update(key.translate(trans_5C))
    inner.update(msg)
    outer.update(inner.digest())
    return outer.digest()


def compare_digest(*args, **kwargs):
    """a == b, in time that does not depend on where they differ (str of ASCII characters, or bytes-like)."""
    if kwargs:
        raise TypeError("_hashlib.compare_digest() takes no keyword arguments")
    if len(args) != 2:
        raise TypeError("compare_digest expected 2 arguments, got %d" % len(args))
    a, b = args
    if isinstance(a, str) and isinstance(b, str):
        try:
            a = a.encode('ascii')
            b = b.encode('ascii')
        except UnicodeEncodeError:
            raise TypeError("comparing strings with non-ASCII characters is not supported") from None
    else:
        if not _bytes_like(a) and not _bytes_like(b):
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        _check_buffer(a)
        _check_buffer(b)
        a = bytes(a)
        b = bytes(b)
    # every byte is looked at whatever the first difference
    result = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        result |= x ^ y
    return result == 0
