# yield inside expressions (PEP 342): evaluation order, short-circuits, chains, send/throw/close, lambdas,
# and the compile-time errors, as CPython 3.13 runs them.
import gc
import sys

log = []


def t(name, v):
    log.append(name)
    return v


def drive(gen, *sends):
    out = [next(gen)]
    for s in sends:
        try:
            out.append(gen.send(s))
        except StopIteration as e:
            out.append(("stop", e.value))
            break
    return out


# operands to the left of a yield are evaluated before it, those to its right after it
def order():
    r = t("a", 1) + (yield t("y1", "first")) + t("b", 10) * (yield "second")
    return r

log.clear()
print(drive(order(), 100, 1000), log)


# a global read before the yield keeps the value it had then (LOAD_GLOBAL comes before the yield)
G = 5
def reads_global():
    return G + (yield)

g = reads_global(); next(g); G = 50
try:
    g.send(1)
except StopIteration as e:
    print("global read before yield:", e.value)


# calls: the function, the method lookup and the arguments to the left come first
class Obj:
    def __getattr__(self, name):
        log.append("getattr " + name)
        return lambda *a, **k: (name, a, k)

def calls():
    x = print_args(t("p", 1), (yield "in call"), key=(yield "in kw"))
    y = Obj().meth(t("q", 2), (yield "in method"))
    return x, y

def print_args(*a, **k):
    return a, k

log.clear()
print(drive(calls(), "A", "B", "C"), log)


# short-circuits: a yield in an operand that is not reached never runs
def shorts(flag):
    a = flag and (yield "and")
    b = flag or (yield "or")
    c = (yield "cond-true") if flag else (yield "cond-false")
    return a, b, c

print(drive(shorts(True), "x", "y", "z"))
print(drive(shorts(False), "x", "y", "z"))
print(drive(shorts(0), "x", "y", "z"))


# comparison chains: each link's right operand once, stopping at the first false link
def chain(x):
    return t("lo", 0) < (yield "mid") < t("hi", 10) < (yield "last")

log.clear()
print(drive(chain(0), 5, 20), log)
log.clear()
print(drive(chain(0), 50, 20), log)


# containers, subscripts, slices, f-strings, comprehension iterables, walrus, unary, await-free attribute reads
def displays():
    lst = [t("l0", 0), (yield "list"), t("l2", 2)]
    tup = (yield "tuple"), 1
    d = {t("k", "k"): (yield "dict value"), (yield "dict key"): 2}
    s = {(yield "set")}
    sub = "abcdef"[(yield "start"):(yield "stop")]
    f = f"<{(yield 'fstring')!r:>6}>"
    comp = [v * 2 for v in (yield "comprehension iterable")]
    if (w := (yield "walrus")) > 3:
        walrus = w
    else:
        walrus = -w
    neg = -(yield "unary")
    attr = (yield "attr").real
    return lst, tup, d, s, sub, f, comp, walrus, neg, attr

log.clear()
print(drive(displays(), "L", "T", "DV", "DK", "S", 1, 4, "F", [1, 2], 5, 7, 3))
print(log)


# statements: if/elif/while tests, for iterables, with, return, raise, assert, augmented assignment
class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("enter", self.name)
        return self.name
    def __exit__(self, *exc):
        print("exit", self.name)

def statements():
    if (yield "if"):
        print("if taken")
    elif (yield "elif"):
        print("elif taken")
    else:
        print("else taken")
    n = 0
    while (yield ("while", n)):
        n += 1
    else:
        print("while else after", n, "rounds")
    for v in (yield "for"):
        print("for", v)
    with CM("outer") as a, CM((yield "with")) as b:
        print("in with", a, b)
    total = [10]
    total[0] += (yield "augassign subscript")
    acc = 1
    acc *= (yield "augassign name")
    assert (yield "assert")
    return total[0], acc, (yield "return")

print(drive(statements(), False, True, 1, 1, 0, "xy", "inner", 5, 6, True, "R", None))


# a while loop whose test yields, with break and continue in the body, and else not run after a break
def loop():
    i = 0
    while (yield i) != "stop":
        i += 1
        if i == 2:
            continue
        if i > 3:
            break
    else:
        print("no break")
    return i

print(drive(loop(), "a", "b", "c", "d", "e"))
print(drive(loop(), "a", "stop"))


# yield from inside an expression gives the sub-generator's return value
def sub():
    x = yield "sub 1"
    yield "sub 2"
    return x * 3

def outer():
    r = [(yield from sub()), (yield from sub())]
    return r

print(drive(outer(), 2, None, 5, None))


# throw and close reach a yield inside an expression; the temporaries do not leak
def catcher():
    while True:
        try:
            print("got", (yield "ready") + 1)
        except ValueError as e:
            print("caught", e)

g = catcher()
next(g)
g.send(1)
g.throw(ValueError("boom"))
g.close()
print("closed", next(g, "exhausted"))

def unhandled():
    return 1 + (yield)

g = unhandled()
next(g)
try:
    g.send("str")
except TypeError as e:
    print("TypeError:", e)


# the value sent in is not kept alive by the statement that used it
class Tracked:
    def __del__(self):
        print("Tracked freed")

def keeps():
    print("len", len([(yield "want")]))
    print("after statement")
    yield "end"

g = keeps()
next(g)
g.send(Tracked())
g.close()


# locals() does not show the temporaries
def loc():
    a = 1
    print(sorted(locals()), (yield))
    print(sorted(locals()))

g = loc()
next(g)
try:
    g.send(2)
except StopIteration:
    pass


# lambdas with a yield are generator functions
gen_lambda = lambda: (yield 1) + (yield 2)
g = gen_lambda()
print(next(g), g.send(10))
try:
    g.send(20)
except StopIteration as e:
    print("lambda returned", e.value)
print(list((lambda: (yield))()))
print(type(lambda: (yield)).__name__, type((lambda: (yield))()).__name__)


# a yield as a call argument (parenthesized, as the grammar requires)
def args():
    return sorted([(yield), (yield), (yield)])

print(drive(args(), 3, 1, 2))


# compile-time errors
for src in ["def f(): return [(yield) for x in y]",
            "def f(): return {(yield) for x in y}",
            "def f(): return {(yield): 1 for x in y}",
            "def f(): return ((yield) for x in y)",
            "def f(): return [x for x in y if (yield)]",
            "x = (yield)",
            "class C: x = (yield)",
            "def f(): f(yield)",
            "def f(): (yield) = 1",
            "def f(): return yield 1",
            "def f(): x = (yield) = 1"]:
    try:
        compile(src, "<src>", "exec")
        print("compiled:", src)
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
print("iterable of a comprehension:", compile("def f(): return [x for x in (yield)]", "<s>", "exec") is not None)

gc.collect()
