# calendar's command line (python -m calendar) through calendar.main: a month, a year with its text options, the
# first weekday, the usage errors; its help text.
import calendar
import contextlib
import io


def run(args):
    out = io.StringIO()
    err = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            calendar.main(args)
        status = 0
    except SystemExit as e:
        status = e.code
    print(args, status)
    print(out.getvalue(), end='')
    print(err.getvalue().splitlines()[-1:])


run(['2024', '2'])
run(['-w', '3', '-l', '2', '2023', '12'])
run(['-f', '6', '-m', '4', '-s', '2', '2025'])
run(['-t', 'html', '2024', '1'])
run(['-L', 'C', '2024'])
run(['-t', 'pdf'])
run(['--help'])

# a traceback names the line in a with statement's body that raised, not the with statement's (found here: an
# error inside run()'s with block was reported at the with line)
import traceback


def fail():
    raise ValueError('x')


def one():
    with contextlib.nullcontext():
        fail()


def two():
    with contextlib.nullcontext(), \
            contextlib.nullcontext():
        x = 1
        fail()


for g in (one, two):
    try:
        g()
    except ValueError as e:
        print([(fs.name, fs.lineno - g.__code__.co_firstlineno) for fs in traceback.extract_tb(e.__traceback__)][1:])
