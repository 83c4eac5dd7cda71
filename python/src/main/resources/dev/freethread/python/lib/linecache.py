# SPDX-License-Identifier: Apache-2.0
# linecache for ftpython: the lines of source files, read once and kept in a cache (each entry: size, mtime,
# lines, full name; or a one-element tuple holding a function that fetches the source from a module's loader),
# written here after CPython 3.13's behaviour. Files are decoded as tokenize.open() decodes them (a UTF-8 BOM or a
# coding cookie in the first two lines, UTF-8 otherwise) with universal newlines; unreadable files give [].
import os
import sys

__all__ = ["getline", "clearcache", "checkcache", "lazycache"]

cache = {}


def clearcache():
    """Forget every cached file."""
    cache.clear()


def getline(filename, lineno, module_globals=None):
    """Line `lineno` (counting from 1) of the file, with its newline, or '' when there is no such line."""
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    """The file's lines, from the cache when it holds them (an empty list when the file cannot be read)."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    try:
        return updatecache(filename, module_globals)
    except MemoryError:
        clearcache()
        return []


def _no_source(filename):
    # names such as '<string>' or '<stdin>' are not files
    return not filename or (filename.startswith('<') and filename.endswith('>'))


def checkcache(filename=None):
    """Drop the cache entries (all, or the one for `filename`) whose file changed size or time, or vanished."""
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache.get(name)
        if entry is None or len(entry) == 1:
            continue  # a lazy entry: nothing read yet
        size, mtime, _lines, fullname = entry
        if mtime is None:
            continue  # source that came from a loader, not from a file
        try:
            st = os.stat(fullname)
        except (OSError, ValueError):
            cache.pop(name, None)
            continue
        if size != st.st_size or mtime != st.st_mtime:
            cache.pop(name, None)


def _loader_lines(data):
    return [line + '\n' for line in data.splitlines()]


def updatecache(filename, module_globals=None):
    """Read the file again (looking along sys.path for a relative name, or asking a module's loader) and cache
    its lines; [] if it cannot be read."""
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        del cache[filename]
    if _no_source(filename):
        return []
    fullname = filename
    try:
        st = os.stat(fullname)
    except ValueError:
        return []
    except OSError:
        st = None
    if st is None:
        if lazycache(filename, module_globals):
            try:
                data = cache[filename][0]()
            except (ImportError, OSError):
                pass
            else:
                if data is None:
                    return []
                lines = _loader_lines(data)
                cache[filename] = (len(data), None, lines, fullname)
                return lines
        if os.path.isabs(filename):
            return []
        for dirname in sys.path:
            try:
                candidate = os.path.join(dirname, filename)
            except (TypeError, AttributeError):
                continue
            try:
                st = os.stat(candidate)
            except (OSError, ValueError):
                continue
            fullname = candidate
            break
        else:
            return []
    try:
        lines = _read_source(fullname)
    except (OSError, UnicodeDecodeError, SyntaxError, LookupError):
        return []
    if not lines:
        lines = ['\n']
    elif not lines[-1].endswith('\n'):
        lines[-1] += '\n'
    cache[filename] = (st.st_size, st.st_mtime, lines, fullname)
    return lines


def lazycache(filename, module_globals):
    """Remember how to get the source of a module that is not a plain file (its loader's get_source), to be
    fetched by the first getlines(); True if the cache now holds such an entry for `filename`."""
    entry = cache.get(filename)
    if entry is not None:
        return len(entry) == 1
    if _no_source(filename):
        return False
    if not module_globals or '__name__' not in module_globals:
        return False
    spec = module_globals.get('__spec__')
    name = getattr(spec, 'name', None) or module_globals['__name__']
    loader = getattr(spec, 'loader', None)
    if loader is None:
        loader = module_globals.get('__loader__')
    get_source = getattr(loader, 'get_source', None)
    if not (name and get_source):
        return False

    def get_lines():
        return get_source(name)
    cache[filename] = (get_lines,)
    return True


def _register_code(code, string, name):
    cache[code] = (len(string), None, _loader_lines(string), name)


# -- reading a source file as tokenize.open() does

def _cookie(line):
    """The encoding named by a coding cookie comment in `line` (bytes), or None."""
    text = line.decode('latin-1')
    stripped = text.lstrip(' \t\f')
    if not stripped.startswith('#'):
        return None
    at = stripped.find('coding', 1)
    while at >= 0:
        rest = stripped[at + 6:]
        if rest[:1] in (':', '='):
            rest = rest[1:].lstrip(' \t')
            end = 0
            while end < len(rest) and (rest[end].isalnum() and rest[end].isascii() or rest[end] in '-_.'):
                end += 1
            if end:
                return rest[:end]
        at = stripped.find('coding', at + 1)
    return None


def _normal_encoding(name):
    enc = name[:12].lower().replace('_', '-')
    if enc == 'utf-8' or enc.startswith('utf-8-'):
        return 'utf-8'
    if enc in ('latin-1', 'iso-8859-1', 'iso-latin-1') or enc.startswith(('latin-1-', 'iso-8859-1-',
                                                                          'iso-latin-1-')):
        return 'iso-8859-1'
    return name


def _blank(line):
    s = line.lstrip(b' \t\f')
    return not s or s[:1] in (b'#', b'\r', b'\n')


def _read_source(path):
    with open(path, 'rb') as f:
        data = f.read()
    bom = data.startswith(b'\xef\xbb\xbf')
    if bom:
        data = data[3:]
    encoding = 'utf-8'
    first_end = data.find(b'\n') + 1 or len(data)
    first = data[:first_end]
    found = _cookie(first)
    if found is None and _blank(first):
        second_end = data.find(b'\n', first_end) + 1 or len(data)
        found = _cookie(data[first_end:second_end])
    if found is not None:
        encoding = _normal_encoding(found)
        try:
            ''.encode(encoding)
        except LookupError:
            raise SyntaxError('unknown encoding for %r: %s' % (path, found))
        if bom and encoding != 'utf-8':
            raise SyntaxError('encoding problem: utf-8')
    text = data.decode(encoding)
    text = text.replace('\r\n', '\n').replace('\r', '\n')
    lines = text.split('\n')
    out = [line + '\n' for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out
