# SPDX-License-Identifier: Apache-2.0
# getpass: read a password and find the user name, for ftpython, written in
# Python.  ftpython has no terminal control (no termios), so getpass() is
# always what CPython does when echo cannot be turned off: it issues
# GetPassWarning, prints a notice and reads a line from sys.stdin.

"""Utilities to get a password and/or the current user name.

getpass(prompt[, stream]) - Prompt for a password, with echo turned off.
getuser() - Get the user name from the environment or password database.

GetPassWarning - This UserWarning is issued when getpass() cannot prevent
                 echoing of the password contents while reading.
"""

import os
import sys

__all__ = ["getpass", "getuser", "GetPassWarning"]


class GetPassWarning(UserWarning):
    pass


def fallback_getpass(prompt='Password: ', stream=None):
    """Prompt for a password without being able to turn echo off."""
    import warnings
    warnings.warn("Can not control echo on the terminal.", GetPassWarning,
                  stacklevel=2)
    if not stream:
        stream = sys.stderr
    print("Warning: Password input may be echoed.", file=stream)
    return _raw_input(prompt, stream)


def _raw_input(prompt="", stream=None, input=None):
    if not stream:
        stream = sys.stderr
    if not input:
        input = sys.stdin
    prompt = str(prompt)
    if prompt:
        try:
            stream.write(prompt)
        except UnicodeEncodeError:
            # Show what can be shown of the prompt.
            enc = stream.encoding
            stream.write(prompt.encode(enc, 'replace').decode(enc))
        stream.flush()
    line = input.readline()
    if not line:
        raise EOFError
    if line[-1] == '\n':
        line = line[:-1]
    return line


def getuser():
    """Get the username from the environment or password database.

    First try various environment variables, then the password
    database.  Any failure to find a username raises OSError.
    """
    for name in ('LOGNAME', 'USER', 'LNAME', 'USERNAME'):
        user = os.environ.get(name)
        if user:
            return user
    try:
        import pwd
        return pwd.getpwuid(os.getuid())[0]
    except (ImportError, KeyError) as e:
        raise OSError('No username set in the environment') from e


def unix_getpass(prompt='Password: ', stream=None):
    """Prompt for a password, with echo turned off where possible.

    ftpython cannot turn echo off, so this behaves like CPython does when
    neither /dev/tty nor stdin can be controlled: it warns (GetPassWarning),
    reads a line from sys.stdin (EOFError at end of input) and finally
    writes a newline to the stream (default sys.stderr).
    """
    passwd = fallback_getpass(prompt, stream)
    if not stream:
        stream = sys.stderr
    stream.write('\n')
    return passwd


getpass = unix_getpass
