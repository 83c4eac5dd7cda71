# SPDX-License-Identifier: Apache-2.0
# The built-ins CPython's site module adds (its _sitebuiltins): exit and quit (which raise SystemExit), help, copyright,
# credits, license; and breakpoint, which calls sys.breakpointhook, and the default hook (sys.__breakpointhook__:
# $PYTHONBREAKPOINT, or pdb.set_trace, which ftpython lacks: a RuntimeWarning). Installed as built-ins at start-up.
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
    """Calls sys.breakpointhook(*args, **kws), as CPython's."""
    import sys
    hook = getattr(sys, 'breakpointhook', None)
    if hook is None:
        raise RuntimeError('lost sys.breakpointhook')
    return hook(*args, **kws)


def breakpointhook(*args, **kws):
    """sys.breakpointhook and sys.__breakpointhook__, as CPython's: $PYTHONBREAKPOINT names the callable to call
    ('module.attr', or a built-in's name), '0' none; unset or empty, pdb.set_trace. One that cannot be imported is a
    RuntimeWarning, and nothing is called (ftpython has no pdb: by default breakpoint() warns and goes on)."""
    import os
    import sys
    hookname = None if sys.flags.ignore_environment else os.environ.get('PYTHONBREAKPOINT')
    if not hookname:
        hookname = 'pdb.set_trace'
    elif hookname == '0':
        return None
    modulepath, dot, funcname = hookname.rpartition('.')
    if not dot:
        modulepath = 'builtins'
    try:
        if not modulepath:
            raise ImportError(hookname)  # '.x': no module to import, as CPython's check of a leading dot
        import importlib
        hook = getattr(importlib.import_module(modulepath), funcname)
    except (ImportError, AttributeError, ValueError, TypeError):  # what a malformed module path makes import raise
        import sys
        import warnings
        # CPython's warning names the Python code that called the hook: past breakpoint() when it was the caller
        caller = sys._getframe(1)
        level = 3 if caller.f_code.co_name == 'breakpoint' and caller.f_globals is globals() else 2
        warnings.warn('Ignoring unimportable $PYTHONBREAKPOINT: "{}"'.format(hookname), RuntimeWarning,
                      stacklevel=level)
        return None
    return hook(*args, **kws)


class memoryview:
    """A view of a bytes-like object's items (bytes, bytearray, array.array, or any object with PEP 688's
    __buffer__): indexing, slicing (a view of the same memory), writes through to a bytearray or an array, tobytes,
    tolist, hex, cast between formats (a cast views a copy), release and the context manager. One dimension only."""

    __slots__ = ('_obj', '_start', '_step', '_len', '_fmt', '_size', '_ro', '_released', '_exports')

    def __new__(cls, object):
        if isinstance(object, memoryview):
            object._check()
            return object._view(object._start, object._step, object._len)
        self = _object_new(cls)
        self._released = False
        if isinstance(object, bytes):
            self._obj, self._fmt, self._size, self._ro, n = object, 'B', 1, True, len(object)
        elif isinstance(object, bytearray):
            self._obj, self._fmt, self._size, self._ro, n = object, 'B', 1, False, len(object)
        elif type(object).__name__ == 'array' and hasattr(object, 'typecode'):
            self._obj, self._fmt, self._size, self._ro, n = object, object.typecode, object.itemsize, False, len(object)
        elif hasattr(type(object), '__buffer__'):
            view = type(object).__buffer__(object, 0)
            if not isinstance(view, memoryview):
                raise TypeError('__buffer__ returned non-memoryview object')
            return view
        else:
            raise TypeError("memoryview: a bytes-like object is required, not '%s'" % type(object).__name__)
        self._start, self._step, self._len = 0, 1, n
        return self

    def _view(self, start, step, length):
        v = _object_new(memoryview)
        v._obj, v._fmt, v._size, v._ro, v._released = self._obj, self._fmt, self._size, self._ro, False
        v._start, v._step, v._len = start, step, length
        return v

    def _check(self):
        if self._released:
            raise ValueError('operation forbidden on released memoryview object')

    def _indices(self):
        return range(self._start, self._start + self._step * self._len, self._step)

    def __len__(self):
        self._check()
        return self._len

    def __getitem__(self, key):
        self._check()
        if isinstance(key, slice):
            start, stop, step = key.indices(self._len)
            r = range(start, stop, step)
            return self._view(self._start + self._step * start, self._step * step, len(r))
        if isinstance(key, tuple):
            raise TypeError('memoryview: invalid slice key')
        try:
            i = key.__index__()
        except AttributeError:
            raise TypeError('memoryview: invalid slice key') from None
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('index out of bounds on dimension 1')
        return self._obj[self._start + self._step * i]

    def __setitem__(self, key, value):
        self._check()
        if self._ro:
            raise TypeError('cannot modify read-only memory')
        if isinstance(key, slice):
            start, stop, step = key.indices(self._len)
            targets = list(range(start, stop, step))
            src = memoryview(value)
            if src._fmt != self._fmt or len(src) != len(targets):
                raise ValueError('memoryview assignment: lvalue and rvalue have different structures')
            items = src.tolist() if self._fmt != 'B' else list(src.tobytes())
            for k, v in zip(targets, items):
                self._obj[self._start + self._step * k] = v
            return
        i = key.__index__()
        if i < 0:
            i += self._len
        if not 0 <= i < self._len:
            raise IndexError('index out of bounds on dimension 1')
        if self._fmt == 'B' and not (isinstance(value, int) and 0 <= value < 256):
            raise TypeError("memoryview: invalid type for format 'B'") if not isinstance(value, int) \
                else ValueError("memoryview: invalid value for format 'B'")
        self._obj[self._start + self._step * i] = value

    def __iter__(self):
        self._check()
        return iter([self._obj[i] for i in self._indices()])

    def tolist(self):
        self._check()
        return [self._obj[i] for i in self._indices()]

    def tobytes(self, order='C'):
        self._check()
        if self._step == 1 and not isinstance(self._obj, (bytes, bytearray, list)):
            # an array: its own tobytes (bytes() of an array comes here through __buffer__, so it is not asked); a
            # cast view's items (a list) are packed below
            return self._obj[self._start:self._start + self._len].tobytes()
        if self._fmt == 'B':
            if self._step == 1:
                return bytes(self._obj[self._start:self._start + self._len])
            return bytes([self._obj[i] for i in self._indices()])
        import struct
        return struct.pack('%d%s' % (self._len, self._fmt), *self.tolist())

    def __bytes__(self):
        return self.tobytes()

    def __buffer__(self, flags):
        self._check()
        return self

    def hex(self, *args):
        return self.tobytes().hex(*args)

    def toreadonly(self):
        self._check()
        v = self._view(self._start, self._step, self._len)
        v._ro = True
        return v

    def cast(self, format, shape=None):
        """A view of the same bytes read as another format (a copy here: writes do not reach the original)."""
        self._check()
        import struct
        data = self.tobytes()
        size = struct.calcsize(format)
        if len(data) % size:
            raise TypeError('memoryview: length is not a multiple of itemsize')
        if format == 'B':
            v = memoryview(bytes(data) if self._ro else bytearray(data))
        else:
            items = list(struct.unpack('%d%s' % (len(data) // size, format), data))
            v = _object_new(memoryview)
            v._obj, v._ro, v._released = items, self._ro, False
            v._start, v._step, v._len = 0, 1, len(items)
        v._fmt, v._size = format, size
        return v

    def release(self):
        self._released = True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.release()

    @property
    def obj(self):
        self._check()
        return self._obj

    @property
    def nbytes(self):
        self._check()
        return self._len * self._size

    @property
    def readonly(self):
        self._check()
        return self._ro

    @property
    def format(self):
        self._check()
        return self._fmt

    @property
    def itemsize(self):
        self._check()
        return self._size

    @property
    def ndim(self):
        self._check()
        return 1

    @property
    def shape(self):
        self._check()
        return (self._len,)

    @property
    def strides(self):
        self._check()
        return (self._size * self._step,)

    @property
    def suboffsets(self):
        return ()

    @property
    def c_contiguous(self):
        self._check()
        return self._step == 1

    f_contiguous = c_contiguous
    contiguous = c_contiguous

    def __eq__(self, other):
        if self._released or (isinstance(other, memoryview) and other._released):
            return self is other
        try:
            o = memoryview(other)
        except TypeError:
            return NotImplemented
        return self.tolist() == o.tolist()

    def __hash__(self):
        self._check()
        if not self._ro:
            raise ValueError('cannot hash writable memoryview object')
        return hash(self.tobytes())

    def __repr__(self):
        return '<%smemory at 0x%x>' % ('released ' if self._released else '', id(self))


_object_new = object.__new__
