# SPDX-License-Identifier: Apache-2.0
"""_codecs for ftpython: encode and decode by codec name (what pickles of bytes name, for protocols 0 to 2)."""


def encode(obj, encoding='utf-8', errors='strict'):
    return obj.encode(encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    if isinstance(obj, str):
        obj = obj.encode('latin-1')
    return bytes(obj).decode(encoding, errors)
