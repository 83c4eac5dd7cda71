# Exception chaining as CPython's _PyErr_SetObject makes it, and the lifetime of
# an exception re-raised by a bare raise in a finally clause: a raise while
# handling sets __context__ whatever it was; a raise of an exception already in
# the handled one's context chain cuts the chain there (no new cycle); a cycle
# made by assignment is kept and walked without hanging; except checks every
# entry of a tuple; e.__init__() resets args and members. The weakref checks
# show the exception (and what it holds) freed at once: a bare raise in a
# finally clause leaked the exception passing through it.
try:
    try:
        raise KeyError(1)
    except KeyError:
        raise ValueError(2)
except ValueError as v:
    a = v
print(repr(a.__context__))
try:
    raise TypeError(3)
except TypeError:
    try:
        raise a
    except ValueError as v2:
        print(repr(v2.__context__))
def cycle():
    try:
        raise ValueError(1)
    except ValueError as ex:
        ex.__context__ = ex
        raise TypeError(2)
try:
    cycle()
except Exception as e:
    exc = e
print(type(exc).__name__, repr(exc.__context__), exc.__context__.__context__ is exc.__context__)
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass
try:
    try:
        raise A
    except A as a_:
        a = a_
        try:
            raise B
        except B as b_:
            b = b_
            try:
                raise C
            except C as c_:
                c = c_
                raise a
except A as e:
    exc = e
print(exc is a, a.__context__ is c, c.__context__ is b, b.__context__)
for tup in ((ValueError, 42), 42):
    try:
        try:
            raise ValueError
        except tup:
            pass
    except TypeError as e:
        print('TypeError', e)
e = ImportError('test', name='name', path='path')
e.__init__()
print(e.args, e.msg, e.name, e.path)

import weakref, gc, sys
class O: pass
def mk():
    o = O()
    return o, weakref.ref(o)
def case1():
    o, wr = mk()
    try:
        raise ValueError(o)
    except ValueError:
        try:
            raise
        except ValueError:
            pass
    del o
    return wr() is None
def case2():
    o, wr = mk()
    try:
        raise ValueError(o)
    except ValueError:
        try:
            try:
                raise
            finally:
                pass
        except ValueError:
            pass
    del o
    return wr() is None
def case3():
    o, wr = mk()
    try:
        raise ValueError(o)
    except ValueError:
        try:
            try:
                raise
            finally:
                raise
        except ValueError:
            pass
    del o
    return wr() is None
def case4():
    o, wr = mk()
    try:
        try:
            raise ValueError(o)
        finally:
            raise
    except ValueError:
        pass
    del o
    return wr() is None
def case5():
    o, wr = mk()
    try:
        raise ValueError(o)
    except ValueError:
        try:
            try:
                raise
            finally:
                x = sys.exception()
                del x
                raise
        except ValueError:
            pass
    del o
    return wr() is None
print(case1(), case2(), case3(), case4(), case5())
