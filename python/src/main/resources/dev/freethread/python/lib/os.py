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


def getpid():
    return _os.getpid()


def urandom(size):
    """size random bytes from the JVM's SecureRandom (CPython reads the OS's random source)."""
    return _os.urandom(size)


def cpu_count():
    return _os.cpu_count()


def listdir(path='.'):
    return _os.listdir(path)


def fspath(p):
    if isinstance(p, str):
        return p
    raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)


def remove(path):
    _os.remove(path)


unlink = remove


def rmdir(path):
    _os.rmdir(path)


def mkdir(path, mode=0o777):
    _os.mkdir(path, False, False)


def makedirs(name, mode=0o777, exist_ok=False):
    _os.mkdir(name, True, exist_ok)


def rename(src, dst):
    _os.rename(src, dst)


replace = rename
