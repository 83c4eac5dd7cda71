# CPython 3.12+'s "Did you mean" after a NameError, an AttributeError and an
# ImportError of a from import (traceback's _compute_suggestion_error): the
# candidates, the underscore rule, self.x, "Did you forget to import", and
# format_exception_only, which reads no frame. str(e) stays plain. The script
# ends with an uncaught NameError, whose last stderr line carries the suggestion.
import sys
import io
import re
import traceback


class A:
    foo = 1
    _bar = 2

    def m(self):
        return self.bar

    def m2(self):
        return lenght


def show(f):
    try:
        f()
    except Exception as e:
        for line in (traceback.format_exception(e)[-1], traceback.format_exception_only(e)[-1], str(e) + '\n'):
            print(re.sub(r" \((/.*|unknown location)\)", " (its file)", line), end="")  # the module's file


show(lambda: A().fooo)
show(lambda: A().bar)
show(A().m)


def g():
    length = 3
    return lenght


show(g)
show(lambda: mathh)
show(lambda: math)
show(lambda: sys.maxsiz)


def h():
    from json import dumpss


show(h)


class B:
    def __init__(self):
        self.value = 1

    def get(self):
        return value


show(B().get)
show(lambda: A().m2())
show(lambda: (1).reall)
show(lambda: [].apend)
show(lambda: {}.item)
show(lambda: 'x'.uper)
show(lambda: 'x'.UPPER)


class C:
    def __getattr__(self, n):
        if n == 'zzz':
            return 1
        raise AttributeError(n)


show(lambda: C().zzy)
show(lambda: NameErrorr)
show(lambda: Truee)
show(lambda: xyz)
show(lambda: a_very_long_name_that_is_longer_than_forty_characters_in_total)


class D:
    def __dir__(self):
        raise ValueError


show(lambda: D().foo)
print(traceback.format_exception(NameError('a', name='lenn'))[-1], end='')

# sys.__excepthook__ writes to sys.stderr as it is now
err = io.StringIO()
old, sys.stderr = sys.stderr, err
try:
    nonsens = 1
    del nonsens
    nonsense
except NameError:
    sys.__excepthook__(*sys.exc_info())
sys.stderr = old
print(err.getvalue().splitlines()[-1])

counter = 0
print(countr)
