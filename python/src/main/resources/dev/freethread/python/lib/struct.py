# SPDX-License-Identifier: Apache-2.0
# struct for ftpython: pack, unpack, calcsize, pack_into, unpack_from, iter_unpack and Struct over format strings
# with CPython's codes, byte orders, sizes and alignment (native mode as on 64-bit Linux: little-endian, long and
# size_t 8 bytes, each item aligned to its size), and its error messages. Floats go through their IEEE bits
# (_struct); 'e' (half precision) is not provided. Written for ftpython.

import _struct

__all__ = ['calcsize', 'pack', 'pack_into', 'unpack', 'unpack_from', 'iter_unpack', 'Struct', 'error']


class error(Exception):
    pass


_NATIVE_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 8, 'L': 8,
                 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
_STD_SIZES = {'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4, 'l': 4, 'L': 4,
              'q': 8, 'Q': 8, 'f': 4, 'd': 8, 's': 1, 'p': 1}
_SIGNED = set('bhilqn')


def _parse(fmt):
    """(little-endian?, native?, [(code, count)], size)."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    i = 0
    little = True
    native = True
    if fmt and fmt[0] in '@=<>!':
        native = fmt[0] == '@'
        little = fmt[0] in '@=<'
        i = 1
    items = []
    size = 0
    sizes = _NATIVE_SIZES if native else _STD_SIZES
    while i < len(fmt):
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < len(fmt) and fmt[j].isdigit():
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= len(fmt):
                raise error('repeat count given without format specifier')
            c = fmt[i]
        if c not in sizes:
            raise error('bad char in struct format')
        n = 1 if count is None else count
        itemsize = sizes[c]
        if native and c not in 'xcsp?bB':
            size += (-size) % itemsize  # alignment
        items.append((c, n))
        size += itemsize * n
        i += 1
    return little, native, items, size


def _int_range(code, native):
    size = (_NATIVE_SIZES if native else _STD_SIZES)[code]
    bits = size * 8
    if code in _SIGNED:
        return -(1 << (bits - 1)), (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1


def _index(v):
    if isinstance(v, bool) or not isinstance(v, int):
        if hasattr(v, '__index__'):
            return v.__index__()
        raise error('required argument is not an integer')
    return v


class Struct:
    def __init__(self, format):
        self._little, self._native, self._items, self.size = _parse(format)
        self.format = format if isinstance(format, str) else format.decode('ascii')

    def __repr__(self):
        return 'Struct(%r)' % (self.format,)

    def _nvalues(self):
        return sum(1 if c in 'sp' else n for c, n in self._items if c != 'x')

    def pack(self, *values):
        expected = self._nvalues()
        if len(values) != expected:
            raise error('pack expected %d items for packing (got %d)' % (expected, len(values)))
        out = bytearray()
        vi = 0
        order = 'little' if self._little else 'big'
        sizes = _NATIVE_SIZES if self._native else _STD_SIZES
        for c, n in self._items:
            if self._native and c not in 'xcsp?bB':
                out.extend(bytes((-len(out)) % sizes[c]))
            if c == 'x':
                out.extend(bytes(n))
                continue
            if c in 'sp':
                v = values[vi]
                vi += 1
                if not isinstance(v, (bytes, bytearray)):
                    raise error("argument for 's' must be a bytes object")
                if c == 's':
                    out.extend(bytes(v[:n]) + bytes(max(0, n - len(v))))
                else:
                    data = bytes(v[:max(0, n - 1)])
                    out.extend((bytes([min(len(data), 255)]) if n else b'') + data + bytes(max(0, n - 1 - len(data))))
                continue
            for _ in range(n):
                v = values[vi]
                vi += 1
                if c == 'c':
                    if not isinstance(v, (bytes, bytearray)) or len(v) != 1:
                        raise error('char format requires a bytes object of length 1')
                    out.extend(v)
                elif c == '?':
                    out.append(1 if v else 0)
                elif c in 'fd':
                    if isinstance(v, (str, bytes)) or not hasattr(v, '__float__') and not isinstance(v, (int, float)):
                        raise error('required argument is not a float')
                    v = float(v)
                    if c == 'f':
                        try:
                            bits = _struct.float_to_bits(v)
                        except OverflowError:
                            if not self._native:
                                raise
                            # native mode casts as C does (3.13's): what rounds beyond float's range is inf
                            bits = _struct.float_to_bits(v * 1e300)
                        out.extend(bits.to_bytes(4, order))
                    else:
                        out.extend(_struct.double_to_bits(v).to_bytes(8, order))
                else:
                    v = _index(v)
                    lo, hi = _int_range(c, self._native)
                    if not lo <= v <= hi:
                        raise error("'%s' format requires %d <= number <= %d" % (c, lo, hi))
                    out.extend(v.to_bytes(sizes[c], order, signed=c in _SIGNED))
        return bytes(out)

    def unpack(self, buffer):
        buffer = bytes(buffer)
        if len(buffer) != self.size:
            raise error('unpack requires a buffer of %d bytes' % self.size)
        return self._unpack(buffer, 0)

    def _unpack(self, buffer, pos):
        out = []
        order = 'little' if self._little else 'big'
        sizes = _NATIVE_SIZES if self._native else _STD_SIZES
        start = pos
        for c, n in self._items:
            if self._native and c not in 'xcsp?bB':
                pos += (-(pos - start)) % sizes[c]
            if c == 'x':
                pos += n
                continue
            if c == 's':
                out.append(buffer[pos:pos + n])
                pos += n
                continue
            if c == 'p':
                length = min(buffer[pos], n - 1) if n else 0
                out.append(buffer[pos + 1:pos + 1 + length])
                pos += n
                continue
            size = sizes[c]
            for _ in range(n):
                chunk = buffer[pos:pos + size]
                pos += size
                if c == 'c':
                    out.append(chunk)
                elif c == '?':
                    out.append(chunk != b'\x00')
                elif c == 'f':
                    out.append(_struct.bits_to_float(int.from_bytes(chunk, order)))
                elif c == 'd':
                    out.append(_struct.bits_to_double(int.from_bytes(chunk, order)))
                else:
                    out.append(int.from_bytes(chunk, order, signed=c in _SIGNED))
        return tuple(out)

    def unpack_from(self, buffer, offset=0):
        buffer = bytes(buffer)
        if offset < 0:
            offset += len(buffer)
        if offset < 0 or len(buffer) - offset < self.size:
            raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                        '(actual buffer size is %d)' % (self.size + offset, self.size, offset, len(buffer)))
        return self._unpack(buffer, offset)

    def pack_into(self, buffer, offset, *values):
        data = self.pack(*values)
        if offset < 0:
            offset += len(buffer)
        if offset < 0 or len(buffer) - offset < len(data):
            raise error('pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d '
                        '(actual buffer size is %d)' % (len(data) + offset, len(data), offset, len(buffer)))
        buffer[offset:offset + len(data)] = data

    def iter_unpack(self, buffer):
        buffer = bytes(buffer)
        if self.size == 0:
            raise error('cannot iteratively unpack with a struct of length 0')
        if len(buffer) % self.size:
            raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % self.size)
        return (self._unpack(buffer, k) for k in range(0, len(buffer), self.size))


_cache = {}


def _struct_for(fmt):
    s = _cache.get(fmt)
    if s is None:
        s = Struct(fmt)
        if len(_cache) < 100:
            _cache[fmt] = s
    return s


def calcsize(fmt):
    return _struct_for(fmt).size


def pack(fmt, *values):
    return _struct_for(fmt).pack(*values)


def pack_into(fmt, buffer, offset, *values):
    return _struct_for(fmt).pack_into(buffer, offset, *values)


def unpack(fmt, buffer):
    return _struct_for(fmt).unpack(buffer)


def unpack_from(fmt, buffer, offset=0):
    return _struct_for(fmt).unpack_from(buffer, offset)


def iter_unpack(fmt, buffer):
    return _struct_for(fmt).iter_unpack(buffer)
