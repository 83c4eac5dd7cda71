# SPDX-License-Identifier: Apache-2.0
# sysconfig for ftpython: the build's configuration as CPython's free-threaded 3.13t reports it where a script asks
# (Py_GIL_DISABLED is 1: the documented way to tell a free-threaded build). ftpython is not built from a Makefile, so
# only the variables that describe this build are defined; any other name is None, as an unknown name is in CPython.
# Paths follow CPython's posix_prefix scheme under sys.prefix; ftpython reads no site-packages.
import os
import sys

__all__ = [
    'get_config_h_filename', 'get_config_var', 'get_config_vars', 'get_makefile_filename', 'get_path',
    'get_path_names', 'get_paths', 'get_platform', 'get_python_version', 'get_scheme_names',
    'get_default_scheme', 'get_preferred_scheme', 'is_python_build',
]

_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include', 'platinclude', 'scripts', 'data')
_SCHEMES = {
    'posix_prefix': {
        'stdlib': '{installed_base}/{platlibdir}/python{py_version_short}{abi_thread}',
        'platstdlib': '{platbase}/{platlibdir}/python{py_version_short}{abi_thread}',
        'purelib': '{base}/lib/python{py_version_short}{abi_thread}/site-packages',
        'platlib': '{platbase}/{platlibdir}/python{py_version_short}{abi_thread}/site-packages',
        'include': '{installed_base}/include/python{py_version_short}{abiflags}',
        'platinclude': '{installed_platbase}/include/python{py_version_short}{abiflags}',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_home': {
        'stdlib': '{installed_base}/lib/python',
        'platstdlib': '{base}/lib/python',
        'purelib': '{base}/lib/python',
        'platlib': '{base}/lib/python',
        'include': '{installed_base}/include/python',
        'platinclude': '{installed_base}/include/python',
        'scripts': '{base}/bin',
        'data': '{base}',
    },
    'posix_user': {
        'stdlib': '{userbase}/{platlibdir}/python{py_version_short}{abi_thread}',
        'platstdlib': '{userbase}/{platlibdir}/python{py_version_short}{abi_thread}',
        'purelib': '{userbase}/lib/python{py_version_short}{abi_thread}/site-packages',
        'platlib': '{userbase}/lib/python{py_version_short}{abi_thread}/site-packages',
        'include': '{userbase}/include/python{py_version_short}{abi_thread}',
        'scripts': '{userbase}/bin',
        'data': '{userbase}',
    },
}
_SCHEMES['posix_venv'] = dict(_SCHEMES['posix_prefix'])  # the same paths, as in CPython
_SCHEMES['venv'] = _SCHEMES['posix_venv']

_config_vars = None


def _init_config_vars():
    v = sys.version_info
    prefix = os.path.normpath(sys.prefix)
    exec_prefix = os.path.normpath(sys.exec_prefix)
    short = '%d.%d' % (v[0], v[1])
    soabi = 'cpython-%d%dt-x86_64-linux-gnu' % (v[0], v[1])
    userbase = os.path.join(os.path.expanduser('~'), '.local')
    return {
        # the build
        'Py_GIL_DISABLED': 1,
        'Py_DEBUG': 0,
        'Py_TRACE_REFS': 0,
        'Py_ENABLE_SHARED': 0,
        'WITH_DOC_STRINGS': 1,
        'SIZEOF_VOID_P': 8,
        'SIZEOF_SIZE_T': 8,
        'SIZEOF_LONG': 8,
        'SIZEOF_INT': 4,
        'SIZEOF_DOUBLE': 8,
        'ABIFLAGS': sys.abiflags,
        'abiflags': sys.abiflags,
        'ABI_THREAD': 't',
        'abi_thread': 't',
        'SOABI': soabi,
        'EXT_SUFFIX': '.' + soabi + '.so',
        'SHLIB_SUFFIX': '.so',
        'MULTIARCH': 'x86_64-linux-gnu',
        'MACHDEP': sys.platform,
        'HOST_GNU_TYPE': 'x86_64-pc-linux-gnu',
        'EXE': '',
        'VERSION': short,
        'py_version': '%d.%d.%d' % (v[0], v[1], v[2]),
        'py_version_short': short,
        'py_version_nodot': '%d%d' % (v[0], v[1]),
        'py_version_nodot_plat': '',
        # the installation
        'prefix': prefix,
        'exec_prefix': exec_prefix,
        'base': prefix,
        'platbase': exec_prefix,
        'installed_base': os.path.normpath(sys.base_prefix),
        'installed_platbase': os.path.normpath(sys.base_exec_prefix),
        'projectbase': os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else os.getcwd(),
        'platlibdir': getattr(sys, 'platlibdir', 'lib'),
        'BINDIR': os.path.join(exec_prefix, 'bin'),
        'LIBDIR': os.path.join(exec_prefix, 'lib'),
        'userbase': userbase,
        'srcdir': os.path.dirname(os.path.abspath(sys.executable)) if sys.executable else os.getcwd(),
        'TZPATH': '/usr/share/zoneinfo:/usr/lib/zoneinfo:/usr/share/lib/zoneinfo:/etc/zoneinfo',
    }


def get_config_vars(*args):
    """With no arguments, a dict of the build's configuration variables; with names, a list of their values."""
    global _config_vars
    if _config_vars is None:
        _config_vars = _init_config_vars()
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    """The value of one configuration variable, or None if this build does not define it."""
    return get_config_vars().get(name)


def get_scheme_names():
    return tuple(sorted(_SCHEMES))


def get_default_scheme():
    return 'posix_prefix'


def get_preferred_scheme(key):
    if key == 'prefix':
        return 'posix_prefix'
    if key == 'home':
        return 'posix_home'
    if key == 'user':
        return 'posix_user'
    raise ValueError(f"{key!r} is not a valid key (must be 'prefix', 'home', or 'user')")


def get_path_names():
    return _PATH_NAMES


def _expand(template, local_vars):
    def lookup(match):
        name = match.group(1)
        if name in local_vars:
            return str(local_vars[name])
        if name in os.environ:
            return os.environ[name]
        return match.group(0)
    import re
    return re.sub(r'\{([^{]*?)\}', lookup, template)


def get_paths(scheme=None, vars=None, expand=True):
    """The installation paths of a scheme (posix_prefix unless named), expanded with the configuration variables."""
    if scheme is None:
        scheme = get_default_scheme()
    if scheme not in _SCHEMES:
        raise KeyError(scheme)
    paths = _SCHEMES[scheme]
    if not expand:
        return dict(paths)
    local_vars = dict(get_config_vars())
    if vars:
        local_vars.update(vars)
    return {name: os.path.normpath(_expand(path, local_vars)) for name, path in paths.items()}


def get_path(name, scheme=None, vars=None, expand=True):
    """One installation path of a scheme."""
    return get_paths(scheme, vars, expand)[name]


def get_platform():
    """The platform a build targets, as distutils names it: 'linux-x86_64' here."""
    return 'linux-x86_64'


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def is_python_build(check_home=None):
    return False


def get_makefile_filename():
    return os.path.join(get_path('stdlib'), 'config-' + get_python_version() + sys.abiflags + '-x86_64-linux-gnu',
                        'Makefile')


def get_config_h_filename():
    return os.path.join(get_path('include'), 'pyconfig.h')

