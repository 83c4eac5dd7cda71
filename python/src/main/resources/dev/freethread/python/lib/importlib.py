# SPDX-License-Identifier: Apache-2.0
# importlib for ftpython: import_module and reload over the interpreter's import (no finders or loaders; packages
# on disk are found by the interpreter itself, as directories with an __init__.py or namespace directories).
import sys


def _resolve_name(name, package, level):
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name) if name else base


def import_module(name, package=None):
    """The module called name, imported if it was not (importlib.import_module('os.path') is posixpath); a name
    starting with dots is relative to package."""
    level = 0
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for %r" % name)
        for character in name:
            if character != '.':
                break
            level += 1
        name = _resolve_name(name[level:], package, level)
    __import__(name)
    return sys.modules[name] if name in sys.modules else _walk(name)


def _walk(name):
    m = __import__(name)
    for part in name.split('.')[1:]:
        m = getattr(m, part)
    return m


def reload(module):
    """Runs a module's source file again in its own namespace, as CPython's reload does; ftpython's own modules have
    no source file and are answered as they are."""
    if type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    name = module.__name__
    if sys.modules.get(name) is not module:
        raise ImportError("module %s not in sys.modules" % name)
    f = module.__dict__.get('__file__')
    if isinstance(f, str) and f.endswith('.py'):
        with open(f) as src:
            code = compile(src.read(), f, 'exec')
        exec(code, module.__dict__)
    return module


def invalidate_caches():
    pass


def __getattr__(name):
    # importlib.util and importlib.machinery (lib/_importlib_util.py), loaded on first use (PEP 562)
    if name in ('util', 'machinery'):
        import _importlib_util as util
        sys.modules.setdefault('importlib.util', util)
        sys.modules.setdefault('importlib.machinery', util)
        globals()['util'] = globals()['machinery'] = util
        return util
    raise AttributeError("module 'importlib' has no attribute %r" % name)
