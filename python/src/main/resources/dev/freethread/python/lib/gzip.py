# SPDX-License-Identifier: Apache-2.0
# gzip for ftpython: compress/decompress, GzipFile and open (binary and text modes), written here after CPython
# 3.13's behaviour. Members are deflated and inflated with zlib's raw streams (wbits -15); the header (magic 1f 8b,
# method 8, flags, mtime, extra flags, OS 255, optional name) and the trailer (CRC-32 and size, little-endian) are
# written and checked here. Several members, zero padding between them, and CPython's errors (BadGzipFile, EOFError
# for truncated data) are handled. Text mode wraps a GzipFile in a small TextIOWrapper of its own (ftpython's
# io.TextIOWrapper opens files by name only).
import builtins
import io
import os
import struct
import sys
import time
import zlib

__all__ = ['BadGzipFile', 'GzipFile', 'open', 'compress', 'decompress']

FTEXT, FHCRC, FEXTRA, FNAME, FCOMMENT = 1, 2, 4, 8, 16

READ = 'rb'
WRITE = 'wb'

_COMPRESS_LEVEL_FAST = 1
_COMPRESS_LEVEL_TRADEOFF = 6
_COMPRESS_LEVEL_BEST = 9

READ_BUFFER_SIZE = 128 * 1024
_OUT_CHUNK = 64 * 1024  # at most this much decompressed at a time
_WRITE_BUFFER_SIZE = 4 * io.DEFAULT_BUFFER_SIZE

_TRUNCATED = 'Compressed file ended before the end-of-stream marker was reached'


class BadGzipFile(OSError):
    """Exception raised in some cases for invalid gzip files."""


BadGzipFile.__module__ = 'gzip'


def write32u(output, value):
    # the value is written as an unsigned 32-bit little-endian integer
    output.write(struct.pack('<L', value))


def _ebadf(message):
    return OSError(9, message)


def _check_bytes(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


def _text_encoding():
    try:
        import locale
        return locale.getpreferredencoding(False)
    except Exception:
        return 'UTF-8'


class GzipFile:
    """A file of gzip members, read (mode 'rb') or written ('wb', 'ab', 'xb'), over a named file or a file object.
    Reading gives the data of all members in turn; writing makes one member, finished by close()."""

    myfileobj = None

    def __init__(self, filename=None, mode=None, compresslevel=_COMPRESS_LEVEL_BEST, fileobj=None, mtime=None):
        if mode and ('t' in mode or 'U' in mode):
            raise ValueError('Invalid mode: {!r}'.format(mode))
        if mode and 'b' not in mode:
            mode += 'b'
        if fileobj is None:
            fileobj = self.myfileobj = builtins.open(filename, mode or 'rb')
        if filename is None:
            filename = getattr(fileobj, 'name', '')
            if not isinstance(filename, (str, bytes)):
                filename = ''
        else:
            filename = os.fspath(filename)
        origmode = mode
        if mode is None:
            mode = getattr(fileobj, 'mode', 'rb')

        if mode.startswith('r'):
            self.mode = READ
            self.name = filename
            self._src = fileobj
            self._pushed = b''
            self._out = b''           # decompressed data, read up to self._off
            self._off = 0
            self._pos = 0             # position in the uncompressed data
            self._decomp = None
            self._new_member = True
            self._member_done = False  # a member's deflate stream ended, its trailer not read yet
            self._at_eof = False
            self._crc = 0
            self._size = 0
            self._last_mtime = None
        elif mode.startswith(('w', 'a', 'x')):
            if origmode is None:
                import warnings
                warnings.warn('GzipFile was opened for writing, but this will change in future Python releases.  '
                              'Specify the mode argument for opening it for writing.', FutureWarning, 2)
            self.mode = WRITE
            self.name = filename
            if not isinstance(compresslevel, int) or not -1 <= compresslevel <= 9:
                # ftpython's zlib.compressobj says zlib.error('Bad compression level') here
                if isinstance(compresslevel, int):
                    raise ValueError('Invalid initialization option')
            self.compress = zlib.compressobj(compresslevel, zlib.DEFLATED, -zlib.MAX_WBITS, zlib.DEF_MEM_LEVEL, 0)
            self.crc = zlib.crc32(b'')
            self.size = 0
            self.offset = 0
            self._write_mtime = mtime
            self._buffer_size = _WRITE_BUFFER_SIZE
            self._pending = []        # written data not compressed yet (deflate output does not depend on
            self._pending_len = 0     # how the input is cut, so small writes are gathered first)
        else:
            raise ValueError('Invalid mode: {!r}'.format(mode))

        self.fileobj = fileobj
        if self.mode == WRITE:
            self._write_gzip_header(compresslevel)

    # -- common ---------------------------------------------------------------------------------------------------

    @property
    def mtime(self):
        """The modification time of the last member header read."""
        if self.mode != READ:
            raise AttributeError("'_WriteBufferStream' object has no attribute '_last_mtime'")
        return self._last_mtime

    @property
    def closed(self):
        return self.fileobj is None

    def __repr__(self):
        s = repr(self.fileobj)
        return '<gzip ' + s[1:-1] + ' ' + hex(id(self)) + '>'

    def _check_not_closed(self):
        if self.closed:
            raise ValueError('I/O operation on closed file')

    def readable(self):
        self._check_not_closed()
        return self.mode == READ

    def writable(self):
        self._check_not_closed()
        return self.mode == WRITE

    def seekable(self):
        return True

    def isatty(self):
        return False

    def fileno(self):
        fileno = getattr(self.fileobj, 'fileno', None)
        if fileno is None:
            raise io.UnsupportedOperation('fileno')
        return fileno()

    def __enter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def close(self):
        fileobj = self.fileobj
        if fileobj is None:
            return
        try:
            if self.mode == WRITE:
                self._compress_pending()
                fileobj.write(self.compress.flush())
                write32u(fileobj, self.crc)
                write32u(fileobj, self.size & 0xffffffff)
        finally:
            self.fileobj = None
            myfileobj = self.myfileobj
            if myfileobj:
                self.myfileobj = None
                myfileobj.close()

    def __del__(self):
        try:
            if getattr(self, 'fileobj', None) is not None:
                self.close()
        except Exception:
            pass

    def flush(self, zlib_mode=zlib.Z_SYNC_FLUSH):
        self._check_not_closed()
        if self.mode == WRITE:
            self._compress_pending()
            self.fileobj.write(self.compress.flush(zlib_mode))
            flush = getattr(self.fileobj, 'flush', None)
            if flush is not None:
                flush()

    def tell(self):
        self._check_not_closed()
        if self.mode == WRITE:
            return self.offset
        return self._pos

    def seek(self, offset, whence=io.SEEK_SET):
        if self.mode == WRITE:
            self._check_not_closed()
            if whence != io.SEEK_SET:
                if whence == io.SEEK_CUR:
                    offset = self.offset + offset
                else:
                    raise ValueError('Seek from end not supported')
            if offset < self.offset:
                raise OSError('Negative seek in write mode')
            # CPython answers the offset as it stood before the zeros (they wait in its write buffer)
            before = self.offset
            count = offset - self.offset
            chunk = b'\0' * self._buffer_size
            for i in range(count // self._buffer_size):
                self.write(chunk)
            self.write(b'\0' * (count % self._buffer_size))
            return before
        self._check_not_closed()
        return self._seek_read(offset, whence)

    def rewind(self):
        """Returns to the start of the uncompressed data (reading only)."""
        if self.mode != READ:
            raise OSError("Can't rewind in write mode")
        self._check_not_closed()
        self._rewind()

    # -- writing ----------------------------------------------------------------------------------------------------

    def _write_gzip_header(self, compresslevel):
        self.fileobj.write(b'\037\213')
        self.fileobj.write(b'\010')
        try:
            fname = os.path.basename(self.name)
            if not isinstance(fname, bytes):
                fname = fname.encode('latin-1')
            if fname.endswith(b'.gz'):
                fname = fname[:-3]
        except UnicodeEncodeError:
            fname = b''
        flags = FNAME if fname else 0
        self.fileobj.write(bytes([flags]))
        mtime = self._write_mtime
        if mtime is None:
            mtime = time.time()
        write32u(self.fileobj, int(mtime))
        if compresslevel == _COMPRESS_LEVEL_BEST:
            xfl = b'\002'
        elif compresslevel == _COMPRESS_LEVEL_FAST:
            xfl = b'\004'
        else:
            xfl = b'\000'
        self.fileobj.write(xfl)
        self.fileobj.write(b'\377')
        if fname:
            self.fileobj.write(fname + b'\000')

    def write(self, data):
        self._check_not_closed()
        if self.mode != WRITE:
            raise _ebadf('write() on read-only GzipFile object')
        if self.fileobj is None:
            raise ValueError('write() on closed GzipFile object')
        data = _check_bytes(data)
        length = len(data)
        if length > 0:
            self._pending.append(data)
            self._pending_len += length
            self.size += length
            self.offset += length
            if self._pending_len >= self._buffer_size:
                self._compress_pending()
        return length

    def _compress_pending(self):
        if self._pending:
            data = b''.join(self._pending)
            self._pending = []
            self._pending_len = 0
            self.crc = zlib.crc32(data, self.crc)
            self.fileobj.write(self.compress.compress(data))

    def writelines(self, lines):
        self._check_not_closed()
        for line in lines:
            self.write(line)

    # -- reading ----------------------------------------------------------------------------------------------------

    def _check_read(self, what):
        self._check_not_closed()
        if self.mode != READ:
            raise _ebadf('%s() on write-only GzipFile object' % what)

    def _take(self, size):
        """Up to size raw bytes: those pushed back first, else one read of the file."""
        if self._pushed:
            data, self._pushed = self._pushed[:size], self._pushed[size:]
            return data
        return self._src.read(size)

    def _push_back(self, data):
        self._pushed = data + self._pushed

    def _take_exact(self, size):
        data = self._take(size)
        while len(data) < size:
            more = self._take(size - len(data))
            if not more:
                raise EOFError(_TRUNCATED)
            data += more
        return data

    def _read_header(self):
        """Reads a member header: its mtime, or None at the end of the file."""
        magic = self._take(2)
        if magic == b'':
            return None
        if len(magic) == 1:
            magic += self._take(1)
        if magic != b'\037\213':
            raise BadGzipFile('Not a gzipped file (%r)' % magic)
        method, flag, mtime = struct.unpack('<BBIxx', self._take_exact(8))
        if method != 8:
            raise BadGzipFile('Unknown compression method')
        if flag & FEXTRA:
            extra_len, = struct.unpack('<H', self._take_exact(2))
            self._take_exact(extra_len)
        for bit in (FNAME, FCOMMENT):
            if flag & bit:
                while True:
                    c = self._take(1)
                    if not c or c == b'\000':
                        break
        if flag & FHCRC:
            self._take_exact(2)
        return mtime

    def _read_trailer(self):
        crc32, isize = struct.unpack('<II', self._take_exact(8))
        if crc32 != self._crc:
            raise BadGzipFile('CRC check failed %s != %s' % (hex(crc32), hex(self._crc)))
        if isize != (self._size & 0xffffffff):
            raise BadGzipFile('Incorrect length of data produced')
        # members may be followed by zero bytes
        c = b'\x00'
        while c == b'\x00':
            c = self._take(1)
        if c:
            self._push_back(c)

    def _more(self):
        """Decompresses more data onto the unread buffer; False once the last member is done."""
        if self._at_eof:
            return False
        while True:
            if self._member_done:
                self._read_trailer()
                self._member_done = False
                self._new_member = True
            if self._new_member:
                mtime = self._read_header()
                if mtime is None:
                    self._at_eof = True
                    return False
                self._last_mtime = mtime
                self._decomp = zlib.decompressobj(-zlib.MAX_WBITS)
                self._crc = zlib.crc32(b'')
                self._size = 0
                self._new_member = False
            buf = self._take(READ_BUFFER_SIZE)
            data = self._decomp.decompress(buf, _OUT_CHUNK)
            if self._decomp.unconsumed_tail:
                self._push_back(self._decomp.unconsumed_tail)
            elif self._decomp.unused_data:
                self._push_back(self._decomp.unused_data)
            if self._decomp.eof:
                self._member_done = True
            if data:
                self._crc = zlib.crc32(data, self._crc)
                self._size += len(data)
                self._out = self._out[self._off:] + data
                self._off = 0
                return True
            if buf == b'' and not self._decomp.eof:
                raise EOFError(_TRUNCATED)

    def _avail(self):
        return len(self._out) - self._off

    def _give(self, n):
        data = self._out[self._off:self._off + n]
        self._off += len(data)
        self._pos += len(data)
        return data

    def read(self, size=-1):
        self._check_read('read')
        if size is None or size < 0:
            while self._more():
                pass
            return self._give(self._avail())
        while self._avail() < size and self._more():
            pass
        return self._give(size)

    def read1(self, size=-1):
        self._check_read('read1')
        if size is None or size < 0:
            size = io.DEFAULT_BUFFER_SIZE
        if not self._avail():
            self._more()
        return self._give(size)

    def peek(self, n=0):
        self._check_read('peek')
        if not self._avail():
            self._more()
        return self._out[self._off:]

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._check_not_closed()
        if self.mode != READ:
            raise _ebadf('read() on write-only GzipFile object')
        if size is None:
            size = -1
        while True:
            nl = self._out.find(b'\n', self._off)
            if nl >= 0:
                end = nl + 1 - self._off
                break
            if 0 <= size <= self._avail() or not self._more():
                end = self._avail()
                break
        if size >= 0:
            end = min(end, size)
        return self._give(end)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def _rewind(self):
        self._src.seek(0)
        self._pushed = b''
        self._out = b''
        self._off = 0
        self._pos = 0
        self._decomp = None
        self._new_member = True
        self._member_done = False
        self._at_eof = False

    def _seek_read(self, offset, whence):
        if whence == io.SEEK_SET:
            pass
        elif whence == io.SEEK_CUR:
            offset = self._pos + offset
        elif whence == io.SEEK_END:
            while self._more():
                pass
            offset = self._pos + self._avail() + offset
        else:
            raise ValueError('Invalid value for whence: {}'.format(whence))
        if offset < self._pos:
            self._rewind()
        self._pos_skip(offset - self._pos)
        return self._pos

    def _pos_skip(self, count):
        while count > 0:
            if not self._avail() and not self._more():
                break
            data = self._give(count)
            count -= len(data)


def open(filename, mode='rb', compresslevel=_COMPRESS_LEVEL_BEST, encoding=None, errors=None, newline=None):
    """Opens a gzip file in binary ('rb', 'wb', 'ab', 'xb') or text ('rt', 'wt', 'at', 'xt') mode; filename is a
    name or a file object."""
    if 't' in mode:
        if 'b' in mode:
            raise ValueError('Invalid mode: %r' % (mode,))
    else:
        if encoding is not None:
            raise ValueError("Argument 'encoding' not supported in binary mode")
        if errors is not None:
            raise ValueError("Argument 'errors' not supported in binary mode")
        if newline is not None:
            raise ValueError("Argument 'newline' not supported in binary mode")
    gz_mode = mode.replace('t', '')
    if isinstance(filename, (str, bytes)) or hasattr(type(filename), '__fspath__'):
        binary_file = GzipFile(filename, gz_mode, compresslevel)
    elif hasattr(filename, 'read') or hasattr(filename, 'write'):
        binary_file = GzipFile(None, gz_mode, compresslevel, filename)
    else:
        raise TypeError('filename must be a str or bytes object, or a file')
    if 't' in mode:
        return TextIOWrapper(binary_file, encoding, errors, newline)
    return binary_file


class TextIOWrapper:
    """Text over a GzipFile: decodes what it reads (all of it, at the first read) and encodes what it writes,
    translating newlines as io.TextIOWrapper does."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %s' % (newline,))
        import codecs
        self._codecs = codecs
        self.buffer = buffer
        self.encoding = _text_encoding() if encoding is None else encoding
        codecs.lookup(self.encoding)
        self.errors = 'strict' if errors is None else errors
        self._newline = newline
        self._text = None
        self._tpos = 0
        self._encoder = None

    @property
    def name(self):
        return self.buffer.name

    @property
    def closed(self):
        return self.buffer.closed

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return False

    def _check_open(self):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def _load(self):
        self._check_open()
        if not self.buffer.readable():
            raise io.UnsupportedOperation('not readable')
        if self._text is None:
            text = self._codecs.decode(self.buffer.read(), self.encoding, self.errors)
            if self._newline is None:
                text = text.replace('\r\n', '\n').replace('\r', '\n')
            self._text = text
            self._tpos = 0
        return self._text

    def read(self, size=-1):
        text = self._load()
        if size is None or size < 0:
            out = text[self._tpos:]
        else:
            out = text[self._tpos:self._tpos + size]
        self._tpos += len(out)
        return out

    def _line_end(self, text, start):
        nl = self._newline
        if nl is None or nl == '\n':
            i = text.find('\n', start)
            return -1 if i < 0 else i + 1
        if nl == '\r' or nl == '\r\n':
            i = text.find(nl, start)
            return -1 if i < 0 else i + len(nl)
        # universal newlines, untranslated
        i = start
        n = len(text)
        while i < n:
            c = text[i]
            if c == '\n':
                return i + 1
            if c == '\r':
                return i + 2 if text[i + 1:i + 2] == '\n' else i + 1
            i += 1
        return -1

    def readline(self, size=-1):
        text = self._load()
        end = self._line_end(text, self._tpos)
        if end < 0:
            end = len(text)
        if size is not None and size >= 0:
            end = min(end, self._tpos + size)
        out = text[self._tpos:end]
        self._tpos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if not self.buffer.writable():
            raise io.UnsupportedOperation('not writable')
        if self._encoder is None:
            self._encoder = self._codecs.getincrementalencoder(self.encoding)(self.errors)
        text = s
        if self._newline in ('\r', '\r\n'):
            text = text.replace('\n', self._newline)
        elif self._newline is None and os.linesep != '\n':
            text = text.replace('\n', os.linesep)
        self.buffer.write(self._encoder.encode(text))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._check_open()
        if self.buffer.writable():
            self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            self.buffer.close()

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *args):
        self.close()

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (self.name, self.encoding)


TextIOWrapper.__module__ = '_io'


def compress(data, compresslevel=_COMPRESS_LEVEL_BEST, *, mtime=None):
    """The data gzip-compressed as one member; mtime (default: now) goes in the header."""
    data = _check_bytes(data)
    if mtime is None:
        mtime = time.time()
    body = zlib.compress(data, compresslevel, -zlib.MAX_WBITS)
    # the extra flags zlib itself writes: 2 for the best compression, 4 for the fastest ones
    xfl = 2 if compresslevel == _COMPRESS_LEVEL_BEST else 4 if 0 <= compresslevel < 2 else 0
    header = b'\037\213\010\000' + struct.pack('<L', int(mtime)) + bytes([xfl, 255])
    return header + body + struct.pack('<LL', zlib.crc32(data), len(data) & 0xffffffff)


def decompress(data):
    """The data of all the gzip members in data, one after the other."""
    data = _check_bytes(data)
    members = []
    while True:
        reader = GzipFile(fileobj=io.BytesIO(data))
        if reader._read_header() is None:
            return b''.join(members)
        rest = reader._pushed + reader._src.read()
        d = zlib.decompressobj(-zlib.MAX_WBITS)
        out = d.decompress(rest)
        if not d.eof or len(d.unused_data) < 8:
            raise EOFError(_TRUNCATED)
        crc, length = struct.unpack('<II', d.unused_data[:8])
        if crc != zlib.crc32(out):
            raise BadGzipFile('CRC check failed')
        if length != (len(out) & 0xffffffff):
            raise BadGzipFile('Incorrect length of data produced')
        members.append(out)
        data = d.unused_data[8:].lstrip(b'\x00')


def main():
    from argparse import ArgumentParser
    parser = ArgumentParser(description='A simple command line interface for the gzip module: act like gzip, but '
                                        'do not delete the input file.')
    group = parser.add_mutually_exclusive_group()
    group.add_argument('--fast', action='store_true', help='compress faster')
    group.add_argument('--best', action='store_true', help='compress better')
    group.add_argument('-d', '--decompress', action='store_true', help='act like gunzip instead of gzip')
    parser.add_argument('args', nargs='*', default=['-'], metavar='file')
    args = parser.parse_args()
    compresslevel = _COMPRESS_LEVEL_TRADEOFF
    if args.fast:
        compresslevel = _COMPRESS_LEVEL_FAST
    elif args.best:
        compresslevel = _COMPRESS_LEVEL_BEST
    for arg in args.args:
        if args.decompress:
            if arg == '-':
                sys.exit('gzip: reading from standard input is not supported here')
            if not arg.endswith('.gz'):
                sys.exit('filename doesn\'t end in .gz: {!r}'.format(arg))
            with GzipFile(arg, 'rb') as f, builtins.open(arg[:-3], 'wb') as g:
                g.write(f.read())
        else:
            if arg == '-':
                sys.exit('gzip: reading from standard input is not supported here')
            with builtins.open(arg, 'rb') as f, GzipFile(arg + '.gz', 'wb', compresslevel) as g:
                g.write(f.read())


if __name__ == '__main__':
    main()
