# SPDX-License-Identifier: Apache-2.0
# binascii for ftpython: base64 and hex conversions and crc32, over Java (_binascii).

import _binascii


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


def b2a_base64(data, *, newline=True):
    return _binascii.b2a_base64(data, newline=newline)


def a2b_base64(data, *, strict_mode=False):
    try:
        return _binascii.a2b_base64(data, strict_mode=strict_mode)
    except ValueError as e:
        raise Error(str(e)) from None


def hexlify(data, sep=None, bytes_per_sep=1):
    if sep is None:
        return _binascii.hexlify(data)
    return bytes(data).hex(sep).encode('ascii')


b2a_hex = hexlify


def unhexlify(hexstr):
    try:
        return _binascii.unhexlify(hexstr)
    except ValueError as e:
        raise Error(str(e)) from None


a2b_hex = unhexlify


def crc32(data, value=0):
    return _binascii.crc32(data, value)
