# SPDX-License-Identifier: Apache-2.0
# subprocess for ftpython: CPython 3.13's interface (Popen, run, call, check_call, check_output, getoutput,
# getstatusoutput, pipes, timeouts, text mode) over the JDK's ProcessBuilder (the Java module _subprocess). A JVM
# cannot fork or hand a child file descriptors, so:
# - stdout/stderr left as None go to the interpreter's own streams, copied by a pump thread (after what the script
#   printed before the child started); stdin left as None is the process's standard input;
# - a file object given as stdin/stdout/stderr is fed from, or filled with, a pipe by a thread of this module (any
#   object with read/write will do; CPython requires a real file descriptor), and the int descriptors 0, 1 and 2
#   mean the interpreter's streams; other descriptors raise EBADF;
# - preexec_fn, user, group, extra_groups, umask, pass_fds, start_new_session and process_group are refused with
#   a clear error; close_fds and restore_signals are what the JDK does (all closed, signals default);
# - `executable` replaces the program, and argv[0] with it;
# - a child ended by a signal that this Popen sent reports -N as CPython's; one ended by a signal from elsewhere
#   reports the shell's 128+N, as the JDK does.

import _subprocess
import os as _os
import sys as _sys
import threading as _threading
import time as _time
import types as _types
import codecs as _codecs

__all__ = ["Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput", "check_output", "run",
           "CalledProcessError", "DEVNULL", "SubprocessError", "TimeoutExpired", "CompletedProcess"]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# _subprocess's stream modes
_PARENT, _PIPE, _DEVNULL, _MERGE = 0, 1, 2, 3

_SIGNAMES = {1: 'SIGHUP', 2: 'SIGINT', 3: 'SIGQUIT', 4: 'SIGILL', 5: 'SIGTRAP', 6: 'SIGABRT', 7: 'SIGBUS',
             8: 'SIGFPE', 9: 'SIGKILL', 10: 'SIGUSR1', 11: 'SIGSEGV', 12: 'SIGUSR2', 13: 'SIGPIPE', 14: 'SIGALRM',
             15: 'SIGTERM', 17: 'SIGCHLD', 18: 'SIGCONT', 19: 'SIGSTOP', 20: 'SIGTSTP', 21: 'SIGTTIN', 22: 'SIGTTOU'}

_ERRNO_CLASSES = {2: FileNotFoundError, 13: PermissionError, 20: NotADirectoryError, 21: IsADirectoryError}


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """Raised when run() with check=True, check_call() or check_output() sees a non-zero exit status."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        if self.returncode and self.returncode < 0:
            name = _SIGNAMES.get(-self.returncode)
            if name is None:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -self.returncode)
            return "Command '%s' died with <Signals.%s: %d>." % (self.cmd, name, -self.returncode)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, self.returncode)

    @property
    def stdout(self):
        """Alias for output attribute, to match stderr"""
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class TimeoutExpired(SubprocessError):
    """Raised when the timeout expires while waiting for a child process."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    @property
    def stdout(self):
        return self.output

    @stdout.setter
    def stdout(self, value):
        self.output = value


class CompletedProcess:
    """What run() returns: args, returncode, stdout and stderr (None unless captured)."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        args = ['args={!r}'.format(self.args), 'returncode={!r}'.format(self.returncode)]
        if self.stdout is not None:
            args.append('stdout={!r}'.format(self.stdout))
        if self.stderr is not None:
            args.append('stderr={!r}'.format(self.stderr))
        return "{}({})".format(type(self).__name__, ', '.join(args))

    __class_getitem__ = classmethod(_types.GenericAlias)

    def check_returncode(self):
        """Raise CalledProcessError if the exit code is non-zero."""
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


def list2cmdline(seq):
    """A command line from a sequence of arguments, quoted by the MS C runtime's rules (as CPython's)."""
    result = []
    for arg in map(_os.fsdecode, seq):
        if result:
            result.append(' ')
        quote = (' ' in arg) or ('\t' in arg) or not arg
        if quote:
            result.append('"')
        backslashes = 0
        for c in arg:
            if c == '\\':
                backslashes += 1
            elif c == '"':
                result.append('\\' * (backslashes * 2 + 1) + '"')
                backslashes = 0
            else:
                if backslashes:
                    result.append('\\' * backslashes)
                    backslashes = 0
                result.append(c)
        if backslashes:
            result.append('\\' * backslashes)
        if quote:
            result.append('\\' * backslashes)
            result.append('"')
    return ''.join(result)


# ---- the parent's ends of the pipes

class _Reader:
    """What the binary and text readers of a pipe share: reading by size or line from a buffer (self._data) that
    _fill() extends until the end; _NL is the line end, _EMPTY the empty value."""

    _eof = False

    def _check(self):
        if self.closed:
            raise ValueError(self._CLOSED)

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while not self._eof:
                self._fill()
            out, self._data = self._data, self._EMPTY
            return out
        while len(self._data) < size and not self._eof:
            self._fill()
        out, self._data = self._data[:size], self._data[size:]
        return out

    def readline(self, size=-1):
        self._check()
        while True:
            i = self._data.find(self._NL)
            if i >= 0 or self._eof or (size is not None and 0 <= size <= len(self._data)):
                end = i + 1 if i >= 0 else len(self._data)
                if size is not None and 0 <= size < end:
                    end = size
                out, self._data = self._data[:end], self._data[end:]
                return out
            self._fill()

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
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readable(self):
        return True

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        return False

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


class _PipeReader(_Reader):
    """The parent's end of the child's stdout or stderr, binary (CPython's io.BufferedReader)."""

    _NL = b'\n'
    _EMPTY = b''
    _CLOSED = 'read of closed file'

    def __init__(self, popen, which):
        self._popen = popen
        self._which = which
        self._data = b''
        self.closed = False
        self.mode = 'rb'

    def _fill(self):
        chunk = _subprocess.read1(self._popen._proc, self._which, 65536)
        if chunk:
            self._data += chunk
        else:
            self._eof = True
        return bool(chunk)

    def read1(self, size=-1):
        self._check()
        if not self._data and not self._eof:
            self._fill()
        if size is None or size < 0:
            size = len(self._data)
        out, self._data = self._data[:size], self._data[size:]
        return out

    def peek(self, size=0):
        self._check()
        if not self._data and not self._eof:
            self._fill()
        return self._data

    def fileno(self):
        import io
        raise io.UnsupportedOperation('fileno: a pipe of ftpython has no file descriptor')

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocess.close(self._popen._proc, self._which)

    def __repr__(self):
        return '<_io.BufferedReader name=%s>' % ('<stdout>' if self._which == 1 else '<stderr>')


class _PipeWriter:
    """The parent's end of the child's stdin, binary; writes go through at once."""

    def __init__(self, popen):
        self._popen = popen
        self.closed = False
        self.mode = 'wb'

    def write(self, data):
        if self.closed:
            raise ValueError('write to closed file')
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        return _subprocess.write(self._popen._proc, data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        if self.closed:
            raise ValueError('flush of closed file')

    def readable(self):
        return False

    def writable(self):
        return True

    def seekable(self):
        return False

    def isatty(self):
        return False

    def fileno(self):
        import io
        raise io.UnsupportedOperation('fileno: a pipe of ftpython has no file descriptor')

    def close(self):
        if not self.closed:
            self.closed = True
            _subprocess.close(self._popen._proc, 0)

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return '<_io.BufferedWriter name=<stdin>>'


class _TextReader(_Reader):
    """Text over a _PipeReader: decoded incrementally, universal newlines (CPython's io.TextIOWrapper)."""

    _NL = '\n'
    _EMPTY = ''
    _CLOSED = 'I/O operation on closed file.'

    def __init__(self, raw, encoding, errors):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors
        self._decoder = _codecs.getincrementaldecoder(encoding)(errors)
        self._data = ''
        self._cr = False  # a '\r' at the end of the last chunk: a '\n' may follow in the next
        self.mode = 'r'

    @property
    def closed(self):
        return self.buffer.closed

    def _fill(self):
        chunk = self.buffer.read1(65536)
        final = not chunk
        text = self._decoder.decode(chunk, final)
        if self._cr:
            text = '\r' + text
            self._cr = False
        if not final and text.endswith('\r'):
            text = text[:-1]
            self._cr = True
        self._data += text.replace('\r\n', '\n').replace('\r', '\n')
        if final:
            self._eof = True

    def fileno(self):
        return self.buffer.fileno()

    def close(self):
        self.buffer.close()

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r encoding=%r>' % (
            '<stdout>' if self.buffer._which == 1 else '<stderr>', self.encoding)


class _TextWriter:
    """Text over a _PipeWriter: encoded and written through."""

    def __init__(self, raw, encoding, errors, line_buffering):
        self.buffer = raw
        self.encoding = encoding
        self.errors = errors
        self.line_buffering = line_buffering
        self.mode = 'w'

    @property
    def closed(self):
        return self.buffer.closed

    def write(self, s):
        if self.closed:
            raise ValueError('I/O operation on closed file.')
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not %s' % type(s).__name__)
        self.buffer.write(s.encode(self.encoding, self.errors))
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def readable(self):
        return False

    def writable(self):
        return True

    def fileno(self):
        return self.buffer.fileno()

    def close(self):
        self.buffer.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        return '<_io.TextIOWrapper name=%r mode=%r encoding=%r>' % ('<stdin>', 'w', self.encoding)


def _translate_newlines(data, encoding, errors):
    return data.decode(encoding, errors).replace("\r\n", "\n").replace("\r", "\n")


def _fsdecode_arg(a):
    if isinstance(a, (str, bytes)) or hasattr(type(a), '__fspath__'):
        return _os.fsdecode(a)
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(a).__name__)


def _is_std(obj, which):
    """Whether obj is the interpreter's own stream `which` (1 stdout, 2 stderr), as an object or a descriptor."""
    if isinstance(obj, int) and not isinstance(obj, bool):
        return obj == which
    return obj is (_sys.stdout if which == 1 else _sys.stderr) or obj is (_sys.__stdout__ if which == 1
                                                                            else _sys.__stderr__)


class Popen:
    """A child process (CPython's subprocess.Popen); see the module's comment for what differs."""

    _child_created = False

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None, stderr=None, preexec_fn=None,
                 close_fds=True, shell=False, cwd=None, env=None, universal_newlines=None, startupinfo=None,
                 creationflags=0, restore_signals=True, start_new_session=False, pass_fds=(), *, user=None,
                 group=None, extra_groups=None, encoding=None, errors=None, text=None, umask=-1, pipesize=-1,
                 process_group=None):
        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self._proc = None
        self._sent_signal = None
        self._feeders = []
        self._communication_started = False
        self._comm = None
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if pipesize is None:
            pipesize = -1
        if not isinstance(pipesize, int):
            raise TypeError("pipesize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        for name, value, default in (('preexec_fn', preexec_fn, None), ('user', user, None),
                                     ('group', group, None), ('extra_groups', extra_groups, None),
                                     ('umask', umask, -1), ('process_group', process_group, None)):
            if value != default:
                raise NotImplementedError("subprocess: %s is not supported by ftpython (a JVM cannot fork)" % name)
        if pass_fds or start_new_session:
            raise NotImplementedError("subprocess: %s is not supported by ftpython (a JVM cannot fork)"
                                      % ('pass_fds' if pass_fds else 'start_new_session'))
        if text is not None and universal_newlines is not None and bool(universal_newlines) != bool(text):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are supplied but '
                                  'different. Pass one or the other.')
        self.text_mode = bool(encoding or errors or text or universal_newlines)
        if self.text_mode and encoding is None:
            self.encoding = 'utf-8'
        line_buffering = bufsize == 1 and self.text_mode

        if isinstance(args, (str, bytes)) or hasattr(type(args), '__fspath__'):
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = [executable if executable is not None else '/bin/sh', '-c'] + argv
        elif executable is not None:
            argv[0] = executable
        if not argv:
            raise IndexError('list index out of range')
        argv = [_fsdecode_arg(a) for a in argv]

        if cwd is None:
            cwd = _os.getcwd()
        else:
            given = _fsdecode_arg(cwd)
            cwd = _os.path.abspath(given)
            if not _os.path.exists(cwd):
                raise FileNotFoundError(2, 'No such file or directory', given)
            if not _os.path.isdir(cwd):
                raise NotADirectoryError(20, 'Not a directory', given)
        envlist = []
        for k, v in (_os.environ if env is None else env).items():
            k = _os.fsdecode(k)
            v = _os.fsdecode(v)
            if '=' in k:
                raise ValueError("illegal environment variable name")
            if '\0' in k or '\0' in v:
                raise ValueError("embedded null byte")
            envlist.append(k + '=' + v)

        fill_err = None
        in_mode, stdin_feed = self._input_mode(stdin)
        out_mode, fill_out = self._output_mode(stdout, 1)
        if stderr == STDOUT:
            err_mode = _MERGE
        else:
            err_mode, fill_err = self._output_mode(stderr, 2)
        r = _subprocess.spawn(argv, cwd, envlist, in_mode, out_mode, err_mode)
        if isinstance(r, tuple):
            errno, msg = r
            cls = _ERRNO_CLASSES.get(errno, OSError)
            raise cls(errno, msg, argv[0] if not shell or executable is None else executable)
        self._proc = r
        self._child_created = True
        self.pid = _subprocess.pid(r)
        if stdin == PIPE:
            self.stdin = _PipeWriter(self)
            if self.text_mode:
                self.stdin = _TextWriter(self.stdin, self.encoding, self.errors or 'strict', line_buffering)
        if stdout == PIPE:
            self.stdout = _PipeReader(self, 1)
            if self.text_mode:
                self.stdout = _TextReader(self.stdout, self.encoding, self.errors or 'strict')
        if stderr == PIPE:
            self.stderr = _PipeReader(self, 2)
            if self.text_mode:
                self.stderr = _TextReader(self.stderr, self.encoding, self.errors or 'strict')
        if stdin_feed is not None:
            self._start_feeder(self._feed_stdin, stdin_feed)
        if fill_out is not None:
            self._start_feeder(self._fill, fill_out, 1)
        if fill_err is not None:
            self._start_feeder(self._fill, fill_err, 2)

    @staticmethod
    def _input_mode(stdin):
        if stdin is None:
            return _PARENT, None
        if stdin == PIPE:
            return _PIPE, None
        if stdin == DEVNULL:
            return _DEVNULL, None
        if isinstance(stdin, int) and not isinstance(stdin, bool):
            if stdin == 0:
                return _PARENT, None
            raise OSError(9, 'Bad file descriptor')
        if stdin is _sys.stdin or stdin is _sys.__stdin__:
            return _PARENT, None
        if not hasattr(stdin, 'read'):
            raise AttributeError("'%s' object has no attribute 'fileno'" % type(stdin).__name__)
        return _PIPE, stdin

    @staticmethod
    def _output_mode(obj, which):
        if obj is None or _is_std(obj, which):
            return _PARENT, None
        if obj == PIPE:
            return _PIPE, None
        if obj == DEVNULL:
            return _DEVNULL, None
        if isinstance(obj, int) and not isinstance(obj, bool):
            if obj in (1, 2):
                return _PIPE, (_sys.stdout if obj == 1 else _sys.stderr)
            raise OSError(9, 'Bad file descriptor')
        if not hasattr(obj, 'write'):
            raise AttributeError("'%s' object has no attribute 'fileno'" % type(obj).__name__)
        return _PIPE, obj

    def _start_feeder(self, target, *args):
        t = _threading.Thread(target=target, args=args, daemon=True, name='subprocess-feeder')
        t.start()
        self._feeders.append(t)

    def _feed_stdin(self, f):
        try:
            while True:
                data = f.read(65536)
                if not data:
                    break
                if isinstance(data, str):
                    data = data.encode(getattr(f, 'encoding', None) or 'utf-8')
                _subprocess.write(self._proc, data)
        except BrokenPipeError:
            pass
        finally:
            try:
                _subprocess.close(self._proc, 0)
            except OSError:
                pass

    def _fill(self, f, which):
        binary = 'b' in getattr(f, 'mode', '')
        decoder = None if binary else _codecs.getincrementaldecoder(getattr(f, 'encoding', None) or 'utf-8')(
            'replace')
        while True:
            data = _subprocess.read1(self._proc, which, 65536)
            if decoder is not None:
                text = decoder.decode(data, not data)
                if text:
                    f.write(text)
            elif data:
                f.write(data)
            if not data:
                break
        flush = getattr(f, 'flush', None)
        if flush is not None:
            flush()

    def __repr__(self):
        obj_repr = f"<{self.__class__.__name__}: returncode: {self.returncode} args: {self.args!r}>"
        if len(obj_repr) > 80:
            obj_repr = obj_repr[:76] + "...>"
        return obj_repr

    __class_getitem__ = classmethod(_types.GenericAlias)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, universal_newlines):
        self.text_mode = bool(universal_newlines)

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        if self.stdout:
            self.stdout.close()
        if self.stderr:
            self.stderr.close()
        try:
            if self.stdin:
                try:
                    self.stdin.close()
                except BrokenPipeError:
                    pass
        finally:
            if exc_type == KeyboardInterrupt:
                if self.returncode is None:
                    self.kill()
            self.wait()

    def _set_returncode(self, code):
        if self._sent_signal is not None and code == 128 + self._sent_signal:
            code = -self._sent_signal
        for t in self._feeders:
            t.join()
        self.returncode = code
        return code

    def poll(self):
        """The exit status if the child has ended (setting returncode), else None."""
        if self.returncode is None and self._proc is not None:
            code = _subprocess.wait(self._proc, 0)
            if code is not None:
                self._set_returncode(code)
        return self.returncode

    def wait(self, timeout=None):
        """Wait for the child to end; TimeoutExpired if it has not after timeout seconds."""
        if self.returncode is not None:
            return self.returncode
        code = _subprocess.wait(self._proc, timeout)
        if code is None:
            raise TimeoutExpired(self.args, timeout)
        return self._set_returncode(code)

    def send_signal(self, sig):
        """Send the signal sig to the child, unless it has ended."""
        self.poll()
        if self.returncode is None:
            sig = int(sig)
            self._sent_signal = sig
            _subprocess.signal(self._proc, sig)

    def terminate(self):
        """Terminate the child with SIGTERM."""
        self.send_signal(15)

    def kill(self):
        """Kill the child with SIGKILL."""
        self.send_signal(9)

    def communicate(self, input=None, timeout=None):
        """Send input to the child's stdin, read its stdout and stderr to the end, and wait for it to end:
        (stdout_data, stderr_data), each None where that stream is not a pipe."""
        if self._communication_started and input:
            raise ValueError("Cannot send input after starting communication")
        if self._comm is None:
            self._comm = comm = {'out': [], 'err': [], 'threads': []}
            if self.stdin:
                data = input
                if data is not None and self.text_mode:
                    data = data.encode(self.encoding, self.errors or 'strict')
                raw_in = self.stdin.buffer if self.text_mode else self.stdin
                comm['threads'].append(self._comm_thread(self._comm_write, raw_in, data))
            for name, stream in (('out', self.stdout), ('err', self.stderr)):
                if stream is not None:
                    raw = stream.buffer if self.text_mode else stream
                    comm['threads'].append(self._comm_thread(self._comm_read, raw, comm[name]))
        self._communication_started = True
        comm = self._comm
        endtime = None if timeout is None else _time.monotonic() + timeout
        for t in comm['threads']:
            t.join(None if endtime is None else max(0.0, endtime - _time.monotonic()))
            if t.is_alive():
                raise TimeoutExpired(self.args, timeout,  # what was read so far, None if nothing (CPython's)
                                     output=b''.join(comm['out']) if comm['out'] else None,
                                     stderr=b''.join(comm['err']) if comm['err'] else None)
        out = err = None
        if self.stdout is not None:
            out = b''.join(comm['out'])
            self.stdout.close()
        if self.stderr is not None:
            err = b''.join(comm['err'])
            self.stderr.close()
        if self.text_mode:
            if out is not None:
                out = _translate_newlines(out, self.encoding, self.errors or 'strict')
            if err is not None:
                err = _translate_newlines(err, self.encoding, self.errors or 'strict')
        self.wait(None if endtime is None else max(0.0, endtime - _time.monotonic()))
        return out, err

    @staticmethod
    def _comm_thread(target, *args):
        t = _threading.Thread(target=target, args=args, daemon=True, name='subprocess-communicate')
        t.start()
        return t

    @staticmethod
    def _comm_write(raw, data):
        try:
            if data:
                raw.write(data)
        except BrokenPipeError:
            pass  # the child ended without reading it all, as CPython ignores EPIPE here
        finally:
            try:
                raw.close()
            except BrokenPipeError:
                pass

    @staticmethod
    def _comm_read(raw, chunks):
        while True:
            data = raw.read1(65536)
            if not data:
                break
            chunks.append(data)


def _cleanup():
    """CPython's reaping of finished children nobody waited for (POSIX zombies). The JVM reaps every child itself
    (java.lang.Process), so there is nothing left to reap; test.support's script helpers call it."""


def call(*popenargs, timeout=None, **kwargs):
    """Run the command, wait for it to end and return its exit status."""
    with Popen(*popenargs, **kwargs) as p:
        try:
            return p.wait(timeout=timeout)
        except:
            p.kill()
            raise


def check_call(*popenargs, **kwargs):
    """As call(), raising CalledProcessError for a non-zero exit status; else 0."""
    retcode = call(*popenargs, **kwargs)
    if retcode:
        cmd = kwargs.get("args")
        if cmd is None:
            cmd = popenargs[0]
        raise CalledProcessError(retcode, cmd)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    """Run the command and return its output; CalledProcessError for a non-zero exit status."""
    for kw in ('stdout', 'check'):
        if kw in kwargs:
            raise ValueError(f'{kw} argument not allowed, it will be overridden.')
    if 'input' in kwargs and kwargs['input'] is None:
        if kwargs.get('universal_newlines') or kwargs.get('text') or kwargs.get('encoding') or kwargs.get('errors'):
            empty = ''
        else:
            empty = b''
        kwargs['input'] = empty
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    """Run a command, wait for it, and return a CompletedProcess."""
    if input is not None:
        if kwargs.get('stdin') is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if kwargs.get('stdout') is not None or kwargs.get('stderr') is not None:
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = PIPE
        kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as process:
        try:
            stdout, stderr = process.communicate(input, timeout=timeout)
        except TimeoutExpired:
            process.kill()
            process.wait()
            raise
        except:
            process.kill()
            raise
        retcode = process.poll()
        if check and retcode:
            raise CalledProcessError(retcode, process.args, output=stdout, stderr=stderr)
    return CompletedProcess(process.args, retcode, stdout, stderr)


def getstatusoutput(cmd, *, encoding=None, errors=None):
    """(exitcode, output) of a shell command, its stderr merged and one trailing newline stripped."""
    try:
        data = check_output(cmd, shell=True, text=True, stderr=STDOUT, encoding=encoding, errors=errors)
        exitcode = 0
    except CalledProcessError as ex:
        data = ex.output
        exitcode = ex.returncode
    if data[-1:] == '\n':
        data = data[:-1]
    return exitcode, data


def getoutput(cmd, *, encoding=None, errors=None):
    """The output of a shell command (getstatusoutput()'s second item)."""
    return getstatusoutput(cmd, encoding=encoding, errors=errors)[1]
