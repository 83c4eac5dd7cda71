# SPDX-License-Identifier: Apache-2.0
# warnings for ftpython: warn, the filters (simplefilter, filterwarnings, resetwarnings) with CPython's actions
# ('default' shows a warning once per message and category, 'always', 'ignore', 'error', 'once', 'module'),
# showwarning/formatwarning and catch_warnings (record=True collects WarningMessage objects). ftpython has no frames,
# so a warning's location is the main script, line 0.

import sys

__all__ = ['warn', 'warn_explicit', 'deprecated', 'showwarning', 'formatwarning', 'filterwarnings', 'simplefilter',
           'resetwarnings', 'catch_warnings']

# CPython's default filters: a DeprecationWarning shows where __main__ raised it and nowhere else;
# PendingDeprecationWarning, ImportWarning and ResourceWarning are ignored (resetwarnings() clears these too)
filters = [('default', None, DeprecationWarning, '__main__', 0), ('ignore', None, DeprecationWarning, None, 0),
           ('ignore', None, PendingDeprecationWarning, None, 0), ('ignore', None, ImportWarning, None, 0),
           ('ignore', None, ResourceWarning, None, 0)]
defaultaction = 'default'
_onceregistry = set()
_registry = set()


def formatwarning(message, category, filename, lineno, line=None):
    s = '%s:%s: %s: %s\n' % (filename, lineno, category.__name__, message)
    if line is None:
        try:
            import linecache
            line = linecache.getline(filename, lineno)
        except Exception:
            line = None
    if line:
        s += '  %s\n' % line.strip()
    return s


def _showwarnmsg_impl(msg):
    file = msg.file if msg.file is not None else sys.stderr
    text = formatwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    if getattr(msg, 'source', None) is not None:
        # CPython adds where the source was allocated, or this hint while tracemalloc is not tracing (ftpython has
        # no tracemalloc, so the hint stands always, as CPython's text)
        text += '%s: Enable tracemalloc to get the object allocation traceback\n' % msg.category.__name__
    try:
        file.write(text)
    except (OSError, AttributeError):
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


class WarningMessage:
    _WARNING_DETAILS = ('message', 'category', 'filename', 'lineno', 'file', 'line', 'source')

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ('{message : %r, category : %r, filename : %r, lineno : %s, line : %r}'
                % (self.message, self._category_name, self.filename, self.lineno, self.line))


def _add_filter(item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _registry.clear()
    _onceregistry.clear()


def filterwarnings(action, message='', category=Warning, module='', lineno=0, append=False):
    if action not in ('error', 'ignore', 'always', 'all', 'default', 'module', 'once'):
        raise ValueError('invalid action: %r' % (action,))
    if not isinstance(message, str):
        raise TypeError('message must be a string')
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError('category must be a Warning subclass')
    import re
    msg = re.compile(message, re.I) if message else None
    mod = re.compile(module) if module else None
    _add_filter((action, msg, category, mod, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    if action not in ('error', 'ignore', 'always', 'all', 'default', 'module', 'once'):
        raise ValueError('invalid action: %r' % (action,))
    _add_filter((action, None, category, None, lineno), append)


def resetwarnings():
    filters[:] = []
    _registry.clear()
    _onceregistry.clear()


def _action_for(text, category, module, lineno):
    for action, msg, cat, mod, ln in filters:
        if (msg is None or msg.match(text)) and issubclass(category, cat) \
                and (mod is None or (mod == module if isinstance(mod, str) else mod.match(module))) \
                and (ln == 0 or lineno == ln):
            return action
    return defaultaction


def warn(message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=()):
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    # where the warning is attributed: the caller's frame stacklevel levels up (1: the function calling warn)
    try:
        frame = sys._getframe(stacklevel if isinstance(stacklevel, int) and stacklevel > 0 else 1)
    except ValueError:
        filename, lineno, module = '<sys>', 0, 'sys'
    else:
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
        module = frame.f_globals.get('__name__', '<string>')
    warn_explicit(message, category, filename, lineno, module, None, None, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None, module_globals=None,
                  source=None):
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    action = _action_for(text, category, module or '', lineno)
    if action == 'ignore':
        return
    if action == 'error':
        raise message
    key = (text, category, lineno)
    if action == 'once':
        if (text, category) in _onceregistry:
            return
        _onceregistry.add((text, category))
    elif action in ('default', 'module'):
        if key in _registry:
            return
        _registry.add(key)
    msg = WarningMessage(message, category, filename, lineno, None, None, source)
    _showwarnmsg(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


_showwarning_orig = showwarning


class catch_warnings:
    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._entered = False
        self._filter = None if action is None else (action, category, lineno, append)

    def __enter__(self):
        global showwarning
        if self._entered:
            raise RuntimeError('Cannot enter %r twice' % self)
        self._entered = True
        self._filters = filters[:]
        self._showwarning = showwarning
        self._registry = set(_registry)
        _registry.clear()
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []

            def record(message, category, filename, lineno, file=None, line=None):
                log.append(WarningMessage(message, category, filename, lineno, file, line))
            showwarning = record
            return log
        return None

    def __exit__(self, *exc_info):
        global showwarning
        filters[:] = self._filters
        showwarning = self._showwarning
        _registry.clear()
        _registry.update(self._registry)


class deprecated:
    """PEP 702's decorator (3.13): marks a class, function or overload as deprecated. Its message is kept in the
    object's __deprecated__; calling the function, making an instance of the class itself or deriving from it warns
    with category at stacklevel (category None: only the mark, no warning)."""

    def __init__(self, message, /, *, category=DeprecationWarning, stacklevel=1):
        if not isinstance(message, str):
            raise TypeError("Expected an object of type str for 'message', not %r" % type(message).__name__)
        self.message = message
        self.category = category
        self.stacklevel = stacklevel

    def __call__(self, arg, /):
        message, category, level = self.message, self.category, self.stacklevel + 1
        if category is None:
            arg.__deprecated__ = message
            return arg
        import functools
        if isinstance(arg, type):
            return self._deprecate_class(arg, message, category, level, functools)
        if not callable(arg):
            raise TypeError("@deprecated decorator with non-None category must be applied to a class or callable, "
                            "not %r" % (arg,))

        @functools.wraps(arg)
        def wrapper(*args, **kwargs):
            warn(message, category=category, stacklevel=level)
            return arg(*args, **kwargs)
        import inspect
        if inspect.iscoroutinefunction(arg):
            wrapper = inspect.markcoroutinefunction(wrapper)
        arg.__deprecated__ = wrapper.__deprecated__ = message
        return wrapper

    @staticmethod
    def _deprecate_class(cls, message, category, level, functools):
        # instances of the class itself warn (not a subclass's, which warned when it was made)
        new = cls.__new__

        @functools.wraps(new)
        def __new__(klass, *args, **kwargs):
            if klass is cls:
                warn(message, category=category, stacklevel=level)
            if new is not object.__new__:
                return new(klass, *args, **kwargs)
            if klass.__init__ is object.__init__ and (args or kwargs):
                raise TypeError("%s() takes no arguments" % klass.__name__)
            return new(klass)
        cls.__new__ = staticmethod(__new__)
        # deriving from it warns
        hook = cls.__init_subclass__
        is_method = hasattr(hook, '__func__')
        plain = hook.__func__ if is_method else hook

        @functools.wraps(plain)
        def __init_subclass__(*args, **kwargs):
            warn(message, category=category, stacklevel=level)
            return plain(*args, **kwargs)
        cls.__init_subclass__ = classmethod(__init_subclass__) if is_method else __init_subclass__
        cls.__deprecated__ = __new__.__deprecated__ = __init_subclass__.__deprecated__ = message
        return cls


def _warn_unawaited_coroutine(coro):
    """What a coroutine freed before it ran says (called by the interpreter, as CPython's)."""
    msg = "coroutine '%s' was never awaited" % (coro.__qualname__,)
    origin = getattr(coro, 'cr_origin', None)
    if origin is not None:  # sys.set_coroutine_origin_tracking_depth asked for where it was made
        import linecache
        import traceback
        frames = [(filename, lineno, funcname, linecache.getline(filename, lineno))
                  for filename, lineno, funcname in reversed(origin)]
        msg = (msg + "\nCoroutine created at (most recent call last)\n"
               + "".join(traceback.format_list(frames))).rstrip("\n")
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


_DEPRECATED_MSG = "{name!r} is deprecated and slated for removal in Python {remove}"


def _deprecated(name, message=_DEPRECATED_MSG, *, remove, _version=sys.version_info):
    """The standard library's notice of a removal to come (CPython's helper): a DeprecationWarning before version
    remove, a RuntimeError once it is reached (its alphas excepted)."""
    remove_text = '%d.%d' % (remove[0], remove[1])
    if _version[:2] > remove or _version[:2] == remove and _version[3] != 'alpha':
        raise RuntimeError('%r was slated for removal after Python %s alpha' % (name, remove_text))
    warn(message.format(name=name, remove=remove_text), DeprecationWarning, stacklevel=3)


class _OptionError(Exception):
    pass


def _getaction(action):
    if not action:
        return 'default'
    for a in ('default', 'always', 'all', 'ignore', 'module', 'once', 'error'):
        if a.startswith(action):
            return a
    raise _OptionError('invalid action: %r' % (action,))


def _getcategory(category):
    if not category:
        return Warning
    if '.' not in category:
        import builtins as m
        klass = category
    else:
        module, _, klass = category.rpartition('.')
        try:
            m = __import__(module, None, None, [klass])
        except ImportError:
            raise _OptionError('invalid module name: %r' % (module,)) from None
    try:
        cat = getattr(m, klass)
    except AttributeError:
        raise _OptionError('unknown warning category: %r' % (category,)) from None
    if not isinstance(cat, type) or not issubclass(cat, Warning):
        raise _OptionError('invalid warning category: %r' % (category,))
    return cat


def _setoption(arg):
    # -W and PYTHONWARNINGS: action:message:category:module:lineno, as CPython's
    parts = arg.split(':')
    if len(parts) > 5:
        raise _OptionError('too many fields (max 5): %r' % (arg,))
    while len(parts) < 5:
        parts.append('')
    action, message, category, module, lineno = [s.strip() for s in parts]
    action = _getaction(action)
    category = _getcategory(category)
    import re
    if message or module:
        message = re.escape(message)
    if module:
        module = re.escape(module) + r'\Z'
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError('invalid lineno %r' % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _processoptions(args):
    for arg in args:
        try:
            _setoption(arg)
        except _OptionError as msg:
            print('Invalid -W option ignored:', msg, file=sys.stderr)


_processoptions(getattr(sys, 'warnoptions', []))
