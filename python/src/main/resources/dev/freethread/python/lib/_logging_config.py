# SPDX-License-Identifier: Apache-2.0
# logging.config for ftpython, loaded on first use through logging's module __getattr__: dictConfig (schema version
# 1, as CPython 3.13 documents it: formatters, filters, handlers, loggers, root, incremental,
# disable_existing_loggers, '()' factories with '.' properties, ext:// and cfg:// values) and valid_ident.
# Not provided: fileConfig (the configparser format) and listen/stopListening (they need sockets).
import re
import sys

import logging
import logging.handlers

__name__ = 'logging.config'

DEFAULT_LOGGING_CONFIG_PORT = 9030

_IDENTIFIER = re.compile(r'^[a-z_][a-z0-9_]*$', re.I)
_CONVERTIBLE = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')
_WORD = re.compile(r'^\s*(\w+)\s*')
_DOT = re.compile(r'^\.\s*(\w+)\s*')
_INDEX = re.compile(r'^\[([^\[\]]*)\]\s*')
_DIGITS = re.compile(r'^\d+$')


def valid_ident(s):
    if not _IDENTIFIER.match(s):
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _resolve(name):
    """The object a dotted name names, importing its modules on the way (logging.handlers.RotatingFileHandler)."""
    parts = name.split('.')
    used = parts.pop(0)
    found = __import__(used)
    for part in parts:
        used += '.' + part
        try:
            found = getattr(found, part)
        except AttributeError:
            __import__(used)
            found = getattr(found, part)
    return found


def _copy(config):
    """The configuration's dicts and lists copied (the caller's stay as given: configuring replaces entries by the
    objects made from them); anything else shared."""
    if isinstance(config, dict):
        return {k: _copy(v) for k, v in config.items()}
    if isinstance(config, list):
        return [_copy(v) for v in config]
    return config


class DictConfigurator:
    """Configures logging from a dictionary (dictConfig). Subclasses may add prefixes to value_converters."""

    value_converters = {'ext': 'ext_convert', 'cfg': 'cfg_convert'}

    def __init__(self, config):
        self.config = _copy(config)

    # ---- values

    def resolve(self, s):
        try:
            return _resolve(s)
        except ImportError as e:
            raise ValueError('Cannot resolve %r: %s' % (s, e)) from e

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """cfg://handlers.console, cfg://handlers[console], cfg://list[0]: a path into this configuration."""
        rest = value
        m = _WORD.match(rest)
        if m is None:
            raise ValueError('Unable to convert %r' % value)
        rest = rest[m.end():]
        d = self.config[m.group(1)]
        while rest:
            m = _DOT.match(rest)
            if m:
                d = d[m.group(1)]
            else:
                m = _INDEX.match(rest)
                if m is None:
                    raise ValueError('Unable to convert %r at %r' % (value, rest))
                key = m.group(1)
                d = d[int(key)] if _DIGITS.match(key) and not isinstance(d, dict) else d[key]
            rest = rest[m.end():]
        return self.convert(d)

    def convert(self, value):
        if isinstance(value, str):
            m = _CONVERTIBLE.match(value)
            if m and m.group('prefix') in self.value_converters:
                return getattr(self, self.value_converters[m.group('prefix')])(m.group('suffix'))
        return value

    def _kwargs(self, config):
        return {k: self.convert(v) for k, v in config.items() if valid_ident(k)}

    def configure_custom(self, config):
        """An object made by the factory under '()' with the other keys as keyword arguments, then given the
        attributes under '.'."""
        c = config.pop('()')
        if not callable(c):
            c = self.resolve(c)
        props = config.pop('.', None)
        result = c(**self._kwargs(config))
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    # ---- the whole configuration

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError('Unsupported version: %s' % config['version'])
        incremental = config.pop('incremental', False)
        with logging._lock:
            if incremental:
                handlers = config.get('handlers', {})
                for name in handlers:
                    handler = logging._handlers.get(name)
                    if handler is None:
                        raise ValueError('No handler found with name %r' % name)
                    level = handlers[name].get('level', None)
                    if level:
                        handler.setLevel(logging._checkLevel(level))
                for name, cfg in config.get('loggers', {}).items():
                    try:
                        self.configure_logger(name, cfg, True)
                    except Exception as e:
                        raise ValueError('Unable to configure logger %r' % name) from e
                root = config.get('root', None)
                if root:
                    try:
                        self.configure_root(root, True)
                    except Exception as e:
                        raise ValueError('Unable to configure root logger') from e
                return
            disable_existing = config.pop('disable_existing_loggers', True)
            _clear_existing_handlers()
            for section, what, configure in (('formatters', 'formatter', self.configure_formatter),
                                             ('filters', 'filter', self.configure_filter)):
                entries = config.get(section, {})
                for name in entries:
                    try:
                        entries[name] = configure(entries[name])
                    except Exception as e:
                        raise ValueError('Unable to configure %s %r' % (what, name)) from e
            # handlers in name order; one whose target (a MemoryHandler's) is made later waits for a second pass
            handlers = config.get('handlers', {})
            deferred = []
            for name in sorted(handlers):
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    if 'target not configured yet' in str(e.__cause__):
                        deferred.append(name)
                    else:
                        raise ValueError('Unable to configure handler %r' % name) from e
            for name in deferred:
                try:
                    handler = self.configure_handler(handlers[name])
                    handler.name = name
                    handlers[name] = handler
                except Exception as e:
                    raise ValueError('Unable to configure handler %r' % name) from e
            # loggers: those named here are configured; other existing loggers are disabled (unless asked not
            # to), except the children of configured ones, which are reset to pass their records up
            root = logging.root
            existing = sorted(root.manager.loggerDict)
            child_loggers = []
            for name in config.get('loggers', {}):
                if name in existing:
                    prefix = name + '.'
                    child_loggers.extend(e for e in existing if e.startswith(prefix))
                    existing.remove(name)
                try:
                    self.configure_logger(name, config['loggers'][name])
                except Exception as e:
                    raise ValueError('Unable to configure logger %r' % name) from e
            _handle_existing_loggers(existing, child_loggers, disable_existing)
            root_config = config.get('root', None)
            if root_config:
                try:
                    self.configure_root(root_config)
                except Exception as e:
                    raise ValueError('Unable to configure root logger') from e

    # ---- the parts

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(dict(config))
            except TypeError as te:
                if "'format'" not in str(te):
                    raise
                config = dict(config)  # a factory that takes fmt, not format
                config['fmt'] = config.pop('format')
                config['()'] = factory
                return self.configure_custom(config)
        fmt = config.get('format', None)
        datefmt = config.get('datefmt', None)
        style = config.get('style', '%')
        cname = config.get('class', None)
        defaults = config.get('defaults', None)
        validate = config.get('validate', True)
        c = logging.Formatter if not cname else (cname if callable(cname) else _resolve(cname))
        if defaults is not None:
            return c(fmt, datefmt, style, validate, defaults=defaults)
        if 'validate' in config:
            return c(fmt, datefmt, style, validate)
        return c(fmt, datefmt, style)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(dict(config))
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for f in filters:
            try:
                if callable(f) or callable(getattr(f, 'filter', None)):
                    filterer.addFilter(f)
                else:
                    filterer.addFilter(self.config['filters'][f])
            except Exception as e:
                raise ValueError('Unable to add filter %r' % f) from e

    def configure_handler(self, config):
        original = dict(config)
        config = dict(config)
        formatter = config.pop('formatter', None)
        if formatter:
            try:
                formatter = self.config['formatters'][formatter]
            except Exception as e:
                raise ValueError('Unable to set formatter %r' % formatter) from e
        level = config.pop('level', None)
        filters = config.pop('filters', None)
        if '()' in config:
            c = config.pop('()')
            factory = c if callable(c) else self.resolve(c)
        else:
            cname = config.pop('class')
            klass = cname if callable(cname) else self.resolve(cname)
            if issubclass(klass, logging.handlers.MemoryHandler) and 'target' in config:
                try:
                    target = self.config['handlers'][config['target']]
                    if not isinstance(target, logging.Handler):
                        raise TypeError('target not configured yet')
                    config['target'] = target
                except Exception as e:
                    raise ValueError('Unable to set target handler %r' % original['target']) from e
            factory = klass
        props = config.pop('.', None)
        kwargs = self._kwargs(config)
        try:
            result = factory(**kwargs)
        except TypeError as te:
            if "'stream'" not in str(te):
                raise
            kwargs['strm'] = kwargs.pop('stream')  # an old handler's spelling
            result = factory(**kwargs)
        if formatter:
            result.setFormatter(formatter)
        if level is not None:
            result.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(result, filters)
        if props:
            for name, value in props.items():
                setattr(result, name, self.convert(value))
        return result

    def add_handlers(self, logger, handlers):
        for h in handlers:
            try:
                logger.addHandler(self.config['handlers'][h])
            except Exception as e:
                raise ValueError('Unable to add handler %r' % h) from e

    def common_logger_config(self, logger, config, incremental=False):
        level = config.get('level', None)
        if level is not None:
            logger.setLevel(logging._checkLevel(level))
        if not incremental:
            for h in logger.handlers[:]:
                logger.removeHandler(h)
            handlers = config.get('handlers', None)
            if handlers:
                self.add_handlers(logger, handlers)
            filters = config.get('filters', None)
            if filters:
                self.add_filters(logger, filters)

    def configure_logger(self, name, config, incremental=False):
        logger = logging.getLogger(name)
        self.common_logger_config(logger, config, incremental)
        logger.disabled = False
        propagate = config.get('propagate', None)
        if propagate is not None:
            logger.propagate = propagate

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


def _clear_existing_handlers():
    """A full configuration starts afresh: every handler so far is flushed and closed and forgotten by name."""
    logging._handlers.clear()
    logging.shutdown(logging._handlerList[:])
    del logging._handlerList[:]


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    root = logging.root
    for name in existing:
        logger = root.manager.loggerDict[name]
        if name in child_loggers:
            if not isinstance(logger, logging.PlaceHolder):
                logger.setLevel(logging.NOTSET)
                logger.handlers = []
                logger.propagate = True
        elif not isinstance(logger, logging.PlaceHolder):
            logger.disabled = disable_existing


dictConfigClass = DictConfigurator


def dictConfig(config):
    """Configures logging from a dictionary (schema version 1)."""
    dictConfigClass(config).configure()


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    raise NotImplementedError('logging.config.fileConfig is not available in ftpython; use dictConfig')


def listen(port=DEFAULT_LOGGING_CONFIG_PORT, verify=None):
    raise NotImplementedError('logging.config.listen is not available in ftpython (it has no sockets)')


def stopListening():
    pass
