# SPDX-License-Identifier: Apache-2.0
# pwd: the Unix password database, for ftpython, written in Python.  Unlike
# CPython, which asks the C library (NSS), it reads /etc/passwd directly, so
# users known only to other NSS sources (LDAP, systemd, ...) are not seen.

"""This module provides access to the Unix password database.
It is available on all Unix versions.

Password database entries are reported as 7-tuples containing the following
items from the password database (see `<pwd.h>'), in order:
pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.
The uid and gid items are integers, all others are strings. An
exception is raised if the entry asked for cannot be found."""

from _structseq import make_structseq as _make_structseq

__all__ = ['getpwnam', 'getpwuid', 'getpwall', 'struct_passwd']

_PASSWD_FILE = '/etc/passwd'

struct_passwd = _make_structseq('pwd', 'struct_passwd', (
    ('pw_name', 'user name'),
    ('pw_passwd', 'password'),
    ('pw_uid', 'user id'),
    ('pw_gid', 'group id'),
    ('pw_gecos', 'real name'),
    ('pw_dir', 'home directory'),
    ('pw_shell', 'shell program'),
), """pwd.struct_passwd: Results from getpw*() routines.

This object may be accessed either as a tuple of
  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)
or via the object attributes as named in the above tuple.""")

_ID_MAX = 0xFFFFFFFF        # uid_t and gid_t are 32-bit unsigned


def _c_id(value):
    # The C id_t value for a Python integer, as (number_to_show, id), or
    # raise OverflowError the way CPython's converter does.
    if value == -1 or value == _ID_MAX:
        return -1, _ID_MAX
    if value < 0 or (value > _ID_MAX and value < 1 << 63):
        raise OverflowError('uid is less than minimum')
    if value > _ID_MAX:
        raise OverflowError('uid is greater than maximum')
    return value, value


def _is_number(text):
    return text.isascii() and text.isdigit()


def _entries():
    try:
        f = open(_PASSWD_FILE, encoding='utf-8', errors='surrogateescape')
    except OSError:
        return
    with f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.lstrip().startswith('#'):
                continue
            if line[0] in '+-':         # NIS "compat" entries
                continue
            parts = line.split(':')
            if len(parts) != 7:
                continue
            if not (_is_number(parts[2]) and _is_number(parts[3])):
                continue
            uid = int(parts[2])
            gid = int(parts[3])
            yield struct_passwd((parts[0], parts[1], uid, gid,
                                 parts[4], parts[5], parts[6]))


def _one_arg(fname, args, kwargs):
    if kwargs:
        raise TypeError('pwd.%s() takes no keyword arguments' % fname)
    if len(args) != 1:
        raise TypeError('pwd.%s() takes exactly one argument (%d given)'
                        % (fname, len(args)))
    return args[0]


def getpwuid(*args, **kwargs):
    """Return the password database entry for the given numeric user ID.

    See `help(pwd)` for more on password database entries."""
    uid = _one_arg('getpwuid', args, kwargs)
    if not isinstance(uid, int):
        try:
            uid = uid.__index__()
        except AttributeError:
            raise TypeError('uid should be integer, not %s'
                            % type(uid).__name__) from None
    try:
        shown, wanted = _c_id(int(uid))
    except OverflowError:
        raise KeyError('getpwuid(): uid not found') from None
    for entry in _entries():
        if entry[2] & _ID_MAX == wanted:
            return entry
    raise KeyError('getpwuid(): uid not found: %d' % shown)


def getpwnam(*args, **kwargs):
    """Return the password database entry for the given user name.

    See `help(pwd)` for more on password database entries."""
    name = _one_arg('getpwnam', args, kwargs)
    if not isinstance(name, str):
        raise TypeError('getpwnam() argument must be str, not %s'
                        % type(name).__name__)
    if '\0' in name:
        raise ValueError('embedded null byte')
    for entry in _entries():
        if entry[0] == name:
            return entry
    raise KeyError('getpwnam(): name not found: %r' % (str(name),))


def getpwall(*args, **kwargs):
    """Return a list of all available password database entries, in arbitrary order.

    See help(pwd) for more on password database entries."""
    if kwargs:
        raise TypeError('pwd.getpwall() takes no keyword arguments')
    if args:
        raise TypeError('pwd.getpwall() takes no arguments (%d given)'
                        % len(args))
    return list(_entries())
