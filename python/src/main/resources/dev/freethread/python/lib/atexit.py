# SPDX-License-Identifier: Apache-2.0
# atexit for ftpython: functions registered here run when the interpreter exits normally (after the non-daemon
# threads are joined, before the modules are cleared, as CPython's), last registered first; an exception in one is
# printed and the rest still run.

import sys

_handlers = []


def register(func, /, *args, **kwargs):
    if not callable(func):
        raise TypeError('the first argument must be callable')
    _handlers.append((func, args, kwargs))
    return func


def unregister(func):
    _handlers[:] = [h for h in _handlers if h[0] != func]


def _clear():
    del _handlers[:]


def _ncallbacks():
    return len(_handlers)


def _run_exitfuncs():
    while _handlers:
        func, args, kwargs = _handlers.pop()
        try:
            func(*args, **kwargs)
        except SystemExit:
            pass
        except BaseException as e:
            import traceback
            sys.stderr.write('Exception ignored in atexit callback %r:\n' % (func,))
            traceback.print_exception(e)
