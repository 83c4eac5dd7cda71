# SPDX-License-Identifier: Apache-2.0
# os for ftpython: the process and environment queries scripts use, files and directories by name (remove, mkdir,
# makedirs, rename, listdir), and os.path (posixpath). No file descriptors or processes.
import _os
import posixpath as path
from _structseq import make_structseq as _make_structseq

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


def _make_stat_result():
    base = _make_structseq('os', 'stat_result', (
        ('st_mode', 'protection bits'), ('st_ino', 'inode'), ('st_dev', 'device'),
        ('st_nlink', 'number of hard links'), ('st_uid', 'user ID of owner'), ('st_gid', 'group ID of owner'),
        ('st_size', 'total size, in bytes'),
        (None, 'integer time of last access'), (None, 'integer time of last modification'),
        (None, 'integer time of last change'),
        ('st_atime', 'time of last access'), ('st_mtime', 'time of last modification'),
        ('st_ctime', 'time of last change'), ('st_atime_ns', 'time of last access in nanoseconds'),
        ('st_mtime_ns', 'time of last modification in nanoseconds'),
        ('st_ctime_ns', 'time of last change in nanoseconds'), ('st_blksize', 'blocksize for filesystem I/O'),
        ('st_blocks', 'number of blocks allocated'), ('st_rdev', 'device type (if inode device)'),
    ), 'stat_result: Result from stat, fstat, or lstat.\n\nThis object may be accessed either as a tuple of\n'
       '  (mode, ino, dev, nlink, uid, gid, size, atime, mtime, ctime)\nor via the attributes st_mode, st_ino, '
       'st_dev, st_nlink, st_uid, and so on.\n\nPosix/windows: If your platform supports st_blksize, st_blocks, '
       'st_rdev,\nor st_flags, they are available as attributes only.\n\nSee os.stat for more information.',
        n_sequence_fields=10)
    make = base.__new__

    def __new__(cls, *args, **kwargs):
        # CPython's statresult_new: float times not given come from the int items
        self = make(cls, *args, **kwargs)
        hidden = list(self._hidden)
        for i in range(3):
            if hidden[i] is None:
                hidden[i] = self[7 + i]
        object.__setattr__(self, '_hidden', tuple(hidden))
        return self
    base.__new__ = __new__
    return base


stat_result = _make_stat_result()


def stat(path, *, follow_symlinks=True):
    mode, size, atime, mtime, ctime, ino, nlink, uid, gid, dev, rdev, atime_ns, mtime_ns, ctime_ns = \
        _os.stat(fspath(path), follow_symlinks)
    # st_blksize and st_blocks: the JVM does not report them (None)
    return stat_result((mode, ino, dev, nlink, uid, gid, size, int(atime), int(mtime), int(ctime), atime, mtime,
                        ctime, atime_ns, mtime_ns, ctime_ns, None, None, rdev))


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


uname_result = _make_structseq('posix', 'uname_result', (
    ('sysname', 'operating system name'), ('nodename', 'name of machine on network (implementation-defined)'),
    ('release', 'operating system release'), ('version', 'operating system version'),
    ('machine', 'hardware identifier'),
), 'uname_result: Result from os.uname().\n\nThis object may be accessed either as a tuple of\n'
   '  (sysname, nodename, release, version, machine),\nor via the attributes sysname, nodename, release, '
   'version, and machine.\n\nSee os.uname for more information.')


def _kernel(name, default):
    try:
        with open('/proc/sys/kernel/' + name) as f:
            return f.read().strip()
    except OSError:
        return default


def uname():
    """The kernel's names for itself (read from /proc/sys/kernel, as uname(2) answers them)."""
    return uname_result((_kernel('ostype', 'Linux'), _kernel('hostname', ''), _kernel('osrelease', ''),
                         _kernel('version', ''), _kernel('arch', 'x86_64')))


def getlogin():
    name = environ.get('USER') or environ.get('LOGNAME')
    if not name:
        raise OSError(6, 'No such device or address')
    return name


error = OSError
EX_OK, EX_USAGE, EX_DATAERR, EX_NOINPUT, EX_NOUSER, EX_NOHOST, EX_UNAVAILABLE, EX_SOFTWARE, EX_OSERR, EX_OSFILE, \
    EX_CANTCREAT, EX_IOERR, EX_TEMPFAIL, EX_PROTOCOL, EX_NOPERM, EX_CONFIG = 0, *range(64, 79)


def _proc_status(key):
    # a line of /proc/self/status ("Uid:\t0\t0\t0\t0"): the JVM's process is this interpreter's (Linux)
    with open('/proc/self/status') as f:
        for line in f:
            if line.startswith(key + ':'):
                return line.split()[1:]
    raise OSError(38, 'Function not implemented')


def getuid():
    return int(_proc_status('Uid')[0])


def geteuid():
    return int(_proc_status('Uid')[1])


def getgid():
    return int(_proc_status('Gid')[0])


def getegid():
    return int(_proc_status('Gid')[1])


def getgroups():
    return [int(g) for g in _proc_status('Groups')]


def getpgrp():
    with open('/proc/self/stat') as f:
        return int(f.read().rsplit(')', 1)[1].split()[2])


def getloadavg():
    with open('/proc/loadavg') as f:
        return tuple(float(x) for x in f.read().split()[:3])


times_result = _make_structseq('os', 'times_result', (
    ('user', 'user time'), ('system', 'system time'), ('children_user', 'user time of children'),
    ('children_system', 'system time of children'), ('elapsed', 'elapsed time since an arbitrary point in the past'),
), 'times_result: Result from os.times().\n\nThis object may be accessed either as a tuple of\n'
   '  (user, system, children_user, children_system, elapsed),\nor via the attributes user, system, '
   'children_user, children_system,\nand elapsed.\n\nSee os.times for more information.',
    repr_name='posix.times_result')
times_result.__module__ = 'posix'




def times():
    """Process times from /proc (clock ticks of 1/100 s, as Linux's USER_HZ)."""
    with open('/proc/self/stat') as f:
        fields = f.read().rsplit(')', 1)[1].split()
    with open('/proc/uptime') as f:
        uptime = float(f.read().split()[0])
    return times_result([int(x) / 100 for x in fields[11:15]] + [uptime])


def getcwdb():
    return fsencode(getcwd())


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    """Change the permission bits (the low nine; ftpython keeps no setuid, setgid or sticky bits)."""
    _os.chmod(fspath(path), mode, follow_symlinks)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    """Set the access and modification times: (atime, mtime) in seconds, ns=(atime_ns, mtime_ns), or now."""
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError('utime: \'times\' must be either a tuple of two ints or None')
        ns = (int(times[0] * 1e9), int(times[1] * 1e9))
    elif ns is not None:
        if not isinstance(ns, tuple) or len(ns) != 2:
            raise TypeError('utime: \'ns\' must be a tuple of two ints')
    else:
        import time as _time
        now = _time.time_ns()
        ns = (now, now)
    _os.utime(fspath(path), ns[0], ns[1], follow_symlinks)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _os.symlink(fspath(src), fspath(dst))


def readlink(path, *, dir_fd=None):
    p = fspath(path)
    target = _os.readlink(fsdecode(p))
    return fsencode(target) if isinstance(p, bytes) else target


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _os.link(fspath(src), fspath(dst))


def truncate(path, length):
    if length < 0:
        raise OSError(22, 'Invalid argument')
    _os.truncate(fspath(path), length)


def system(command):
    """Run the command in a subshell; its wait status (the exit code shifted left by 8)."""
    import subprocess
    code = subprocess.call(command, shell=True)
    return (-code) & 0x7f if code < 0 else code << 8


class _wrap_close:
    """What os.popen answers: the pipe's text stream; close() gives None for a zero exit status, else the wait
    status."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return code << 8 if code > 0 else -code

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode='r', buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError('invalid cmd type (%s, expected string)' % type(cmd).__name__)
    if mode not in ('r', 'w'):
        raise ValueError('invalid mode %r' % mode)
    if buffering == 0 or buffering is None:
        raise ValueError('popen() does not support unbuffered streams')
    import subprocess
    if mode == 'r':
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE, bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE, bufsize=buffering)
    return _wrap_close(proc.stdin, proc)
