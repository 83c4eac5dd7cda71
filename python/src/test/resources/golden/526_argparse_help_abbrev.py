# argparse: the help column as CPython's HelpFormatter sets it (two past the longest invocation, at most 24), single-dash
# long options abbreviated (-y for -yyy), ambiguity, mutually exclusive options listed in their section, subcommands.
import os
os.environ['COLUMNS'] = '80'
import argparse
p = argparse.ArgumentParser(prog='PROG', exit_on_error=False)
p.add_argument('-x', action='store_true'); p.add_argument('-yyy', action='store_const', const=42); p.add_argument('-z')
for args in ['', '-x', '-za', '-z a', '-xza', '-xz a', '-x -za', '-y', '-yyy', '-x -yyy -za']:
    try:
        print(repr(args), p.parse_args(args.split()))
    except (argparse.ArgumentError, SystemExit) as e:
        print(repr(args), 'error', e)
p = argparse.ArgumentParser(prog='PROG', exit_on_error=False)
p.add_argument('--foobar'); p.add_argument('--foorab')
for args in ['--foob 1', '--fooba 2', '--foo 3', '--foor 4']:
    try:
        print(repr(args), p.parse_args(args.split()))
    except (argparse.ArgumentError, SystemExit) as e:
        print(repr(args), 'error', e)
import argparse
p = argparse.ArgumentParser(prog='PROG', description='Does things.')
p.add_argument('spam', help='spam help')
p.add_argument('--foo', help='foo help')
p.add_argument('-v', '--verbose', action='store_true', help='be loud')
p.print_help()
p = argparse.ArgumentParser(prog='PROG')
p.add_argument('--a-very-long-option-name', metavar='VALUE', help='a long one whose help text is long enough to wrap around the line width of the terminal')
p.add_argument('-x', help='x')
p.print_help()
p = argparse.ArgumentParser(prog='PROG')
g = p.add_argument_group('grp', 'group description')
g.add_argument('--bar', help='bar help')
p.print_help()
p = argparse.ArgumentParser(prog='tool')
sub = p.add_subparsers(dest='cmd', help='commands')
a = sub.add_parser('add', help='add things')
a.add_argument('n', type=int, help='how many')
sub.add_parser('remove-everything', help='remove all')
p.print_help()
a.print_help()
print(p.parse_args(['add', '3']))
p = argparse.ArgumentParser(prog='PROG')
g = p.add_mutually_exclusive_group()
g.add_argument('--abcde'); g.add_argument('--fghij')
p.add_argument('--klmno', help='k'); p.add_argument('positional_argument_name', nargs='+', help='things')
p.print_help()
p = argparse.ArgumentParser(prog='PROG', formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p.add_argument('--level', type=int, default=3, help='the level')
p.add_argument('--name', choices=['a', 'b'], default='a', help='pick %(choices)s')
p.print_help()
p = argparse.ArgumentParser(prog='PROG')
for name in ('alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf'):
    p.add_argument('--' + name, help=name + ' help')
p.add_argument('inputs', nargs='+'); p.add_argument('output')
p.print_usage()
p = argparse.ArgumentParser(prog='a-very-long-program-name-indeed-that-goes-on-and-on')
for name in ('alpha', 'bravo', 'charlie', 'delta'):
    p.add_argument('--' + name)
p.add_argument('files', nargs='*')
p.print_usage()
p = argparse.ArgumentParser(prog='PROG')
g = p.add_mutually_exclusive_group(required=True)
for name in ('abcde', 'fghij', 'klmno', 'pqrst', 'uvwxy', 'zabcd'):
    g.add_argument('--' + name)
p.print_usage()
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument('--verbose', action='store_true')
g = parent.add_argument_group('io', 'input and output')
g.add_argument('--input')
m = parent.add_mutually_exclusive_group()
m.add_argument('--fast', action='store_true'); m.add_argument('--slow', action='store_true')
child = argparse.ArgumentParser(prog='child', parents=[parent])
child.add_argument('name')
print(child.parse_args(['--fast', 'x', '--input', 'f']))
child.print_help()
try:
    child.parse_args(['--fast', '--slow', 'x'])
except SystemExit as e:
    print('exit', e.code)
p2 = argparse.ArgumentParser(prog='p2')
try:
    argparse.ArgumentParser(prog='c2', parents=[p2])
except argparse.ArgumentError as e:
    print('ArgumentError', e)
r = argparse.ArgumentParser(prog='r', conflict_handler='resolve')
r.add_argument('-x', '--exec', help='old')
r.add_argument('-x', help='new x')
r.add_argument('--exec', help='new exec')
r.print_help()
try:
    argparse.ArgumentParser(conflict_handler='nope')
except ValueError as e:
    print('ValueError', e)
import tempfile
d = tempfile.mkdtemp()
with open(os.path.join(d, 'args1'), 'w') as f:
    f.write('--level\n7\n@' + os.path.join(d, 'args2') + '\n')
with open(os.path.join(d, 'args2'), 'w') as f:
    f.write('name-from-file\n')
p = argparse.ArgumentParser(prog='ff', fromfile_prefix_chars='@')
p.add_argument('--level', type=int); p.add_argument('name'); p.add_argument('rest', nargs='*')
print(p.parse_args(['@' + os.path.join(d, 'args1'), 'x']))
class Split(argparse.ArgumentParser):
    def convert_arg_line_to_args(self, line):
        return line.split()
with open(os.path.join(d, 'args3'), 'w') as f:
    f.write('--level 3 n\n')
s = Split(prog='s', fromfile_prefix_chars='@')
s.add_argument('--level', type=int); s.add_argument('name')
print(s.parse_args(['@' + os.path.join(d, 'args3')]))
s2 = argparse.ArgumentParser(prog='s2', fromfile_prefix_chars='@', exit_on_error=False)
s2.add_argument('x')
try:
    s2.parse_args(['@' + os.path.join(d, 'missing')])
except argparse.ArgumentError as e:
    print('ArgumentError', 'No such file' in str(e))
for n in os.listdir(d):
    os.remove(os.path.join(d, n))
os.rmdir(d)
import sys
print(argparse.FileType('rb'), argparse.FileType('w', encoding='utf-8'), argparse.FileType('r', 1, errors='ignore'))
p = argparse.ArgumentParser(prog='ft')
p.add_argument('out', type=argparse.FileType('w'))
p.add_argument('--inb', type=argparse.FileType('rb'))
ns = p.parse_args(['-', '--inb', '-'])
print(ns.out is sys.stdout, ns.inb is sys.stdin.buffer)
p2 = argparse.ArgumentParser(prog='ft2', exit_on_error=False)
p2.add_argument('f', type=argparse.FileType('r'))
try:
    p2.parse_args(['/nonexistent/file'])
except argparse.ArgumentError as e:
    print(e)
