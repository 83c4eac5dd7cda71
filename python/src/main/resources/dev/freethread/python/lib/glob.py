# SPDX-License-Identifier: Apache-2.0
# glob for ftpython: pathname patterns (fnmatch's wildcards per path component, ** with recursive=True), over
# os.listdir. As CPython's, names starting with '.' match only a pattern that starts with '.', results come in the
# directory's listing order (sort them for a stable order), and root_dir and dir_fd-less options are supported.
import os
import re
import fnmatch

__all__ = ["glob", "iglob", "escape", "has_magic"]

_magic_check = re.compile('([*?[])')


def has_magic(s):
    return _magic_check.search(s) is not None


def escape(pathname):
    drive, pathname = '', pathname
    return drive + _magic_check.sub(r'[\1]', pathname)


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd, recursive=recursive,
                      include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False, include_hidden=False):
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    return iter(_glob(pathname, root_dir, recursive, include_hidden))


def _join(root_dir, path):
    return path if root_dir is None else os.path.join(root_dir, path)


def _exists(root_dir, path):
    return os.path.exists(_join(root_dir, path) if path else (root_dir or os.curdir))


def _isdir(root_dir, path):
    return os.path.isdir(_join(root_dir, path) if path else (root_dir or os.curdir))


def _listdir(root_dir, dirname):
    try:
        return os.listdir(_join(root_dir, dirname) if dirname else (root_dir or os.curdir))
    except OSError:
        return []


def _is_hidden(name):
    return name[0] == '.'


def _glob(pathname, root_dir, recursive, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if _exists(root_dir, pathname):
                yield pathname
        elif _isdir(root_dir, dirname):
            yield pathname
        return
    if not dirname:
        if recursive and basename == '**':
            yield from _glob2(root_dir, dirname, include_hidden)
        else:
            yield from _glob1(root_dir, dirname, basename, include_hidden)
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _glob(dirname, root_dir, recursive, include_hidden)
    else:
        dirs = [dirname]
    for d in dirs:
        if recursive and basename == '**':
            for name in _glob2(root_dir, d, include_hidden):
                yield os.path.join(d, name)
        elif has_magic(basename):
            for name in _glob1(root_dir, d, basename, include_hidden):
                yield os.path.join(d, name)
        elif basename:
            if _exists(root_dir, os.path.join(d, basename)):
                yield os.path.join(d, basename)
        elif _isdir(root_dir, d):
            yield os.path.join(d, basename)


def _glob1(root_dir, dirname, pattern, include_hidden):
    names = _listdir(root_dir, dirname)
    if not (include_hidden or _is_hidden(pattern)):
        names = [x for x in names if not _is_hidden(x)]
    return fnmatch.filter(names, pattern)


def _glob2(root_dir, dirname, include_hidden):
    # ** : this directory ('' first, as CPython's) and everything below it
    yield dirname[:0]
    yield from _rlistdir(root_dir, dirname, include_hidden)


def _rlistdir(root_dir, dirname, include_hidden):
    for x in _listdir(root_dir, dirname):
        if include_hidden or not _is_hidden(x):
            yield x
            path = os.path.join(dirname, x) if dirname else x
            if _isdir(root_dir, path):
                for y in _rlistdir(root_dir, path, include_hidden):
                    yield os.path.join(x, y)
