# SPDX-License-Identifier: Apache-2.0
# array for ftpython: compact-looking typed sequences of numbers/characters,
# written here after CPython 3.13's behaviour.  There is no buffer protocol in
# ftpython, so an array keeps its items in a plain Python list (ints, floats,
# or code points for 'u'/'w') and converts to/from bytes with int.to_bytes /
# int.from_bytes and struct, using the sizes of 64-bit Linux.

import struct as _struct

__all__ = ['ArrayType', 'array', 'typecodes']

typecodes = 'bBuwhHiIlLqQfd'

_ITEMSIZE = {'b': 1, 'B': 1, 'u': 4, 'w': 4, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
             'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'f': 4, 'd': 8}
_SIGNED = {'b': True, 'B': False, 'u': False, 'w': False, 'h': True,
           'H': False, 'i': True, 'I': False, 'l': True, 'L': False,
           'q': True, 'Q': False}
# machine format codes used by pickling (little-endian host)
_MFORMAT = {'B': 0, 'b': 1, 'H': 2, 'h': 4, 'I': 6, 'i': 8, 'L': 10,
            'l': 12, 'Q': 10, 'q': 12, 'f': 14, 'd': 16, 'u': 20, 'w': 20}
_BAD_TYPECODE = 'bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)'
_MAXSIZE = (1 << 63) - 1
_MINSIZE = -(1 << 63)
_CHUNK = 4096
_BLOCKSIZE = 64 * 1024


# ---------------------------------------------------------------- conversions

def _index(v):
    if type(v) is int:
        return v
    if isinstance(v, int):
        return int(v)
    meth = getattr(type(v), '__index__', None)
    if meth is None:
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(v).__name__)
    r = meth(v)
    if not isinstance(r, int):
        raise TypeError('__index__ returned non-int (type %s)'
                        % type(r).__name__)
    return int(r)


def _has_index(v):
    return isinstance(v, int) or getattr(type(v), '__index__', None) is not None


def _ssize(v):
    n = _index(v)
    if n < _MINSIZE or n > _MAXSIZE:
        raise OverflowError('Python int too large to convert to C ssize_t')
    return n


def _clong(v):
    n = _index(v)
    if n < _MINSIZE or n > _MAXSIZE:
        raise OverflowError('Python int too large to convert to C long')
    return n


def _cv_b(v):
    if type(v) is int and -128 <= v <= 127:
        return v
    n = _clong(v)
    if n < -32768:
        raise OverflowError('signed short integer is less than minimum')
    if n > 32767:
        raise OverflowError('signed short integer is greater than maximum')
    if n < -128:
        raise OverflowError('signed char is less than minimum')
    if n > 127:
        raise OverflowError('signed char is greater than maximum')
    return n


def _cv_B(v):
    if type(v) is int and 0 <= v <= 255:
        return v
    n = _clong(v)
    if n < 0:
        raise OverflowError('unsigned byte integer is less than minimum')
    if n > 255:
        raise OverflowError('unsigned byte integer is greater than maximum')
    return n


def _cv_h(v):
    if type(v) is int and -32768 <= v <= 32767:
        return v
    n = _clong(v)
    if n < -32768:
        raise OverflowError('signed short integer is less than minimum')
    if n > 32767:
        raise OverflowError('signed short integer is greater than maximum')
    return n


def _cv_H(v):
    if type(v) is int and 0 <= v <= 65535:
        return v
    n = _clong(v)
    if n < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    if n > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    if n < 0:
        raise OverflowError('unsigned short is less than minimum')
    if n > 65535:
        raise OverflowError('unsigned short is greater than maximum')
    return n


def _cv_i(v):
    if type(v) is int and -2147483648 <= v <= 2147483647:
        return v
    n = _clong(v)
    if n < -2147483648:
        raise OverflowError('signed integer is less than minimum')
    if n > 2147483647:
        raise OverflowError('signed integer is greater than maximum')
    return n


def _cv_I(v):
    if type(v) is int and 0 <= v <= 4294967295:
        return v
    n = _index(v)
    if n < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if n > 18446744073709551615:
        raise OverflowError(
            'Python int too large to convert to C unsigned long')
    if n > 4294967295:
        raise OverflowError('unsigned int is greater than maximum')
    return n


def _cv_l(v):
    if type(v) is int and _MINSIZE <= v <= _MAXSIZE:
        return v
    return _clong(v)


def _cv_L(v):
    if type(v) is int and 0 <= v <= 18446744073709551615:
        return v
    n = _index(v)
    if n < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if n > 18446744073709551615:
        raise OverflowError(
            'Python int too large to convert to C unsigned long')
    return n


def _cv_q(v):
    if type(v) is int and _MINSIZE <= v <= _MAXSIZE:
        return v
    n = _index(v)
    if n < _MINSIZE or n > _MAXSIZE:
        raise OverflowError('int too big to convert')
    return n


def _cv_Q(v):
    if type(v) is int and 0 <= v <= 18446744073709551615:
        return v
    n = _index(v)
    if n < 0:
        raise OverflowError("can't convert negative int to unsigned")
    if n > 18446744073709551615:
        raise OverflowError('int too big to convert')
    return n


def _cv_d(v):
    if type(v) is float:
        return v
    if isinstance(v, float):
        return float(v)
    if isinstance(v, int):
        return float(v)
    tp = type(v)
    meth = getattr(tp, '__float__', None)
    if meth is not None:
        r = meth(v)
        if not isinstance(r, float):
            raise TypeError('%s.__float__ returned non-float (type %s)'
                            % (tp.__name__, type(r).__name__))
        return float(r)
    if getattr(tp, '__index__', None) is not None:
        return float(_index(v))
    raise TypeError('must be real number, not %s' % tp.__name__)


_F32 = _struct.Struct('<f')
_F32_PACK = _F32.pack
_F32_UNPACK = _F32.unpack
_F32_MAX = 3.4028234663852886e+38
_F32_OVER = 3.4028235677973366e+38   # FLT_MAX + half an ulp: rounds to inf


def _round_f32(x):
    if x != x or x == 0.0:
        return x
    ax = -x if x < 0 else x
    if ax >= _F32_OVER:
        return float('inf') if x > 0 else float('-inf')
    if ax > _F32_MAX:
        return _F32_MAX if x > 0 else -_F32_MAX
    return _F32_UNPACK(_F32_PACK(x))[0]


def _cv_f(v):
    return _round_f32(_cv_d(v))


def _cv_u(v):
    if isinstance(v, str) and len(v) == 1:
        return ord(v)
    raise TypeError('array item must be unicode character')


_CONVERT = {'b': _cv_b, 'B': _cv_B, 'u': _cv_u, 'w': _cv_u, 'h': _cv_h,
            'H': _cv_H, 'i': _cv_i, 'I': _cv_I, 'l': _cv_l, 'L': _cv_L,
            'q': _cv_q, 'Q': _cv_Q, 'f': _cv_f, 'd': _cv_d}


# ---------------------------------------------------------- bytes <-> values

def _encode(tc, values):
    """Native (little-endian) machine representation of stored values."""
    if tc == 'f' or tc == 'd':
        out = []
        n = len(values)
        for i in range(0, n, _CHUNK):
            part = values[i:i + _CHUNK]
            out.append(_struct.pack('<%d%s' % (len(part), tc), *part))
        return b''.join(out)
    size = _ITEMSIZE[tc]
    if size == 1:
        if tc == 'B':
            return bytes(values)
        return bytes([x & 0xFF for x in values])
    signed = _SIGNED[tc]
    return b''.join([x.to_bytes(size, 'little', signed=signed)
                     for x in values])


def _decode(tc, data, order='little'):
    """Values (as stored) from machine bytes; len(data) % itemsize == 0."""
    size = _ITEMSIZE[tc]
    if tc == 'f' or tc == 'd':
        out = []
        step = _CHUNK * size
        pre = '<' if order == 'little' else '>'
        for i in range(0, len(data), step):
            part = data[i:i + step]
            out.extend(_struct.unpack('%s%d%s' % (pre, len(part) // size, tc),
                                      part))
        return out
    if size == 1:
        if tc == 'B':
            return list(data)
        return [x - 256 if x > 127 else x for x in data]
    signed = _SIGNED[tc]
    fb = int.from_bytes
    return [fb(data[i:i + size], order, signed=signed)
            for i in range(0, len(data), size)]


def _bytes_arg(b):
    if isinstance(b, (bytes, bytearray)):
        return b
    if isinstance(b, array):
        if _ITEMSIZE[b._tc] != 1:
            raise TypeError('a bytes-like object is required')
        return _encode(b._tc, b._v)
    raise TypeError("a bytes-like object is required, not '%s'"
                    % type(b).__name__)


# ------------------------------------------------------------------ helpers

class _ReadOnly(object):
    """Data descriptor for the read-only attributes typecode and itemsize."""

    def __init__(self, name, getter, doc):
        self._name = name
        self._getter = getter
        self.__doc__ = doc

    def __get__(self, obj, cls=None):
        if obj is None:
            return self
        return self._getter(obj)

    def __set__(self, obj, value):
        raise AttributeError("attribute '%s' of 'array.array' objects is "
                             "not writable" % self._name)

    def __delete__(self, obj):
        raise AttributeError("attribute '%s' of 'array.array' objects is "
                             "not writable" % self._name)


def _make(tc, values):
    a = object.__new__(array)
    a._tc = tc
    a._v = values
    return a


def _items(a):
    """The Python objects an array yields (chars for 'u'/'w')."""
    if a._tc == 'u' or a._tc == 'w':
        return [chr(x) for x in a._v]
    return a._v


def _richcompare(a, b, op):
    if not isinstance(b, array):
        return NotImplemented
    va = a._v
    vb = b._v
    if len(va) != len(vb) and (op == 'eq' or op == 'ne'):
        return op == 'ne'
    ta = a._tc
    tb = b._tc
    if ta == tb and ta not in 'fduw':
        # ints compare exactly like Python ints in lists
        if op == 'eq':
            return va == vb
        if op == 'ne':
            return va != vb
        if op == 'lt':
            return va < vb
        if op == 'le':
            return va <= vb
        if op == 'gt':
            return va > vb
        return va >= vb
    ia = _items(a) if ta in 'uw' else va
    ib = _items(b) if tb in 'uw' else vb
    n = min(len(ia), len(ib))
    k = 0
    while k < n:
        if not (ia[k] == ib[k]):
            break
        k += 1
    if k >= n:
        la = len(ia)
        lb = len(ib)
        if op == 'eq':
            return la == lb
        if op == 'ne':
            return la != lb
        if op == 'lt':
            return la < lb
        if op == 'le':
            return la <= lb
        if op == 'gt':
            return la > lb
        return la >= lb
    if op == 'eq':
        return False
    if op == 'ne':
        return True
    x = ia[k]
    y = ib[k]
    if op == 'lt':
        return x < y
    if op == 'le':
        return x <= y
    if op == 'gt':
        return x > y
    return x >= y


def _reflected(other, name):
    # CPython only consults the other operand's numeric slot; builtin
    # sequences (str, list, ...) have none, so never ask builtin types.
    tp = type(other)
    if tp.__module__ == 'builtins':
        return None
    return getattr(tp, name, None)


def _subscript_index(i, n):
    """Normalise an index-like subscript; raise IndexError if huge."""
    i = _index(i)
    if i < _MINSIZE or i > _MAXSIZE:
        raise IndexError("cannot fit 'int' into an index-sized integer")
    if i < 0:
        i += n
    return i


def _repeat_count(n):
    n = _index(n)
    if n < _MINSIZE or n > _MAXSIZE:
        raise OverflowError("cannot fit 'int' into an index-sized integer")
    return n


# -------------------------------------------------------------------- array

class array(object):
    """array(typecode [, initializer]) -> array

Return a new array whose items are restricted by typecode, and
initialized from the optional initializer value, which must be a list,
a bytes-like object, or iterable over elements of the appropriate type.
"""

    __slots__ = ('_tc', '_v', '__weakref__')

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError('array.array() takes no keyword arguments')
        nargs = len(args)
        if nargs < 1:
            raise TypeError('array() takes at least 1 argument (0 given)')
        if nargs > 2:
            raise TypeError('array() takes at most 2 arguments (%d given)'
                            % nargs)
        tc = args[0]
        if not isinstance(tc, str) or len(tc) != 1:
            raise TypeError('array() argument 1 must be a unicode '
                            'character, not %s' % type(tc).__name__)
        tc = str(tc)
        if tc not in _ITEMSIZE:
            raise ValueError(_BAD_TYPECODE)
        if tc == 'u':
            import warnings
            warnings.warn("The 'u' type code is deprecated and will be "
                          "removed in Python 3.16", DeprecationWarning,
                          stacklevel=2)
        self = object.__new__(cls)
        self._tc = tc
        self._v = []
        if nargs == 2:
            self._init(args[1])
        return self

    def _init(self, init):
        tc = self._tc
        if tc != 'u' and tc != 'w':
            if isinstance(init, str):
                raise TypeError("cannot use a str to initialize an array "
                                "with typecode '%s'" % tc)
            if isinstance(init, array) and init._tc in 'uw':
                raise TypeError("cannot use a unicode array to initialize "
                                "an array with typecode '%s'" % tc)
        if isinstance(init, (list, tuple)):
            conv = _CONVERT[tc]
            self._v = [conv(x) for x in init]
        elif isinstance(init, (bytes, bytearray)):
            self.frombytes(init)
        elif isinstance(init, str):
            self._v = [ord(c) for c in init]
        elif isinstance(init, array) and init._tc == tc:
            self._v = list(init._v)
        else:
            it = iter(init)
            conv = _CONVERT[tc]
            self._v = [conv(x) for x in it]

    typecode = _ReadOnly('typecode', lambda self: self._tc,
                         'the typecode character used to create the array')
    itemsize = _ReadOnly('itemsize', lambda self: _ITEMSIZE[self._tc],
                         'the size, in bytes, of one array item')

    # ------------------------------------------------------ sequence protocol

    def __len__(self):
        return len(self._v)

    def __getitem__(self, i):
        v = self._v
        if type(i) is int:
            n = len(v)
            if -n <= i < n:
                x = v[i]
            else:
                if i < _MINSIZE or i > _MAXSIZE:
                    raise IndexError(
                        "cannot fit 'int' into an index-sized integer")
                raise IndexError('array index out of range')
        elif isinstance(i, slice):
            return _make(self._tc, v[i])
        elif _has_index(i):
            n = len(v)
            k = _subscript_index(i, n)
            if k < 0 or k >= n:
                raise IndexError('array index out of range')
            x = v[k]
        else:
            raise TypeError('array indices must be integers')
        if self._tc == 'u' or self._tc == 'w':
            return chr(x)
        return x

    def __setitem__(self, i, value):
        v = self._v
        if isinstance(i, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array '
                                'slice' % type(value).__name__)
            if value._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            other = list(value._v)
            start, stop, step = i.indices(len(v))
            if step == 1:
                v[i] = other
            elif not other:
                del v[i]
            else:
                need = len(range(start, stop, step))
                if len(other) != need:
                    raise ValueError('attempt to assign array of size %d to '
                                     'extended slice of size %d'
                                     % (len(other), need))
                v[i] = other
            return
        if not _has_index(i):
            raise TypeError('array indices must be integers')
        n = len(v)
        k = _subscript_index(i, n)
        if k < 0 or k >= n:
            raise IndexError('array assignment index out of range')
        v[k] = _CONVERT[self._tc](value)

    def __delitem__(self, i):
        v = self._v
        if isinstance(i, slice):
            del v[i]
            return
        if not _has_index(i):
            raise TypeError('array indices must be integers')
        n = len(v)
        k = _subscript_index(i, n)
        if k < 0 or k >= n:
            raise IndexError('array assignment index out of range')
        del v[k]

    def __iter__(self):
        if self._tc == 'u' or self._tc == 'w':
            return map(chr, self._v)
        return iter(self._v)

    def __contains__(self, x):
        tc = self._tc
        if tc == 'f' or tc == 'd':
            for y in self._v:
                if y == x:
                    return True
            return False
        if tc == 'u' or tc == 'w':
            if type(x) is str:
                return len(x) == 1 and ord(x) in self._v
            for y in self._v:
                if chr(y) == x:
                    return True
            return False
        return x in self._v

    # ------------------------------------------------------------ comparisons

    __hash__ = None

    def __eq__(self, other):
        return _richcompare(self, other, 'eq')

    def __ne__(self, other):
        return _richcompare(self, other, 'ne')

    def __lt__(self, other):
        return _richcompare(self, other, 'lt')

    def __le__(self, other):
        return _richcompare(self, other, 'le')

    def __gt__(self, other):
        return _richcompare(self, other, 'gt')

    def __ge__(self, other):
        return _richcompare(self, other, 'ge')

    # ------------------------------------------------------------- arithmetic

    def __add__(self, other):
        if isinstance(other, array):
            if other._tc != self._tc:
                raise TypeError('bad argument type for built-in operation')
            return _make(self._tc, self._v + other._v)
        radd = _reflected(other, '__radd__')
        if radd is not None:
            r = radd(other, self)
            if r is not NotImplemented:
                return r
        raise TypeError('can only append array (not "%s") to array'
                        % type(other).__name__)

    def __mul__(self, n):
        if not _has_index(n):
            if not isinstance(n, array):
                rmul = _reflected(n, '__rmul__')
                if rmul is not None:
                    r = rmul(n, self)
                    if r is not NotImplemented:
                        return r
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        n = _repeat_count(n)
        if n <= 0:
            return _make(self._tc, [])
        return _make(self._tc, self._v * n)

    def __rmul__(self, n):
        if not _has_index(n):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        n = _repeat_count(n)
        if n <= 0:
            return _make(self._tc, [])
        return _make(self._tc, self._v * n)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")'
                            % type(other).__name__)
        if other._tc != self._tc:
            raise TypeError('can only extend with array of same kind')
        self._v.extend(list(other._v))
        return self

    def __imul__(self, n):
        if not _has_index(n):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        n = _repeat_count(n)
        if n <= 0:
            del self._v[:]
        elif n > 1:
            self._v *= n
        return self

    # ---------------------------------------------------------------- methods

    def append(self, *args):
        """Append new value v to the end of the array."""
        if len(args) != 1:
            raise TypeError('array.append() takes exactly one argument '
                            '(%d given)' % len(args))
        self._v.append(_CONVERT[self._tc](args[0]))

    def extend(self, iterable):
        """Append items to the end of the array."""
        if isinstance(iterable, array):
            if iterable._tc != self._tc:
                raise TypeError('can only extend with array of same kind')
            self._v.extend(list(iterable._v))
            return
        conv = _CONVERT[self._tc]
        add = self._v.append
        for x in iterable:
            add(conv(x))

    def insert(self, i, v):
        """Insert a new item v into the array before position i."""
        i = _ssize(i)
        self._v.insert(i, _CONVERT[self._tc](v))

    def pop(self, i=-1):
        """Return the i-th element and delete it from the array.

i defaults to -1."""
        i = _ssize(i)
        v = self._v
        n = len(v)
        if n == 0:
            raise IndexError('pop from empty array')
        if i < 0:
            i += n
        if i < 0 or i >= n:
            raise IndexError('pop index out of range')
        x = v.pop(i)
        if self._tc == 'u' or self._tc == 'w':
            return chr(x)
        return x

    def _find(self, x, start, stop):
        items = self._v
        tc = self._tc
        if tc == 'u' or tc == 'w':
            if type(x) is str:
                if len(x) != 1:
                    return -1
                x = ord(x)
            else:
                for k in range(start, stop):
                    if chr(items[k]) == x:
                        return k
                return -1
        elif tc == 'f' or tc == 'd':
            for k in range(start, stop):
                if items[k] == x:
                    return k
            return -1
        if start >= stop:
            return -1
        try:
            return items.index(x, start, stop)
        except ValueError:
            return -1

    def remove(self, x):
        """Remove the first occurrence of v in the array."""
        k = self._find(x, 0, len(self._v))
        if k < 0:
            raise ValueError('array.remove(x): x not in array')
        del self._v[k]

    def index(self, x, start=0, stop=_MAXSIZE):
        """Return index of first occurrence of v in the array.

Raise ValueError if the value is not present."""
        n = len(self._v)
        start = _slice_index(start)
        stop = _slice_index(stop)
        if start < 0:
            start += n
            if start < 0:
                start = 0
        if stop < 0:
            stop += n
        if stop > n:
            stop = n
        k = self._find(x, start, stop) if start < stop else -1
        if k < 0:
            raise ValueError('array.index(x): x not in array')
        return k

    def count(self, x):
        """Return number of occurrences of v in the array."""
        tc = self._tc
        if tc == 'f' or tc == 'd':
            c = 0
            for y in self._v:
                if y == x:
                    c += 1
            return c
        if tc == 'u' or tc == 'w':
            if type(x) is str:
                return self._v.count(ord(x)) if len(x) == 1 else 0
            c = 0
            for y in self._v:
                if chr(y) == x:
                    c += 1
            return c
        return self._v.count(x)

    def reverse(self, *args):
        """Reverse the order of the items in the array."""
        if args:
            raise TypeError('array.reverse() takes no arguments (%d given)'
                            % len(args))
        self._v.reverse()

    def clear(self):
        """Remove all items from the array."""
        del self._v[:]

    def buffer_info(self):
        """Return a tuple (address, length) giving the current memory address
and the length in items of the buffer used to hold array's contents."""
        return (id(self), len(self._v))

    def byteswap(self):
        """Byteswap all items of the array."""
        tc = self._tc
        size = _ITEMSIZE[tc]
        if size == 1:
            return
        v = self._v
        if tc == 'f' or tc == 'd':
            self._v = _decode(tc, _encode(tc, v), 'big')
            return
        signed = _SIGNED[tc]
        fb = int.from_bytes
        self._v = [fb(x.to_bytes(size, 'little', signed=signed), 'big',
                      signed=signed) for x in v]

    def __buffer__(self, flags):
        """PEP 688: the array as a bytes-like object (memoryview(a), b''.join([a]), f.write(a))."""
        return memoryview(self)

    def tobytes(self):
        """Convert the array to an array of machine values and return the
bytes representation."""
        return _encode(self._tc, self._v)

    def frombytes(self, buffer):
        """Appends items from the string, interpreting it as an array of
machine values, as if it had been read from a file using the fromfile()
method."""
        data = _bytes_arg(buffer)
        if len(data) % _ITEMSIZE[self._tc]:
            raise ValueError('bytes length not a multiple of item size')
        if data:
            self._v.extend(_decode(self._tc, bytes(data)))

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        if self._tc == 'u' or self._tc == 'w':
            return [chr(x) for x in self._v]
        return list(self._v)

    def fromlist(self, list_):
        """Append items to array from list."""
        if not isinstance(list_, list):
            raise TypeError('arg must be list')
        conv = _CONVERT[self._tc]
        vals = [conv(x) for x in list_]
        self._v.extend(vals)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr.

Convert the array to a unicode string.  The array must be a unicode type
array; otherwise a ValueError is raised."""
        tc = self._tc
        if tc != 'u' and tc != 'w':
            raise ValueError("tounicode() may only be called on unicode type "
                             "arrays ('u' or 'w')")
        v = self._v
        for k in range(len(v)):
            c = v[k]
            if c > 0x10FFFF:
                if tc == 'u':
                    raise ValueError('character U+%x is not in range '
                                     '[U+0000; U+10ffff]' % c)
                raise UnicodeDecodeError('utf-32-le', self.tobytes(), 4 * k,
                                         4 * k + 4,
                                         'code point not in range(0x110000)')
            if tc == 'w' and 0xD800 <= c < 0xE000:
                raise UnicodeDecodeError(
                    'utf-32-le', self.tobytes(), 4 * k, 4 * k + 4,
                    'code point in surrogate code point range(0xd800, 0xe000)')
        return ''.join([chr(c) for c in v])

    def fromunicode(self, ustr):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError('fromunicode() argument must be str, not %s'
                            % type(ustr).__name__)
        if self._tc != 'u' and self._tc != 'w':
            raise ValueError("fromunicode() may only be called on unicode "
                             "type arrays ('u' or 'w')")
        self._v.extend([ord(c) for c in ustr])

    def tofile(self, f):
        """Write all items (as machine values) to the file object f."""
        data = self.tobytes()
        for i in range(0, len(data), _BLOCKSIZE):
            f.write(data[i:i + _BLOCKSIZE])

    def fromfile(self, f, n):
        """Read n objects from the file object f and append them to the end
of the array."""
        n = _ssize(n)
        if n < 0:
            raise ValueError('negative count')
        size = _ITEMSIZE[self._tc]
        if n > _MAXSIZE // size:
            raise MemoryError()
        nbytes = n * size
        data = f.read(nbytes)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        short = len(data) != nbytes
        self.frombytes(data)
        if short:
            raise EOFError("read() didn't return enough bytes")

    # ------------------------------------------------------- copy and pickle

    def __copy__(self):
        """Return a copy of the array."""
        return _make(self._tc, list(self._v))

    def __deepcopy__(self, memo):
        """Return a copy of the array."""
        return _make(self._tc, list(self._v))

    def __reduce_ex__(self, protocol):
        """Return state information for pickling."""
        try:
            d = object.__getattribute__(self, '__dict__')
        except AttributeError:
            d = None
        if d is not None:
            d = dict(d)
            d.pop('_tc', None)
            d.pop('_v', None)
        tc = self._tc
        if _index(protocol) < 3:
            return (type(self), (tc, self.tolist()), d)
        return (_array_reconstructor,
                (type(self), tc, _MFORMAT[tc], self.tobytes()), d)

    def __sizeof__(self):
        """Size of the array in memory, in bytes."""
        return 64 + len(self._v) * _ITEMSIZE[self._tc]

    def __repr__(self):
        name = type(self).__name__
        tc = self._tc
        if not self._v:
            return "%s('%s')" % (name, tc)
        if tc == 'u' or tc == 'w':
            return '%s(%r, %r)' % (name, tc, self.tounicode())
        return '%s(%r, %r)' % (name, tc, self._v)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


def _slice_index(v):
    if not _has_index(v):
        raise TypeError('slice indices must be integers or have an '
                        '__index__ method')
    n = _index(v)
    if n > _MAXSIZE:
        return _MAXSIZE
    if n < _MINSIZE:
        return _MINSIZE
    return n


ArrayType = array

# machine format code -> (itemsize, signed, byteorder) for integer formats
_MF_INT = {0: (1, False, 'little'), 1: (1, True, 'little'),
           2: (2, False, 'little'), 3: (2, False, 'big'),
           4: (2, True, 'little'), 5: (2, True, 'big'),
           6: (4, False, 'little'), 7: (4, False, 'big'),
           8: (4, True, 'little'), 9: (4, True, 'big'),
           10: (8, False, 'little'), 11: (8, False, 'big'),
           12: (8, True, 'little'), 13: (8, True, 'big')}


def _array_reconstructor(arraytype, typecode, mformat_code, items):
    """Internal. Used for pickling support."""
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError('_array_reconstructor() argument 2 must be a unicode '
                        'character, not %s' % type(typecode).__name__)
    mformat_code = _index(mformat_code)
    if not isinstance(arraytype, type):
        raise TypeError('first argument must be a type object, not %s'
                        % type(arraytype).__name__)
    if not issubclass(arraytype, array):
        raise TypeError('%s is not a subtype of array.array'
                        % arraytype.__name__)
    if typecode not in _ITEMSIZE:
        raise ValueError('second argument must be a valid type code')
    if mformat_code < 0 or mformat_code > 21:
        raise ValueError('third argument must be a valid machine format '
                         'code.')
    if not isinstance(items, bytes):
        raise TypeError('fourth argument should be bytes, not %s'
                        % type(items).__name__)
    if mformat_code == _MFORMAT[typecode]:
        return array.__new__(arraytype, typecode, items)
    if mformat_code in _MF_INT:
        size, signed, order = _MF_INT[mformat_code]
        if len(items) % size:
            raise ValueError('string length not a multiple of item size')
        for tc in 'bBhHiIlLqQ':
            if _ITEMSIZE[tc] == size and _SIGNED[tc] == signed:
                typecode = tc
        fb = int.from_bytes
        values = [fb(items[i:i + size], order, signed=signed)
                  for i in range(0, len(items), size)]
    elif mformat_code <= 17:
        fmt = 'f' if mformat_code <= 15 else 'd'
        size = _ITEMSIZE[fmt]
        if len(items) % size:
            raise ValueError('string length not a multiple of item size')
        order = 'little' if mformat_code % 2 == 0 else 'big'
        values = _decode(fmt, items, order)
    else:
        # CPython checks UTF-16 data against 4 and UTF-32 data against 8
        if len(items) % (4 if mformat_code <= 19 else 8):
            raise ValueError('string length not a multiple of item size')
        enc = ('utf-16-le', 'utf-16-be', 'utf-32-le', 'utf-32-be')[
            mformat_code - 18]
        values = items.decode(enc)
    return array.__new__(arraytype, typecode, values)


def _register():
    # as CPython's array module registers its type with the collections ABC
    import _collections_abc
    _collections_abc.MutableSequence.register(array)


_register()
del _register
