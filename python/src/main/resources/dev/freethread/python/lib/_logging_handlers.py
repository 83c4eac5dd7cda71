# SPDX-License-Identifier: Apache-2.0
# logging.handlers for ftpython, loaded on first use through logging's module __getattr__ (logging is one module
# here, not a package): the handlers that rotate a file by size or by time, reopen a file moved under them, buffer
# records, and pass them through a queue to a listener thread, with CPython 3.13's names, arguments and file naming.
# Not provided: SocketHandler, DatagramHandler, SysLogHandler, SMTPHandler, HTTPHandler and NTEventLogHandler
# (ftpython has no socket module).
import copy
import io
import os
import re
import threading
import time

import logging

__name__ = 'logging.handlers'

DEFAULT_TCP_LOGGING_PORT = 9020
DEFAULT_UDP_LOGGING_PORT = 9021
DEFAULT_HTTP_LOGGING_PORT = 9022
DEFAULT_SOAP_LOGGING_PORT = 9023
SYSLOG_UDP_PORT = 514
SYSLOG_TCP_PORT = 514

_SECONDS_PER_DAY = 24 * 60 * 60


class BaseRotatingHandler(logging.FileHandler):
    """A file handler that may move its file aside before a record is written (shouldRollover, doRollover). A
    namer callable renames the rotated files; a rotator callable moves them (os.rename by default)."""

    namer = None
    rotator = None

    def __init__(self, filename, mode, encoding=None, delay=False, errors=None):
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.mode = mode
        self.encoding = encoding
        self.errors = errors

    def emit(self, record):
        try:
            if self.shouldRollover(record):
                self.doRollover()
            logging.FileHandler.emit(self, record)
        except Exception:
            self.handleError(record)

    def rotation_filename(self, default_name):
        return self.namer(default_name) if callable(self.namer) else default_name

    def rotate(self, source, dest):
        if callable(self.rotator):
            self.rotator(source, dest)
        elif os.path.exists(source):  # the file may never have been written (delay=True)
            os.rename(source, dest)


class RotatingFileHandler(BaseRotatingHandler):
    """Writes to filename until the next record would bring it to maxBytes, then renames it filename.1 (older
    backups move up to .2 ... .backupCount, the oldest dropped) and starts a new file. maxBytes or backupCount 0:
    never rotates."""

    def __init__(self, filename, mode='a', maxBytes=0, backupCount=0, encoding=None, delay=False, errors=None):
        if maxBytes > 0:
            mode = 'a'  # rotating a file opened with 'w' would lose what each run wrote
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, mode, encoding=encoding, delay=delay, errors=errors)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def doRollover(self):
        if self.stream:
            self.stream.close()
            self.stream = None
        if self.backupCount > 0:
            for i in range(self.backupCount - 1, 0, -1):
                older = self.rotation_filename('%s.%d' % (self.baseFilename, i))
                newer = self.rotation_filename('%s.%d' % (self.baseFilename, i + 1))
                if os.path.exists(older):
                    if os.path.exists(newer):
                        os.remove(newer)
                    os.rename(older, newer)
            first = self.rotation_filename(self.baseFilename + '.1')
            if os.path.exists(first):
                os.remove(first)
            self.rotate(self.baseFilename, first)
        if not self.delay:
            self.stream = self._open()

    def shouldRollover(self, record):
        if self.stream is None:
            self.stream = self._open()
        if self.maxBytes <= 0:
            return False
        pos = self.stream.tell()
        if not pos:  # an empty file takes the record, however long
            return False
        if pos + len('%s\n' % self.format(record)) < self.maxBytes:
            return False
        # a special file (/dev/null) is never rotated
        return not (os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename))


class TimedRotatingFileHandler(BaseRotatingHandler):
    """Starts a new file every interval of `when`: 'S'econds, 'M'inutes, 'H'ours, 'D'ays, 'midnight' or 'W0'-'W6'
    (a weekday, Monday first), at atTime for the daily and weekly ones; the old file gets the period's time as a
    suffix, and only the newest backupCount of those are kept."""

    _UNITS = {
        'S': (1, '%Y-%m-%d_%H-%M-%S', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}-\d{2}'),
        'M': (60, '%Y-%m-%d_%H-%M', r'\d{4}-\d{2}-\d{2}_\d{2}-\d{2}'),
        'H': (60 * 60, '%Y-%m-%d_%H', r'\d{4}-\d{2}-\d{2}_\d{2}'),
        'D': (_SECONDS_PER_DAY, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
        'MIDNIGHT': (_SECONDS_PER_DAY, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
        'W': (_SECONDS_PER_DAY * 7, '%Y-%m-%d', r'\d{4}-\d{2}-\d{2}'),
    }  # the suffix patterns are searched for, not matched, so a date must not run into other digits

    def __init__(self, filename, when='h', interval=1, backupCount=0, encoding=None, delay=False, utc=False,
                 atTime=None, errors=None):
        encoding = io.text_encoding(encoding)
        BaseRotatingHandler.__init__(self, filename, 'a', encoding=encoding, delay=delay, errors=errors)
        self.when = when.upper()
        self.backupCount = backupCount
        self.utc = utc
        self.atTime = atTime
        key = self.when
        if key.startswith('W'):
            if len(key) != 2:
                raise ValueError('You must specify a day for weekly rollover from 0 to 6 (0 is Monday): %s'
                                 % self.when)
            if key[1] < '0' or key[1] > '6':
                raise ValueError('Invalid day specified for weekly rollover: %s' % self.when)
            self.dayOfWeek = int(key[1])
            key = 'W'
        if key not in self._UNITS:
            raise ValueError('Invalid rollover interval specified: %s' % self.when)
        unit, self.suffix, pattern = self._UNITS[key]
        if interval <= 0:
            raise ValueError('Invalid rollover interval, must be a positive integer, was: %s' % interval)
        self.extMatch = re.compile(r'(?<!\d)' + pattern + r'(?!\d)', re.ASCII)
        self.interval = unit * interval
        filename = self.baseFilename
        t = int(os.stat(filename).st_mtime) if os.path.exists(filename) else int(time.time())
        self.rolloverAt = self.computeRollover(t)

    def _timetuple(self, t):
        return time.gmtime(t) if self.utc else time.localtime(t)

    def computeRollover(self, currentTime):
        """When the period holding currentTime ends: the next interval, or for 'midnight' and weekly rollover the
        next atTime (midnight unless given) on the right day."""
        if self.when != 'MIDNIGHT' and not self.when.startswith('W'):
            return currentTime + self.interval
        t = self._timetuple(currentTime)
        now = (t[3] * 60 + t[4]) * 60 + t[5]
        if self.atTime is None:
            at = _SECONDS_PER_DAY
        else:
            at = (self.atTime.hour * 60 + self.atTime.minute) * 60 + self.atTime.second
        left = at - now
        if left <= 0:  # today's time has passed: tomorrow's
            left += _SECONDS_PER_DAY
            day = (t[6] + 1) % 7
        else:
            day = t[6]
        result = currentTime + left
        if self.when.startswith('W'):
            ahead = self.dayOfWeek - day
            if ahead < 0:
                ahead += 7
            result += ahead * _SECONDS_PER_DAY
            result += self.interval - 7 * _SECONDS_PER_DAY  # every n weeks: the first one, then n - 1 more
        else:
            result += self.interval - _SECONDS_PER_DAY  # midnight every n days
        if not self.utc:  # a daylight saving change in between moves local midnight by an hour
            dst_now = t[-1]
            dst_then = time.localtime(result)[-1]
            if dst_now != dst_then:
                result += 3600 if dst_now else -3600
        return result

    def shouldRollover(self, record):
        t = int(time.time())
        if t < self.rolloverAt:
            return False
        # a special file (/dev/null) is never rotated; the next check is a period later
        if os.path.exists(self.baseFilename) and not os.path.isfile(self.baseFilename):
            self.rolloverAt = self.computeRollover(t)
            return False
        return True

    def getFilesToDelete(self):
        """The rotated files beyond the newest backupCount (those named after this one with a time suffix)."""
        directory, base = os.path.split(self.baseFilename)
        found = []
        if self.namer is None:
            prefix = base + '.'
            for name in os.listdir(directory):
                if name.startswith(prefix) and self.extMatch.fullmatch(name[len(prefix):]):
                    found.append(os.path.join(directory, name))
        else:
            for name in os.listdir(directory):
                m = self.extMatch.search(name)
                if m and self.rotation_filename(base + '.' + m.group(0)) == name:
                    found.append(os.path.join(directory, name))
        if len(found) <= self.backupCount:
            return []
        found.sort()
        return found[:len(found) - self.backupCount]

    def doRollover(self):
        current = int(time.time())
        t = self._timetuple(self.rolloverAt - self.interval)
        if not self.utc:
            dst_now = time.localtime(current)[-1]
            if dst_now != t[-1]:
                t = time.localtime(self.rolloverAt - self.interval + (3600 if dst_now else -3600))
        dest = self.rotation_filename(self.baseFilename + '.' + time.strftime(self.suffix, t))
        if os.path.exists(dest):
            return  # already rotated (another handler on the same file): keep writing to the current one
        if self.stream:
            self.stream.close()
            self.stream = None
        self.rotate(self.baseFilename, dest)
        if self.backupCount > 0:
            for old in self.getFilesToDelete():
                os.remove(old)
        if not self.delay:
            self.stream = self._open()
        self.rolloverAt = self.computeRollover(current)


class WatchedFileHandler(logging.FileHandler):
    """A file handler that reopens its file when the file it wrote to was moved or removed (by logrotate): before
    each record it compares the device and inode of the path with those of the open file."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        if 'b' not in mode:
            encoding = io.text_encoding(encoding)
        logging.FileHandler.__init__(self, filename, mode=mode, encoding=encoding, delay=delay, errors=errors)
        self.dev, self.ino = -1, -1
        self._statstream()

    def _statstream(self):
        if self.stream is None:
            return
        try:
            st = os.stat(self.baseFilename)
        except OSError:
            return
        self.dev, self.ino = st.st_dev, st.st_ino

    def reopenIfNeeded(self):
        if self.stream is None:
            return
        try:
            st = os.stat(self.baseFilename)
            same = st.st_dev == self.dev and st.st_ino == self.ino
        except FileNotFoundError:
            same = False
        if same:
            return
        self.stream.flush()
        self.stream.close()
        self.stream = None
        self.stream = self._open()
        self._statstream()

    def emit(self, record):
        self.reopenIfNeeded()
        logging.FileHandler.emit(self, record)


class BufferingHandler(logging.Handler):
    """Keeps records in self.buffer; flush() (here: forget them) once shouldFlush says so, by default at capacity."""

    def __init__(self, capacity):
        logging.Handler.__init__(self)
        self.capacity = capacity
        self.buffer = []

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity

    def emit(self, record):
        self.buffer.append(record)
        if self.shouldFlush(record):
            self.flush()

    def flush(self):
        with self.lock:
            self.buffer.clear()

    def close(self):
        try:
            self.flush()
        finally:
            logging.Handler.close(self)


class MemoryHandler(BufferingHandler):
    """Buffers records and hands them to a target handler when the buffer is full or a record of flushLevel or
    above arrives (and at close, unless flushOnClose is false)."""

    def __init__(self, capacity, flushLevel=logging.ERROR, target=None, flushOnClose=True):
        BufferingHandler.__init__(self, capacity)
        self.flushLevel = logging._checkLevel(flushLevel)  # a level name too (dictConfig passes strings)
        self.target = target
        self.flushOnClose = flushOnClose

    def shouldFlush(self, record):
        return len(self.buffer) >= self.capacity or record.levelno >= self.flushLevel

    def setTarget(self, target):
        with self.lock:
            self.target = target

    def flush(self):
        with self.lock:
            if self.target:
                for record in self.buffer:
                    self.target.handle(record)
                self.buffer.clear()

    def close(self):
        try:
            if self.flushOnClose:
                self.flush()
        finally:
            with self.lock:
                self.target = None
                BufferingHandler.close(self)


class QueueHandler(logging.Handler):
    """Puts each record, formatted and made safe to pickle (message merged, no arguments or exception objects), on a
    queue, for a QueueListener (or any consumer) to handle on another thread."""

    def __init__(self, queue):
        logging.Handler.__init__(self)
        self.queue = queue
        self.listener = None  # 3.12+: set by logging.config for a handler it made with a listener

    def enqueue(self, record):
        self.queue.put_nowait(record)

    def prepare(self, record):
        msg = self.format(record)
        record = copy.copy(record)  # other handlers still see the original
        record.message = msg
        record.msg = msg
        record.args = None
        record.exc_info = None
        record.exc_text = None
        record.stack_info = None
        return record

    def emit(self, record):
        try:
            self.enqueue(self.prepare(record))
        except Exception:
            self.handleError(record)


class QueueListener:
    """Takes records off a queue on a thread of its own and passes each to its handlers (only to those whose level
    the record meets when respect_handler_level is true); stop() lets it finish what is queued."""

    _sentinel = None

    def __init__(self, queue, *handlers, respect_handler_level=False):
        self.queue = queue
        self.handlers = handlers
        self._thread = None
        self.respect_handler_level = respect_handler_level

    def dequeue(self, block):
        return self.queue.get(block)

    def start(self):
        self._thread = t = threading.Thread(target=self._monitor)
        t.daemon = True
        t.start()

    def prepare(self, record):
        return record

    def handle(self, record):
        record = self.prepare(record)
        for handler in self.handlers:
            if not self.respect_handler_level or record.levelno >= handler.level:
                handler.handle(record)

    def _monitor(self):
        q = self.queue
        task_done = getattr(q, 'task_done', None)
        while True:
            try:
                record = self.dequeue(True)
            except Exception:  # a queue that raises Empty or is closed ends the listener
                break
            if record is self._sentinel:
                if task_done is not None:
                    task_done()
                break
            self.handle(record)
            if task_done is not None:
                task_done()

    def enqueue_sentinel(self):
        self.queue.put_nowait(self._sentinel)

    def stop(self):
        if self._thread:
            self.enqueue_sentinel()
            self._thread.join()
            self._thread = None
