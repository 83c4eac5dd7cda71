# SPDX-License-Identifier: Apache-2.0
# shutil for ftpython: copying and removing files and trees by name (copyfileobj, copyfile, copy, copy2, copytree,
# rmtree, move). Files are copied by content only: ftpython has no permission bits or metadata to carry (copymode,
# copystat and copy2's metadata are no-ops), and no symbolic links are followed specially.
import os

__all__ = ["copyfileobj", "copyfile", "copy", "copy2", "copytree", "rmtree", "move", "Error", "SameFileError"]

COPY_BUFSIZE = 64 * 1024


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


def copyfileobj(fsrc, fdst, length=0):
    if not length:
        length = COPY_BUFSIZE
    while True:
        buf = fsrc.read(length)
        if not buf:
            break
        fdst.write(buf)


def _samefile(src, dst):
    return os.path.abspath(src) == os.path.abspath(dst)


def copyfile(src, dst, *, follow_symlinks=True):
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    with open(src, 'rb') as fsrc:
        with open(dst, 'wb') as fdst:
            copyfileobj(fsrc, fdst)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    pass


def copystat(src, dst, *, follow_symlinks=True):
    pass


def copy(src, dst, *, follow_symlinks=True):
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(src))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    return dst


copy2 = copy


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2, ignore_dangling_symlinks=False,
             dirs_exist_ok=False):
    names = os.listdir(src)
    ignored = ignore(os.fspath(src), names) if ignore is not None else set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function, dirs_exist_ok=dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if errors:
        raise Error(errors)
    return dst


def rmtree(path, ignore_errors=False, onerror=None, *, onexc=None, dir_fd=None):
    if ignore_errors:
        def onexc(*args):
            pass
    elif onerror is not None and onexc is None:
        def onexc(func, path, exc):
            onerror(func, path, (type(exc), exc, exc.__traceback__))
    elif onexc is None:
        def onexc(func, path, exc):
            raise exc
    if not os.path.isdir(path):
        # CPython's error for a file or a missing path, as os.open with O_DIRECTORY gives it
        try:
            os.listdir(path)
        except OSError as err:
            onexc(os.listdir, path, err)
        return
    _rmtree(path, onexc)


def _rmtree(path, onexc):
    try:
        names = os.listdir(path)
    except OSError as err:
        onexc(os.listdir, path, err)
        names = []
    for name in names:
        full = os.path.join(path, name)
        if os.path.isdir(full):
            _rmtree(full, onexc)
        else:
            try:
                os.unlink(full)
            except OSError as err:
                onexc(os.unlink, full, err)
    try:
        os.rmdir(path)
    except OSError as err:
        onexc(os.rmdir, path, err)


def move(src, dst, copy_function=copy2):
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return dst
        real_dst = os.path.join(dst, os.path.basename(src.rstrip(os.sep)))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    os.rename(src, real_dst)
    return real_dst


def which(cmd, mode=None, path=None):
    """The path of the executable cmd would run, searched on PATH (or path); None when none is found."""
    cmd = os.fspath(cmd)
    if os.path.dirname(cmd):
        return cmd if os.path.isfile(cmd) and _executable(cmd) else None
    search = path if path is not None else os.environ.get('PATH', os.defpath if hasattr(os, 'defpath') else '')
    if not search:
        return None
    for d in search.split(os.pathsep):
        candidate = os.path.join(d, cmd)
        if os.path.isfile(candidate) and _executable(candidate):
            return candidate
    return None


def _executable(p):
    try:
        return bool(os.stat(p).st_mode & 0o111)
    except OSError:
        return False


class _usage(tuple):
    total = property(lambda self: self[0])
    used = property(lambda self: self[1])
    free = property(lambda self: self[2])

    def __repr__(self):
        return 'usage(total=%d, used=%d, free=%d)' % tuple(self)


def disk_usage(path):
    """(total, used, free) bytes of the file system holding path."""
    import _os
    if not os.path.exists(path):
        raise FileNotFoundError(2, 'No such file or directory', path)
    total, free = _os.disk_usage(os.fspath(path)) if hasattr(_os, 'disk_usage') else (0, 0)
    return _usage((total, total - free, free))


def get_terminal_size(fallback=(80, 24)):
    """The terminal's size from COLUMNS and LINES, else the fallback (ftpython's streams are no terminals)."""
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0:
        columns = fallback[0]
    if lines <= 0:
        lines = fallback[1]
    return os.terminal_size((columns, lines))
