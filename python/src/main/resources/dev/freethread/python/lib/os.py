# SPDX-License-Identifier: Apache-2.0
# os for ftpython: the process and environment queries scripts use, files and directories by name (remove, mkdir,
# makedirs, rename, listdir), and os.path (posixpath). No file descriptors or processes.
import _os
import posixpath as path

name = 'posix'
sep = '/'
altsep = None
extsep = '.'
pathsep = ':'
linesep = '\n'
curdir = '.'
pardir = '..'
devnull = '/dev/null'
environ = _os.environ()


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _os.getcwd()


def chdir(path):
    """Changes the interpreter's working directory (its own: a JVM's cannot change), which every relative path
    of ftpython's file operations resolves against."""
    _os.chdir(fspath(path))


def getpid():
    return _os.getpid()


def kill(pid, sig, /):
    """Send the signal sig to the process pid: this process's own through the signal module (its Python handler
    has run when this returns, as CPython's), another's through the shell's kill (a JVM has no kill(2))."""
    pid = int(pid)
    sig = int(sig)
    if not 0 <= sig < 65:
        raise OSError(22, 'Invalid argument')
    if pid == getpid():
        if sig:
            import signal
            signal.raise_signal(sig)
        return
    import subprocess
    r = subprocess.run(['/bin/sh', '-c', 'kill -%d %d' % (sig, pid)], capture_output=True, text=True)
    if r.returncode:
        if 'No such process' in r.stderr:
            raise ProcessLookupError(3, 'No such process')
        if 'not permitted' in r.stderr:
            raise PermissionError(1, 'Operation not permitted')
        raise OSError(22, 'Invalid argument')


def urandom(size):
    """size random bytes from the JVM's SecureRandom (CPython reads the OS's random source)."""
    return _os.urandom(size)


def cpu_count():
    return _os.cpu_count()


def listdir(path='.'):
    return _os.listdir(fspath(path))


def fspath(p):
    """The path a str (or bytes) stands for: itself; an os.PathLike's __fspath__() (a pathlib.Path's str)."""
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    r = method(p)
    if not isinstance(r, (str, bytes)):
        raise TypeError('expected %s.__fspath__() to return str or bytes, not %s'
                        % (type(p).__name__, type(r).__name__))
    return r


import abc as _abc


class PathLike(_abc.ABC):
    """The abstract base of objects that stand for a path: any class defining __fspath__ is one (isinstance)."""

    @_abc.abstractmethod
    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return any('__fspath__' in getattr(b, '__dict__', {}) for b in subclass.__mro__)
        return NotImplemented

    __class_getitem__ = classmethod(lambda cls, item: type(list[int])(cls, item))


class stat_result(tuple):
    """os.stat's answer: (st_mode, st_ino, st_dev, st_nlink, st_uid, st_gid, st_size, st_atime, st_mtime, st_ctime)
    as a tuple (the times as ints there), with the float times and the fields as attributes."""

    def __new__(cls, mode, size, atime, mtime, ctime, ino, nlink, uid, gid):
        self = tuple.__new__(cls, (mode, ino, 0, nlink, uid, gid, size, int(atime), int(mtime), int(ctime)))
        self.st_mode = mode
        self.st_ino = ino
        self.st_dev = 0
        self.st_nlink = nlink
        self.st_uid = uid
        self.st_gid = gid
        self.st_size = size
        self.st_atime = atime
        self.st_mtime = mtime
        self.st_ctime = ctime
        self.st_atime_ns = int(atime * 1e9)
        self.st_mtime_ns = int(mtime * 1e9)
        self.st_ctime_ns = int(ctime * 1e9)
        return self

    def __repr__(self):
        return ('os.stat_result(st_mode=%d, st_ino=%d, st_dev=%d, st_nlink=%d, st_uid=%d, st_gid=%d, st_size=%d, '
                'st_atime=%d, st_mtime=%d, st_ctime=%d)' % tuple(self))


def stat(path, *, follow_symlinks=True):
    return stat_result(*_os.stat(fspath(path), follow_symlinks))


def lstat(path):
    return stat(path, follow_symlinks=False)


class DirEntry:
    """An entry of os.scandir: its name and path, and whether it is a file or a directory."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)

    def is_dir(self, *, follow_symlinks=True):
        return path.isdir(self.path)

    def is_file(self, *, follow_symlinks=True):
        return path.isfile(self.path)

    def is_symlink(self):
        return path.islink(self.path)

    def stat(self, *, follow_symlinks=True):
        return stat(self.path, follow_symlinks=follow_symlinks)

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return '<DirEntry %r>' % self.name


class _ScandirIterator:
    def __init__(self, directory):
        self._dir = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._dir, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

    def close(self):
        self._names = iter(())


def scandir(path='.'):
    return _ScandirIterator(fspath(path))


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory trees, as CPython's os.walk: (dirpath, dirnames, filenames) for each directory, top first unless
    topdown is false; pruning dirnames in place (topdown) skips those subtrees. Names are in listdir's order."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as err:
        if onerror is not None:
            onerror(err)
        return
    dirs, nondirs = [], []
    for name in names:
        full = path.join(top, name)
        if path.isdir(full) and (followlinks or not path.islink(full)):
            dirs.append(name)
        else:
            nondirs.append(name)
    if topdown:
        yield top, dirs, nondirs
    for name in dirs:
        yield from walk(path.join(top, name), topdown, onerror, followlinks)
    if not topdown:
        yield top, dirs, nondirs


def remove(path):
    _os.remove(fspath(path))


unlink = remove


def rmdir(path):
    _os.rmdir(fspath(path))


def mkdir(path, mode=0o777):
    _os.mkdir(fspath(path), False, False)


def makedirs(name, mode=0o777, exist_ok=False):
    _os.mkdir(fspath(name), True, exist_ok)


def rename(src, dst):
    _os.rename(fspath(src), fspath(dst))


replace = rename


# ---- more of CPython's os, where the JVM can answer (no file descriptors, processes, signals or permissions)

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2
F_OK, R_OK, W_OK, X_OK = 0, 4, 2, 1
supports_follow_symlinks = set()
supports_fd = set()
supports_dir_fd = set()
supports_effective_ids = set()


def getppid():
    return _os.getppid() if hasattr(_os, 'getppid') else 1


def access(path_, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    """Whether the file at path exists (F_OK) and is readable, writable or executable as mode asks."""
    p = fspath(path_)
    if not path.exists(p):
        return False
    if mode & W_OK and hasattr(_os, 'writable') and not _os.writable(p):
        return False
    return True


def strerror(code):
    import errno as _errno
    return _errno._MESSAGES.get(code, 'Unknown error %d' % code) if hasattr(_errno, '_MESSAGES') \
        else 'Unknown error %d' % code


def fsencode(filename):
    filename = fspath(filename)
    return filename if isinstance(filename, bytes) else filename.encode('utf-8', 'surrogateescape')


def fsdecode(filename):
    filename = fspath(filename)
    return filename if isinstance(filename, str) else filename.decode('utf-8', 'surrogateescape')


def removedirs(name):
    """rmdir(name), then each parent directory that has become empty."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def putenv(key, value):
    environ[key] = value


def unsetenv(key):
    environ.pop(key, None)


def get_exec_path(env=None):
    p = (env if env is not None else environ).get('PATH', '/bin:/usr/bin')
    return p.split(pathsep)


class terminal_size(tuple):
    """os.terminal_size(columns, lines)."""

    def __new__(cls, seq):
        return tuple.__new__(cls, seq)

    columns = property(lambda self: self[0])
    lines = property(lambda self: self[1])

    def __repr__(self):
        return 'os.terminal_size(columns=%d, lines=%d)' % (self[0], self[1])


def get_terminal_size(fd=1):
    """The terminal's size; ftpython's standard streams are not terminals, so OSError as CPython's on a pipe."""
    raise OSError(25, 'Inappropriate ioctl for device')


def isatty(fd):
    return False


def uname():
    import platform as _platform
    return _platform.uname()


def getlogin():
    name = environ.get('USER') or environ.get('LOGNAME')
    if not name:
        raise OSError(6, 'No such device or address')
    return name
