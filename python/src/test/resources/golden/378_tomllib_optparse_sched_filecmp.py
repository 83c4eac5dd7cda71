# Golden test for small stdlib modules: tomllib (values, every error kind),
# optparse (actions, types, help formatting, errors), sched (ordering,
# cancel, non-blocking run, threads) and filecmp (cmp, cmpfiles, dircmp).
import io
import os
import sys
import tempfile
import threading

os.environ['COLUMNS'] = '80'


def section(name):
    print("=" * 10, name, "=" * 10)


# ---------------------------------------------------------------- tomllib
import tomllib
from decimal import Decimal

section("tomllib")
DOC = r'''
# comment
title = "TOML \"Example\" \u00e9 \U0001F600 \b\t\n\f\r\\"
lit = 'C:\Users\nodejs'
ml = """
Roses are red
  Violets are blue\
     still same line"""
ml2 = """quotes: "" and """"
@MLL@
ints = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101, -0]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991]
specials = [inf, +inf, -inf]
bools = [true, false]
odt = [1979-05-27T07:32:00Z, 1979-05-27T00:32:00-07:00, 1979-05-27 00:32:00.999999+05:30, 1979-05-27t07:32:00.1234567z]
ldt = 1979-05-27T07:32:00.5
ld = 1979-05-27
lt = [07:32:00, 00:32:00.999999, 23:59:59.1]
nested = [ [1, 2], ["a", 'b'], [ {x = 1}, {y.z = [2]} ], ]
multi_line_array = [
  1, # one
  2,
  # nothing
]
"quoted key" = 1
'lit key' = 2
"" = "empty key"
dotted.a.b = 1
dotted . a . c = 2
site."google.com" = true
inline = { name = "x", pt = { x = 1, y = 2 }, d.e = 3 }

[table]
key = "value"
[table.sub]
k = 1
[ table . "sub2" ]  # spaces
k = 2

[x.y.z.w]
[x]
a = 1

[[products]]
name = "Hammer"
sku = 738594937
[[products]]
[[products]]
name = "Nail"
color = "gray"

[[fruits]]
name = "apple"
[fruits.physical]
color = "red"
[[fruits.varieties]]
name = "red delicious"
[[fruits.varieties]]
name = "granny smith"
[[fruits]]
name = "banana"
[[fruits.varieties]]
name = "plantain"
'''


DOC = DOC.replace("@MLL@", "mll = '''\nfirst newline trimmed '' ok'''''")


def show(obj, indent=""):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, (dict, list)) and v:
                print(f"{indent}{k!r}:")
                show(v, indent + "  ")
            else:
                print(f"{indent}{k!r}: {v!r} {type(v).__name__}")
    elif isinstance(obj, list):
        for v in obj:
            if isinstance(v, (dict, list)) and v:
                print(f"{indent}-")
                show(v, indent + "  ")
            else:
                print(f"{indent}- {v!r}")


doc = tomllib.loads(DOC)
show(doc)
print(doc["odt"][1].utcoffset(), doc["odt"][2].tzinfo, doc["odt"][0].tzinfo)
print(tomllib.loads("n = [nan, -nan, +nan]")["n"])
print(tomllib.loads("a = 1.5\nb = [0.1, 1e3, inf]", parse_float=Decimal))
print(tomllib.loads("a = 1\r\nb = 'x'\r\n"))
print(tomllib.load(io.BytesIO("k = 'é'\n".encode())))
try:
    tomllib.load(io.StringIO("k = 1"))
except TypeError as e:
    print("TypeError:", e)
try:
    tomllib.loads("a = 1.0", parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError:", e)
try:
    tomllib.loads(b"a = 1")
except TypeError as e:
    print("TypeError:", e)
print(issubclass(tomllib.TOMLDecodeError, ValueError),
      tomllib.TOMLDecodeError.__module__, sorted(tomllib.__all__))

BAD = [
    "a = ", "a", "a = 1 2", "= 1", "a = 'x", 'a = "x', 'a = """x', "a = '''x",
    'a = "\\q"', 'a = "\\u12"', 'a = "\\uD800"', 'a = "\\U00110000"',
    'a = "x\x01"', "a = 'x\x7f'", "a = 1 # \x00", 'a = """\\  x"""',
    "a = [1, 2", "a = [1 2]", "a = {b = 1", "a = {b = 1,}", "a = {b = 1 c = 2}",
    "a = {b = 1, b = 2}", "a = {b = {c = 1}, b.d = 2}", "a = {b = 1, b.c = 2}",
    "a = 1979-02-30", "a = 1979-05-27T24:00:00", "a = 07:32", "a = tru",
    "a = 0x", "a = 01", "a = 1__0", "a = 1.", "a = .5", "a = +0x1", "a = 1e",
    "a = 1\na = 2", "a = 1\na.b = 2", "[a]\n[a]", "a = {}\n[a]",
    "a = []\n[[a]]", "a.b = 1\n[a]", "[a]\nb.c = 1\n[a.b]", "[a.b]\n[a]\nb = 1",
    "[[a]]\n[a]", "[a]\n[[a]]", "a = 1\n[a.b]", "[x]\ny.z = 1\n[x.y]",
    "[a.b]\nc = 1\n[a]\nb.d = 2", "[a", "[[a]", "[[a]\n", "[a]]", "[]",
    "[a] x", "a = 1\r", "\x00", "a.b.c = 1\na.b = 2", "a = [{}]\n[a.b]",
]
for i, src in enumerate(BAD):
    try:
        print(i, "OK?", tomllib.loads(src))
    except tomllib.TOMLDecodeError as e:
        print(i, type(e).__name__, e)

# ---------------------------------------------------------------- optparse
import optparse
from optparse import (OptionParser, OptionGroup, Option, make_option,
                      IndentedHelpFormatter, TitledHelpFormatter,
                      OptionValueError, OptionConflictError, OptionError,
                      BadOptionError, Values, SUPPRESS_HELP, SUPPRESS_USAGE)

section("optparse")


def run_parser(parser, argv):
    out, err = io.StringIO(), io.StringIO()
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        values, args = parser.parse_args(argv)
        result = "ok %s %s" % (sorted(vars(values).items()), args)
    except SystemExit as e:
        result = "exit %r" % (e.code,)
    finally:
        sys.stdout, sys.stderr = saved
    print(argv, "->", result)
    for name, buf in (("stdout", out), ("stderr", err)):
        if buf.getvalue():
            print("  %s:" % name)
            for line in buf.getvalue().splitlines():
                print("  |" + line)


def record(option, opt_str, value, parser, *args, **kwargs):
    print("  callback", option.dest, opt_str, value, args, kwargs,
          parser.rargs, parser.largs)
    parser.values.seen = parser.values.ensure_value("seen", []) + [opt_str]


class Named:
    def __call__(self, *args):
        pass

    def __repr__(self):
        return "<Named>"


def check_mod3(option, opt, value):
    try:
        number = int(value)
    except ValueError:
        raise OptionValueError("option %s: %r is not a number" % (opt, value))
    if number % 3:
        raise OptionValueError("option %s: %d is not a multiple of 3"
                               % (opt, number))
    return number


class MyOption(Option):
    TYPES = Option.TYPES + ("mod3",)
    TYPE_CHECKER = dict(Option.TYPE_CHECKER, mod3=check_mod3)
    ACTIONS = Option.ACTIONS + ("extend",)
    STORE_ACTIONS = Option.STORE_ACTIONS + ("extend",)
    TYPED_ACTIONS = Option.TYPED_ACTIONS + ("extend",)
    ALWAYS_TYPED_ACTIONS = Option.ALWAYS_TYPED_ACTIONS + ("extend",)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "extend":
            values.ensure_value(dest, []).extend(value.split(","))
        else:
            Option.take_action(self, action, dest, opt, value, values, parser)


p = OptionParser(usage="%prog [options] FILE...", version="%prog 1.2",
                 description="Frobnicate the given files. This description is "
                 "long enough that it must be wrapped over several lines by "
                 "the help formatter, %prog included.",
                 epilog="Report bugs to nobody; this epilog is also wrapped "
                 "to the terminal width.", prog="frob", option_class=MyOption)
p.add_option("-f", "--file", dest="filename", metavar="FILE",
             help="read data from FILE [default: %default]", default="in.txt")
p.add_option("-q", "--quiet", action="store_false", dest="verbose",
             default=True, help="don't print status messages to stdout")
p.add_option("-v", action="count", dest="verbosity", help="more noise")
p.add_option("-n", "--num", type="int", default="0x10", help="a number "
             "(default %default)")
p.add_option("--ratio", type=float, help="a float")
p.add_option("--cplx", type="complex")
p.add_option("-m", "--mode", choices=["fast", "slow"], help="mode")
p.add_option("-p", "--point", type="int", nargs=2, metavar="X Y")
p.add_option("-a", "--add", action="append", help="append a value")
p.add_option("-c", action="append_const", const="C", dest="consts")
p.add_option("-C", action="store_const", const=42, dest="answer")
p.add_option("--cb", action="callback", callback=record, type="string",
             callback_args=(1,), callback_kwargs={"k": "v"})
p.add_option("--flag-cb", action="callback", callback=record)
p.add_option("--hidden", help=SUPPRESS_HELP)
p.add_option("--three", type="mod3", help="multiple of three")
p.add_option("--ext", action="extend", type="string", help="comma list")
p.add_option("--a-very-long-option-name-indeed", action="store_true",
             help="this option has such a long name that its help text "
             "starts on the following line")
g = OptionGroup(p, "Dangerous Options", "Caution: use these options at your "
                "own risk. It is believed that some of them bite.")
g.add_option("-g", action="store_true", help="Group option.")
g.add_option("--long-g", metavar="VALUE", help="another one, %default")
p.add_option_group(g)
p.add_option_group("Empty group", "with a description only")
run_parser(p, ["--help"])
run_parser(p, ["--version"])
for argv in (
        [], ["-ffoo", "a", "--quiet", "b", "-vvv"], ["--file=x", "--", "-v"],
        ["--fi", "y", "-n", "0b101", "-n017"], ["--nu=12", "--rat", "2.5"],
        ["--cplx", "1+2j", "-m", "slow", "-p", "3", "4", "-afoo", "-a", "bar"],
        ["-cc", "-C", "-g", "--long-g", "v"], ["-vqfz", "rest"],
        ["--cb", "val", "x", "--flag-cb", "y"], ["--three", "9"],
        ["--ext", "a,b", "--ext=c"], ["-n", "abc"], ["--ratio", "x"],
        ["--cplx", "z"], ["-m", "medium"], ["-p", "1"], ["--num"], ["-z"],
        ["--bogus"], ["--a"], ["--quiet=1"], ["--three", "4"],
        ["--three", "x"], ["-", "-v"], ["--a-very", "--hidden", "h"]):
    run_parser(p, argv)
print(repr(p.get_usage()), repr(p.get_version()), p.get_prog_name())
print(p.get_option("-f"), p.has_option("--quiet"), p.has_option("-x"),
      p.get_option_group("-g").title, p.get_option_group("-f"))
print(p.defaults["filename"], p.get_default_values())

p.disable_interspersed_args()
run_parser(p, ["-v", "file", "-q"])
p.enable_interspersed_args()
p.remove_option("--quiet")
print(p.has_option("-q"), p.has_option("--quiet"))
try:
    p.remove_option("--nope")
except ValueError as e:
    print("ValueError:", e)

print(TitledHelpFormatter().__class__.__name__)
t = OptionParser(formatter=TitledHelpFormatter(), prog="titled",
                 usage=SUPPRESS_USAGE, add_help_option=False)
t.add_option("-x", "--xray", type="int", help="x ray %default")
tg = t.add_option_group("Group", "description of the group")
tg.add_option("-y", action="store_true", help="why")
print(t.format_help())
run_parser(t, ["-x"])
w = OptionParser(prog="w", formatter=IndentedHelpFormatter(
    indent_increment=4, max_help_position=30, width=50, short_first=0),
    usage="usage: %prog [-o]")
w.formatter.set_short_opt_delimiter("")
w.formatter.set_long_opt_delimiter(" ")
w.add_option("-o", "--output", help="write output to the place named by the "
             "argument, which can be long")
w.add_option("-b", "--bare")
w.add_option("-e")
w.set_defaults(bare="B")
w.set_default("output", "O")
print(w.format_help())
values, rest = w.parse_args([])
print(values, rest)

r = OptionParser(conflict_handler="resolve", prog="r")
r.add_option("-n", "--dry-run", action="store_true", help="original")
r.add_option("-n", "--noisy", action="store_true", help="takes -n")
r.add_option("--dry-run", action="store_false", help="takes --dry-run")
print(r.format_help())
print([str(o) for o in r.option_list])
try:
    OptionParser().add_option("-h")
except OptionConflictError as e:
    print("OptionConflictError:", e)
for args, kwargs in [
        ((), {}), (("x",), {}), (("-",), {}), (("--",), {}), (("-ab",), {}),
        (("---x",), {}), (("-x",), {"action": "bogus"}),
        (("-x",), {"type": "bogus"}), (("-x",), {"action": "count", "type": "int"}),
        (("-x",), {"type": "choice"}), (("-x",), {"choices": "abc"}),
        (("-x",), {"type": "int", "choices": ["1"]}),
        (("-x",), {"action": "store_true", "const": 1}),
        (("-x",), {"action": "store_true", "nargs": 2}),
        (("-x",), {"action": "callback", "callback": 1}),
        (("-x",), {"action": "callback", "callback": record, "callback_args": [1]}),
        (("-x",), {"action": "callback", "callback": record,
                   "callback_kwargs": 1}),
        (("-x",), {"callback": Named()}), (("-x",), {"callback_args": (1,)}),
        (("-x",), {"callback_kwargs": {}}), (("-x",), {"zzz": 1, "yyy": 2})]:
    try:
        o = make_option(*args, **kwargs)
        print("made", o, o.action, o.type, o.dest)
    except (OptionError, TypeError) as e:
        print(type(e).__name__, e)
for bad in [(Option("-x"), 2), (5,)]:
    try:
        OptionParser().add_option(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    OptionParser(conflict_handler="ignore")
except ValueError as e:
    print("ValueError:", e)
v = Values({"a": 1, "b": None})
v._update({"b": 2, "c": 3}, "careful")
print(v, v == {"a": 1, "b": 2}, v == Values({"a": 1, "b": 2}), v != 5)
v._update({"c": 3}, "loose")
print(v, v.ensure_value("d", []), v.ensure_value("a", 9))
print(str(BadOptionError("--x")),
      str(optparse.AmbiguousOptionError("--a", ["--ab", "--ac"])))
print(sorted(optparse.__all__))

# ---------------------------------------------------------------- sched
import sched

section("sched")


class FakeClock:
    def __init__(self):
        self.now = 0.0
        self.log = []

    def time(self):
        return self.now

    def sleep(self, delay):
        self.log.append(delay)
        self.now += delay


clock = FakeClock()
s = sched.scheduler(clock.time, clock.sleep)
fired = []


def act(*args, **kwargs):
    fired.append((clock.now, args, kwargs))


e1 = s.enter(5, 1, act, ("five-low",))
e2 = s.enter(5, 0, act, ("five-high",))
e3 = s.enterabs(2, 1, act, kwargs={"k": 1})
e4 = s.enter(1, 1, act, ("cancelled",))
e5 = s.enter(5, 0, act, ("five-high-second",))
s.cancel(e4)
try:
    s.cancel(e4)
except ValueError:
    print("cancel twice: ValueError")
print([(e.time, e.priority, e.sequence, e.argument, e.kwargs) for e in s.queue])
print(s.empty(), e1 < e2, e2 < e5, sched.Event._fields)
print(s.run(blocking=False), fired)
clock.now = 2
print(s.run(blocking=False), fired)
s.run()
print(fired, clock.log, s.empty(), s.run(blocking=False))


def chain(n):
    fired.append(("chain", n, clock.now))
    if n:
        s.enter(1, 0, chain, (n - 1,))


fired.clear()
s.enter(0, 0, chain, (3,))
s.run()
print(fired)

ts = sched.scheduler(lambda: 10, lambda d: None)
counter = []
lock = threading.Lock()


def bump():
    with lock:
        counter.append(1)


def producer():
    for i in range(100):
        ts.enterabs(i % 7, i % 3, bump)


threads = [threading.Thread(target=producer) for _ in range(4)]
for th in threads:
    th.start()
for th in threads:
    th.join()
q = ts.queue
print(len(q), q == sorted(q), len({e.sequence for e in q}))
ts.run()
print(len(counter), ts.empty())

# ---------------------------------------------------------------- filecmp
import filecmp

section("filecmp")
print(filecmp.DEFAULT_IGNORES, sorted(filecmp.__all__))
with tempfile.TemporaryDirectory() as tmp:
    # ftpython has no os.utime/os.symlink, and mtimes of freshly written
    # files may or may not coincide, so shallow comparisons are only made
    # where the answer does not depend on mtimes (same bytes, or sizes
    # differ); same-size-different-bytes files are compared deeply.
    def write(rel, data):
        path = os.path.join(tmp, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as f:
            f.write(data)

    write("a/same.txt", b"same")
    write("b/same.txt", b"same")
    write("a/diff.txt", b"left")
    write("b/diff.txt", b"right!")
    write("a/big.bin", b"x" * 20000)
    write("b/big.bin", b"x" * 20000)
    write("a/big2.bin", b"x" * 19999 + b"y")
    write("a/only_a.txt", b"")
    write("b/only_b.txt", b"")
    write("a/CVS/junk", b"")
    write("b/CVS/junk", b"1")
    write("a/sub/x", b"1")
    write("b/sub/x", b"22")
    write("a/sub/deeper/y", b"1")
    write("b/sub/deeper/y", b"1")
    write("a/sub/deeper/z", b"")
    write("a/kind", b"file")
    os.makedirs(os.path.join(tmp, "b", "kind"))
    os.chdir(tmp)
    for shallow in (True, False):
        print(filecmp.cmp("a/big.bin", "b/big.bin", shallow=shallow),
              filecmp.cmp("a/same.txt", "b/same.txt", shallow=shallow),
              filecmp.cmp("a/diff.txt", "b/diff.txt", shallow=shallow),
              filecmp.cmp("a/same.txt", "a/same.txt", shallow=shallow),
              filecmp.cmp("a/sub", "b/sub", shallow=shallow))
        print(filecmp.cmpfiles("a", "b", ["same.txt", "diff.txt", "big.bin",
                                          "nope", "sub"], shallow))
    print(filecmp.cmp("a/big.bin", "a/big2.bin", shallow=False),
          filecmp.cmp("a/big2.bin", "a/big.bin", shallow=False))
    try:
        filecmp.cmp("a/nope", "b/nope")
    except FileNotFoundError:
        print("FileNotFoundError")
    filecmp.clear_cache()
    d = filecmp.dircmp("a", "b")
    print(d.common_files, d.left_only)
    d.report()
    print()
    d.report_partial_closure()
    print()
    d = filecmp.dircmp("a", "b", ignore=[], shallow=False)
    d.report_full_closure()
    print(d.left_list, d.right_list, d.common, d.common_dirs,
          d.common_funny, d.same_files, d.diff_files, d.funny_files,
          sorted(d.subdirs), type(d.subdirs["sub"]).__name__)
    d = filecmp.dircmp("a", "b", hide=["same.txt"], ignore=["sub"])
    print(d.left_list, d.common)
    try:
        d.nonexistent
    except AttributeError as e:
        print("AttributeError:", e)

    class MyDirCmp(filecmp.dircmp):
        pass

    m = MyDirCmp("a", "b")
    print(type(m.subdirs["sub"]).__name__, filecmp.dircmp[str])
    os.chdir("/")
print("done")
