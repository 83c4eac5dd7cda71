# logging.handlers (it could not be imported: logging is one module here): size rotation with backups, a memory
# buffer flushed to a target, a queue handler with a listener thread, timed rotation's settings, and a watched
# file reopened after it was moved; against CPython 3.13.
import shutil
import logging, logging.handlers, os, queue, tempfile, time
from logging.handlers import RotatingFileHandler, MemoryHandler, QueueHandler, QueueListener, BufferingHandler
d = tempfile.mkdtemp()
path = os.path.join(d, 'app.log')
log = logging.getLogger('rot')
log.setLevel(logging.DEBUG)
h = RotatingFileHandler(path, maxBytes=60, backupCount=2)
h.setFormatter(logging.Formatter('%(levelname)s:%(message)s'))
log.addHandler(h)
for i in range(10):
    log.info('message number %d', i)
h.close()
log.removeHandler(h)
for name in sorted(os.listdir(d)):
    with open(os.path.join(d, name)) as f:
        print(name, repr(f.read()))
print(logging.handlers.RotatingFileHandler is RotatingFileHandler, RotatingFileHandler.__module__, repr(h).replace(d, 'D'))

class ListHandler(logging.Handler):
    def __init__(self):
        super().__init__(); self.got = []
    def emit(self, record): self.got.append(record.getMessage())
target = ListHandler()
mh = MemoryHandler(3, flushLevel=logging.ERROR, target=target)
ml = logging.getLogger('mem'); ml.propagate = False; ml.setLevel(logging.DEBUG); ml.addHandler(mh)
ml.debug('a'); ml.debug('b'); print(target.got, len(mh.buffer))
ml.debug('c'); print(target.got, len(mh.buffer))
ml.debug('d'); ml.error('boom'); print(target.got)
ml.debug('e'); mh.close(); print(target.got)

q = queue.Queue()
qh = QueueHandler(q)
sink = ListHandler(); sink.setLevel(logging.WARNING)
listener = QueueListener(q, sink, respect_handler_level=True)
ql = logging.getLogger('q'); ql.propagate = False; ql.setLevel(logging.DEBUG); ql.addHandler(qh)
listener.start()
ql.info('info %s', 'x'); ql.warning('warn %s', 'y'); ql.error('err %d', 3)
listener.stop()
print(sink.got, q.empty())
rec = logging.makeLogRecord({'msg': 'hi %s', 'args': ('there',), 'levelno': 20, 'levelname': 'INFO'})
p = qh.prepare(rec); print(p.msg, p.args, p.exc_info, rec.msg)
bh = BufferingHandler(2); bh.handle(rec); print(len(bh.buffer)); bh.handle(rec); print(len(bh.buffer))
for when in ('S', 'M', 'H', 'D', 'midnight', 'W0'):
    th = logging.handlers.TimedRotatingFileHandler(os.path.join(d, 't.log'), when=when, delay=True)
    print(when, th.suffix, th.interval, th.extMatch.pattern, th.rolloverAt > time.time() - 1)
for bad in ('W', 'W7', 'X'):
    try: logging.handlers.TimedRotatingFileHandler(os.path.join(d, 't.log'), when=bad, delay=True)
    except ValueError as e: print(e)
wh = logging.handlers.WatchedFileHandler(os.path.join(d, 'w.log'))
wl = logging.getLogger('w'); wl.propagate = False; wl.addHandler(wh)
wl.warning('one'); os.rename(os.path.join(d, 'w.log'), os.path.join(d, 'w.old')); wl.warning('two'); wh.close()
print(open(os.path.join(d, 'w.log')).read(), open(os.path.join(d, 'w.old')).read())
print(logging.handlers.DEFAULT_TCP_LOGGING_PORT, logging.handlers.SYSLOG_UDP_PORT)
shutil.rmtree(d)
