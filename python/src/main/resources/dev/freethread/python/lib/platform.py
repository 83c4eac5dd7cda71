# SPDX-License-Identifier: Apache-2.0
# platform for ftpython: what the interpreter and the machine say about themselves.
import sys
import os


def python_implementation():
    return 'ftpython'


def python_version():
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    return tuple(str(x) for x in sys.version_info[:3])


class uname_result(tuple):
    """platform.uname(): os.uname()'s five names, then the processor, as CPython's (a namedtuple of five whose
    iteration and length add the processor)."""
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    @property
    def processor(self):
        return processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return 6

    def __getitem__(self, key):
        return tuple(iter(self))[key]

    def __repr__(self):
        return 'uname_result(system=%r, node=%r, release=%r, version=%r, machine=%r)' % tuple.__getitem__(
            self, slice(None))

    def __reduce__(self):
        return uname_result, tuple.__getitem__(self, slice(None))


def uname():
    u = os.uname()
    return uname_result(u.sysname, u.nodename, u.release, u.version, u.machine)


def system():
    return os.uname().sysname


def machine():
    return os.uname().machine


def node():
    return os.uname().nodename


def release():
    return os.uname().release


def version():
    return os.uname().version


def platform(aliased=False, terse=False):
    """system-release-machine, then the C library, as CPython's on Linux ('Linux-6.1-x86_64-with-glibc2.36')."""
    lib, ver = libc_ver()
    name = '%s-%s-%s' % (system(), release(), machine())
    if lib:
        name += '-with-%s%s' % (lib, ver)
    return name


def processor():
    return machine()


def python_build():
    """(buildno, builddate): ftpython's jar is its build."""
    return ('main', '')


def python_compiler():
    """What built the interpreter: ftpython runs on a JVM, so the Java runtime that runs it."""
    return _java_version()


def _java_version():
    return getattr(sys, '_java_version', '')


def python_branch():
    return sys._git[1]


def python_revision():
    return sys._git[2]


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bits, linkage) of the interpreter: a 64-bit JVM, and ELF on Linux."""
    return (bits or '64bit', linkage or ('ELF' if system() == 'Linux' else ''))


_libc = None


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """The C library the process uses and its version: on Linux glibc's highest GLIBC_x.y symbol version in the
    libc the process mapped (/proc/self/maps), as CPython reads them from its executable; ('', '') if unknown."""
    global _libc
    if _libc is None:
        found = ('', '')
        try:
            with open('/proc/self/maps') as maps:
                paths = [line.split()[-1] for line in maps if '/libc.so' in line or '/libc-' in line]
            if paths:
                with open(paths[0], 'rb') as f:
                    data = f.read()
                best = None
                i = data.find(b'GLIBC_')
                while i >= 0:
                    j = i + 6
                    while j < len(data) and (data[j:j + 1].isdigit() or data[j:j + 1] == b'.'):
                        j += 1
                    v = data[i + 6:j].decode('ascii').strip('.')
                    if v and v[0].isdigit():
                        key = tuple(int(p) for p in v.split('.') if p)
                        if best is None or key > best[0]:
                            best = (key, v)
                    i = data.find(b'GLIBC_', j)
                if best is not None:
                    found = ('glibc', best[1])
        except OSError:
            pass
        _libc = found
    return (_libc[0] or lib, _libc[1] or version)


def freedesktop_os_release():
    """/etc/os-release (or /usr/lib/os-release) as a dict, as CPython's."""
    for candidate in ('/etc/os-release', '/usr/lib/os-release'):
        try:
            with open(candidate, encoding='utf-8') as f:
                text = f.read()
        except OSError:
            continue
        info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
        for line in text.splitlines():
            line = line.strip()
            if not line or line.startswith('#') or '=' not in line:
                continue
            key, _, value = line.partition('=')
            if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
                value = value[1:-1]
            info[key] = value
        return info
    raise OSError(2, 'Unable to read files /etc/os-release, /usr/lib/os-release')


def system_alias(system, release, version):
    return system, release, version


def win32_ver(release='', version='', csd='', ptype=''):
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    return release, versioninfo, machine
