# SPDX-License-Identifier: Apache-2.0
# faulthandler for ftpython. The JVM, not this module, reports a fatal error (a crash of the interpreter is a Java
# error with its own stack trace), so enable() records the setting that is_enabled() answers and checks its file as
# CPython does. dump_traceback writes the calling thread's Python stack in CPython's format; the stacks of other
# threads are not reachable from Python code here (there is no sys._current_frames), so they are not listed.
# dump_traceback_later arms a watchdog thread that writes CPython's "Timeout (h:mm:ss)!" line at the deadline (no
# stacks, for the same reason) and ends the process when exit is true.
import os as _os
import sys as _sys
import _thread

__all__ = ['enable', 'disable', 'is_enabled', 'dump_traceback', 'dump_traceback_later',
           'cancel_dump_traceback_later', 'register', 'unregister']

_enabled = False
_registered = {}
_later = None  # the armed watchdog: (cancel lock, thread ident)


def _stream(file):
    """The file to write to (sys.stderr when None), checked as CPython checks it: it must have a file descriptor."""
    if file is None:
        file = _sys.stderr
        if file is None:
            raise RuntimeError('sys.stderr is None')
    if isinstance(file, int):
        if file < 0:
            raise ValueError('file is not a valid file descriptor')
        return _os.fdopen(file, 'w', closefd=False)
    fileno = getattr(file, 'fileno', None)  # ftpython's files have no descriptor to show: they are taken as they are
    if fileno is not None:
        fd = fileno()  # io.UnsupportedOperation for a StringIO, as in CPython
        if fd < 0:
            raise ValueError('file is not a valid file descriptor')
    try:
        file.flush()
    except Exception:
        pass
    return file


def enable(file=None, all_threads=True):
    global _enabled
    _stream(file)
    _enabled = True


def disable():
    global _enabled
    was, _enabled = _enabled, False
    return was


def is_enabled():
    return _enabled


def _frames():
    frame = _sys._getframe(2)  # the caller of dump_traceback
    out = []
    while frame is not None and len(out) < 100:  # CPython's MAX_FRAME_DEPTH
        out.append('  File "%s", line %s in %s' % (frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name))
        frame = frame.f_back
    return out


def dump_traceback(file=None, all_threads=True):
    out = _stream(file)
    if all_threads:
        header = 'Current thread 0x%016x (most recent call first):' % _thread.get_ident()
    else:
        header = 'Stack (most recent call first):'
    out.write('\n'.join([header] + _frames()) + '\n')
    out.flush()


def dump_traceback_later(timeout, repeat=False, file=None, exit=False):
    global _later
    if timeout <= 0:
        raise ValueError('timeout must be greater than 0')
    out = _stream(file)
    cancel_dump_traceback_later()
    stop = _thread.allocate_lock()
    stop.acquire()

    def watchdog():
        while True:
            if stop.acquire(True, timeout):  # cancelled
                return
            out.write('Timeout (%s)!\n' % _duration(timeout))
            out.flush()
            if exit:
                _os._exit(1)
            if not repeat:
                return

    _later = (stop, _thread.start_new_thread(watchdog, ()))


def _duration(seconds):
    """h:mm:ss, with microseconds when there are any (CPython's format_timeout)."""
    us = round(seconds * 1e6)
    sec, us = divmod(us, 1000000)
    text = '%d:%02d:%02d' % (sec // 3600, sec % 3600 // 60, sec % 60)
    return text + ('.%06d' % us if us else '')


def cancel_dump_traceback_later():
    global _later
    armed, _later = _later, None
    if armed is not None:
        armed[0].release()


def register(signum, file=None, all_threads=True, chain=False):
    _stream(file)
    _registered[signum] = (file, all_threads, chain)


def unregister(signum):
    return _registered.pop(signum, None) is not None
