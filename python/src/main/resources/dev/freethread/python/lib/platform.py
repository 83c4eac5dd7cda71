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


def system():
    return 'Linux'


def machine():
    return os.uname().machine if hasattr(os, 'uname') else 'x86_64'


def node():
    return ''


def release():
    return ''


def platform(aliased=False, terse=False):
    return system() + '-' + machine()


def processor():
    return machine()
