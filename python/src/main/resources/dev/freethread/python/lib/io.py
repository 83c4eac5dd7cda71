# SPDX-License-Identifier: Apache-2.0
# io for ftpython: text and binary files (open), StringIO and BytesIO. A file opened for reading reads the whole
# contents at open (text with universal newlines); one opened for writing keeps what is written and writes it at
# flush() and close() (and when the file object is freed, as CPython's does). A file opened for updating ('+') keeps
# its whole contents in memory, where reads, writes and seeks work as in a StringIO or BytesIO, and writes them all
# back at flush() and close() if anything was written.
import _os

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192


class UnsupportedOperation(OSError, ValueError):
    pass


class _TextStream:
    """What StringIO and text files share: reading a string by position, lines, iteration, context management."""

    def _check_open(self):
        if self.closed:
            raise ValueError('I/O operation on closed file.')

    def readable(self):
        return True

    def tell(self):
        self._check_open()
        return self._pos

    def read(self, size=-1):
        self._check_open()
        self._check_readable()
        text = self._text
        if size is None or size < 0:
            out = text[self._pos:]
        else:
            out = text[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    _NL = '\n'
    # what ends a line: '\n' unless the stream's newline says otherwise; None and '' end lines at any of '\r', '\n'
    # and '\r\n' (a text translated as it was read or written needs only '\n')
    _line_newline = '\n'

    def _line_end(self, text, pos):
        """Where the line starting at pos ends, after its terminator: '\n' for binary streams and newline='\n';
        the stream's newline when it is '\r' or '\r\n'; any of '\r', '\n' and '\r\n' for newline None or ''
        (what None reads was translated already), as CPython's TextIOWrapper and StringIO end lines."""
        nl = self._line_newline
        if nl is None or nl == '':
            lf = text.find('\n', pos)
            stop = len(text) if lf < 0 else lf
            cr = text.find('\r', pos, stop)  # only up to the '\n': a search to the end for each line is quadratic
            if cr < 0:
                return stop if lf < 0 else lf + 1
            return cr + 2 if text.startswith('\r\n', cr) else cr + 1
        end = text.find(nl, pos)
        return len(text) if end < 0 else end + len(nl)

    def readline(self, size=-1):
        self._check_open()
        self._check_readable()
        text = self._text
        end = self._line_end(text, self._pos)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = text[self._pos:end]
        self._pos = end
        return out

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check_open()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        self._check_open()
        return self

    def __exit__(self, *exc):
        self.close()

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def isatty(self):
        return False


class _InMemory:
    """What StringIO and BytesIO share: always readable, writable and seekable; closing drops nothing."""

    def _check_readable(self):
        pass

    def fileno(self):  # IOBase's: an in-memory stream has no file descriptor
        raise UnsupportedOperation('fileno')

    def writable(self):
        return True

    def seekable(self):
        return True

    def truncate(self, size=None):
        self._check_open()
        size = self._pos if size is None else size
        self._text = self._text[:size]
        return size

    def flush(self):
        self._check_open()

    def close(self):
        self.closed = True


class StringIO(_InMemory, _TextStream):
    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError('newline must be str or None, not %s' % type(newline).__name__)
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: %r' % (newline,))
        if initial_value is None:
            initial_value = ''
        if not isinstance(initial_value, str):
            raise TypeError('initial_value must be str or None, not %s' % type(initial_value).__name__)
        self._newline = newline
        self._line_newline = '\n' if newline is None else newline  # None's text is translated as it is written
        self._text = self._translate(initial_value)
        self._pos = 0
        self.closed = False

    def _translate(self, s):
        # what is written is stored as it will be read: newline None reads universal newlines as '\n', and '\r'
        # or '\r\n' write each '\n' as themselves (CPython's StringIO)
        nl = self._newline
        if nl is None:
            return _translate_newlines(s)
        if nl in ('\r', '\r\n'):
            return s.replace('\n', nl)
        return s

    @property
    def newlines(self):
        return None

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('string argument expected, got %r' % type(s).__name__)
        n = len(s)
        if self._newline != '\n':  # the default newline translates nothing: no call on each write
            s = self._translate(s)
        text = self._text
        if self._pos == len(text):
            self._text = text + s
        else:
            if self._pos > len(text):
                text = text + '\0' * (self._pos - len(text))
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        return n

    def getvalue(self):
        self._check_open()
        return self._text

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('Negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._text)
        else:
            raise ValueError('Invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos


def _translate_newlines(text):
    return text.replace('\r\n', '\n').replace('\r', '\n')


class _File:
    """What text and binary files share: the mode's abilities, flushing on close and when freed."""

    def readable(self):
        self._check_open()
        return self._reading

    def writable(self):
        self._check_open()
        return self._writing

    def seekable(self):
        return True

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.closed = True

    def _open_contents(self, mode, read, write):
        # What the file holds at open, for reading and updating: 'r' and 'r+' need the file, 'w' and 'w+' empty it,
        # 'x' and 'x+' create it, 'a' and 'a+' create it if missing and keep what it holds.
        self._update = '+' in mode
        self._reading = 'r' in mode or self._update
        self._writing = 'w' in mode or 'a' in mode or 'x' in mode or self._update
        self._dirty = False
        if 'w' in mode or 'x' in mode:
            write('x' if 'x' in mode else 'w')
        elif 'a' in mode:
            write('a')
        if 'r' in mode or ('a' in mode and self._update):
            self._text = read()
        if 'a' in mode:
            self._pos = len(self._text)

    def _write_update(self, data):
        # updating: overwrite at the position (appending mode: always at the end), as StringIO and BytesIO do
        text = self._text
        if 'a' in self.mode:
            self._pos = len(text)
        if self._pos > len(text):
            text = text + text[:0].join([self._FILL] * (self._pos - len(text)))
        self._text = text[:self._pos] + data + text[self._pos + len(data):]
        self._pos += len(data)
        self._dirty = True

    def truncate(self, size=None):
        self._check_open()
        if not self._writing:
            raise UnsupportedOperation('truncate')
        self.flush()
        size = self._pos if size is None else size
        if size < 0:
            raise OSError(22, 'Invalid argument')
        if self._update:
            self._text = self._text[:size]
            self._dirty = True
            self.flush()
        else:
            self._truncate_file(size)
        return size

    def __del__(self):
        if not getattr(self, 'closed', True):  # an __init__ that raised left no file to close
            self.close()


class TextIOWrapper(_File, _TextStream):
    def __new__(cls, *args, **kwargs):
        # TextIOWrapper(buffer, encoding=...) over a binary stream (sys.stdout.buffer, a BytesIO): the wrapper below;
        # open() makes this class over a file name. A subclass given a buffer (class S(io.TextIOWrapper) calling
        # super().__init__(buffer, ...)) gets a class of its own over the wrapper, made once
        if cls is TextIOWrapper and (kwargs or args and not isinstance(args[0], (str, bytes, int))):
            return object.__new__(_BufferTextWrapper)
        return object.__new__(cls)

    def __init__(self, name, *args, **kwargs):
        if not isinstance(name, (str, bytes, int)):
            # a subclass's super().__init__(buffer, ...): the instance becomes one of a class of the subclass's own
            # over the buffer wrapper (made once), and is set up as that wrapper
            cls = type(self)
            over = cls.__dict__.get('_over_buffer')
            if over is None:
                over = type(cls.__name__, (cls, _BufferTextWrapper), {'__module__': cls.__module__,
                                                                      '__qualname__': cls.__qualname__})
                cls._over_buffer = over
            self.__class__ = over
            _BufferTextWrapper.__init__(self, name, *args, **kwargs)
            return
        self._init_file(name, *args, **kwargs)

    def _init_file(self, name, mode, encoding, newline, errors=None):
        self.name = name
        self.mode = mode
        self.encoding = 'UTF-8' if encoding is None else encoding
        self.errors = 'strict' if errors is None else errors
        self.newline = newline
        # None: the text read at open is translated, so '\n' ends its lines; one opened for updating may hold a '\r'
        # it wrote itself, read back universally
        self._line_newline = newline if newline is not None or '+' in mode else '\n'
        self.closed = False
        self._pending = []
        self._pos = 0
        self._text = ''

        def read():
            try:
                text = _os.read_text(name, encoding, self.errors)
            except UnicodeDecodeError as e:
                # CPython decodes as it reads: open() succeeds and each read raises (the text is read at open here)
                self._decode_error = e
                return ''
            return _translate_newlines(text) if newline is None else text
        self._open_contents(mode, read, lambda how: _os.write_text(name, '', how, encoding, self.errors))
        # a file only read, whose lines end at '\n' (its text translated at open, or newline='\n'): its lines are
        # read in one step by __next__ and readline (the general path took four calls a line)
        self._fast_lines = self._reading and not self._update and self._line_newline == '\n' \
            and self._decode_error is None

    _FILL = '\0'
    _CHUNK = 8192
    _read_ahead = False
    _fast_lines = False

    def __next__(self):
        if self._fast_lines and not self.closed:
            text = self._text
            pos = self._pos
            end = text.find('\n', pos) + 1
            if end == 0:
                end = len(text)
                if end <= pos:
                    raise StopIteration
            self._pos = end
            self._read_ahead = True
            return text[pos:end]
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_readable(self):
        if not self._reading:
            raise UnsupportedOperation('not readable')

    # CPython's text file reads ahead by chunks of 8192, and a write after a read (with no seek between) goes where
    # the reading left the file, the end of the last chunk read, not where the text read so far ends
    _decode_error = None

    def read(self, size=-1):
        if self._decode_error is not None:
            raise self._decode_error
        out = _TextStream.read(self, size)
        self._read_ahead = True
        if self.newline is None and '\r' in out:  # what this file wrote itself ('w+'): read back universally
            out = _translate_newlines(out)
        return out

    def readline(self, size=-1):
        if self._fast_lines and (size is None or size == -1) and not self.closed:
            text = self._text
            pos = self._pos
            end = text.find('\n', pos) + 1
            if end == 0:
                end = len(text)
            self._pos = end
            self._read_ahead = True
            return text[pos:end]
        if self._decode_error is not None:
            raise self._decode_error
        out = _TextStream.readline(self, size)
        self._read_ahead = True
        if self.newline is None:  # what this file wrote itself ('w+') may hold '\r': read back universally
            if out.endswith('\r\n'):
                out = out[:-2] + '\n'
            elif out.endswith('\r'):
                out = out[:-1] + '\n'
        return out

    def write(self, s):
        self._check_open()
        if not self._writing:
            raise UnsupportedOperation('not writable')
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        if self._update:
            if self._read_ahead:
                self._read_ahead = False
                self._pos = min(len(self._text), -(-self._pos // self._CHUNK) * self._CHUNK)
            self._write_update(s)
        else:
            self._pending.append(s)
            self._pos += len(s)
        return len(s)

    def _encode_newlines(self, text):
        if self.newline not in (None, '', '\n'):
            return text.replace('\n', self.newline)
        return text

    def flush(self):
        self._check_open()
        if self._update:
            if self._dirty:
                self._dirty = False
                _os.write_text(self.name, self._encode_newlines(self._text), 'w', self.encoding, self.errors)
        elif self._pending:
            text = ''.join(self._pending)
            self._pending = []
            _os.write_text(self.name, self._encode_newlines(text), 'a', self.encoding, self.errors)

    def _truncate_file(self, size):
        text = _os.read_text(self.name, self.encoding, self.errors)
        _os.write_text(self.name, text[:size], 'w', self.encoding, self.errors)

    def seek(self, pos, whence=0):
        self._check_open()
        self.flush()
        self._read_ahead = False
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek position %d' % pos)
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise UnsupportedOperation("can't do nonzero end-relative seeks")
            self._pos = len(self._text) if self._reading else self._pos
        else:
            raise ValueError('invalid whence (%d, should be 0, 1 or 2)' % whence)
        return self._pos

    def __repr__(self):
        return "<_io.TextIOWrapper name=%r mode=%r encoding=%r>" % (self.name, self.mode, self.encoding)


class _BufferTextWrapper(TextIOWrapper):
    """TextIOWrapper(buffer, ...) over a binary stream: what is written is encoded and written to the buffer at
    once (flushed with it); what is read is the buffer's whole content, decoded at the first read."""

    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False, write_through=False):
        if encoding is not None and not isinstance(encoding, str):
            raise TypeError('TextIOWrapper() argument \'encoding\' must be str or None, not %s'
                            % type(encoding).__name__)
        self.buffer = buffer
        self.encoding = 'utf-8' if encoding in (None, 'locale') else encoding
        ''.encode(self.encoding)  # LookupError for an unknown encoding, as CPython's
        self.errors = 'strict' if errors is None else errors
        self.newline = newline
        self._line_newline = '\n' if newline is None else newline  # None's text is translated as it is loaded
        self.line_buffering = line_buffering
        self.write_through = write_through
        self.closed = False
        self._text = None
        self._pos = 0
        self.mode = getattr(buffer, 'mode', 'r').replace('b', '') if hasattr(buffer, 'mode') else 'r'

    @property
    def name(self):
        return self.buffer.name

    def _load(self):
        if self._text is None:
            data = self.buffer.read()
            text = data.decode(self.encoding, self.errors)
            self._text = _translate_newlines(text) if self.newline is None else text

    def _check_readable(self):
        if not hasattr(self.buffer, 'read'):
            raise UnsupportedOperation('not readable')
        self._load()

    def read(self, size=-1):
        return _TextStream.read(self, size)

    def readline(self, size=-1):
        return _TextStream.readline(self, size)

    def readable(self):
        return hasattr(self.buffer, 'read')

    def writable(self):
        return hasattr(self.buffer, 'write')

    def seekable(self):
        return False

    def write(self, s):
        self._check_open()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        text = s
        if self.newline not in (None, '', '\n'):
            text = text.replace('\n', self.newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.line_buffering and '\n' in s:
            self.flush()
        return len(s)

    def flush(self):
        self._check_open()
        f = getattr(self.buffer, 'flush', None)
        if f is not None:
            f()

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.closed = True
                c = getattr(self.buffer, 'close', None)
                if c is not None:
                    c()

    def detach(self):
        self.flush()
        buffer = self.buffer
        self.closed = True
        return buffer

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        f = getattr(self.buffer, 'isatty', None)
        return f() if f is not None else False

    def reconfigure(self, *, encoding=None, errors=None, newline=None, line_buffering=None, write_through=None):
        if encoding is not None:
            self.encoding = encoding
        if errors is not None:
            self.errors = errors
        if line_buffering is not None:
            self.line_buffering = line_buffering

    def __del__(self):
        pass

    def __repr__(self):
        try:
            return "<_io.TextIOWrapper name=%r encoding=%r>" % (self.name, self.encoding)
        except Exception:
            return "<_io.TextIOWrapper encoding=%r>" % (self.encoding,)


class _BinaryStream(_TextStream):
    """What BytesIO and binary files share: the same reading by position over bytes."""
    _NL = b'\n'
    _line_newline = b'\n'

    def _check_writable_data(self, b):
        if isinstance(b, str) or not (isinstance(b, (bytes, bytearray)) or hasattr(type(b), '__buffer__')):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)


class BytesIO(_InMemory, _BinaryStream):
    def __init__(self, initial_bytes=b''):
        self.closed = False
        self._text = bytes(initial_bytes)
        self._pos = 0

    def write(self, b):
        self._check_open()
        self._check_writable_data(b)
        b = bytes(b)
        text = self._text
        if self._pos > len(text):
            text = text + bytes(self._pos - len(text))
        self._text = text[:self._pos] + b + text[self._pos + len(b):]
        self._pos += len(b)
        return len(b)

    def getvalue(self):
        self._check_open()
        return self._text

    def getbuffer(self):
        return bytearray(self._text)

    def seek(self, pos, whence=0):
        self._check_open()
        if whence == 0:
            if pos < 0:
                raise ValueError('negative seek value %d' % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        else:
            self._pos = max(0, len(self._text) + pos)
        return self._pos

    def __repr__(self):
        return '<_io.BytesIO object at 0x%x>' % id(self)


class BufferedFile(_File, _BinaryStream):
    """What open() answers for a binary mode ('rb', 'wb', 'ab', 'xb'): CPython's BufferedReader or BufferedWriter."""

    def __init__(self, name, mode):
        self.name = name
        self.mode = mode
        self.closed = True  # until the file is opened: a failed open leaves nothing for __del__ to flush
        self._pending = []
        self._pos = 0
        self._text = b''
        self._open_contents(mode, lambda: _os.read_bytes(name), lambda how: _os.write_bytes(name, b'', how))
        if self._update:
            # CPython's BufferedRandom over a FileIO, whose mode reads back as 'rb+', 'ab+' or 'xb+'
            self.mode = ('a' if 'a' in mode else 'x' if 'x' in mode else 'r') + 'b+'
        self.closed = False

    _FILL = b'\0'

    def _check_readable(self):
        if not self._reading:
            raise UnsupportedOperation('read')

    def write(self, b):
        self._check_open()
        if not self._writing:
            raise UnsupportedOperation('write')
        self._check_writable_data(b)
        if self._update:
            self._write_update(bytes(b))
        else:
            self._pending.append(bytes(b))
            self._pos += len(b)
        return len(b)

    def flush(self):
        self._check_open()
        if self._update:
            if self._dirty:
                self._dirty = False
                _os.write_bytes(self.name, self._text, 'w')
        elif self._pending:
            data = b''.join(self._pending)
            self._pending = []
            _os.write_bytes(self.name, data, 'a')

    def _truncate_file(self, size):
        _os.write_bytes(self.name, _os.read_bytes(self.name)[:size], 'w')

    def seek(self, pos, whence=0):
        self._check_open()
        self.flush()
        if whence == 0:
            self._pos = pos
        elif whence == 1:
            self._pos += pos
        elif whence == 2:
            self._pos = len(self._text) + pos
        if self._pos < 0:
            self._pos = 0
            raise OSError(22, 'Invalid argument')
        return self._pos

    def __repr__(self):
        kind = 'BufferedRandom' if self._update else 'BufferedReader' if self._reading else 'BufferedWriter'
        return "<_io.%s name=%r>" % (kind, self.name)


def _abstract_bases():
    # CPython's io ABCs: the classes a stream is an instance of (isinstance(f, io.IOBase)) and the ones a user's
    # stream derives from, with their default methods; the concrete streams here are registered with them
    import abc

    class IOBase(metaclass=abc.ABCMeta):
        """The base of all streams: a user's stream defines what it supports, the rest raise UnsupportedOperation."""

        def _unsupported(self, name):
            raise UnsupportedOperation(name)

        def seek(self, pos, whence=0):
            self._unsupported('seek')

        def tell(self):
            return self.seek(0, 1)

        def truncate(self, pos=None):
            self._unsupported('truncate')

        def flush(self):
            self._checkClosed()

        __closed = False

        def close(self):
            if not self.__closed:
                try:
                    self.flush()
                finally:
                    self.__closed = True

        def __del__(self):
            try:
                closed = self.closed
            except AttributeError:
                return
            if not closed:
                try:
                    self.close()
                except Exception:
                    pass

        def seekable(self):
            return False

        def readable(self):
            return False

        def writable(self):
            return False

        @property
        def closed(self):
            return self.__closed

        def _checkClosed(self, msg=None):
            if self.closed:
                raise ValueError('I/O operation on closed file.' if msg is None else msg)

        def __enter__(self):
            self._checkClosed()
            return self

        def __exit__(self, *args):
            self.close()

        def fileno(self):
            self._unsupported('fileno')

        def isatty(self):
            self._checkClosed()
            return False

        def readline(self, size=-1):
            res = bytearray()
            while size is None or size < 0 or len(res) < size:
                b = self.read(1)
                if not b:
                    break
                res += b
                if res.endswith(b'\n'):
                    break
            return bytes(res)

        def __iter__(self):
            self._checkClosed()
            return self

        def __next__(self):
            line = self.readline()
            if not line:
                raise StopIteration
            return line

        def readlines(self, hint=None):
            if hint is None or hint <= 0:
                return list(self)
            n = 0
            lines = []
            for line in self:
                lines.append(line)
                n += len(line)
                if n >= hint:
                    break
            return lines

        def writelines(self, lines):
            self._checkClosed()
            for line in lines:
                self.write(line)

    class RawIOBase(IOBase):
        """Raw binary streams: read() and readall() are made of the subclass's readinto()."""

        def read(self, size=-1):
            if size is None:
                size = -1
            if size < 0:
                return self.readall()
            b = bytearray(size)
            n = self.readinto(b)
            if n is None:
                return None
            del b[n:]
            return bytes(b)

        def readall(self):
            res = bytearray()
            while True:
                data = self.read(DEFAULT_BUFFER_SIZE)
                if not data:
                    break
                res += data
            return bytes(res)

        def readinto(self, b):
            self._unsupported('readinto')

        def write(self, b):
            self._unsupported('write')

    class BufferedIOBase(IOBase):
        """Buffered binary streams."""

        def read(self, size=-1):
            self._unsupported('read')

        def read1(self, size=-1):
            self._unsupported('read1')

        def readinto(self, b):
            data = self.read(len(b))
            n = len(data)
            b[:n] = data
            return n

        def write(self, b):
            self._unsupported('write')

        def detach(self):
            self._unsupported('detach')

    class TextIOBase(IOBase):
        """Text streams."""

        def read(self, size=-1):
            self._unsupported('read')

        def write(self, s):
            self._unsupported('write')

        def readline(self, size=-1):
            self._unsupported('readline')

        def detach(self):
            self._unsupported('detach')

        @property
        def encoding(self):
            return None

        @property
        def newlines(self):
            return None

        @property
        def errors(self):
            return None

    for c in (StringIO, TextIOWrapper):
        TextIOBase.register(c)
    for c in (BytesIO, BufferedFile):
        BufferedIOBase.register(c)
    import sys
    for stream in (sys.stdout, sys.stderr, sys.stdin):
        if stream is not None:
            TextIOBase.register(type(stream))
    for c in (IOBase, RawIOBase, BufferedIOBase, TextIOBase):
        c.__module__ = 'io'
    return IOBase, RawIOBase, BufferedIOBase, TextIOBase


IOBase, RawIOBase, BufferedIOBase, TextIOBase = _abstract_bases()


class _Buffered(BufferedIOBase):
    """BufferedReader, BufferedWriter, BufferedRandom: a binary stream over a raw one (a BytesIO, a RawIOBase), here
    without a buffer of its own: each call goes straight to the raw stream, so nothing waits for a flush. Iteration,
    readlines, writelines and context management are IOBase's."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if not isinstance(buffer_size, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(buffer_size).__name__)
        if buffer_size <= 0:
            raise ValueError('buffer size must be strictly positive')
        self.raw = raw
        self.buffer_size = buffer_size

    @property
    def closed(self):
        return self.raw.closed

    @property
    def name(self):
        return self.raw.name

    @property
    def mode(self):
        return self.raw.mode

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def read(self, size=-1):
        return self.raw.read(size)

    def read1(self, size=-1):
        return self.raw.read(size)

    def readline(self, size=-1):
        return self.raw.readline(size)

    def readinto(self, b):
        data = self.raw.read(len(b))
        b[:len(data)] = data
        return len(data)

    def peek(self, size=0):
        pos = self.raw.tell()
        data = self.raw.read(max(size, 1))
        self.raw.seek(pos)
        return data

    def write(self, b):
        return self.raw.write(b)

    def seek(self, pos, whence=0):
        return self.raw.seek(pos, whence)

    def tell(self):
        return self.raw.tell()

    def truncate(self, pos=None):
        return self.raw.truncate(pos)

    def flush(self):
        if self.raw.closed:
            raise ValueError('flush of closed file')
        flush = getattr(self.raw, 'flush', None)
        if flush is not None:
            flush()

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def __repr__(self):
        try:
            return '<_io.%s name=%r>' % (type(self).__name__, self.name)
        except AttributeError:
            return '<_io.%s>' % type(self).__name__


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


class BufferedRWPair(BufferedIOBase):
    """A reader and a writer as one stream (a pipe's two ends)."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    def read(self, size=-1):
        return self.reader.read(size)

    def write(self, b):
        return self.writer.write(b)

    def flush(self):
        return self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()

    @property
    def closed(self):
        return self.writer.closed


def text_encoding(encoding, stacklevel=2, /):
    """The encoding a text file opened with `encoding` uses: itself, or 'locale' for None (PEP 597)."""
    return 'locale' if encoding is None else encoding


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    if isinstance(file, bytes):  # a bytes path, decoded as os.fsdecode does
        file = file.decode('utf-8', 'surrogateescape')
    if not isinstance(file, str):
        fspath = getattr(type(file), '__fspath__', None)
        if fspath is None:
            raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(file).__name__)
        file = fspath(file)
        if not isinstance(file, str):
            raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                            % (type(file).__name__, type(file).__name__))
    if not isinstance(mode, str):
        raise TypeError('open() argument \'mode\' must be str, not %s' % type(mode).__name__)
    modes = set(mode)
    if modes - set('axrwb+t') or len(mode) > len(modes):
        raise ValueError('invalid mode: %r' % mode)
    if 'b' in modes and 't' in modes:
        raise ValueError("can't have text and binary mode at once")
    if sum(c in modes for c in 'rwax') != 1:
        raise ValueError('must have exactly one of create/read/write/append mode')
    if 'b' in modes:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
        return BufferedFile(file, mode)
    if newline not in (None, '', '\n', '\r', '\r\n'):
        raise ValueError('illegal newline value: %r' % (newline,))
    if errors is not None and not isinstance(errors, str):
        raise TypeError("open() argument 'errors' must be str or None, not %s" % type(errors).__name__)
    return TextIOWrapper(file, mode, encoding, newline, errors)
