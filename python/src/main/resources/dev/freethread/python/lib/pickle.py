# SPDX-License-Identifier: Apache-2.0
"""pickle for ftpython, written here: CPython's pickle format (protocols 0 to 5, the opcodes documented in
pickletools), so ftpython reads CPython's pickles and CPython reads ftpython's.

The Pickler writes what CPython's C pickler writes for the built-in types (the same opcodes, memo and frames, so
most pickles are byte for byte CPython's); other objects are reduced by the copyreg dispatch table, the pickler's
own dispatch_table and reducer_override, the object's __reduce_ex__ or __reduce__, or else as object.__reduce_ex__
reduces them (copyreg.__newobj__ with __getnewargs_ex__/__getnewargs__, __getstate__ or the instance's __dict__ and
slots, list and dict items of subclasses). ftpython's built-in objects have no __reduce__ methods of their own, so
the reductions CPython's types give (complex, range, slice, exceptions, bound methods, bytearray) are made here.

Not supported: out-of-band buffers (PickleBuffer, buffer_callback: protocol 5's NEXT_BUFFER is refused), the
pickling of iterators and generators (TypeError, as for any object that cannot be reduced).
"""

import io
import struct
import sys
import copyreg
from copyreg import dispatch_table, _extension_registry, _inverted_registry, _extension_cache

__all__ = ["PickleError", "PicklingError", "UnpicklingError", "Pickler", "Unpickler", "dump", "dumps", "load",
           "loads", "HIGHEST_PROTOCOL", "DEFAULT_PROTOCOL"]

HIGHEST_PROTOCOL = 5
DEFAULT_PROTOCOL = 4
format_version = "5.0"
compatible_formats = ["1.0", "1.1", "1.2", "1.3", "2.0", "3.0", "4.0", "5.0"]


class PickleError(Exception):
    pass


class PicklingError(PickleError):
    pass


class UnpicklingError(PickleError):
    pass


class _Stop(Exception):
    def __init__(self, value):
        self.value = value


# the opcodes (pickletools documents each)
MARK = b'('
STOP = b'.'
POP = b'0'
POP_MARK = b'1'
DUP = b'2'
FLOAT = b'F'
INT = b'I'
BININT = b'J'
BININT1 = b'K'
LONG = b'L'
BININT2 = b'M'
NONE = b'N'
PERSID = b'P'
BINPERSID = b'Q'
REDUCE = b'R'
STRING = b'S'
BINSTRING = b'T'
SHORT_BINSTRING = b'U'
UNICODE = b'V'
BINUNICODE = b'X'
APPEND = b'a'
BUILD = b'b'
GLOBAL = b'c'
DICT = b'd'
EMPTY_DICT = b'}'
APPENDS = b'e'
GET = b'g'
BINGET = b'h'
INST = b'i'
LONG_BINGET = b'j'
LIST = b'l'
EMPTY_LIST = b']'
OBJ = b'o'
PUT = b'p'
BINPUT = b'q'
LONG_BINPUT = b'r'
SETITEM = b's'
TUPLE = b't'
EMPTY_TUPLE = b')'
SETITEMS = b'u'
BINFLOAT = b'G'
TRUE = b'I01\n'
FALSE = b'I00\n'
PROTO = b'\x80'
NEWOBJ = b'\x81'
EXT1 = b'\x82'
EXT2 = b'\x83'
EXT4 = b'\x84'
TUPLE1 = b'\x85'
TUPLE2 = b'\x86'
TUPLE3 = b'\x87'
NEWTRUE = b'\x88'
NEWFALSE = b'\x89'
LONG1 = b'\x8a'
LONG4 = b'\x8b'
BINBYTES = b'B'
SHORT_BINBYTES = b'C'
SHORT_BINUNICODE = b'\x8c'
BINUNICODE8 = b'\x8d'
BINBYTES8 = b'\x8e'
EMPTY_SET = b'\x8f'
ADDITEMS = b'\x90'
FROZENSET = b'\x91'
NEWOBJ_EX = b'\x92'
STACK_GLOBAL = b'\x93'
MEMOIZE = b'\x94'
FRAME = b'\x95'
BYTEARRAY8 = b'\x96'
NEXT_BUFFER = b'\x97'
READONLY_BUFFER = b'\x98'

_tuplesize2code = [EMPTY_TUPLE, TUPLE1, TUPLE2, TUPLE3]
_BATCHSIZE = 1000
_FRAME_SIZE_MIN = 4
_FRAME_SIZE_TARGET = 64 * 1024


def encode_long(x):
    """x as the fewest little-endian two's complement bytes (b'' for 0), as LONG1 and LONG4 carry it."""
    if x == 0:
        return b''
    nbytes = (x.bit_length() >> 3) + 1
    result = x.to_bytes(nbytes, byteorder='little', signed=True)
    if x < 0 and nbytes > 1:
        if result[-1] == 0xff and (result[-2] & 0x80) != 0:
            result = result[:-1]
    return result


def decode_long(data):
    return int.from_bytes(data, byteorder='little', signed=True)


def _utf8(s):
    """s in UTF-8, lone surrogates written as their three bytes (CPython's 'surrogatepass')."""
    try:
        return s.encode('utf-8')
    except UnicodeEncodeError:
        out = bytearray()
        for ch in s:
            c = ord(ch)
            if 0xd800 <= c <= 0xdfff:
                out += bytes([0xe0 | (c >> 12), 0x80 | ((c >> 6) & 0x3f), 0x80 | (c & 0x3f)])
            else:
                out += ch.encode('utf-8')
        return bytes(out)


def _from_utf8(b):
    try:
        return b.decode('utf-8')
    except UnicodeDecodeError:
        out = []
        i = 0
        n = len(b)
        while i < n:  # lone surrogates as three bytes (ED A0..BF xx), the rest as UTF-8
            if b[i] == 0xed and i + 2 < n and 0xa0 <= b[i + 1] <= 0xbf:
                out.append(chr(((b[i] & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f)))
                i += 3
                continue
            j = i + 1
            while j < n and not (b[j] == 0xed and j + 2 < n and 0xa0 <= b[j + 1] <= 0xbf):
                j += 1
            out.append(b[i:j].decode('utf-8'))
            i = j
        return ''.join(out)


def _raw_unicode_escape(s):
    """Protocol 0's UNICODE argument: latin-1 text, other characters as \\uXXXX or \\UXXXXXXXX; the pickler also
    escapes the backslash and the line feeds that would end the argument."""
    out = []
    for ch in s:
        c = ord(ch)
        if ch == '\\':
            out.append('\\u005c')
        elif ch == '\n':
            out.append('\\u000a')
        elif ch == '\r':
            out.append('\\u000d')
        elif ch == '\0':
            out.append('\\u0000')
        elif ch == '\x1a':
            out.append('\\u001a')
        elif c < 256:
            out.append(ch)
        elif c < 0x10000:
            out.append('\\u%04x' % c)
        else:
            out.append('\\U%08x' % c)
    return ''.join(out).encode('latin-1')


def _from_raw_unicode_escape(b):
    s = b.decode('latin-1')
    out = []
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '\\' and i + 1 < n and s[i + 1] in 'uU':
            width = 4 if s[i + 1] == 'u' else 8
            digits = s[i + 2:i + 2 + width]
            if len(digits) == width and all(d in '0123456789abcdefABCDEF' for d in digits):
                out.append(chr(int(digits, 16)))
                i += 2 + width
                continue
        out.append(ch)
        i += 1
    return ''.join(out)


_ESCAPES = {'n': '\n', 't': '\t', 'r': '\r', '\\': '\\', "'": "'", '"': '"', 'a': '\a', 'b': '\b', 'f': '\f',
            'v': '\v', '0': '\0'}


def _unescape_string_literal(s):
    """The bytes a protocol 0 STRING opcode's quoted Python 2 str literal stands for."""
    out = bytearray()
    i = 0
    n = len(s)
    while i < n:
        ch = s[i]
        if ch == '\\' and i + 1 < n:
            nx = s[i + 1]
            if nx == 'x' and i + 3 < n + 1:
                out.append(int(s[i + 2:i + 4], 16))
                i += 4
                continue
            if nx in '01234567':
                j = i + 1
                while j < n and j < i + 4 and s[j] in '01234567':
                    j += 1
                out.append(int(s[i + 1:j], 8) & 0xff)
                i = j
                continue
            if nx in _ESCAPES:
                out += _ESCAPES[nx].encode('latin-1')
                i += 2
                continue
        out += ch.encode('latin-1')
        i += 1
    return bytes(out)


def whichmodule(obj, name):
    """The name of the module `obj` (a function or class named `name`) lives in."""
    module_name = getattr(obj, '__module__', None)
    if module_name is not None:
        return module_name
    for module_name, module in sys.modules.copy().items():
        if module_name == '__main__' or module_name == '__mp_main__' or module is None:
            continue
        try:
            if _getattribute(module, name)[0] is obj:
                return module_name
        except AttributeError:
            pass
    return '__main__'


def _getattribute(obj, name):
    parent = None
    for subpath in name.split('.'):
        if subpath == '<locals>':
            raise AttributeError("Can't get local attribute {!r} on {!r}".format(name, obj))
        parent, obj = obj, getattr(obj, subpath)
    return obj, parent


_NoneType = type(None)
_NotImplementedType = type(NotImplemented)
_EllipsisType = type(...)
_FunctionType = type(whichmodule)
_BuiltinType = type(len)


class _Framer:
    """Protocol 4's frames: the pickle's bytes after PROTO in frames of up to about 64 KiB, each announced with its
    length (a frame shorter than 4 bytes goes without its header, as CPython's pickler writes it)."""

    def __init__(self, file_write):
        self.file_write = file_write
        self.current_frame = None

    def start_framing(self):
        self.current_frame = io.BytesIO()

    def end_framing(self):
        if self.current_frame and self.current_frame.tell() > 0:
            self.commit_frame(force=True)
            self.current_frame = None

    def commit_frame(self, force=False):
        if self.current_frame:
            f = self.current_frame
            if f.tell() >= _FRAME_SIZE_TARGET or force:
                data = f.getvalue()
                if len(data) >= _FRAME_SIZE_MIN:
                    self.file_write(FRAME + struct.pack('<Q', len(data)))
                self.file_write(data)
                self.current_frame = io.BytesIO()

    def write(self, data):
        if self.current_frame:
            return self.current_frame.write(data)
        return self.file_write(data)


class Pickler:
    """Writes pickles of objects to a binary file (anything with a write method)."""

    def __init__(self, file, protocol=None, *, fix_imports=True, buffer_callback=None):
        if protocol is None:
            protocol = DEFAULT_PROTOCOL
        if protocol < 0:
            protocol = HIGHEST_PROTOCOL
        elif not 0 <= protocol <= HIGHEST_PROTOCOL:
            raise ValueError("pickle protocol must be <= %d" % HIGHEST_PROTOCOL)
        if buffer_callback is not None and protocol < 5:
            raise ValueError("buffer_callback needs protocol >= 5")
        self._buffer_callback = buffer_callback
        try:
            self._file_write = file.write
        except AttributeError:
            raise TypeError("file must have a 'write' attribute")
        self.framer = _Framer(self._file_write)
        self.write = self.framer.write
        self.memo = {}
        self.proto = int(protocol)
        self.bin = protocol >= 1
        self.fast = 0
        self.fix_imports = fix_imports and protocol < 3

    def clear_memo(self):
        self.memo.clear()

    def dump(self, obj):
        """Writes a pickle of obj."""
        if not hasattr(self, "_file_write"):
            raise PicklingError("Pickler.__init__() was not called by %s.__init__()" % (self.__class__.__name__,))
        if self.proto >= 2:
            self.write(PROTO + struct.pack("<B", self.proto))
        if self.proto >= 4:
            self.framer.start_framing()
        self.save(obj)
        self.write(STOP)
        self.framer.end_framing()

    def memoize(self, obj):
        if self.fast:
            return
        assert id(obj) not in self.memo
        idx = len(self.memo)
        self.write(self.put(idx))
        self.memo[id(obj)] = idx, obj

    def put(self, idx):
        if self.proto >= 4:
            return MEMOIZE
        elif self.bin:
            if idx < 256:
                return BINPUT + struct.pack("<B", idx)
            return LONG_BINPUT + struct.pack("<I", idx)
        return PUT + repr(idx).encode("ascii") + b'\n'

    def get(self, i):
        if self.bin:
            if i < 256:
                return BINGET + struct.pack("<B", i)
            return LONG_BINGET + struct.pack("<I", i)
        return GET + repr(i).encode("ascii") + b'\n'

    def persistent_id(self, obj):
        return None

    def save(self, obj, save_persistent_id=True):
        self.framer.commit_frame()
        pid = self.persistent_id(obj)
        if pid is not None and save_persistent_id:
            self.save_pers(pid)
            return
        x = self.memo.get(id(obj))
        if x is not None:
            self.write(self.get(x[0]))
            return
        t = type(obj)
        f = self._dispatch.get(t)
        if f is not None:
            f(self, obj)
            return
        reduce = getattr(self, 'reducer_override', None)
        rv = NotImplemented
        if reduce is not None:
            rv = reduce(obj)
        if rv is NotImplemented:
            if isinstance(obj, type) or (t is _FunctionType) or (t is _BuiltinType and _is_module_function(obj)):
                self.save_global(obj)
                return
            reduce = getattr(self, 'dispatch_table', dispatch_table).get(t)
            if reduce is not None:
                rv = reduce(obj)
            else:
                rv = self._reduce(obj, t)
        if isinstance(rv, str):
            self.save_global(obj, rv)
            return
        if not isinstance(rv, tuple):
            raise PicklingError("%s must return string or tuple" % ('__reduce__',))
        if not 2 <= len(rv) <= 6:
            raise PicklingError("Tuple returned by %s must have two to six elements" % ('__reduce__',))
        self.save_reduce(obj=obj, *rv)

    def _reduce(self, obj, t):
        reduce = getattr(obj, '__reduce_ex__', None)
        if reduce is not None:
            return reduce(self.proto)
        reduce = getattr(obj, '__reduce__', None)
        if reduce is not None:
            return reduce()
        raise PicklingError("Can't pickle %r object: %r" % (t.__name__, obj))

    def save_pers(self, pid):
        if self.bin:
            self.save(pid, save_persistent_id=False)
            self.write(BINPERSID)
        else:
            try:
                self.write(PERSID + str(pid).encode("ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("persistent IDs in protocol 0 must be ASCII strings")

    def save_reduce(self, func, args, state=None, listitems=None, dictitems=None, state_setter=None, *, obj=None):
        if not isinstance(args, tuple):
            raise PicklingError("second item of the tuple returned by __reduce__ must be a tuple")
        if not callable(func):
            raise PicklingError("first item of the tuple returned by __reduce__ must be callable")
        save = self.save
        write = self.write
        func_name = getattr(func, "__name__", "")
        if self.proto >= 2 and func_name == "__newobj_ex__":
            cls, args, kwargs = args
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj_ex__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj_ex__ args has the wrong class")
            if self.proto >= 4:
                save(cls)
                save(args)
                save(kwargs)
                write(NEWOBJ_EX)
            else:
                import functools
                func = functools.partial(cls.__new__, cls, *args, **kwargs)
                save(func)
                save(())
                write(REDUCE)
        elif self.proto >= 2 and func_name == "__newobj__":
            cls = args[0]
            if not hasattr(cls, "__new__"):
                raise PicklingError("args[0] from __newobj__ args has no __new__")
            if obj is not None and cls is not obj.__class__:
                raise PicklingError("args[0] from __newobj__ args has the wrong class")
            args = args[1:]
            save(cls)
            save(args)
            write(NEWOBJ)
        else:
            save(func)
            save(args)
            write(REDUCE)
        if obj is not None:
            if id(obj) in self.memo:
                write(POP + self.get(self.memo[id(obj)][0]))
            else:
                self.memoize(obj)
        if listitems is not None:
            self._batch_appends(listitems)
        if dictitems is not None:
            self._batch_setitems(dictitems)
        if state is not None:
            if state_setter is None:
                save(state)
                write(BUILD)
            else:
                save(state_setter)
                save(obj)
                save(state)
                write(TUPLE2)
                write(REDUCE)
                write(POP)

    # ---- the built-in types

    _dispatch = {}

    def save_none(self, obj):
        self.write(NONE)
    _dispatch[_NoneType] = save_none

    def save_bool(self, obj):
        if self.proto >= 2:
            self.write(NEWTRUE if obj else NEWFALSE)
        else:
            self.write(TRUE if obj else FALSE)
    _dispatch[bool] = save_bool

    def save_long(self, obj):
        if self.bin:
            if obj >= 0:
                if obj <= 0xff:
                    self.write(BININT1 + struct.pack("<B", obj))
                    return
                if obj <= 0xffff:
                    self.write(BININT2 + struct.pack("<H", obj))
                    return
            if -0x80000000 <= obj <= 0x7fffffff:
                self.write(BININT + struct.pack("<i", obj))
                return
        if self.proto >= 2:
            encoded = encode_long(obj)
            n = len(encoded)
            if n < 256:
                self.write(LONG1 + struct.pack("<B", n) + encoded)
            else:
                self.write(LONG4 + struct.pack("<i", n) + encoded)
            return
        if -0x80000000 <= obj <= 0x7fffffff:
            self.write(INT + repr(obj).encode("ascii") + b'\n')
        else:
            self.write(LONG + repr(obj).encode("ascii") + b'L\n')
    _dispatch[int] = save_long

    def save_float(self, obj):
        if self.bin:
            self.write(BINFLOAT + struct.pack('>d', obj))
        else:
            self.write(FLOAT + repr(obj).encode("ascii") + b'\n')
    _dispatch[float] = save_float

    def _save_bytes_no_memo(self, obj):
        n = len(obj)
        if n <= 0xff:
            self.write(SHORT_BINBYTES + struct.pack("<B", n) + obj)
        elif n > 0xffffffff and self.proto >= 4:
            self.write(BINBYTES8 + struct.pack("<Q", n) + obj)
        else:
            self.write(BINBYTES + struct.pack("<I", n) + obj)

    def save_bytes(self, obj):
        if self.proto < 3:
            if not obj:
                self.save_reduce(bytes, (), obj=obj)
            else:
                self.save_reduce(_codecs_encode, (str(obj, 'latin1'), 'latin1'), obj=obj)
            return
        self._save_bytes_no_memo(obj)
        self.memoize(obj)
    _dispatch[bytes] = save_bytes

    def save_bytearray(self, obj):
        if self.proto < 5:
            self.save_reduce(bytearray, (bytes(obj),) if obj else (), obj=obj)
            return
        n = len(obj)
        self.write(BYTEARRAY8 + struct.pack("<Q", n) + bytes(obj))
        self.memoize(obj)
    _dispatch[bytearray] = save_bytearray

    def save_str(self, obj):
        if self.bin:
            encoded = _utf8(obj)
            n = len(encoded)
            if n <= 0xff and self.proto >= 4:
                self.write(SHORT_BINUNICODE + struct.pack("<B", n) + encoded)
            elif n > 0xffffffff and self.proto >= 4:
                self.write(BINUNICODE8 + struct.pack("<Q", n) + encoded)
            else:
                self.write(BINUNICODE + struct.pack("<I", n) + encoded)
        else:
            self.write(UNICODE + _raw_unicode_escape(obj) + b'\n')
        self.memoize(obj)
    _dispatch[str] = save_str

    def save_tuple(self, obj):
        if not obj:
            if self.bin:
                self.write(EMPTY_TUPLE)
            else:
                self.write(MARK + TUPLE)
            return
        n = len(obj)
        save = self.save
        memo = self.memo
        if n <= 3 and self.proto >= 2:
            for element in obj:
                save(element)
            if id(obj) in memo:  # a tuple reached again through its own items
                get = self.get(memo[id(obj)][0])
                self.write(POP * n + get)
            else:
                self.write(_tuplesize2code[n])
                self.memoize(obj)
            return
        write = self.write
        write(MARK)
        for element in obj:
            save(element)
        if id(obj) in memo:
            get = self.get(memo[id(obj)][0])
            if self.bin:
                write(POP_MARK + get)
            else:
                write(POP * (n + 1) + get)
            return
        write(TUPLE)
        self.memoize(obj)
    _dispatch[tuple] = save_tuple

    def save_list(self, obj):
        if self.bin:
            self.write(EMPTY_LIST)
        else:
            self.write(MARK + LIST)
        self.memoize(obj)
        self._batch_appends(obj)
    _dispatch[list] = save_list

    def _batch_appends(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for x in items:
                save(x)
                write(APPEND)
            return
        it = iter(items)
        while True:
            tmp = []
            for x in it:
                tmp.append(x)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for x in tmp:
                    save(x)
                write(APPENDS)
            elif n:
                save(tmp[0])
                write(APPEND)
            if n < _BATCHSIZE:
                return

    def save_dict(self, obj):
        if self.bin:
            self.write(EMPTY_DICT)
        else:
            self.write(MARK + DICT)
        self.memoize(obj)
        self._batch_setitems(obj.items())
    _dispatch[dict] = save_dict

    def _batch_setitems(self, items):
        save = self.save
        write = self.write
        if not self.bin:
            for k, v in items:
                save(k)
                save(v)
                write(SETITEM)
            return
        it = iter(items)
        while True:
            tmp = []
            for kv in it:
                tmp.append(kv)
                if len(tmp) == _BATCHSIZE:
                    break
            n = len(tmp)
            if n > 1:
                write(MARK)
                for k, v in tmp:
                    save(k)
                    save(v)
                write(SETITEMS)
            elif n:
                k, v = tmp[0]
                save(k)
                save(v)
                write(SETITEM)
            if n < _BATCHSIZE:
                return

    def save_set(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(set, (list(obj),), obj=obj)
            return
        write(EMPTY_SET)
        self.memoize(obj)
        it = iter(obj)
        while True:
            batch = []
            for x in it:
                batch.append(x)
                if len(batch) == _BATCHSIZE:
                    break
            if batch:
                write(MARK)
                for item in batch:
                    save(item)
                write(ADDITEMS)
            if len(batch) < _BATCHSIZE:
                return
    _dispatch[set] = save_set

    def save_frozenset(self, obj):
        save = self.save
        write = self.write
        if self.proto < 4:
            self.save_reduce(frozenset, (list(obj),), obj=obj)
            return
        write(MARK)
        for item in obj:
            save(item)
        if id(obj) in self.memo:
            write(POP_MARK + self.get(self.memo[id(obj)][0]))
            return
        write(FROZENSET)
        self.memoize(obj)
    _dispatch[frozenset] = save_frozenset

    def save_global(self, obj, name=None):
        write = self.write
        memo = self.memo
        if name is None:
            name = getattr(obj, '__qualname__', None)
        if name is None:
            name = obj.__name__
        module_name = whichmodule(obj, name)
        try:
            __import__(module_name, level=0)
            module = sys.modules[module_name]
            obj2, parent = _getattribute(module, name)
        except (ImportError, KeyError, AttributeError):
            raise PicklingError("Can't pickle %r: it's not found as %s.%s" % (obj, module_name, name)) from None
        else:
            if obj2 is not obj:
                raise PicklingError("Can't pickle %r: it's not the same object as %s.%s" % (obj, module_name, name))
        if self.proto >= 2:
            code = _extension_registry.get((module_name, name))
            if code:
                if code <= 0xff:
                    write(EXT1 + struct.pack("<B", code))
                elif code <= 0xffff:
                    write(EXT2 + struct.pack("<H", code))
                else:
                    write(EXT4 + struct.pack("<i", code))
                return
        lastname = name.rpartition('.')[2]
        if parent is module:
            name = lastname
        if self.proto >= 4:
            self.save(module_name)
            self.save(name)
            write(STACK_GLOBAL)
        elif parent is not module:
            self.save_reduce(getattr, (parent, lastname))
        elif self.proto >= 3:
            write(GLOBAL + bytes(module_name, "utf-8") + b'\n' + bytes(name, "utf-8") + b'\n')
        else:
            if self.fix_imports:
                module_name, name = _reverse_mapping(module_name, name)
            try:
                write(GLOBAL + bytes(module_name, "ascii") + b'\n' + bytes(name, "ascii") + b'\n')
            except UnicodeEncodeError:
                raise PicklingError("can't pickle global identifier '%s.%s' using pickle protocol %i"
                                    % (module_name, name, self.proto)) from None
        self.memoize(obj)

    def save_type(self, obj):
        if obj is _NoneType:
            return self.save_reduce(type, (None,), obj=obj)
        elif obj is _NotImplementedType:
            return self.save_reduce(type, (NotImplemented,), obj=obj)
        elif obj is _EllipsisType:
            return self.save_reduce(type, (...,), obj=obj)
        return self.save_global(obj)
    _dispatch[type] = save_type
    _dispatch[_FunctionType] = save_global


def _is_module_function(obj):
    s = getattr(obj, '__self__', None)
    if s is None:
        # a module's function reduces to its name; a type's method (str.upper, which is of this type here, where
        # CPython's is a method_descriptor) to (getattr, (type, name))
        return isinstance(obj.__reduce__(), str)
    return type(s).__name__ == 'module'


_REVERSE_NAMES = {('builtins', 'xrange'): ('__builtin__', 'xrange')}
_REVERSE_MODULES = {'builtins': '__builtin__', 'copyreg': 'copy_reg', 'queue': 'Queue', '_codecs': '_codecs'}


def _reverse_mapping(module, name):
    """Python 3 names as Python 2 knew them (fix_imports, protocols 0 to 2)."""
    if (module, name) in _REVERSE_NAMES:
        return _REVERSE_NAMES[(module, name)]
    return _REVERSE_MODULES.get(module, module), name


_NAME_MAPPING = {('__builtin__', 'xrange'): ('builtins', 'range'),
                 ('__builtin__', 'unicode'): ('builtins', 'str'),
                 ('__builtin__', 'basestring'): ('builtins', 'str'),
                 ('__builtin__', 'long'): ('builtins', 'int'),
                 ('exceptions', 'StandardError'): ('builtins', 'Exception')}
_IMPORT_MAPPING = {'__builtin__': 'builtins', 'copy_reg': 'copyreg', 'Queue': 'queue', 'exceptions': 'builtins',
                   'UserDict': 'collections', 'UserList': 'collections', 'UserString': 'collections'}


from _codecs import encode as _codecs_encode


class Unpickler:
    """Reads pickles from a binary file (anything with read and readline methods)."""

    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
        self._buffers = iter(buffers) if buffers is not None else None
        self._file_readline = file.readline
        self._file_read = file.read
        self.memo = {}
        self.encoding = encoding
        self.errors = errors
        self.proto = 0
        self.fix_imports = fix_imports

    def load(self):
        """Reads one pickle and answers the object it holds."""
        if not hasattr(self, "_file_read"):
            raise UnpicklingError("Unpickler.__init__() was not called by %s.__init__()" % (self.__class__.__name__,))
        self._frame = None
        self._at_opcode = False
        self.metastack = []
        self.stack = []
        self.append = self.stack.append
        self.proto = 0
        read = self.read
        dispatch = self._dispatch
        try:
            while True:
                self._at_opcode = True
                key = read(1)
                self._at_opcode = False
                if not key:
                    raise EOFError
                f = dispatch.get(key[0])
                if f is None:
                    raise UnpicklingError("invalid load key, '%s'." % (chr(key[0]) if 32 <= key[0] < 127
                                                                       else '\\x%02x' % key[0]))
                f(self)
        except _Stop as stopinst:
            return stopinst.value

    # ---- reading, through the current frame

    def read(self, n):
        f = self._frame
        if f is not None:
            data = f.read(n)
            if len(data) == n:
                return data
            if data or n == 0:
                raise UnpicklingError("pickle exhausted before end of frame")
            self._frame = None
        data = self._file_read(n)
        if len(data) < n:
            if not data and self._at_opcode:  # the input ends where an opcode should be
                raise EOFError("Ran out of input")
            raise UnpicklingError("pickle data was truncated")
        return data

    def readline(self):
        f = self._frame
        if f is not None:
            data = f.readline()
            if data:
                if not data.endswith(b'\n'):
                    raise UnpicklingError("pickle exhausted before end of frame")
                return data
            self._frame = None
        data = self._file_readline()
        if not data.endswith(b'\n'):
            raise UnpicklingError("pickle data was truncated")
        return data

    def pop_mark(self):
        items = self.stack
        if not self.metastack:
            raise UnpicklingError("could not find MARK")
        self.stack = self.metastack.pop()
        self.append = self.stack.append
        return items

    def _pop(self):
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        return self.stack.pop()

    def persistent_load(self, pid):
        raise UnpicklingError("A load persistent id instruction was encountered, but no persistent_load function "
                              "was specified.")

    def find_class(self, module, name):
        if self.proto < 3 and self.fix_imports:
            if (module, name) in _NAME_MAPPING:
                module, name = _NAME_MAPPING[(module, name)]
            elif module in _IMPORT_MAPPING:
                module = _IMPORT_MAPPING[module]
        __import__(module, level=0)
        if self.proto >= 4:
            return _getattribute(sys.modules[module], name)[0]
        return getattr(sys.modules[module], name)

    # ---- the opcodes

    _dispatch = {}

    def load_proto(self):
        proto = self.read(1)[0]
        if not 0 <= proto <= HIGHEST_PROTOCOL:
            raise ValueError("unsupported pickle protocol: %d" % proto)
        self.proto = proto
    _dispatch[PROTO[0]] = load_proto

    def load_frame(self):
        frame_size, = struct.unpack('<Q', self.read(8))
        if frame_size > sys.maxsize:
            raise ValueError("frame size > sys.maxsize: %d" % frame_size)
        if self._frame is not None and self._frame.read(1):
            raise UnpicklingError("beginning of a new frame before end of current frame")
        self._frame = None
        data = self._file_read(frame_size)
        if len(data) < frame_size:
            raise UnpicklingError("pickle data was truncated")
        self._frame = io.BytesIO(data)
    _dispatch[FRAME[0]] = load_frame

    def load_persid(self):
        try:
            pid = self.readline()[:-1].decode("ascii")
        except UnicodeDecodeError:
            raise UnpicklingError("persistent IDs in protocol 0 must be ASCII strings")
        self.append(self.persistent_load(pid))
    _dispatch[PERSID[0]] = load_persid

    def load_binpersid(self):
        pid = self._pop()
        self.append(self.persistent_load(pid))
    _dispatch[BINPERSID[0]] = load_binpersid

    def load_none(self):
        self.append(None)
    _dispatch[NONE[0]] = load_none

    def load_false(self):
        self.append(False)
    _dispatch[NEWFALSE[0]] = load_false

    def load_true(self):
        self.append(True)
    _dispatch[NEWTRUE[0]] = load_true

    def load_int(self):
        data = self.readline()
        if data == b'I00\n'[1:]:
            val = False
        elif data == b'I01\n'[1:]:
            val = True
        else:
            val = int(data, 0) if data.strip().startswith((b'0x', b'0X')) else int(data)
        self.append(val)
    _dispatch[INT[0]] = load_int

    def load_binint(self):
        self.append(struct.unpack('<i', self.read(4))[0])
    _dispatch[BININT[0]] = load_binint

    def load_binint1(self):
        self.append(self.read(1)[0])
    _dispatch[BININT1[0]] = load_binint1

    def load_binint2(self):
        self.append(struct.unpack('<H', self.read(2))[0])
    _dispatch[BININT2[0]] = load_binint2

    def load_long(self):
        val = self.readline()[:-1]
        if val and val[-1] == b'L'[0]:
            val = val[:-1]
        self.append(int(val))
    _dispatch[LONG[0]] = load_long

    def load_long1(self):
        n = self.read(1)[0]
        self.append(decode_long(self.read(n)))
    _dispatch[LONG1[0]] = load_long1

    def load_long4(self):
        n, = struct.unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("LONG pickle has negative byte count")
        self.append(decode_long(self.read(n)))
    _dispatch[LONG4[0]] = load_long4

    def load_float(self):
        self.append(float(self.readline()[:-1]))
    _dispatch[FLOAT[0]] = load_float

    def load_binfloat(self):
        self.append(struct.unpack('>d', self.read(8))[0])
    _dispatch[BINFLOAT[0]] = load_binfloat

    def _decode_string(self, value):
        if self.encoding == "bytes":
            return value
        return value.decode(self.encoding, self.errors)

    def load_string(self):
        data = self.readline()[:-1]
        if len(data) >= 2 and data[0] == data[-1] and data[0] in b'"\'':
            data = data[1:-1]
        else:
            raise UnpicklingError("the STRING opcode argument must be quoted")
        self.append(self._decode_string(_unescape_string_literal(data.decode('latin-1'))))
    _dispatch[STRING[0]] = load_string

    def load_binstring(self):
        n, = struct.unpack('<i', self.read(4))
        if n < 0:
            raise UnpicklingError("BINSTRING pickle has negative byte count")
        self.append(self._decode_string(self.read(n)))
    _dispatch[BINSTRING[0]] = load_binstring

    def load_binbytes(self):
        n, = struct.unpack('<I', self.read(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(self.read(n))
    _dispatch[BINBYTES[0]] = load_binbytes

    def load_unicode(self):
        self.append(_from_raw_unicode_escape(self.readline()[:-1]))
    _dispatch[UNICODE[0]] = load_unicode

    def load_binunicode(self):
        n, = struct.unpack('<I', self.read(4))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(_from_utf8(self.read(n)))
    _dispatch[BINUNICODE[0]] = load_binunicode

    def load_binunicode8(self):
        n, = struct.unpack('<Q', self.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINUNICODE8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(_from_utf8(self.read(n)))
    _dispatch[BINUNICODE8[0]] = load_binunicode8

    def load_binbytes8(self):
        n, = struct.unpack('<Q', self.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BINBYTES8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(self.read(n))
    _dispatch[BINBYTES8[0]] = load_binbytes8

    def load_bytearray8(self):
        n, = struct.unpack('<Q', self.read(8))
        if n > sys.maxsize:
            raise UnpicklingError("BYTEARRAY8 exceeds system's maximum size of %d bytes" % sys.maxsize)
        self.append(bytearray(self.read(n)))
    _dispatch[BYTEARRAY8[0]] = load_bytearray8

    def load_next_buffer(self):
        raise UnpicklingError("pickle stream refers to out-of-band data but no *buffers* argument was given")
    _dispatch[NEXT_BUFFER[0]] = load_next_buffer

    def load_readonly_buffer(self):
        pass
    _dispatch[READONLY_BUFFER[0]] = load_readonly_buffer

    def load_short_binstring(self):
        n = self.read(1)[0]
        self.append(self._decode_string(self.read(n)))
    _dispatch[SHORT_BINSTRING[0]] = load_short_binstring

    def load_short_binbytes(self):
        n = self.read(1)[0]
        self.append(self.read(n))
    _dispatch[SHORT_BINBYTES[0]] = load_short_binbytes

    def load_short_binunicode(self):
        n = self.read(1)[0]
        self.append(_from_utf8(self.read(n)))
    _dispatch[SHORT_BINUNICODE[0]] = load_short_binunicode

    def load_tuple(self):
        items = self.pop_mark()
        self.append(tuple(items))
    _dispatch[TUPLE[0]] = load_tuple

    def load_empty_tuple(self):
        self.append(())
    _dispatch[EMPTY_TUPLE[0]] = load_empty_tuple

    def load_tuple1(self):
        self.stack[-1] = (self.stack[-1],)
    _dispatch[TUPLE1[0]] = load_tuple1

    def load_tuple2(self):
        self.stack[-2:] = [(self.stack[-2], self.stack[-1])]
    _dispatch[TUPLE2[0]] = load_tuple2

    def load_tuple3(self):
        self.stack[-3:] = [(self.stack[-3], self.stack[-2], self.stack[-1])]
    _dispatch[TUPLE3[0]] = load_tuple3

    def load_empty_list(self):
        self.append([])
    _dispatch[EMPTY_LIST[0]] = load_empty_list

    def load_empty_dictionary(self):
        self.append({})
    _dispatch[EMPTY_DICT[0]] = load_empty_dictionary

    def load_empty_set(self):
        self.append(set())
    _dispatch[EMPTY_SET[0]] = load_empty_set

    def load_frozenset(self):
        items = self.pop_mark()
        self.append(frozenset(items))
    _dispatch[FROZENSET[0]] = load_frozenset

    def load_list(self):
        items = self.pop_mark()
        self.append(items)
    _dispatch[LIST[0]] = load_list

    def load_dict(self):
        items = self.pop_mark()
        d = {items[i]: items[i + 1] for i in range(0, len(items), 2)}
        self.append(d)
    _dispatch[DICT[0]] = load_dict

    def _instantiate(self, klass, args):
        if (args or not isinstance(klass, type) or hasattr(klass, "__getinitargs__")):
            try:
                value = klass(*args)
            except TypeError as err:
                raise TypeError("in constructor for %s: %s" % (klass.__name__, str(err))) from err
        else:
            value = klass.__new__(klass)
        self.append(value)

    def load_inst(self):
        module = self.readline()[:-1].decode("ascii")
        name = self.readline()[:-1].decode("ascii")
        klass = self.find_class(module, name)
        self._instantiate(klass, self.pop_mark())
    _dispatch[INST[0]] = load_inst

    def load_obj(self):
        args = self.pop_mark()
        cls = args.pop(0)
        self._instantiate(cls, args)
    _dispatch[OBJ[0]] = load_obj

    def load_newobj(self):
        args = self._pop()
        cls = self._pop()
        if not isinstance(cls, type):
            raise UnpicklingError("NEWOBJ class argument isn't a type object")
        if not isinstance(args, tuple):
            raise UnpicklingError("NEWOBJ expected an arg tuple.")
        obj = cls.__new__(cls, *args)
        self.append(obj)
    _dispatch[NEWOBJ[0]] = load_newobj

    def load_newobj_ex(self):
        kwargs = self._pop()
        args = self._pop()
        cls = self._pop()
        obj = cls.__new__(cls, *args, **kwargs)
        self.append(obj)
    _dispatch[NEWOBJ_EX[0]] = load_newobj_ex

    def load_global(self):
        module = self.readline()[:-1].decode("utf-8")
        name = self.readline()[:-1].decode("utf-8")
        klass = self.find_class(module, name)
        self.append(klass)
    _dispatch[GLOBAL[0]] = load_global

    def load_stack_global(self):
        name = self._pop()
        module = self._pop()
        if type(name) is not str or type(module) is not str:
            raise UnpicklingError("STACK_GLOBAL requires str")
        self.append(self.find_class(module, name))
    _dispatch[STACK_GLOBAL[0]] = load_stack_global

    def load_ext1(self):
        self.get_extension(self.read(1)[0])
    _dispatch[EXT1[0]] = load_ext1

    def load_ext2(self):
        self.get_extension(struct.unpack('<H', self.read(2))[0])
    _dispatch[EXT2[0]] = load_ext2

    def load_ext4(self):
        self.get_extension(struct.unpack('<i', self.read(4))[0])
    _dispatch[EXT4[0]] = load_ext4

    def get_extension(self, code):
        obj = _extension_cache.get(code, _extension_cache)
        if obj is not _extension_cache:
            self.append(obj)
            return
        key = _inverted_registry.get(code)
        if not key:
            if code <= 0:
                raise UnpicklingError("EXT specifies code <= 0")
            raise ValueError("unregistered extension code %d" % code)
        obj = self.find_class(*key)
        _extension_cache[code] = obj
        self.append(obj)

    def load_reduce(self):
        args = self._pop()
        func = self.stack[-1] if self.stack else None
        if func is None and not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        self.stack[-1] = func(*args)
    _dispatch[REDUCE[0]] = load_reduce

    def load_pop(self):
        if self.stack:
            del self.stack[-1]
        else:
            self.pop_mark()
    _dispatch[POP[0]] = load_pop

    def load_pop_mark(self):
        self.pop_mark()
    _dispatch[POP_MARK[0]] = load_pop_mark

    def load_dup(self):
        self.append(self.stack[-1])
    _dispatch[DUP[0]] = load_dup

    def _memo_get(self, i):
        try:
            self.append(self.memo[i])
        except KeyError:
            raise UnpicklingError("Memo value not found at index %d" % i) from None

    def load_get(self):
        self._memo_get(int(self.readline()[:-1]))
    _dispatch[GET[0]] = load_get

    def load_binget(self):
        self._memo_get(self.read(1)[0])
    _dispatch[BINGET[0]] = load_binget

    def load_long_binget(self):
        self._memo_get(struct.unpack('<I', self.read(4))[0])
    _dispatch[LONG_BINGET[0]] = load_long_binget

    def _memo_put(self, i):
        if i < 0:
            raise ValueError("negative PUT argument")
        if not self.stack:
            raise UnpicklingError("unpickling stack underflow")
        self.memo[i] = self.stack[-1]

    def load_put(self):
        self._memo_put(int(self.readline()[:-1]))
    _dispatch[PUT[0]] = load_put

    def load_binput(self):
        self._memo_put(self.read(1)[0])
    _dispatch[BINPUT[0]] = load_binput

    def load_long_binput(self):
        i, = struct.unpack('<I', self.read(4))
        if i > sys.maxsize:
            raise ValueError("negative LONG_BINPUT argument")
        self._memo_put(i)
    _dispatch[LONG_BINPUT[0]] = load_long_binput

    def load_memoize(self):
        self._memo_put(len(self.memo))
    _dispatch[MEMOIZE[0]] = load_memoize

    def load_append(self):
        value = self._pop()
        self.stack[-1].append(value)
    _dispatch[APPEND[0]] = load_append

    def load_appends(self):
        items = self.pop_mark()
        list_obj = self.stack[-1]
        try:
            extend = list_obj.extend
        except AttributeError:
            pass
        else:
            extend(items)
            return
        append = list_obj.append
        for item in items:
            append(item)
    _dispatch[APPENDS[0]] = load_appends

    def load_setitem(self):
        value = self._pop()
        key = self._pop()
        self.stack[-1][key] = value
    _dispatch[SETITEM[0]] = load_setitem

    def load_setitems(self):
        items = self.pop_mark()
        d = self.stack[-1]
        for i in range(0, len(items), 2):
            d[items[i]] = items[i + 1]
    _dispatch[SETITEMS[0]] = load_setitems

    def load_additems(self):
        items = self.pop_mark()
        set_obj = self.stack[-1]
        if isinstance(set_obj, set):
            set_obj.update(items)
        else:
            add = set_obj.add
            for item in items:
                add(item)
    _dispatch[ADDITEMS[0]] = load_additems

    def load_build(self):
        state = self._pop()
        inst = self.stack[-1]
        setstate = getattr(type(inst), "__setstate__", None)
        if setstate is not None:
            setstate(inst, state)
            return
        slotstate = None
        if isinstance(state, tuple) and len(state) == 2:
            state, slotstate = state
        if state:
            inst_dict = inst.__dict__
            for k, v in state.items():
                if type(k) is str:
                    inst_dict[sys.intern(k)] = v
                else:
                    inst_dict[k] = v
        if slotstate:
            for k, v in slotstate.items():
                setattr(inst, k, v)
    _dispatch[BUILD[0]] = load_build

    def load_mark(self):
        self.metastack.append(self.stack)
        self.stack = []
        self.append = self.stack.append
    _dispatch[MARK[0]] = load_mark

    def load_stop(self):
        value = self._pop()
        raise _Stop(value)
    _dispatch[STOP[0]] = load_stop


def dump(obj, file, protocol=None, *, fix_imports=True, buffer_callback=None):
    Pickler(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)


def dumps(obj, protocol=None, *, fix_imports=True, buffer_callback=None):
    f = io.BytesIO()
    Pickler(f, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback).dump(obj)
    res = f.getvalue()
    assert isinstance(res, (bytes, bytearray))
    return res


def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=None):
    if isinstance(data, str):
        raise TypeError("Can't load pickle from unicode string")
    file = io.BytesIO(data)
    return Unpickler(file, fix_imports=fix_imports, buffers=buffers, encoding=encoding, errors=errors).load()


# CPython's names for the C implementation: the same classes here
_Pickler = Pickler
_Unpickler = Unpickler
_dump = dump
_dumps = dumps
_load = load
_loads = loads
