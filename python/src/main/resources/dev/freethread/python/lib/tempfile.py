# SPDX-License-Identifier: Apache-2.0
# tempfile for ftpython: temporary directories and named temporary files with CPython's names (prefix, eight random
# characters, suffix; created exclusively, so two threads never get one name). No file descriptors: mkstemp is
# missing, and TemporaryFile is a NamedTemporaryFile whose name is a path.
import os as _os
import random as _random
import shutil as _shutil

__all__ = ["NamedTemporaryFile", "TemporaryFile", "TemporaryDirectory", "mkdtemp", "mktemp", "gettempdir",
           "gettempprefix", "TMP_MAX", "tempdir", "template"]

TMP_MAX = 10000
template = "tmp"
tempdir = None

_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_"
_rng = _random.Random()


def _random_name():
    return ''.join(_rng.choice(_CHARACTERS) for _ in range(8))


def gettempprefix():
    return template


def gettempdir():
    global tempdir
    if tempdir is None:
        found = None
        for name in ("TMPDIR", "TEMP", "TMP"):
            d = _os.environ.get(name)
            if d and _os.path.isdir(d):
                found = d
                break
        tempdir = _os.path.abspath(found if found is not None else "/tmp")
    return tempdir


def _sanitize(prefix, suffix, dir):
    if suffix is None:
        suffix = ""
    if prefix is None:
        prefix = template
    if dir is None:
        dir = gettempdir()
    return prefix, suffix, dir


def mkdtemp(suffix=None, prefix=None, dir=None):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        try:
            _os.mkdir(file, 0o700)
        except FileExistsError:
            continue
        return _os.path.abspath(file)
    raise FileExistsError(17, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    if dir is None:
        dir = gettempdir()
    for _ in range(TMP_MAX):
        file = _os.path.join(dir, prefix + _random_name() + suffix)
        if not _os.path.exists(file):
            return file
    raise FileExistsError(17, "No usable temporary filename found")


class _TemporaryFileWrapper:
    """A file with a name, removed when it is closed (delete=True), as CPython's wrapper; other attributes are the
    file's."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closed = False

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        self.close()
        return False

    def __iter__(self):
        # a generator, not iter(self.file): it keeps the wrapper alive (and the file open) while it is iterated
        for line in self.file:
            yield line

    def close(self):
        if self._closed:
            return
        self._closed = True
        try:
            self.file.close()
        finally:
            if self.delete:
                try:
                    _os.unlink(self.name)
                except FileNotFoundError:
                    pass

    def __del__(self):
        if not self.__dict__.get('_closed', True):
            self.close()


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None,
                       delete=True, *, errors=None, delete_on_close=True):
    prefix, suffix, dir = _sanitize(prefix, suffix, dir)
    create = mode.replace('w', 'x', 1) if 'w' in mode else mode
    for _ in range(TMP_MAX):
        name = _os.path.abspath(_os.path.join(dir, prefix + _random_name() + suffix))
        try:
            if 'b' in mode:
                file = open(name, create, buffering)
            else:
                file = open(name, create, buffering, encoding=encoding, newline=newline, errors=errors)
        except FileExistsError:
            continue
        # the mode the file reads back in CPython, which opens it by descriptor: as given, or 'rb+' for binary updating
        file.mode = ('rb+' if '+' in mode else mode) if 'b' in mode else mode
        return _TemporaryFileWrapper(file, name, delete)
    raise FileExistsError(17, "No usable temporary file name found")


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None, prefix=None, dir=None, *,
                  errors=None):
    return NamedTemporaryFile(mode, buffering, encoding, newline, suffix, prefix, dir, errors=errors)


class TemporaryDirectory:
    """A directory made by mkdtemp, removed with everything in it by cleanup() or at the end of a with block."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False, *, delete=True):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        self._delete = delete
        self._cleaned = False

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        if self._delete:
            self.cleanup()

    def cleanup(self):
        if not self._cleaned and _os.path.exists(self.name):
            self._cleaned = True
            _shutil.rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)

    def __del__(self):
        if self.__dict__.get('_delete') and not self.__dict__.get('_cleaned', True):
            self.cleanup()
