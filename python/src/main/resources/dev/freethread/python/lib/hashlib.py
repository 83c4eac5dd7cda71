# SPDX-License-Identifier: Apache-2.0
# hashlib for ftpython: md5, sha1, the sha2 and sha3 families and new(), over the JDK's message digests (_hashlib).
# A hash object is safe to share: each update, digest and copy holds its state's lock.

import _hashlib

algorithms_guaranteed = frozenset({'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'sha3_224', 'sha3_256',
                                   'sha3_384', 'sha3_512'})
algorithms_available = algorithms_guaranteed

_BLOCK_SIZES = {'md5': 64, 'sha1': 64, 'sha224': 64, 'sha256': 64, 'sha384': 128, 'sha512': 128,
                'sha3_224': 144, 'sha3_256': 136, 'sha3_384': 104, 'sha3_512': 72}


class _Hash:
    """What CPython's hash objects answer: update, digest, hexdigest, copy, name, digest_size, block_size."""

    def __init__(self, name, data=b''):
        self._state = _hashlib.new_state(name)
        self.name = name.lower().replace('-', '_')
        self.digest_size = _hashlib.digest_size(self._state)
        self.block_size = _BLOCK_SIZES.get(self.name, 64)
        if data:
            self.update(data)

    def update(self, data):
        _hashlib.update(self._state, data)

    def digest(self):
        return _hashlib.digest(self._state)

    def hexdigest(self):
        return _hashlib.digest(self._state).hex()

    def copy(self):
        c = object.__new__(_Hash)
        c._state = _hashlib.copy(self._state)
        c.name = self.name
        c.digest_size = self.digest_size
        c.block_size = self.block_size
        return c

    def __repr__(self):
        return '<%s _hashlib.HASH object @ 0x%x>' % (self.name, id(self))


def new(name, data=b'', **kwargs):
    if not isinstance(name, str):
        raise TypeError('new() argument \'name\' must be str, not %s' % type(name).__name__)
    return _Hash(name, data)


def _constructor(name):
    def make(data=b'', *, usedforsecurity=True, string=None):
        return _Hash(name, data if string is None else string)
    make.__name__ = 'openssl_' + name
    return make


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')
sha3_224 = _constructor('sha3_224')
sha3_256 = _constructor('sha3_256')
sha3_384 = _constructor('sha3_384')
sha3_512 = _constructor('sha3_512')
