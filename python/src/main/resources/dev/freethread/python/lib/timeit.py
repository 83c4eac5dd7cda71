# SPDX-License-Identifier: Apache-2.0
# timeit for ftpython: Timer, timeit, repeat, default_timer (time.perf_counter) and the command line
# (ftpython -m timeit), as CPython's. A statement given as a string is compiled (with its setup) into a function
# that runs it `number` times, as CPython's template does; a callable is called. The collector is off while a
# statement is timed, as in CPython.
"""Tool for measuring execution time of small code snippets.

Command line usage:
    python -m timeit [-n N] [-r N] [-u U] [-s S] [-p] [-v] [-h] [--] [statement]

Options:
  -n/--number N: how many times to execute 'statement' (default: see below)
  -r/--repeat N: how many times to repeat the timer (default 5)
  -s/--setup S: statement to be executed once initially (default 'pass').
                Execution time of this setup statement is NOT timed.
  -p/--process: use time.process_time() (default is time.perf_counter())
  -v/--verbose: print raw timing results; repeat for more digits precision
  -u/--unit: set the output time unit (nsec, usec, msec, or sec)
  -h/--help: print this usage message and exit
  --: separate options from statement, use when statement starts with -
  statement: statement to be timed (default 'pass')

A multi-line statement may be given by specifying each line as a
separate argument; indented lines are possible by enclosing an
argument in quotes and using leading spaces.  Multiple -s options are
treated similarly.

If -n is not given, a suitable number of loops is calculated by trying
increasing numbers from the sequence 1, 2, 5, 10, 20, 50, ... until the
total time is at least 0.2 seconds.
"""
import gc
import sys
import time

__all__ = ["Timer", "timeit", "repeat", "default_timer"]

default_number = 1000000
default_repeat = 5
default_timer = time.perf_counter

_template = """
def inner(_it, _timer{init}):
    {setup}
    _t0 = _timer()
    for _i in _it:
        {stmt}
        pass
    _t1 = _timer()
    return _t1 - _t0
"""


def reindent(src, indent):
    """src with every line after the first indented by indent spaces (CPython's helper)."""
    return src.replace("\n", "\n" + " " * indent)


_reindent = reindent


class Timer:
    """Times a statement (a str of code, or a callable) run many times."""

    def __init__(self, stmt="pass", setup="pass", timer=default_timer, globals=None):
        self.timer = timer
        local_ns = {}
        global_ns = {} if globals is None else globals
        init = ''
        if isinstance(setup, str):
            setup = _reindent(setup, 4)
        elif callable(setup):
            local_ns['_setup'] = setup
            init += ', _setup=_setup'
            setup = '_setup()'
        else:
            raise ValueError("setup is neither a string nor callable")
        if isinstance(stmt, str):
            stmt = _reindent(stmt, 8)
        elif callable(stmt):
            local_ns['_stmt'] = stmt
            init += ', _stmt=_stmt'
            stmt = '_stmt()'
        else:
            raise ValueError("stmt is neither a string nor callable")
        src = _template.format(stmt=stmt, setup=setup, init=init)
        self.src = src
        global_ns.update(local_ns)  # the defaults' names, visible where the function is made
        exec(src, global_ns, local_ns)
        self.inner = local_ns["inner"]

    def timeit(self, number=default_number):
        collecting = gc.isenabled()
        gc.disable()  # a collection would land in whichever statement's time it interrupted
        try:
            return self.inner(range(number), self.timer)
        finally:
            if collecting:
                gc.enable()

    def print_exc(self, file=None):
        """Prints the traceback of the exception the timed statement raised (called in an except clause)."""
        import traceback
        traceback.print_exc(file=file)

    def repeat(self, repeat=default_repeat, number=default_number):
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        i = 1
        while True:
            for j in 1, 2, 5:
                number = i * j
                time_taken = self.timeit(number)
                if callback:
                    callback(number, time_taken)
                if time_taken >= 0.2:
                    return (number, time_taken)
            i *= 10


def timeit(stmt="pass", setup="pass", timer=default_timer, number=default_number, globals=None):
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt="pass", setup="pass", timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)


_UNITS = {"nsec": 1e-9, "usec": 1e-6, "msec": 1e-3, "sec": 1.0}


def main(args=None, *, _wrap_timer=None):
    """The command line (ftpython -m timeit ...): returns the exit status, None for success, as CPython's."""
    import getopt
    if args is None:
        args = sys.argv[1:]
    try:
        opts, args = getopt.getopt(args, "n:u:s:r:pvh",
                                   ["number=", "setup=", "repeat=", "process", "verbose", "unit=", "help"])
    except getopt.error as err:
        print(err)
        print("use -h/--help for command line help")
        return 2
    timer = default_timer
    number = 0  # found by autorange
    setups = []
    repeat_count = default_repeat
    verbose = 0
    unit = None
    precision = 3
    for option, value in opts:
        if option in ("-n", "--number"):
            number = int(value)
        elif option in ("-s", "--setup"):
            setups.append(value)
        elif option in ("-u", "--unit"):
            if value not in _UNITS:
                print("Unrecognized unit. Please select nsec, usec, msec, or sec.", file=sys.stderr)
                return 2
            unit = value
        elif option in ("-r", "--repeat"):
            repeat_count = max(1, int(value))
        elif option in ("-p", "--process"):
            timer = time.process_time
        elif option in ("-v", "--verbose"):
            if verbose:
                precision += 1
            verbose += 1
        elif option in ("-h", "--help"):
            print(__doc__, end=' ')
            return 0
    stmt = "\n".join(args) or "pass"
    setup = "\n".join(setups) or "pass"
    import os
    sys.path.insert(0, os.curdir)  # local imports from the current directory, as CPython's
    if _wrap_timer is not None:
        timer = _wrap_timer(timer)
    t = Timer(stmt, setup, timer)
    if number == 0:
        def show(n, seconds):
            print("{} loop{} -> {:.{}g} secs".format(n, "s" if n != 1 else "", seconds, precision))
        try:
            number, _ = t.autorange(show if verbose else None)
        except BaseException:
            t.print_exc()
            return 1
        if verbose:
            print()
    try:
        raw = t.repeat(repeat_count, number)
    except BaseException:
        t.print_exc()
        return 1

    def format_time(seconds):
        if unit is not None:
            name, scale = unit, _UNITS[unit]
        else:  # the largest unit the time reaches (nsec below that)
            name, scale = "nsec", _UNITS["nsec"]
            for candidate in ("sec", "msec", "usec", "nsec"):
                if seconds >= _UNITS[candidate]:
                    name, scale = candidate, _UNITS[candidate]
                    break
        return "%.*g %s" % (precision, seconds / scale, name)

    if verbose:
        print("raw times: %s" % ", ".join(map(format_time, raw)))
        print()
    per_loop = [seconds / number for seconds in raw]
    best, worst = min(per_loop), max(per_loop)
    print("%d loop%s, best of %d: %s per loop" % (number, "s" if number != 1 else "", repeat_count,
                                                   format_time(best)))
    if worst >= best * 4:
        import warnings
        warnings.warn_explicit("The test results are likely unreliable. The worst time (%s) was more than four "
                               "times slower than the best time (%s)." % (format_time(worst), format_time(best)),
                               UserWarning, '', 0)
    return None


if __name__ == "__main__":
    sys.exit(main())
