# SPDX-License-Identifier: Apache-2.0
# posixpath (os.path) for ftpython: CPython's string operations on POSIX paths, and the existence tests.
import _os

sep = '/'
curdir = '.'
pardir = '..'


def _fs(p):
    """A path argument as a str: a str itself, an os.PathLike (pathlib.Path) through __fspath__."""
    if isinstance(p, str):
        return p
    method = getattr(type(p), '__fspath__', None)
    if method is None:
        raise TypeError('expected str, bytes or os.PathLike object, not %s' % type(p).__name__)
    return method(p)


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


def exists(path):
    return _os.stat_kind(_fs(path)) != 0


def isfile(path):
    return _os.stat_kind(_fs(path)) == 1


def isdir(path):
    return _os.stat_kind(_fs(path)) == 2


def islink(path):
    try:
        return _os.stat(_fs(path), False)[0] & 0o170000 == 0o120000
    except OSError:
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
