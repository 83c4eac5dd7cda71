"""CPython 3.13's _colorize: the ANSI colours of tracebacks and whether the terminal may show them.

ftpython's tracebacks are never coloured; the module is here for programs and tests that read or patch it
(test.support.force_not_colorized does).
"""
import io
import os
import sys

COLORIZE = True


class ANSIColors:
    BOLD_GREEN = "\x1b[1;32m"
    BOLD_MAGENTA = "\x1b[1;35m"
    BOLD_RED = "\x1b[1;31m"
    GREEN = "\x1b[32m"
    GREY = "\x1b[90m"
    MAGENTA = "\x1b[35m"
    RED = "\x1b[31m"
    RESET = "\x1b[0m"
    YELLOW = "\x1b[33m"


NoColors = ANSIColors()
for _name in dir(ANSIColors):
    if not _name.startswith("__"):
        setattr(NoColors, _name, "")
del _name


def get_colors(colorize=False):
    """ANSIColors when colour is asked for or the terminal takes it, else NoColors (every colour empty)."""
    if colorize or can_colorize():
        return ANSIColors()
    return NoColors


def can_colorize():
    """Whether stderr may show colour: PYTHON_COLORS, NO_COLOR, FORCE_COLOR and TERM decide, then whether it is a
    terminal (CPython's order)."""
    if not sys.flags.ignore_environment:
        if os.environ.get("PYTHON_COLORS") == "0":
            return False
        if os.environ.get("PYTHON_COLORS") == "1":
            return True
    if "NO_COLOR" in os.environ:
        return False
    if not COLORIZE:
        return False
    if not sys.flags.ignore_environment and "FORCE_COLOR" in os.environ:
        return True
    if os.environ.get("TERM") == "dumb":
        return False
    if not hasattr(sys.stderr, "fileno"):
        return False
    try:
        return os.isatty(sys.stderr.fileno())
    except io.UnsupportedOperation:
        return sys.stderr.isatty()
