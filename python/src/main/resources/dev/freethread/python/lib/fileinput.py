# SPDX-License-Identifier: Apache-2.0
# fileinput for ftpython: iterating over the lines of several files (or stdin, named '-'), with in-place
# rewriting (stdout goes to the new file, the original kept as a backup), open hooks and the module-level
# input() state, written here after CPython 3.13's behaviour. Files are read as bytes and decoded here (universal
# newlines in text mode), and in-place output is encoded here, so any codec that str/bytes know can be used.
# ftpython has no file descriptors: fileno() answers -1 unless the file object itself has a fileno().
import os
import sys
from types import GenericAlias

__all__ = ["input", "close", "nextfile", "filename", "lineno", "filelineno", "fileno", "isfirstline", "isstdin",
           "FileInput", "hook_compressed", "hook_encoded"]

_state = None


def input(files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None, errors=None):
    """Start reading the lines of `files` through the module's shared FileInput, and return it."""
    global _state
    if _state and _state._file:
        raise RuntimeError("input() already active")
    _state = FileInput(files, inplace, backup, mode=mode, openhook=openhook, encoding=encoding, errors=errors)
    return _state


def close():
    """Close the shared FileInput."""
    global _state
    state, _state = _state, None
    if state:
        state.close()


def _active():
    if not _state:
        raise RuntimeError("no active input()")
    return _state


def nextfile():
    """Skip the rest of the current file; the next line read comes from the next file."""
    return _active().nextfile()


def filename():
    """The name of the file being read (None before the first line)."""
    return _active().filename()


def lineno():
    """How many lines have been read, over all the files."""
    return _active().lineno()


def filelineno():
    """How many lines have been read from the current file."""
    return _active().filelineno()


def fileno():
    return _active().fileno()


def isfirstline():
    """Whether the last line read was its file's first."""
    return _active().isfirstline()


def isstdin():
    """Whether the last line read came from stdin."""
    return _active().isstdin()


# -- files read and written here

def _text_codec(encoding):
    return 'utf-8' if encoding is None or encoding == 'locale' else encoding


class _Lines:
    """The contents of a file (already read), handed out a line at a time."""

    def __init__(self, name, data):
        self.name = name
        self._data = data
        self._pos = 0
        self._nl = b'\n' if isinstance(data, bytes) else '\n'
        self.closed = False

    def readline(self, size=-1):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        data = self._data
        end = data.find(self._nl, self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        line = data[self._pos:end]
        self._pos = end
        return line

    def read(self, size=-1):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        end = len(self._data) if size is None or size < 0 else self._pos + size
        out = self._data[self._pos:end]
        self._pos += len(out)
        return out

    def readlines(self):
        return list(self)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def close(self):
        self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def _decode_text(data, encoding, errors):
    text = data.decode(_text_codec(encoding), 'strict' if errors is None else errors)
    return text.replace('\r\n', '\n').replace('\r', '\n')


def _open_read(name, mode, encoding=None, errors=None):
    with open(name, 'rb') as f:
        data = f.read()
    if 'b' in mode:
        return _Lines(name, data)
    return _Lines(name, _decode_text(data, encoding, errors))


class _Output:
    """The file written in place of the original: text encoded here, the whole written at close."""

    def __init__(self, name, binary, encoding, errors):
        self.name = name
        self._binary = binary
        self._encoding = _text_codec(encoding)
        self._errors = 'strict' if errors is None else errors
        self._parts = []
        self.closed = False
        with open(name, 'wb'):
            pass  # the file exists (empty) from now on, as after CPython's open(..., 'w')

    def write(self, s):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if self._binary:
            if isinstance(s, str):
                raise TypeError("a bytes-like object is required, not 'str'")
            self._parts.append(bytes(s))
        else:
            if not isinstance(s, str):
                raise TypeError('write() argument must be str, not %s' % type(s).__name__)
            self._parts.append(s.encode(self._encoding, self._errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self._parts:
            data = b''.join(self._parts)
            self._parts = []
            with open(self.name, 'ab') as f:
                f.write(data)

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.closed = True

    def writable(self):
        return True


class FileInput:
    """Lines of a sequence of files, one file after the other, as one stream."""

    def __init__(self, files=None, inplace=False, backup="", *, mode="r", openhook=None, encoding=None,
                 errors=None):
        if isinstance(files, str):
            files = (files,)
        elif isinstance(files, os.PathLike) or hasattr(type(files), '__fspath__'):
            files = (os.fspath(files),)
        else:
            if files is None:
                files = sys.argv[1:]
            files = tuple(files) if files else ('-',)
        self._files = files
        self._inplace = inplace
        self._backup = backup
        self._savestdout = None
        self._output = None
        self._filename = None
        self._startlineno = 0
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = None
        self._encoding = encoding
        self._errors = errors
        if mode not in ('r', 'rb'):
            raise ValueError("FileInput opening mode must be 'r' or 'rb'")
        self._mode = mode
        self._write_mode = mode.replace('r', 'w')
        if openhook:
            if inplace:
                raise ValueError("FileInput cannot use an opening hook in inplace mode")
            if not callable(openhook):
                raise ValueError("FileInput openhook must be callable")
        self._openhook = openhook

    def __del__(self):
        self.close()

    def close(self):
        try:
            self.nextfile()
        finally:
            self._files = ()

    def __enter__(self):
        return self

    def __exit__(self, type, value, traceback):
        self.close()

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def readline(self):
        """The next line, moving on to the next file at the end of each; '' (or b'') at the very end."""
        while True:
            line = self._next_line()
            if line:
                self._filelineno += 1
                return line
            if not self._file:
                return line
            self.nextfile()

    def _next_line(self):
        if self._file is None:
            if not self._files:
                return b'' if 'b' in self._mode else ''
            self._open_next()
        return self._file.readline()

    def _open_next(self):
        self._filename = self._files[0]
        self._files = self._files[1:]
        self._startlineno = self.lineno()
        self._filelineno = 0
        self._file = None
        self._isstdin = False
        self._backupfilename = 0
        binary = 'b' in self._mode
        if self._filename == '-':
            self._filename = '<stdin>'
            stdin = sys.stdin
            self._file = getattr(stdin, 'buffer', stdin) if binary else stdin
            self._isstdin = True
        elif self._inplace:
            self._backupfilename = os.fspath(self._filename) + (self._backup or ".bak")
            try:
                os.unlink(self._backupfilename)
            except OSError:
                pass
            os.rename(self._filename, self._backupfilename)
            self._file = _open_read(self._backupfilename, self._mode, self._encoding, self._errors)
            perm = os.stat(self._backupfilename).st_mode
            self._output = _Output(self._filename, binary, self._encoding, self._errors)
            chmod = getattr(os, 'chmod', None)
            if chmod is not None:
                try:
                    chmod(self._filename, perm)
                except OSError:
                    pass
            self._savestdout = sys.stdout
            sys.stdout = self._output
        elif self._openhook:
            if self._encoding is None:
                self._file = self._openhook(self._filename, self._mode)
            else:
                self._file = self._openhook(self._filename, self._mode, encoding=self._encoding,
                                            errors=self._errors)
        else:
            self._file = _open_read(self._filename, self._mode, self._encoding, self._errors)

    def nextfile(self):
        """Close the current file (ending its in-place rewrite) so the next line comes from the next file."""
        saved = self._savestdout
        self._savestdout = None
        if saved:
            sys.stdout = saved
        output = self._output
        self._output = None
        try:
            if output:
                output.close()
        finally:
            file = self._file
            self._file = None
            try:
                if file and not self._isstdin:
                    file.close()
            finally:
                backup = self._backupfilename
                self._backupfilename = None
                if backup and not self._backup:
                    try:
                        os.unlink(backup)
                    except OSError:
                        pass
                self._isstdin = False

    def filename(self):
        return self._filename

    def lineno(self):
        return self._startlineno + self._filelineno

    def filelineno(self):
        return self._filelineno

    def fileno(self):
        if not self._file:
            return -1
        try:
            return self._file.fileno()
        except (ValueError, AttributeError):
            return -1

    def isfirstline(self):
        return self._filelineno == 1

    def isstdin(self):
        return self._isstdin

    __class_getitem__ = classmethod(GenericAlias)


def hook_compressed(filename, mode, *, encoding=None, errors=None):
    """An openhook that reads '.gz' files through gzip ('.bz2' through bz2) and other files plainly."""
    if encoding is None and "b" not in mode:
        encoding = "locale"
    ext = os.path.splitext(filename)[1]
    if ext == '.gz':
        import gzip
        stream = gzip.open(filename, mode)
    elif ext == '.bz2':
        import bz2
        stream = bz2.BZ2File(filename, mode)
    else:
        return _open_read(filename, mode, encoding, errors)
    if "b" in mode:
        return stream
    try:
        data = stream.read()
    finally:
        stream.close()
    return _Lines(filename, _decode_text(data, encoding, errors))


def hook_encoded(encoding, errors=None):
    """An openhook that opens files with the given encoding and errors handler."""
    def openhook(filename, mode):
        return _open_read(filename, mode, encoding, errors)
    return openhook
