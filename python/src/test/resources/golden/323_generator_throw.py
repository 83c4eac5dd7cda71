# generator.throw: an exception thrown in at a yield inside an except clause gets the handled exception as its
# __context__; a class whose __new__ makes no exception has that TypeError thrown in (ending a fresh generator);
# throw(type, value, tb) is deprecated; a non-exception is refused. As CPython 3.13 runs them.
import warnings
def f():
    try:
        raise KeyError('a')
    except Exception:
        try:
            yield
        except Exception as exc:
            print(type(exc).__name__, type(exc.__context__).__name__, exc.__context__.args)
            yield 'b'
g = f(); g.send(None); print(g.throw(ValueError))

class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls
def boring():
    yield
gen = boring()
try:
    gen.throw(E)
except TypeError as e:
    print("TypeError:", e)
print(next(gen, "exhausted"))
def g2():
    try:
        yield
    except TypeError as e:
        print("inside:", e)
        yield "caught"
gen = g2(); next(gen)
print(gen.throw(E))
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    gen = boring(); next(gen)
    try:
        gen.throw(TypeError, TypeError(24), None)
    except TypeError as e:
        print("raised", e)
    print([str(x.message) for x in w], [x.category.__name__ for x in w])
try:
    boring().throw(1)
except TypeError as e:
    print("TypeError:", e)
