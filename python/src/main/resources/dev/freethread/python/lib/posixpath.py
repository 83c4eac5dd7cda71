# SPDX-License-Identifier: Apache-2.0
# posixpath (os.path) for ftpython: CPython's string operations on POSIX paths, and the existence tests.
import _os

sep = '/'
curdir = '.'
pardir = '..'


def _raw(p):
    """A path argument as str or bytes: itself, or an os.PathLike's __fspath__()."""
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


def _fs(p):
    """A path argument as a str: bytes decoded as the file system encoding does (UTF-8, surrogateescape)."""
    r = _raw(p)
    return r.decode('utf-8', 'surrogateescape') if isinstance(r, bytes) else r


def _encode(v):
    if isinstance(v, str):
        return v.encode('utf-8', 'surrogateescape')
    if isinstance(v, tuple):
        return tuple(_encode(x) for x in v)
    return v


def _bytes_too(f):
    # CPython's path functions take str or bytes and answer in kind: the str version, its result encoded back
    def g(*args, **kwargs):
        paths = [_raw(a) for a in args]
        if not any(isinstance(a, bytes) for a in paths):
            return f(*args, **kwargs)
        if not all(isinstance(a, bytes) for a in paths):
            raise TypeError("Can't mix strings and bytes in path components")
        return _encode(f(*[a.decode('utf-8', 'surrogateescape') for a in paths], **kwargs))
    g.__name__ = f.__name__
    g.__qualname__ = f.__qualname__
    g.__doc__ = f.__doc__
    g.__wrapped__ = f
    return g


def isabs(s):
    return _fs(s).startswith('/')


def join(a, *p):
    path = _fs(a)
    for b in map(_fs, p):
        if b.startswith('/'):
            path = b
        elif not path or path.endswith('/'):
            path += b
        else:
            path += '/' + b
    return path


def split(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    head, tail = p[:i], p[i:]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head, tail


def splitext(p):
    p = _fs(p)
    sep_index = p.rfind('/')
    dot_index = p.rfind('.')
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != '.':
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ''


def basename(p):
    p = _fs(p)
    return p[p.rfind('/') + 1:]


def dirname(p):
    p = _fs(p)
    i = p.rfind('/') + 1
    head = p[:i]
    if head and head != '/' * len(head):
        head = head.rstrip('/')
    return head


def normpath(path):
    path = _fs(path)
    if path == '':
        return '.'
    initial_slashes = 1 if path.startswith('/') else 0
    if initial_slashes and path.startswith('//') and not path.startswith('///'):
        initial_slashes = 2
    comps = path.split('/')
    new_comps = []
    for comp in comps:
        if comp in ('', '.'):
            continue
        if comp != '..' or (not initial_slashes and not new_comps) or (new_comps and new_comps[-1] == '..'):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = '/'.join(new_comps)
    if initial_slashes:
        path = '/' * initial_slashes + path
    return path or '.'


def abspath(path):
    path = _fs(path)
    if not isabs(path):
        path = join(_os.getcwd(), path)
    return normpath(path)


def expanduser(path):
    path = _fs(path)
    if not path.startswith('~'):
        return path
    i = path.find('/', 1)
    if i < 0:
        i = len(path)
    if i == 1:
        home = _os.environ().get('HOME')
        if home is None:
            return path
    else:
        return path
    return (home.rstrip('/') or '/') + path[i:]


def _kind(path):
    # 0 when the path names nothing, or nothing a file could have (an embedded NUL, a lone surrogate): the
    # predicates answer False there, as CPython's catch OSError and ValueError
    try:
        return _os.stat_kind(_fs(path))
    except (OSError, ValueError):
        return 0


def exists(path):
    return _kind(path) != 0


def isfile(path):
    return _kind(path) == 1


def isdir(path):
    return _kind(path) == 2


def islink(path):
    try:
        return _os.stat(_fs(path), False)[0] & 0o170000 == 0o120000
    except (OSError, ValueError):
        return False


def getmtime(filename):
    return _os.stat(_fs(filename), True)[3]


def getatime(filename):
    return _os.stat(_fs(filename), True)[2]


def getctime(filename):
    return _os.stat(_fs(filename), True)[4]


def relpath(path, start=None):
    start = _os.getcwd() if start is None else start
    start_list = [x for x in abspath(start).split('/') if x]
    path_list = [x for x in abspath(path).split('/') if x]
    i = 0
    for a, b in zip(start_list, path_list):
        if a != b:
            break
        i += 1
    rel_list = ['..'] * (len(start_list) - i) + path_list[i:]
    if not rel_list:
        return '.'
    return join(*rel_list)


def getsize(filename):
    return _os.getsize(_fs(filename))


def normcase(s):
    """Normalize the case of a pathname: on POSIX, nothing changes."""
    if not isinstance(s, str):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(s).__name__)
    return s


def realpath(filename, *, strict=False):
    """The absolute, normalised path (symbolic links are resolved by the JVM where it can)."""
    p = _fs(filename)
    if hasattr(_os, 'realpath'):
        try:
            return _os.realpath(abspath(p))
        except OSError:
            if strict:
                raise
    return abspath(p)


def lexists(path):
    return exists(path) or islink(path)


def samefile(f1, f2):
    return realpath(f1) == realpath(f2)


def splitdrive(p):
    p = _fs(p)
    return p[:0], p


def splitroot(p):
    p = _fs(p)
    sep = '/' if isinstance(p, str) else b'/'
    empty = p[:0]
    if p[:1] != sep:
        return empty, empty, p
    if p[1:2] != sep or p[2:3] == sep:
        return empty, sep, p[1:]
    return empty, p[:2], p[2:]


def ismount(path):
    return realpath(path) == '/'


def isjunction(path):
    _fs(path)
    return False


def commonprefix(m):
    """The longest string every item starts with (character by character, as CPython's)."""
    if not m:
        return ''
    if not isinstance(m[0], (list, tuple)):
        m = tuple(map(_fs, m))
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def commonpath(paths):
    """The longest common sub-path of the paths (all absolute or all relative)."""
    paths = tuple(map(_fs, paths))
    if not paths:
        raise ValueError('commonpath() arg is an empty sequence')
    sep = '/' if isinstance(paths[0], str) else b'/'
    curdir = '.' if isinstance(paths[0], str) else b'.'
    split_paths = [p.split(sep) for p in paths]
    try:
        isabs_, = set(p[:1] == sep for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != curdir] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = sep if isabs_ else sep[:0]
    return prefix + sep.join(common)


def expandvars(path):
    """$name and ${name} replaced by the environment's values; unknown names left as they are."""
    import os as _osmod
    import re as _re
    p = _fs(path)
    if isinstance(p, bytes):
        return p
    if '$' not in p:
        return p

    def repl(m):
        name = m.group(1) or m.group(2)
        if name is None:
            return m.group(0)
        return _osmod.environ.get(name, m.group(0))
    return _re.sub(r'\$(\w+)|\$\{([^}]*)\}', repl, p)


for _name in ('isabs', 'join', 'split', 'splitext', 'basename', 'dirname', 'normpath', 'abspath', 'expanduser',
              'relpath', 'normcase', 'splitdrive', 'splitroot', 'expandvars'):
    globals()[_name] = _bytes_too(globals()[_name])
del _name
