# logging.config.dictConfig (it could not be imported): formatters of the three styles and a factory, filters,
# handlers with ext:// streams, a MemoryHandler whose target is configured after it, loggers, root, existing loggers
# disabled or (children of configured ones) reset, CPython's errors, incremental configuration; and Formatter's
# validation of its format string. Against CPython 3.13.
import logging, logging.config, sys, io, os, tempfile
existing = logging.getLogger('old.module')
child_parent = logging.getLogger('app')
child = logging.getLogger('app.db')
child.setLevel(logging.CRITICAL)
d = tempfile.mkdtemp()
class OnlyEven(logging.Filter):
    def filter(self, record):
        return record.args and record.args[0] % 2 == 0
config = {
    'version': 1,
    'formatters': {
        'brief': {'format': '%(levelname)s %(name)s: %(message)s'},
        'braces': {'format': '{levelname}|{message}', 'style': '{'},
        'custom': {'()': 'logging.Formatter', 'fmt': '[custom] %(message)s'},
    },
    'filters': {
        'even': {'()': OnlyEven},
        'appname': {'name': 'app'},
    },
    'handlers': {
        'console': {'class': 'logging.StreamHandler', 'formatter': 'brief', 'stream': 'ext://sys.stdout', 'level': 'DEBUG'},
        'braces': {'class': 'logging.StreamHandler', 'formatter': 'braces', 'stream': 'ext://sys.stdout', 'filters': ['even']},
        'file': {'class': 'logging.handlers.RotatingFileHandler', 'filename': os.path.join(d, 'x.log'), 'maxBytes': 1000, 'backupCount': 1, 'formatter': 'custom'},
        'mem': {'class': 'logging.handlers.MemoryHandler', 'capacity': 10, 'target': 'console', 'flushLevel': 'ERROR'},
    },
    'loggers': {
        'app': {'level': 'INFO', 'handlers': ['console', 'file'], 'propagate': False, 'filters': ['appname']},
        'nums': {'level': 'DEBUG', 'handlers': ['braces'], 'propagate': False},
        'buffered': {'handlers': ['mem'], 'level': 'DEBUG', 'propagate': False},
    },
    'root': {'level': 'WARNING', 'handlers': ['console']},
}
before = repr(config)
logging.config.dictConfig(config)
print(repr(config) == before)
logging.getLogger('app').info('hello %s', 'world')
logging.getLogger('app').debug('hidden')
logging.getLogger('app.db').info('child now passes up: level %s', logging.getLogger('app.db').level)
for i in range(4):
    logging.getLogger('nums').info('n=%d', i)
logging.getLogger('buffered').info('held')
print('--- before error')
logging.getLogger('buffered').error('flushes %s', 'all')
print(existing.disabled, child.disabled, child.propagate, logging.getLogger('app').propagate)
logging.warning('root warns')
logging.getLogger('old.module').warning('disabled, not shown')
print(sorted(logging.getHandlerNames()), type(logging.getHandlerByName('file')).__name__)
logging.getLogger('app').handlers[1].flush()
print(open(os.path.join(d, 'x.log')).read(), end='')
for bad in [{}, {'version': 2}, {'version': 1, 'handlers': {'h': {'class': 'no.such.Handler'}}},
            {'version': 1, 'formatters': {'f': {'format': '%(x', 'validate': True}}},
            {'version': 1, 'loggers': {'x': {'handlers': ['missing']}}},
            {'version': 1, 'handlers': {'h': {'class': 'logging.StreamHandler', 'formatter': 'nope'}}}]:
    try:
        logging.config.dictConfig(bad)
    except ValueError as e:
        print('ValueError:', e, '| cause:', type(e.__cause__).__name__ if e.__cause__ else None)
logging.config.dictConfig({'version': 1, 'incremental': True, 'handlers': {}, 'loggers': {'app': {'level': 'ERROR'}}})
print(logging.getLogger('app').level)
print(logging.config.valid_ident('abc'))
try: logging.config.valid_ident('1abc')
except ValueError as e: print(e)
import shutil; shutil.rmtree(d)
for args in [('%(x',), ('plain text',), ('%(message)s',), ('%(levelname)-8s %(message)s',), ('%%(x)s',), ('{message}', None, '{'), ('no fields', None, '{'), ('{0!z}', None, '{'), ('${message}', None, '$'), ('$msg', None, '$'), ('none', None, '$'), ('{', None, '{'), (None,), ('%(asctime)s',)]:
    try:
        f = logging.Formatter(*args); print(repr(args), 'ok', f._fmt)
    except ValueError as e:
        print(repr(args), 'ValueError:', e)
print(logging.Formatter('no fields', validate=False)._fmt)
