# SPDX-License-Identifier: Apache-2.0
# The built-ins CPython's site module adds (its _sitebuiltins): exit and quit (which raise SystemExit), help, copyright,
# credits, license; and breakpoint, which calls sys.breakpointhook when a script has set one (ftpython has no pdb, so
# the default hook does nothing). Installed as built-ins at start-up.
class Quitter:
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        raise SystemExit(code)


exit = Quitter('exit', 'Ctrl-D (i.e. EOF)')
quit = Quitter('quit', 'Ctrl-D (i.e. EOF)')


class _Printer:
    """What copyright, credits and license print."""

    def __init__(self, name, text):
        self.__name = name
        self.__text = text

    def __repr__(self):
        return self.__text

    def __call__(self):
        print(self.__text)


copyright = _Printer('copyright', 'Copyright (c) 2001-2024 Python Software Foundation.\nAll Rights Reserved.\n\n'
                                  'Freethread ftpython: an interpreter of Python on the JVM.')
credits = _Printer('credits', '    Thanks to CWI, CNRI, BeOpen, Zope Corporation, the Python Software Foundation,\n'
                              '    and a cast of thousands for supporting Python development.  See www.python.org '
                              'for more information.')
license = _Printer('license', 'See https://www.python.org/psf/license/')


class _Helper:
    """help(obj): its name and documentation (ftpython has no pydoc)."""

    def __repr__(self):
        return ('Type help() for interactive help, or help(object) for help about object.')

    def __call__(self, *args, **kwds):
        if not args:
            print(self.__repr__())
            return
        obj = args[0]
        name = getattr(obj, '__qualname__', None) or getattr(obj, '__name__', None) or type(obj).__name__
        doc = getattr(obj, '__doc__', None)
        print('Help on %s:\n' % name)
        print(doc if doc else '(no documentation)')


help = _Helper()


def breakpoint(*args, **kws):
    """Calls sys.breakpointhook(*args, **kws) when a script has set one; the default does nothing here."""
    import sys
    hook = getattr(sys, 'breakpointhook', None)
    if hook is not None:
        return hook(*args, **kws)
    return None
