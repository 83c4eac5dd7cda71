# SPDX-License-Identifier: Apache-2.0
# grp: the Unix group database, for ftpython, written in Python.  Unlike
# CPython, which asks the C library (NSS), it reads /etc/group directly, so
# groups known only to other NSS sources (LDAP, systemd, ...) are not seen.

"""Access to the Unix group database.

Group entries are reported as 4-tuples containing the following fields
from the group database, in order:

  gr_name   - name of the group
  gr_passwd - group password (encrypted); often empty
  gr_gid    - numeric ID of the group
  gr_mem    - list of members

The gid is an integer, name and password are strings.  (Note that most
users are not explicitly listed as members of the groups they are in
according to the password database.  Check both databases to get
complete membership information.)"""

from _structseq import make_structseq as _make_structseq

__all__ = ['getgrgid', 'getgrnam', 'getgrall', 'struct_group']

_GROUP_FILE = '/etc/group'

struct_group = _make_structseq('grp', 'struct_group', (
    ('gr_name', 'group name'),
    ('gr_passwd', 'password'),
    ('gr_gid', 'group id'),
    ('gr_mem', 'group members'),
), """grp.struct_group: Results from getgr*() routines.

This object may be accessed either as a tuple of
  (gr_name,gr_passwd,gr_gid,gr_mem)
or via the object attributes as named in the above tuple.
""")

_ID_MAX = 0xFFFFFFFF        # gid_t is 32-bit unsigned


def _entries():
    try:
        f = open(_GROUP_FILE, encoding='utf-8', errors='surrogateescape')
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
            if len(parts) != 4:
                continue
            if not (parts[2].isascii() and parts[2].isdigit()):
                continue
            gid = int(parts[2])
            members = [m for m in parts[3].split(',') if m]
            yield struct_group((parts[0], parts[1], gid, members))


def _one_arg(fname, pname, args, kwargs):
    given = len(args) + len(kwargs)
    if given > 1:
        raise TypeError('%s() takes at most 1 argument (%d given)'
                        % (fname, given))
    if args:
        return args[0]
    if pname in kwargs:
        return kwargs[pname]
    raise TypeError("%s() missing required argument '%s' (pos 1)"
                    % (fname, pname))


def getgrgid(*args, **kwargs):
    """Return the group database entry for the given numeric group ID.

    If id is not valid, raise KeyError."""
    gid = _one_arg('getgrgid', 'id', args, kwargs)
    if not isinstance(gid, int):
        try:
            gid = gid.__index__()
        except AttributeError:
            raise TypeError('gid should be integer, not %s'
                            % type(gid).__name__) from None
    gid = int(gid)
    if gid == -1 or gid == _ID_MAX:
        shown, wanted = -1, _ID_MAX
    elif gid < 0 or _ID_MAX < gid < 1 << 63:
        raise OverflowError('gid is less than minimum')
    elif gid > _ID_MAX:
        raise OverflowError('gid is greater than maximum')
    else:
        shown = wanted = gid
    for entry in _entries():
        if entry[2] & _ID_MAX == wanted:
            return entry
    raise KeyError('getgrgid(): gid not found: %d' % shown)


def getgrnam(*args, **kwargs):
    """Return the group database entry for the given group name.

    If name is not valid, raise KeyError."""
    name = _one_arg('getgrnam', 'name', args, kwargs)
    if not isinstance(name, str):
        raise TypeError('getgrnam() argument 1 must be str, not %s'
                        % type(name).__name__)
    if '\0' in name:
        raise ValueError('embedded null byte')
    for entry in _entries():
        if entry[0] == name:
            return entry
    raise KeyError('getgrnam(): name not found: %r' % (str(name),))


def getgrall(*args, **kwargs):
    """Return a list of all available group entries, in arbitrary order.

    An entry whose name starts with '+' or '-' represents an instruction
    to use YP/NIS and may not be accessible via getgrnam or getgrgid."""
    if kwargs:
        raise TypeError('grp.getgrall() takes no keyword arguments')
    if args:
        raise TypeError('grp.getgrall() takes no arguments (%d given)'
                        % len(args))
    return list(_entries())
