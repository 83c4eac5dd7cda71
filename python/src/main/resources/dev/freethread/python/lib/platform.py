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
    return system() + '-' + machine()


def processor():
    return machine()
