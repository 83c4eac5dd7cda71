# PEP 654: ExceptionGroup and BaseExceptionGroup (construction, split, subgroup, derive, notes and causes kept),
# except* (naked exceptions wrapped, re-raise and new exceptions combined, the original structure kept), and the
# SyntaxErrors except* has.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(repr(eg), str(eg), eg.exceptions)
m, rest = eg.split(ValueError)
print(m, rest)
print(eg.subgroup(lambda e: isinstance(e, TypeError)))
try:
    raise eg
except* ValueError as g:
    print("caught values", g.exceptions)
except* TypeError as g:
    print("caught types", g.exceptions)
try:
    try:
        raise ExceptionGroup("x", [KeyError("k")])
    except* ValueError:
        print("no")
except ExceptionGroup as e:
    print("passed on", repr(e))
try:
    raise ValueError("plain")
except* ValueError as g:
    print("wrapped", repr(g))
print(BaseExceptionGroup.__mro__)
import traceback
def show(fn):
    try:
        fn()
        print("no exception")
    except BaseException as e:
        print(repr(e), "| context:", repr(e.__context__), "| cause:", repr(e.__cause__))
def a():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
def b():
    try:
        raise ValueError(1)
    except* ValueError:
        raise KeyError(2)
def c():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        raise KeyError(2)
def d():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), ExceptionGroup("h", [ValueError(3), OSError(4)])])
    except* ValueError as e:
        print("handler got", repr(e))
        raise
    except* OSError:
        raise KeyError(5)
def e():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        pass
def f():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    else:
        print("else")
    finally:
        print("finally")
def g():
    try:
        raise KeyError(1)
    except* ValueError:
        pass
def h():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
def i():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else ran")
def j():
    try:
        raise BaseExceptionGroup("bg", [KeyboardInterrupt()])
    except* KeyboardInterrupt as e:
        print("kb", repr(e), type(e).__name__)
def k():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* (TypeError, ValueError) as e:
        print("tuple", repr(e))
        raise RuntimeError("x") from None
def l():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
for fn in (a, b, c, d, e, f, g, h, i, j, k, l):
    print(fn.__name__, end=": ")
    show(fn)
eg = ExceptionGroup("g", [ValueError(1), ValueError(2)])
m, r = eg.split(ValueError)
print(m is eg, r)
m, r = eg.split(lambda e: isinstance(e, ValueError))
print(m is eg)
try:
    try:
        raise eg
    except* TypeError:
        pass
except ExceptionGroup as e:
    print("unmatched same:", e is eg)
try:
    try:
        raise eg
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraised all same:", e is eg, repr(e))
eg2 = ExceptionGroup("g", [ValueError(1), TypeError(2)])
try:
    try:
        raise eg2
    except* ValueError:
        raise
except ExceptionGroup as e:
    print("reraise+rest same:", e is eg2, repr(e))
def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", repr(r))
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)
attempt("msg-type", lambda: ExceptionGroup(1, [ValueError()]))
attempt("not-seq", lambda: ExceptionGroup("m", 5))
attempt("empty", lambda: ExceptionGroup("m", []))
attempt("item", lambda: ExceptionGroup("m", [ValueError(), 3]))
attempt("base-in-eg", lambda: ExceptionGroup("m", [KeyboardInterrupt()]))
attempt("beg-upgrade", lambda: type(BaseExceptionGroup("m", [ValueError()])).__name__)
attempt("beg-stays", lambda: type(BaseExceptionGroup("m", [ValueError(), SystemExit()])).__name__)
eg = ExceptionGroup("top", [ValueError("a"), ExceptionGroup("mid", [TypeError("b"), ValueError("c")]), KeyError("d")])
eg.add_note("a note")
eg.__cause__ = RuntimeError("cause")
m, r = eg.split(ValueError)
print(repr(m), repr(r))
print(m.__notes__, r.__notes__, repr(m.__cause__), m.message, str(m), len(m.exceptions))
print(repr(eg.subgroup(lambda e: isinstance(e, KeyError))), eg.subgroup(OSError))
print(repr(eg.subgroup((TypeError, KeyError))), eg.split(BaseException)[0] is eg)
print(isinstance(eg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup), ExceptionGroup.__mro__)
class MyGroup(ExceptionGroup):
    def derive(self, excs):
        return MyGroup(self.message + "!", excs)
mg = MyGroup("mine", [ValueError(1), TypeError(2)])
print(repr(mg.split(ValueError)))
try:
    raise mg
except* TypeError as g:
    print("mg handler", repr(g))
except* ValueError as g:
    print("mg values", repr(g), type(g).__name__)
def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), TypeError(2)])
        except* ValueError:
            try:
                raise OSError("inside")
            except OSError:
                print("inner plain handled")
    except* TypeError as g:
        print("outer star got", repr(g))
nested()
try:
    try:
        raise ExceptionGroup("x", [ValueError(1)])
    except* ValueError:
        print("handled")
    else:
        print("no else")
    finally:
        print("finally runs")
except Exception as e:
    print("leaked", e)
for src in ["def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n", "for i in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
            "try:\n    pass\nexcept* ValueError:\n    pass\nexcept KeyError:\n    pass\n", "try:\n    pass\nexcept*:\n    pass\n",
            "try:\n    pass\nexcept* ValueError:\n    for i in []:\n        break\n"]:
    try:
        exec(src, {})
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
def g():
    yield 1
    try:
        raise ExceptionGroup("x", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        print("in gen", repr(e))
    except* TypeError:
        pass
    yield 2
print(list(g()))
