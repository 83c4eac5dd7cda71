# SPDX-License-Identifier: Apache-2.0
# traceback for ftpython: the text of an exception's traceback as the interpreter prints it (format_exc,
# print_exc, format_exception, print_exception, format_exception_only). ftpython keeps no frame or traceback
# objects, so the stack-walking functions (extract_stack, walk_tb, TracebackException) are not provided.

import sys
import _traceback

_MISSING = object()


def _exc(exc, value):
    if value is not _MISSING:
        exc = value
    if isinstance(exc, type):
        exc = exc()
    return exc


def _split(text):
    return [line + '\n' for line in text.rstrip('\n').split('\n')] if text else []


def format_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, chain=True):
    exc = _exc(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return _split(_traceback.format_exception(exc, chain))


def format_exception_only(exc, /, value=_MISSING, *, show_group=False):
    exc = _exc(exc, value)
    if exc is None:
        return ['NoneType: None\n']
    return [_traceback.exception_line(exc) + '\n']


def print_exception(exc, /, value=_MISSING, tb=_MISSING, limit=None, file=None, chain=True):
    (file if file is not None else sys.stderr).write(''.join(format_exception(exc, value, tb, limit, chain)))


def format_exc(limit=None, chain=True):
    return ''.join(format_exception(sys.exception(), limit=limit, chain=chain))


def print_exc(limit=None, file=None, chain=True):
    print_exception(sys.exception(), limit=limit, file=file, chain=chain)
