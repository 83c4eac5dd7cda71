# SPDX-License-Identifier: Apache-2.0
# importlib.util and importlib.machinery for ftpython (one module, reached as both): module specs and a source
# file loader, for the documented ways of loading a module from a path (spec_from_file_location, module_from_spec,
# spec.loader.exec_module) and of asking whether a module exists (find_spec). ftpython's import itself has no
# finders or loaders: find_spec answers from sys.modules, ftpython's own modules (sys.stdlib_module_names) and the
# .py files and package directories on sys.path; built-in modules get a spec with the loader None... as a
# frozen one (origin 'frozen'), since none of them has a file.
import os as _os
import sys as _sys

__name__ = 'importlib.util'

SOURCE_SUFFIXES = ['.py']
BYTECODE_SUFFIXES = ['.pyc']
EXTENSION_SUFFIXES = []
MAGIC_NUMBER = (3571).to_bytes(2, 'little') + b'\r\n'


def all_suffixes():
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


# PEP 3147 paths: ftpython writes no bytecode, so its sys.implementation.cache_tag is None and, as CPython's
# functions do for such an implementation, both raise NotImplementedError once their arguments are checked.

def cache_from_source(path, debug_override=None, *, optimization=None):
    path = _os.fspath(path)
    if debug_override is not None:
        import warnings
        warnings.warn("the debug_override parameter is deprecated; use 'optimization' instead",
                      DeprecationWarning, stacklevel=2)
        if optimization is not None:
            raise TypeError('debug_override or optimization must be set to None')
        optimization = '' if debug_override else 1
    tag = _sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, tail = _os.path.split(path)
    base, sep, rest = tail.rpartition('.')
    almost = '.'.join([base if sep else rest, tag])
    if optimization is None:
        optimization = _sys.flags.optimize
    optimization = str(optimization)
    if optimization != '':
        if not optimization.isalnum():
            raise ValueError(f'{optimization!r} is not alphanumeric')
        almost = f'{almost}.opt-{optimization}'
    return _os.path.join(head, '__pycache__', almost + BYTECODE_SUFFIXES[0])


def source_from_cache(path):
    path = _os.fspath(path)
    if _sys.implementation.cache_tag is None:
        raise NotImplementedError('sys.implementation.cache_tag is None')
    head, pycache_filename = _os.path.split(path)
    head, pycache = _os.path.split(head)
    if pycache != '__pycache__':
        raise ValueError(f'__pycache__ not bottom-level directory in {path!r}')
    dots = pycache_filename.count('.')
    if dots not in {2, 3}:
        raise ValueError(f'expected only 2 or 3 dots in {pycache_filename!r}')
    if dots == 3:
        level = pycache_filename.rsplit('.', 2)[-2]
        if not level.startswith('opt-'):
            raise ValueError(f"optimization portion of filename does not start with 'opt-'")
        if not level[4:].isalnum():
            raise ValueError(f'optimization level {level[4:]!r} is not an alphanumeric value')
    base = pycache_filename.partition('.')[0]
    return _os.path.join(head, base + SOURCE_SUFFIXES[0])


class ModuleSpec:
    """The import-system information of a module: name, loader, origin, submodule_search_locations."""

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self.cached = None

    def __repr__(self):
        args = ['name={!r}'.format(self.name), 'loader={!r}'.format(self.loader)]
        if self.origin is not None:
            args.append('origin={!r}'.format(self.origin))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations={}'.format(self.submodule_search_locations))
        return '{}({})'.format(self.__class__.__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr

    @has_location.setter
    def has_location(self, value):
        self._set_fileattr = bool(value)


class SourceFileLoader:
    """Loads a module from a .py file: its source compiled and run in the module's namespace."""

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def __eq__(self, other):
        return self.__class__ == other.__class__ and self.__dict__ == other.__dict__

    def __hash__(self):
        return hash(self.name) ^ hash(self.path)

    def __repr__(self):
        return '<_frozen_importlib_external.SourceFileLoader object at {:#x}>'.format(id(self))

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, 'rb') as f:
            return f.read()

    def get_source(self, name=None):
        return self.get_data(self.path).decode('utf-8')

    def is_package(self, name=None):
        return _os.path.splitext(_os.path.basename(self.path))[0] == '__init__'

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        code = compile(self.get_source(), self.path, 'exec')
        exec(code, module.__dict__)

    def load_module(self, name=None):
        name = self.name if name is None else name
        spec = spec_from_file_location(name, self.path, loader=self)
        module = module_from_spec(spec)
        _sys.modules[name] = module
        self.exec_module(module)
        return _sys.modules[name]


SourceLoader = FileLoader = SourceFileLoader


class BuiltinImporter:
    """The loader a spec of one of ftpython's own modules names."""

    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"

    @staticmethod
    def create_module(spec):
        return __import__(spec.name)

    @staticmethod
    def exec_module(module):
        pass


FrozenImporter = BuiltinImporter


def spec_from_file_location(name, location=None, *, loader=None, submodule_search_locations=None):
    """A spec for the module name in the file location (a .py file)."""
    if location is None:
        if loader is None:
            return None
        location = loader.get_filename(name)
    location = _os.fspath(location)
    if loader is None:
        if not location.endswith(tuple(SOURCE_SUFFIXES)):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec._set_fileattr = True
    if submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    elif hasattr(loader, 'is_package') and loader.is_package(name):
        spec.submodule_search_locations = [_os.path.dirname(location)]
    return spec


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    if origin is None:
        origin = getattr(loader, '_ORIGIN', None)
    if hasattr(loader, 'get_filename') and origin is None:
        return spec_from_file_location(name, loader=loader)
    if is_package is None and hasattr(loader, 'is_package'):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=is_package)


def module_from_spec(spec):
    """A new module for the spec, with its import attributes set (the loader may make it)."""
    module = None
    if hasattr(spec.loader, 'create_module'):
        module = spec.loader.create_module(spec)
    elif hasattr(spec.loader, 'exec_module'):
        raise ImportError('loaders that define exec_module() must also define create_module()')
    if module is None:
        module = type(_sys)(spec.name)
    for attr, value in (('__spec__', spec), ('__loader__', spec.loader), ('__package__', spec.parent)):
        try:
            setattr(module, attr, value)
        except AttributeError:
            pass
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location:
        module.__file__ = spec.origin
    return module


def resolve_name(name, package):
    """The absolute name of a relative module name (leading dots) in package."""
    if not name.startswith('.'):
        return name
    if not package:
        raise ImportError(f'no package specified for {repr(name)} (required for relative module names)')
    level = 0
    for character in name:
        if character != '.':
            break
        level += 1
    bits = package.rsplit('.', level - 1)
    if len(bits) < level:
        raise ImportError('attempted relative import beyond top-level package')
    base = bits[0]
    return '{}.{}'.format(base, name[level:]) if name[level:] else base


def _find_on_path(name, path):
    for entry in path:
        if not isinstance(entry, str):
            continue
        base = _os.path.join(entry or _os.getcwd(), name)
        init = _os.path.join(base, '__init__.py')
        if _os.path.isfile(init):
            spec = spec_from_file_location(name.rpartition('.')[2] if False else name, init,
                                           submodule_search_locations=[base])
            return spec
        if _os.path.isfile(base + '.py'):
            return spec_from_file_location(name, base + '.py')
        if _os.path.isdir(base):  # a namespace package
            spec = ModuleSpec(name, None, is_package=True)
            spec.submodule_search_locations = [base]
            return spec
    return None


def find_spec(name, package=None):
    """The spec of the module name without importing it (its parent package is imported for a dotted name), or
    None when there is none."""
    fullname = resolve_name(name, package) if name.startswith('.') else name
    module = _sys.modules.get(fullname)
    if module is not None:
        spec = getattr(module, '__spec__', None)
        if spec is None:
            if fullname in _sys.modules and getattr(module, '__file__', None) is None:
                return ModuleSpec(fullname, BuiltinImporter(), origin='built-in')
            raise ValueError('{}.__spec__ is None'.format(fullname))
        return spec
    parent, _, child = fullname.rpartition('.')
    if fullname in getattr(_sys, 'stdlib_module_names', ()):
        return ModuleSpec(fullname, BuiltinImporter(), origin='built-in')
    if parent:
        pkg = __import__(parent, fromlist=['__name__'])
        try:
            path = pkg.__path__
        except AttributeError:
            if hasattr(pkg, child):  # a submodule ftpython keeps as an attribute (os.path, urllib.parse)
                return ModuleSpec(fullname, BuiltinImporter(), origin='built-in')
            raise ModuleNotFoundError(f'__path__ attribute not found on {parent!r} while trying to find {fullname!r}',
                                      name=fullname) from None
        spec = _find_on_path(child, path)
        if spec is not None:
            spec.name = fullname
            if spec.loader is not None and hasattr(spec.loader, 'name'):
                spec.loader.name = fullname
        return spec
    return _find_on_path(fullname, _sys.path)
