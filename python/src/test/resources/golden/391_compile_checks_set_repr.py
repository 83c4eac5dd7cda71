# Compile-time errors for a repeated keyword argument and duplicate parameter names (with *args/**kw); a set in
# its own repr prints set(...); generator.throw(type, value, tb) with a real traceback; slices are hashable.
for src in ["f(k=1, k=2)", "def f(a, *a): pass", "lambda a, **a: 0", "def f(*a, a): pass", "def f(*a, **a): pass",
            "def f(a, *, b, **b): pass", "f(**{}, k=1, k=2)", "f(a=1, b=2)", "def f(a, /, *b, **c): pass"]:
    try:
        compile(src, "<s>", "exec"); print("compiled   ", src)
    except SyntaxError as e:
        print("SyntaxError", src, "->", e.msg)
class W:
    def __repr__(self): return repr(self.value)
w = W(); s = {w}; w.value = s
print(repr(s))
f = frozenset([W()]); list(f)[0].value = f; print(f)
print({1.5, 'a', (1, 2), None, 3} == {3, None, (1, 2), 'a', 1.5}, repr({0.1}), repr(frozenset({'x'})), set(), frozenset())
l = [{1}]
print(l, {frozenset({2})})
import sys
import warnings
warnings.simplefilter('ignore', DeprecationWarning)
def gen():
    while True:
        try:
            yield 1
        except ValueError as e:
            print("caught", repr(e), e.__traceback__ is not None)
g = gen()
next(g)
try:
    raise ValueError("x")
except ValueError:
    g.throw(*sys.exc_info())
try:
    g.throw(ValueError, ValueError('y'), 5)
except TypeError as e:
    print("TypeError:", e)
print(hash(slice(1, 2)) == hash(slice(1, 2)), {slice(1, 2): 'found'}.get(slice(1, 2)), slice(1, 2) == slice(1, 2))
try:
    hash(slice([1], 2))
except TypeError as e:
    print("TypeError:", e)
