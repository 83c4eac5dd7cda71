# SPDX-License-Identifier: Apache-2.0
# pathlib for ftpython: PurePath/PurePosixPath and Path/PosixPath over posixpath and os, with CPython 3.13's parsing
# (repeated and trailing slashes dropped, '.' parts removed, '..' kept), parts, name, suffix(es), stem, parent(s), the
# / operator, relative_to, with_name/with_suffix/with_stem, match and full_match, and the file-system methods scripts
# use: exists, is_file, is_dir, stat, iterdir, glob/rglob, mkdir, touch, unlink, rmdir, rename/replace, read_text,
# write_text, read_bytes, write_bytes, open, resolve, absolute, cwd, home, expanduser, samefile. No Windows paths.
import os
import posixpath
import fnmatch as _fnmatch

__all__ = ['PurePath', 'PurePosixPath', 'Path', 'PosixPath']


def _parse(args):
    parts = []
    for a in args:
        if isinstance(a, PurePath):
            s = str(a)
        elif isinstance(a, str):
            s = a
        else:
            s = os.fspath(a)
            if not isinstance(s, str):
                raise TypeError("argument should be a str or an os.PathLike object where __fspath__ returns a str, "
                                "not %r" % type(a).__name__)
        parts.append(s)
    path = posixpath.join(*parts) if parts else ''
    if not path:
        return '', ()
    root = ''
    if path.startswith('/'):
        root = '//' if path.startswith('//') and not path.startswith('///') else '/'
    rel = [p for p in path[len(root):].split('/') if p and p != '.']
    return root, tuple(rel)


class PurePath:
    """A path with no file-system access."""

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PurePosixPath
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        return self

    def __init__(self, *args):
        pass

    @classmethod
    def _from(cls, root, tail):
        self = object.__new__(cls)
        self._root = root
        self._tail = tuple(tail)
        return self

    def with_segments(self, *args):
        return type(self)(*args)

    def __str__(self):
        s = self._root + '/'.join(self._tail)
        return s or '.'

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        return str(self)

    def __repr__(self):
        return '%s(%r)' % (type(self).__name__, str(self))

    def __bytes__(self):
        return str(self).encode()

    def as_uri(self):
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return 'file://' + str(self)

    def _key(self):
        return (self._root, self._tail)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return self._key() == other._key()

    def __hash__(self):
        return hash(self._key())

    def __lt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) < str(other)

    def __le__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) <= str(other)

    def __gt__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) > str(other)

    def __ge__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        return str(self) >= str(other)

    def __truediv__(self, key):
        try:
            return self.with_segments(self, key)
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self.with_segments(key, self)
        except TypeError:
            return NotImplemented

    def joinpath(self, *others):
        return self.with_segments(self, *others)

    @property
    def parts(self):
        return ((self._root,) if self._root else ()) + self._tail

    @property
    def drive(self):
        return ''

    @property
    def root(self):
        return self._root

    @property
    def anchor(self):
        return self._root

    @property
    def name(self):
        return self._tail[-1] if self._tail else ''

    @property
    def suffix(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    @property
    def parent(self):
        if not self._tail:
            return self
        return self._from_parts(self._tail[:-1])

    def _from_parts(self, tail):
        p = type(self)._from(self._root, tail)
        return p

    @property
    def parents(self):
        return tuple(self._from_parts(self._tail[:i]) for i in range(len(self._tail) - 1, -1, -1))

    def is_absolute(self):
        return bool(self._root)

    def is_reserved(self):
        return False

    def with_name(self, name):
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        if not name or '/' in name or name == '.':
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parts(self._tail[:-1] + (name,))

    def with_stem(self, stem):
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        if '/' in suffix or suffix and (not suffix.startswith('.') or suffix == '.'):
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        return self.with_name(self.stem + suffix)

    def relative_to(self, other, *, walk_up=False):
        other = self.with_segments(other)
        if self._root != other._root:
            raise ValueError("%r is not in the subpath of %r" % (str(self), str(other)))
        n = len(other._tail)
        if self._tail[:n] == other._tail:
            return type(self)._from('', self._tail[n:])
        if not walk_up:
            raise ValueError("%r is not in the subpath of %r" % (str(self), str(other)))
        common = 0
        while common < min(n, len(self._tail)) and self._tail[common] == other._tail[common]:
            common += 1
        if '..' in other._tail[common:]:
            raise ValueError("'..' segment in %r cannot be walked" % (str(other),))
        return type(self)._from('', ('..',) * (n - common) + self._tail[common:])

    def is_relative_to(self, other):
        try:
            self.relative_to(other)
            return True
        except ValueError:
            return False

    def match(self, pattern, *, case_sensitive=None):
        pat = self.with_segments(pattern)
        if not pat._tail:
            raise ValueError("empty pattern")
        if pat._root and (pat._root != self._root or len(pat._tail) != len(self._tail)):
            return False
        if len(pat._tail) > len(self._tail):
            return False
        for part, p in zip(reversed(self._tail), reversed(pat._tail)):
            if not _fnmatch.fnmatchcase(part, p):
                return False
        return True

    def full_match(self, pattern, *, case_sensitive=None):
        pat = self.with_segments(pattern)
        return _fnmatch.fnmatchcase(str(self), str(pat)) and len(pat.parts) == len(self.parts) or \
            pat.parts == self.parts


class PurePosixPath(PurePath):
    pass


class Path(PurePath):
    """A path on the file system."""

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = PosixPath
        self = object.__new__(cls)
        self._root, self._tail = _parse(args)
        return self

    @classmethod
    def cwd(cls):
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        return cls(posixpath.expanduser('~'))

    def absolute(self):
        if self.is_absolute():
            return self
        return self.with_segments(os.getcwd(), self)

    def resolve(self, strict=False):
        p = posixpath.normpath(posixpath.abspath(str(self)))
        if strict and not posixpath.exists(p):
            raise FileNotFoundError(2, 'No such file or directory', str(self))
        return self.with_segments(p)

    def expanduser(self):
        return self.with_segments(posixpath.expanduser(str(self)))

    def stat(self, *, follow_symlinks=True):
        return os.stat(str(self), follow_symlinks=follow_symlinks)

    def lstat(self):
        return os.lstat(str(self))

    def exists(self, *, follow_symlinks=True):
        return posixpath.exists(str(self))

    def is_file(self):
        return posixpath.isfile(str(self))

    def is_dir(self):
        return posixpath.isdir(str(self))

    def is_symlink(self):
        return posixpath.islink(str(self))

    def samefile(self, other):
        return self.resolve() == self.with_segments(other).resolve()

    def iterdir(self):
        for name in os.listdir(str(self)):
            yield self._from_parts(self._tail + (name,))

    def glob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        pat = PurePosixPath(pattern)
        if pat.is_absolute():
            raise NotImplementedError("Non-relative patterns are unsupported")
        yield from self._glob(list(pat._tail))

    def rglob(self, pattern, *, case_sensitive=None, recurse_symlinks=False):
        yield from self.glob('**/' + pattern)

    def _glob(self, parts):
        if not parts:
            yield self
            return
        head, rest = parts[0], parts[1:]
        if head == '**':
            for d in self._walk_dirs():
                yield from d._glob(rest) if rest else [d]
            return
        if not self.is_dir():
            return
        names = sorted(os.listdir(str(self)))
        for name in names:
            if _fnmatch.fnmatchcase(name, head) and (head.startswith('.') or not name.startswith('.')):
                child = self._from_parts(self._tail + (name,))
                if rest:
                    if child.is_dir():
                        yield from child._glob(rest)
                else:
                    yield child

    def _walk_dirs(self):
        yield self
        if not self.is_dir():
            return
        for name in sorted(os.listdir(str(self))):
            child = self._from_parts(self._tail + (name,))
            if child.is_dir() and not child.is_symlink():
                yield from child._walk_dirs()

    def walk(self, top_down=True, on_error=None, follow_symlinks=False):
        for dirpath, dirnames, filenames in os.walk(str(self), top_down, on_error, follow_symlinks):
            yield self.with_segments(dirpath), dirnames, filenames

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        if parents:
            if exist_ok or not self.exists():
                os.makedirs(str(self), mode, exist_ok=exist_ok)
                return
        try:
            os.mkdir(str(self), mode)
        except FileExistsError:
            if not exist_ok or not self.is_dir():
                raise

    def touch(self, mode=0o666, exist_ok=True):
        if self.exists():
            if not exist_ok:
                raise FileExistsError(17, 'File exists', str(self))
            return
        with open(str(self), 'a'):
            pass

    def unlink(self, missing_ok=False):
        try:
            os.remove(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        os.rmdir(str(self))

    def rename(self, target):
        os.rename(str(self), os.fspath(target))
        return self.with_segments(target)

    def replace(self, target):
        os.replace(str(self), os.fspath(target))
        return self.with_segments(target)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        return open(str(self), mode, buffering, encoding, errors, newline)

    def read_text(self, encoding=None, errors=None, newline=None):
        with self.open('r', encoding=encoding, errors=errors, newline=newline) as f:
            return f.read()

    def write_text(self, data, encoding=None, errors=None, newline=None):
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % type(data).__name__)
        with self.open('w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def read_bytes(self):
        with self.open('rb') as f:
            return f.read()

    def write_bytes(self, data):
        view = bytes(data)
        with self.open('wb') as f:
            return f.write(view)


class PosixPath(Path, PurePosixPath):
    pass
