# SPDX-License-Identifier: Apache-2.0
# signal for ftpython: CPython 3.13's interface over the JVM's signal handling (the Java module _signal). Python
# handlers run on the main thread at its next check (a loop back-edge, a call, or the end of a blocking wait, which
# then goes on for what is left of it, PEP 475), as CPython's run between bytecodes. What differs: the JVM reserves
# SIGQUIT, SIGUSR2 and the fault signals (signal() refuses them with OSError), real-time signals and the CPU-time
# interval timers are not available, and signal masks, sigwait and wakeup file descriptors are not emulated
# (pthread_sigmask and the sigwait family raise NotImplementedError; set_wakeup_fd only records its argument).

import _signal
import sys as _sys
import threading as _threading
from enum import IntEnum as _IntEnum

Signals = _IntEnum('Signals', [
    ('SIGHUP', 1), ('SIGINT', 2), ('SIGQUIT', 3), ('SIGILL', 4), ('SIGTRAP', 5), ('SIGABRT', 6), ('SIGIOT', 6),
    ('SIGBUS', 7), ('SIGFPE', 8), ('SIGKILL', 9), ('SIGUSR1', 10), ('SIGSEGV', 11), ('SIGUSR2', 12),
    ('SIGPIPE', 13), ('SIGALRM', 14), ('SIGTERM', 15), ('SIGSTKFLT', 16), ('SIGCHLD', 17), ('SIGCLD', 17),
    ('SIGCONT', 18), ('SIGSTOP', 19), ('SIGTSTP', 20), ('SIGTTIN', 21), ('SIGTTOU', 22), ('SIGURG', 23),
    ('SIGXCPU', 24), ('SIGXFSZ', 25), ('SIGVTALRM', 26), ('SIGPROF', 27), ('SIGWINCH', 28), ('SIGIO', 29),
    ('SIGPOLL', 29), ('SIGPWR', 30), ('SIGSYS', 31), ('SIGRTMIN', 34), ('SIGRTMAX', 64)], module=__name__)
Handlers = _IntEnum('Handlers', [('SIG_DFL', 0), ('SIG_IGN', 1)], module=__name__)
Sigmasks = _IntEnum('Sigmasks', [('SIG_BLOCK', 0), ('SIG_UNBLOCK', 1), ('SIG_SETMASK', 2)], module=__name__)
globals().update(Signals.__members__)
globals().update(Handlers.__members__)
globals().update(Sigmasks.__members__)

NSIG = 65
ITIMER_REAL = 0
ITIMER_VIRTUAL = 1
ITIMER_PROF = 2


class ItimerError(OSError):
    pass


ItimerError.__name__ = ItimerError.__qualname__ = 'itimer_error'

_STRINGS = ['Hangup', 'Interrupt', 'Quit', 'Illegal instruction', 'Trace/breakpoint trap', 'Aborted', 'Bus error',
            'Floating point exception', 'Killed', 'User defined signal 1', 'Segmentation fault',
            'User defined signal 2', 'Broken pipe', 'Alarm clock', 'Terminated', 'Stack fault', 'Child exited',
            'Continued', 'Stopped (signal)', 'Stopped', 'Stopped (tty input)', 'Stopped (tty output)',
            'Urgent I/O condition', 'CPU time limit exceeded', 'File size limit exceeded', 'Virtual timer expired',
            'Profiling timer expired', 'Window changed', 'I/O possible', 'Power failure', 'Bad system call']

# _signal's modes
_DFL, _IGN, _CATCH, _KEYBOARD = 0, 1, 2, 3


default_int_handler = _signal.default_int_handler  # raises KeyboardInterrupt (a built-in, as CPython's)


# the Python-level handler of each signal that is not SIG_DFL, as CPython starts: SIGINT raises KeyboardInterrupt,
# SIGPIPE and SIGXFSZ are ignored (the JVM ignores them too)
_handlers = {2: default_int_handler, 13: Handlers.SIG_IGN, 25: Handlers.SIG_IGN}


def _enum_to_int(value):
    try:
        return int(value)
    except (ValueError, TypeError):
        return value


def _int_to_enum(value, enum_klass):
    try:
        return enum_klass(value)
    except ValueError:
        return value


def _check_signum(signalnum):
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if not 1 <= signalnum < NSIG:
        raise ValueError("signal number out of range")


def signal(signalnum, handler, /):
    """Set the action for the given signal: SIG_IGN, SIG_DFL or a callable (signalnum, frame); the previous one."""
    signalnum = _enum_to_int(signalnum)
    _check_signum(signalnum)
    if handler in (Handlers.SIG_DFL, Handlers.SIG_IGN) and isinstance(handler, int):
        mode = _DFL if int(handler) == 0 else _IGN
        handler = Handlers(int(handler))
    elif callable(handler):
        mode = _KEYBOARD if handler is default_int_handler and signalnum == 2 else _CATCH
    else:
        raise TypeError("signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object")
    if _threading.current_thread() is not _threading.main_thread():
        raise ValueError("signal only works in main thread of the main interpreter")
    _signal.install(signalnum, mode)
    old = getsignal(signalnum)
    if handler is Handlers.SIG_DFL:
        _handlers.pop(signalnum, None)
    else:
        _handlers[signalnum] = handler
    return old


def getsignal(signalnum, /):
    """The current action for the given signal: SIG_IGN, SIG_DFL, None (not set from Python) or a callable."""
    signalnum = _enum_to_int(signalnum)
    _check_signum(signalnum)
    return _handlers.get(signalnum, Handlers.SIG_DFL)


def _dispatch(signalnum):
    # the main thread, at a check (SignalModule.dispatch): the handler of a signal that arrived
    handler = _handlers.get(signalnum)
    if callable(handler):
        frame = _sys._getframe(1)
        while frame.f_back is not None and frame.f_globals.get('__name__') in _DELIVERY_MODULES:
            frame = frame.f_back  # the script's frame, not raise_signal's or os.kill's
        handler(signalnum, frame)


_DELIVERY_MODULES = ('signal', 'os')


def strsignal(signalnum, /):
    """The system description of the given signal (None for one with none)."""
    signalnum = _enum_to_int(signalnum)
    _check_signum(signalnum)
    if signalnum <= 31:
        return _STRINGS[signalnum - 1]
    if signalnum >= 34:
        return 'Real-time signal %d' % (signalnum - 34)
    return None


def valid_signals():
    """The set of valid signal numbers on this platform."""
    return {_int_to_enum(n, Signals) for n in range(1, NSIG) if n not in (32, 33)}


def raise_signal(signalnum, /):
    """Send a signal to this process; a Python handler of it has run when this returns."""
    signalnum = _enum_to_int(signalnum)
    if not isinstance(signalnum, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(signalnum).__name__)
    if signalnum != 0:  # 0 sends nothing, as raise(0)
        _signal.raise_signal(signalnum)


def alarm(seconds, /):
    """Arrange for SIGALRM after the given number of seconds (0 cancels); the seconds left of the previous alarm."""
    if not isinstance(seconds, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(seconds).__name__)
    return _signal.alarm(seconds)


def _check_timer(which):
    if which != ITIMER_REAL:
        if which in (ITIMER_VIRTUAL, ITIMER_PROF):
            raise NotImplementedError("ftpython has no CPU-time interval timers (ITIMER_VIRTUAL, ITIMER_PROF)")
        raise ItimerError(22, 'Invalid argument')


def setitimer(which, seconds, interval=0.0, /):
    """Arm the interval timer (ITIMER_REAL only): SIGALRM after seconds, then every interval; the previous
    (delay, interval)."""
    _check_timer(which)
    return _signal.setitimer(float(seconds), float(interval))


def getitimer(which, /):
    """(delay, interval) of the interval timer (ITIMER_REAL only)."""
    _check_timer(which)
    return _signal.getitimer()


def pause():
    """Wait until a signal arrives and its handler has run."""
    _signal.pause()


def siginterrupt(signalnum, flag, /):
    """Change system call restart behaviour: system calls are always restarted here (PEP 475)."""
    signalnum = _enum_to_int(signalnum)
    _check_signum(signalnum)


_wakeup_fd = -1


def set_wakeup_fd(fd, /, *, warn_on_full_buffer=True):
    """Record a wakeup file descriptor (ftpython writes none); the previous one."""
    global _wakeup_fd
    if _threading.current_thread() is not _threading.main_thread():
        raise ValueError("set_wakeup_fd only works in main thread of the main interpreter")
    old, _wakeup_fd = _wakeup_fd, fd
    return old


def pthread_kill(thread_id, signalnum, /):
    """Send a signal to a thread: to the process here (handlers run on the main thread anyway); 0 checks only."""
    signalnum = _enum_to_int(signalnum)
    if signalnum == 0:
        return
    _check_signum(signalnum)
    _signal.raise_signal(signalnum)


def _not_emulated(name):
    def f(*args, **kwargs):
        raise NotImplementedError("signal.%s is not available in ftpython (the JVM owns the signal masks)" % name)
    f.__name__ = f.__qualname__ = name
    return f


pthread_sigmask = _not_emulated('pthread_sigmask')
sigpending = _not_emulated('sigpending')
sigwait = _not_emulated('sigwait')
sigwaitinfo = _not_emulated('sigwaitinfo')
sigtimedwait = _not_emulated('sigtimedwait')

del _not_emulated
