# SPDX-License-Identifier: Apache-2.0
# contextvars for ftpython (PEP 567): ContextVar, Token and Context. Each thread has a current context (a new thread
# starts with an empty one, as in CPython 3.13); Context.run makes another current for a call; copy_context copies
# the current one. asyncio runs each task's steps in the context the task was created in. A Context maps variables
# to values; set() replaces the current context's mapping, so a copy taken earlier does not see the change.
import _thread

__all__ = ['Context', 'ContextVar', 'Token', 'copy_context']

_MISSING = object()
_current = {}  # thread ident -> its current Context


class Context:
    """A mapping of context variables to values; run(fn) runs fn with this as the current context."""

    def __init__(self, *args, **kwargs):
        if args or kwargs:
            raise TypeError('Context() does not accept any arguments')
        self._data = {}
        self._entered = False

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Context' is not an acceptable base type")

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError('cannot enter context: %r is already entered' % (self,))
        ident = _thread.get_ident()
        saved = _current.get(ident)
        _current[ident] = self
        self._entered = True
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            if saved is None:
                _current.pop(ident, None)
            else:
                _current[ident] = saved

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError('a ContextVar key was expected, got %r' % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data


def _current_context():
    ident = _thread.get_ident()
    ctx = _current.get(ident)
    if ctx is None:
        ctx = Context()
        _current[ident] = ctx
    return ctx


def copy_context():
    """A copy of the current context."""
    return _current_context().copy()


class Token:
    """What ContextVar.set answers: reset(token) restores the variable's value before that set."""
    MISSING = _MISSING

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.Token' is not an acceptable base type")

    def __init__(self, context, var, old_value):
        self._context = context
        self._var = var
        self._old_value = old_value
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old_value

    def __repr__(self):
        return '<Token%s var=%r at 0x%x>' % (' used' if self._used else '', self._var, id(self))

    def __class_getitem__(cls, item):
        return cls


class ContextVar:
    """A variable whose value is per context (so per thread and per asyncio task)."""

    def __init_subclass__(cls, **kwargs):
        raise TypeError("type '_contextvars.ContextVar' is not an acceptable base type")

    def __init__(self, *args, default=_MISSING):
        if len(args) != 1:  # CPython's argument-clinic messages
            raise TypeError('ContextVar() takes %s 1 positional argument (%d given)'
                            % ('exactly' if not args else 'at most', len(args)))
        name = args[0]
        if not isinstance(name, str):
            raise TypeError('context variable name must be a str')
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError('get() takes at most 1 argument (%d given)' % len(args))
        data = _current_context()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _current_context()
        old = ctx._data.get(self, _MISSING)
        data = dict(ctx._data)
        data[self] = value
        ctx._data = data
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError('expected an instance of Token, got %r' % (token,))
        if token._used:
            raise RuntimeError('%r has already been used once' % (token,))
        if token._var is not self:
            raise ValueError('%r was created by a different ContextVar' % (token,))
        ctx = _current_context()
        if token._context is not ctx:
            raise ValueError('%r was created in a different Context' % (token,))
        data = dict(ctx._data)
        if token._old_value is _MISSING:
            data.pop(self, None)
        else:
            data[self] = token._old_value
        ctx._data = data
        token._used = True

    def __hash__(self):
        return id(self)

    def __repr__(self):
        default = '' if self._default is _MISSING else ' default=%r' % (self._default,)
        return '<ContextVar name=%r%s at 0x%x>' % (self._name, default, id(self))

    def __class_getitem__(cls, item):
        return cls
