# A function call's argument errors in CPython 3.13's order and words (test_extcall): keyword errors before
# too many positional arguments, the keyword-only arguments given counted in that message, the positional-only names
# passed as keywords all named, a suggestion for a misspelt keyword; a callee with no __qualname__ named by str();
# an __iter__ that raises TypeError keeps its own error.
def f(a): pass
def g(*, kw): pass
def h(a, b=1, *, kw): pass
def k(a, *, x, y): pass
for fn, args, kw in [(f, (1, 2), {'b': 3}), (f, (1, 2), {'a': 3}), (g, (1, 2, 3), {'kw': 3}), (g, (1,), {'kw': 3}), (h, (2, 3, 4), {'kw': 4}), (k, (1, 2), {'x': 1, 'y': 2}), (k, (1, 2), {'x': 1}), (g, (1,), {})]:
    try:
        fn(*args, **kw)
    except TypeError as e:
        print(e)
class C:
    def m(self, a): pass
try: C().m(1, 2, z=1)
except TypeError as e: print(e)
class N:
    def __call__(self, *a): pass
    def __str__(self): return "N-inst"
def bad(): pass
try: N()(*5)
except TypeError as e: print(e)
try: N()(**5)
except TypeError as e: print(e)
except TypeError as e: print(e)
try: C(*5)
except TypeError as e: print(e)
class BrokenIterable1:
    def __iter__(self): raise TypeError('myerror')
try: bad(*BrokenIterable1())
except TypeError as e: print(e)
try: bad(1, *BrokenIterable1())
except TypeError as e: print(e)
try: [*BrokenIterable1()]
except TypeError as e: print(e)
try: id(1, **{'foo': 1})
except TypeError as e: print(e)
try: len([], **{'foo': 1})
except TypeError as e: print(e)
def f(a, /): pass
def g(alpha, beta): pass
def h(a, b, /, c): pass
for fn, args, kw in [(f, (), {'a': 1, 'b': 2}), (f, (), {'b': 2, 'a': 1}), (g, (1,), {'betta': 2}), (h, (1, 2), {'a': 1, 'b': 2, 'c': 3}), (h, (1, 2, 3, 4), {'z': 1}), (h, (1, 2, 3, 4), {'c': 1})]:
    try:
        fn(*args, **kw)
    except TypeError as e:
        print(e)
