# SPDX-License-Identifier: Apache-2.0
# Exception cases after CPython's test_exceptions: chaining, finally, add_note, with_traceback, OSError.
from suite_case import T
T("exc args", lambda: (ValueError(1, 2).args, str(ValueError(1, 2)), str(ValueError()), repr(ValueError('a')), str(KeyError('k')), repr(KeyError('k'))))
T("exc eq", lambda: ValueError(1) == ValueError(1))
T("exc subclass", lambda: (issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), issubclass(RecursionError, RuntimeError), issubclass(StopIteration, Exception), issubclass(KeyboardInterrupt, Exception)))
class MyErr(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code
T("custom", lambda: (str(MyErr(3)), MyErr(3).code, MyErr(3).args, repr(MyErr(4))))
class E2(Exception):
    pass
T("custom str", lambda: (str(E2('x', 'y')), repr(E2())))
def chain():
    try:
        try:
            1 / 0
        except ZeroDivisionError as e:
            raise KeyError('k') from e
    except KeyError as k:
        return type(k.__cause__).__name__, k.__suppress_context__, type(k.__context__).__name__
T("chain", chain)
def chain2():
    try:
        try:
            1 / 0
        except ZeroDivisionError:
            raise KeyError('k') from None
    except KeyError as k:
        return k.__cause__, k.__suppress_context__, type(k.__context__).__name__
T("from none", chain2)
def fin():
    out = []
    def f():
        try:
            return 1
        finally:
            out.append('f')
    return f(), out
T("finally return", fin)
def fin2():
    def f():
        try:
            return 1
        finally:
            return 2
    return f()
T("finally overrides", fin2)
def fin3():
    def f():
        for i in range(3):
            try:
                continue
            finally:
                pass
        return i
    return f()
T("finally continue", fin3)
def fin4():
    def f():
        try:
            raise ValueError
        finally:
            return 'swallowed'
    return f()
T("finally swallows", fin4)
def exvar():
    try:
        raise ValueError
    except ValueError as e:
        pass
    try:
        return e
    except NameError as n:
        return 'unbound: ' + str(n)
T("except var deleted", exvar)
def reraise():
    try:
        try:
            raise ValueError('a')
        except ValueError:
            raise
    except ValueError as e:
        return str(e)
T("bare raise", reraise)
T("raise no active", lambda: exec('raise') if False else (lambda: (_ for _ in ()).throw(RuntimeError)) and None)
def noactive():
    raise
T("raise nothing", noactive)
T("raise non exc", lambda: (lambda: (_ for _ in ()))() and None)
def rne():
    raise 5
T("raise int", rne)
def rcls():
    raise ValueError
T("raise class", rcls)
def excgroup():
    try:
        raise KeyError('x')
    except (TypeError, KeyError) as e:
        return type(e).__name__
T("except tuple", excgroup)
def elseclause():
    out = []
    try:
        out.append(1)
    except Exception:
        out.append(2)
    else:
        out.append(3)
    finally:
        out.append(4)
    return out
T("else", elseclause)
def assertion():
    assert 1 == 2, "msg"
T("assert", assertion)
def assertion2():
    assert False
T("assert nomsg", assertion2)
T("keyerror tuple", lambda: {}[(1, 2)])
T("keyerror str", lambda: str(KeyError()))
T("index error", lambda: [][0])
T("attr error", lambda: (1).foo)
T("name error", lambda: undefined_name)
def unbound():
    x = x + 1
T("unbound local", unbound)
T("stop iteration", lambda: next(iter([])))
T("next default", lambda: next(iter([]), 'd'))
T("recursion", lambda: (lambda f: f(f))(lambda f: f(f)))
def gen_exc_in_comp():
    return [1 / x for x in (1, 0)]
T("exc in comprehension", gen_exc_in_comp)
def loop_else():
    for i in range(3):
        if i == 5:
            break
    else:
        return 'no break'
T("for else", loop_else)
def while_else():
    n = 0
    while n < 3:
        n += 1
    else:
        return n
T("while else", while_else)
def nested_break():
    r = []
    for i in range(3):
        for j in range(3):
            if j == 1:
                break
            r.append((i, j))
    return r
T("nested break", nested_break)
def exc_attrs():
    e = ValueError('x')
    e.extra = 5
    return e.extra, e.args
T("exc attrs", exc_attrs)
def exc_with_traceback():
    try:
        raise ValueError('v')
    except ValueError as e:
        return e.with_traceback(None) is e
T("with_traceback", exc_with_traceback)
def exc_notes():
    e = ValueError('v')
    e.add_note('note')
    return e.__notes__
T("add_note", exc_notes)
T("exception str of exc", lambda: str(Exception(ValueError('inner'))))
T("OSError", lambda: (str(OSError(2, 'No such')), OSError(2, 'x').errno if hasattr(OSError(2,'x'), 'errno') else None))
T("BaseException", lambda: isinstance(SystemExit(), Exception))
T("OSError 3", lambda: (str(OSError(2, 'No such', 'f.txt')), OSError(2, 'x', 'f').filename, OSError('a').errno, str(OSError(1, 2, 3, 4, 5, 6))))
def notes2():
    e = ValueError()
    e.add_note('a'); e.add_note('b')
    return e.__notes__
T("add_note twice", notes2)
T("add_note int", lambda: ValueError().add_note(1))
T("notes absent", lambda: ValueError().__notes__)
