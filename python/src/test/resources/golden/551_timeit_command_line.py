# timeit's command line (python -m timeit) through timeit.main with a fake timer, so the figures are exact: -n, -r,
# -s, -u, -v, -vv, -p, autorange, bad options and units, an exception in the statement, the unreliable-results
# warning; timeit.reindent; the collector is off while timing.
import contextlib
import gc
import io
import sys
import timeit
import warnings


class FakeTimer:
    def __init__(self, step=1.0, slow_last=False):
        self.now = 0.0
        self.step = step
        self.calls = 0
        self.slow_last = slow_last

    def __call__(self):
        # each timing's second call moves on by step times the calls so far, so autorange ends
        self.calls += 1
        if self.slow_last and self.calls > 9:
            self.now += self.step * 10
        self.now += self.step * self.calls / 2
        return self.now


def run(args, step=1.0, slow_last=False):
    out = io.StringIO()
    err = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err), warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        status = timeit.main(args, _wrap_timer=lambda t: FakeTimer(step, slow_last))
    print(args, status, repr(out.getvalue()), err.getvalue().splitlines()[-1:], [str(x.message)[:40] for x in w])


run(['-n', '1000', 'x = 1'])
run(['-n', '1', '-r', '3', '-s', 'import math', 'math.sqrt(2)'])
run(['-n', '10', '-u', 'msec', 'pass'], step=0.004)
run(['-n', '10', '-u', 'nsec', 'pass'], step=1e-6)
run(['-n', '2', '-v', 'pass'])
run(['-n', '2', '-vv', 'pass'])
run(['pass'], step=0.1)
run(['-v', 'pass'], step=0.1)
run(['-n', '1', '-r', '0', 'pass'])
run(['-n', '3', '-r', '5', 'pass'], slow_last=True)
run(['-u', 'hours', 'pass'])
run(['--bogus'])
run(['-n', '1', '1/0'])
print(timeit.reindent('a\nb\n  c', 4))
t = timeit.Timer('enabled.append(gc.isenabled())', setup='import gc; enabled = []', globals={})
print(gc.isenabled(), t.timeit(3) >= 0, gc.isenabled())
