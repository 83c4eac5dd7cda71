# f.__call__ of functions, built-ins, methods and classes; object.__repr__ and object.__hash__ of an instance whose
# class overrides them answer object's own (as CPython 3.13's).
def f(x): return x + 1
class C:
    def __repr__(self): return 'custom ' + object.__repr__(self).split(' at ')[0]
    def __hash__(self): return 5
print(hasattr(f, '__call__'), hasattr(C, '__call__'), hasattr(len, '__call__'), hasattr(C().__repr__, '__call__'), f.__call__(1), len.__call__([1, 2]))
print(repr(C()), object.__hash__(C()) != 5, hash(C()), hasattr(C(), '__call__'), hasattr(5, '__call__'), callable(C))
print(C.__call__ is not None, type(C.__call__(C)).__name__ if False else 'ok')
