# argparse (CPython 3.13): tuple metavars in usage and help (and refused when their length does not match nargs),
# %(type)s and %(choices)s in help, RawTextHelpFormatter's lines, group descriptions filled or kept, usage=SUPPRESS,
# mutually exclusive groups shown as one only where their actions stand together, a required group of one shown
# action, a positional's brackets inside a group, a group inside an argument group, reprs of parsers, actions and
# namespaces, -ku with an unknown -u kept as an extra, the constructor checks, and a missing stderr.
import argparse
import sys


def show(p):
    print(p.format_usage(), end='')
    print(p.format_help())


p = argparse.ArgumentParser(prog='PROG')
p.add_argument('-w', nargs='+', metavar=('W1', 'W2'), help='w')
p.add_argument('-x', nargs='*', metavar=('X1', 'X2'), help='x')
p.add_argument('-y', nargs=3, metavar=('Y1', 'Y2', 'Y3'), help='y')
p.add_argument('-z', nargs='?', metavar=('Z1',), help='z')
show(p)
for nargs, metavar in ((None, ('a', 'b')), ('?', ()), ('*', ('a', 'b', 'c')), ('+', ('a',)), (2, ('a',)), (1, 'm'),
                       ('...', ('a', 'b')), ('A...', ('a',))):
    try:
        argparse.ArgumentParser().add_argument('-q', nargs=nargs, metavar=metavar)
        print(nargs, metavar, 'ok')
    except ValueError as e:
        print(nargs, metavar, 'ValueError', e)

p = argparse.ArgumentParser(prog='PROG')
p.add_argument('-x', type=int, help='x %(prog)s %(default)s %(type)s %%')
p.add_argument('-y', action='store_const', default=42, const='XXX', help='y %(prog)s %(default)s %(const)s')
p.add_argument('--foo', choices='abc', help='foo %(prog)s %(default)s %(choices)s')
p.add_argument('--bar', default='baz', choices=[1, 2], metavar='BBB', help='bar %(prog)s %(default)s %(dest)s')
p.add_argument('spam', help='spam %(prog)s %(default)s')
g = p.add_argument_group('group', description='\n  oddly formatted group\n\ndescription')
g.add_argument('-b', default=-1, help='b %(prog)s %(default)s')
show(p)

p = argparse.ArgumentParser(prog='PROG', formatter_class=argparse.RawTextHelpFormatter,
                            description='Keep the formatting\n    exactly as it is written\n\nhere\n')
p.add_argument('--foo', help='    foo help should also\nappear as given here')
g = p.add_argument_group(title='title', description='    This text\n  should be indented\n    exactly like it is here\n')
g.add_argument('--bar', help='bar help')
show(p)

p = argparse.ArgumentParser(prog='PROG', usage=argparse.SUPPRESS)
p.add_argument('--foo', help='foo help')
print(repr(p.format_usage()))
show(p)

p = argparse.ArgumentParser(prog='PROG')
p.add_argument('-x', action='store_true')
m = p.add_mutually_exclusive_group()
m.add_argument('-a', action='store_true')
m.add_argument('-b', action='store_true')
p.add_argument('-y', action='store_true')
m.add_argument('-c', action='store_true')
show(p)
for required in (False, True):
    p = argparse.ArgumentParser(prog='PROG')
    m = p.add_mutually_exclusive_group(required=required)
    m.add_argument('--foo', action='store_true')
    m.add_argument('--spam', help='SPAM')
    m.add_argument('badger', nargs='*', default='X', help='BADGER')
    print(p.format_usage(), end='')
    p = argparse.ArgumentParser(prog='PROG')
    m = p.add_mutually_exclusive_group(required=required)
    m.add_argument('-x', help=argparse.SUPPRESS)
    m.add_argument('-y', action='store_true', help='y help')
    print(p.format_usage(), end='')
    p = argparse.ArgumentParser(prog='PROG')
    t = p.add_argument_group(title='Titled group', description='Group description')
    m = t.add_mutually_exclusive_group(required=required)
    m.add_argument('--bar', help='bar help')
    m.add_argument('--baz', help='baz help')
    show(p)

p = argparse.ArgumentParser(prog='P')
print(repr(p))
print(repr(p.add_argument('-x', type=int)))
print(argparse.Namespace(b=1, a=2), argparse.Namespace(**{'"': 'quote', 'a': 1}))
p = argparse.ArgumentParser(prog='P')
p.add_argument('-k', '--known', action='store_true')
p.add_argument('-n', '--new', action='store_true')
print(p.parse_known_args(['-ku']), p.parse_known_args(['-kn', '-z', 'rest']))
for args, kwargs in ((('--foo',), {'action': ('store', 'append')}), ((), {}), (('--',), {}), (('---',), {}),
                     (('-x',), {'nargs': 0}), (('-x',), {'nargs': 0, 'action': 'append'}),
                     (('-x',), {'const': 'foo'}), (('-x',), {'const': 'foo', 'nargs': '?'}),
                     (('-x',), {'action': 'foo'})):
    try:
        a = argparse.ArgumentParser().add_argument(*args, **kwargs)
        print(args, 'ok', a.dest)
    except (ValueError, TypeError) as e:
        print(args, type(e).__name__, e)
p = argparse.ArgumentParser(prog='P', exit_on_error=True)
p.add_argument('--n', type=int)
saved = sys.stderr
sys.stderr = None
try:
    p.parse_args(['--n', 'x'])
except SystemExit as e:
    print('SystemExit', e.code)
finally:
    sys.stderr = saved

# 3.13's deprecated arguments, options and commands warn on stderr once a parse; BooleanOptionalAction's old keywords
import contextlib
import io
import warnings

p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--foo', deprecated=True)
p.add_argument('-b', '--bar', action=argparse.BooleanOptionalAction, deprecated=True)
p.add_argument('pos', nargs='?', deprecated=True)
sub = p.add_subparsers(dest='cmd')
sub.add_parser('new')
sub.add_parser('old', aliases=['older'], deprecated=True)
for argv in (['--foo', '1', '--foo', '2'], ['--no-bar', 'x', 'new'], ['-b'], ['old'], ['older'], ['new']):
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        ns = p.parse_args(argv)
    print(argv, ns, repr(err.getvalue()))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    a = argparse.ArgumentParser().add_argument('--x', action=argparse.BooleanOptionalAction, type=int, metavar='M')
print([str(x.message) for x in w], a.type, a.metavar)
