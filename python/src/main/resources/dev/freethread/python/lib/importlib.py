# SPDX-License-Identifier: Apache-2.0
# importlib for ftpython: import_module and reload over the interpreter's import (no finders, loaders or packages on
# disk; relative names need a package, which ftpython's flat modules do not have).
import sys


def import_module(name, package=None):
    """The module called name, imported if it was not (importlib.import_module('os.path') is posixpath)."""
    if name.startswith('.'):
        if not package:
            raise TypeError("the 'package' argument is required to perform a relative import for %r" % name)
        raise ImportError("relative imports are not supported by ftpython")
    __import__(name)
    return sys.modules[name] if name in sys.modules else _walk(name)


def _walk(name):
    m = __import__(name)
    for part in name.split('.')[1:]:
        m = getattr(m, part)
    return m


def reload(module):
    """Answers module: ftpython does not execute a module's source again."""
    if type(module) is not type(sys):
        raise TypeError("reload() argument must be a module")
    return module


def invalidate_caches():
    pass
