# SPDX-License-Identifier: Apache-2.0
# BaseExceptionGroup and ExceptionGroup for ftpython (PEP 654), installed as built-ins at start-up: the checks and
# messages of CPython 3.13's constructor, message and exceptions, subgroup, split and derive (the parts keep the
# group's structure and copy its __cause__, __context__, __traceback__ and __notes__), and the str that counts the
# sub-exceptions. The except* statement (Stmts.Try) matches with split.


def _matcher(cond):
    if isinstance(cond, type) and issubclass(cond, BaseException):
        return lambda e: isinstance(e, cond)
    if isinstance(cond, tuple) and all(isinstance(c, type) and issubclass(c, BaseException) for c in cond):
        return lambda e: isinstance(e, cond)
    if callable(cond) and not isinstance(cond, type):
        return cond
    raise TypeError("expected an exception type, a tuple of exception types, or a callable (other than a class)")


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""
    __module__ = 'builtins'

    def __new__(cls, *args, **kwargs):
        if kwargs:
            raise TypeError("BaseExceptionGroup.__new__() takes no keyword arguments")
        if len(args) != 2:
            raise TypeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)" % len(args))
        message, exceptions = args
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s" % type(message).__name__)
        if not isinstance(exceptions, (list, tuple)) and not hasattr(exceptions, '__getitem__'):
            raise TypeError("second argument (exceptions) must be a sequence")
        excs = tuple(exceptions)
        if not excs:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(excs):
            if not isinstance(e, BaseException):
                raise ValueError("Item %d of second argument (exceptions) is not an exception" % i)
        all_exceptions = all(isinstance(e, Exception) for e in excs)
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception):
            if not all_exceptions:
                if cls is ExceptionGroup:
                    raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
                raise TypeError("Cannot nest BaseExceptions in '%s'" % cls.__name__)
        self = super().__new__(cls, message, exceptions)
        self._message = message
        self._exceptions = excs
        return self

    def __init__(self, *args, **kwargs):
        pass

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return "%s (%d sub-exception%s)" % (self._message, n, "" if n == 1 else "s")

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _derive_keeping(self, excs):
        eg = self.derive(excs)
        if not isinstance(eg, BaseExceptionGroup):
            raise TypeError('derive must return an instance of BaseExceptionGroup')
        eg.__cause__ = self.__cause__
        eg.__context__ = self.__context__
        eg.__traceback__ = self.__traceback__
        notes = getattr(self, '__notes__', None)
        # copied when they are a sequence (CPython's PySequence_Check: __getitem__, not a dict)
        if notes is not None and hasattr(type(notes), '__getitem__') and not isinstance(notes, dict):
            eg.__notes__ = list(notes)
        return eg

    def subgroup(self, condition):
        return self.split(condition)[0]

    def split(self, condition):
        match = _matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        # a new group for each side, even when every leaf went to one of them, as CPython's split makes
        m = self._derive_keeping(matched) if matched else None
        r = self._derive_keeping(rest) if rest else None
        return m, r

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    __module__ = 'builtins'

