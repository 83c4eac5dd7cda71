# SPDX-License-Identifier: Apache-2.0
# getopt for ftpython: Unix-style command line option parsing (getopt,
# gnu_getopt, GetoptError), written here after CPython 3.13's behaviour.

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]

try:
    from gettext import gettext as _
except ImportError:
    def _(message):
        return message


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg = msg
        self.opt = opt
        Exception.__init__(self, msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError   # backward compatibility


def _long_list(longopts):
    if isinstance(longopts, str):
        return [longopts]
    return list(longopts)


def getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Parse command line options; stop at the first non-option argument.
    Returns a list of (option, value) pairs and the remaining arguments.
    """
    longopts = _long_list(longopts)
    opts = []
    pos = 0
    while pos < len(args):
        arg = args[pos]
        if not arg.startswith('-') or arg == '-':
            break
        pos += 1
        if arg == '--':
            break
        if arg.startswith('--'):
            pos = _take_long(opts, arg[2:], longopts, args, pos)
        else:
            pos = _take_shorts(opts, arg[1:], shortopts, args, pos)
    return opts, (args[pos:] if pos else args)


def gnu_getopt(args, shortopts, longopts=[]):
    """getopt(args, options[, long_options]) -> opts, args

    Like getopt(), but options and non-option arguments may be mixed
    (GNU style).  A leading '+' in shortopts, or POSIXLY_CORRECT in the
    environment, stops processing at the first non-option argument.
    """
    longopts = _long_list(longopts)
    opts = []
    rest = []
    if shortopts.startswith('+'):
        shortopts = shortopts[1:]
        stop_at_first = True
    else:
        stop_at_first = bool(os.environ.get('POSIXLY_CORRECT'))
    pos = 0
    while pos < len(args):
        arg = args[pos]
        if arg == '--':
            rest.extend(args[pos + 1:])
            break
        pos += 1
        if arg[:2] == '--':
            pos = _take_long(opts, arg[2:], longopts, args, pos)
        elif arg[:1] == '-' and arg != '-':
            pos = _take_shorts(opts, arg[1:], shortopts, args, pos)
        elif stop_at_first:
            rest.extend(args[pos - 1:])
            break
        else:
            rest.append(arg)
    return opts, rest


def _take_long(opts, text, longopts, args, pos):
    """Handle one '--name[=value]' argument; return the next position."""
    name, eq, value = text.partition('=')
    if not eq:
        value = None
    needs_value, name = _match_long(name, longopts)
    if needs_value:
        if value is None:
            if pos >= len(args):
                raise GetoptError(_('option --%s requires argument') % name,
                                  name)
            value = args[pos]
            pos += 1
    elif value is not None:
        raise GetoptError(_('option --%s must not have an argument') % name,
                          name)
    opts.append(('--' + name, value or ''))
    return pos


def _match_long(name, longopts):
    """Return (takes_argument, full_name) for a possibly abbreviated name."""
    candidates = [o for o in longopts if o.startswith(name)]
    if not candidates:
        raise GetoptError(_('option --%s not recognized') % name, name)
    if name in candidates:
        return False, name
    if name + '=' in candidates:
        return True, name
    if len(candidates) > 1:
        raise GetoptError(_('option --%s not a unique prefix') % name, name)
    full = candidates[0]
    if full.endswith('='):
        return True, full[:-1]
    return False, full


def _take_shorts(opts, letters, shortopts, args, pos):
    """Handle one '-abc' cluster; return the next position."""
    while letters:
        letter = letters[0]
        letters = letters[1:]
        if _short_takes_arg(letter, shortopts):
            if not letters:
                if pos >= len(args):
                    raise GetoptError(
                        _('option -%s requires argument') % letter, letter)
                letters = args[pos]
                pos += 1
            opts.append(('-' + letter, letters))
            letters = ''
        else:
            opts.append(('-' + letter, ''))
    return pos


def _short_takes_arg(letter, shortopts):
    if letter != ':':
        k = shortopts.find(letter)
        if k >= 0:
            return shortopts.startswith(':', k + 1)
    raise GetoptError(_('option -%s not recognized') % letter, letter)


# CPython's module-level helpers, which some programs (and CPython's tests) call directly.
def short_has_arg(opt, shortopts):
    """Whether the short option opt takes an argument in shortopts (GetoptError if it is not one)."""
    return _short_takes_arg(opt, shortopts)


def long_has_args(opt, longopts):
    """(takes an argument, full name) of the possibly abbreviated long option opt (GetoptError if none or several)."""
    return _match_long(opt, longopts)


def do_longs(opts, opt, longopts, args):
    """Adds the long option opt ('name' or 'name=value', no dashes) to opts; returns (opts, the args it left)."""
    pos = _take_long(opts, opt, _long_list(longopts), args, 0)
    return opts, args[pos:]


def do_shorts(opts, optstring, shortopts, args):
    """Adds the cluster of short options optstring (no dash) to opts; returns (opts, the args it left)."""
    pos = _take_shorts(opts, optstring, shortopts, args, 0)
    return opts, args[pos:]
