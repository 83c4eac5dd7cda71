# An exception from __exit__ is reported on the with statement's line; a classmethod __new__ and a
# functools.partialmethod special method are bound through their descriptors, as CPython's slots do.
class CM:
    def __init__(self, fail):
        self.fail = fail
    def __enter__(self):
        return self
    def __exit__(self, *a):
        if self.fail:
            raise RuntimeError("from __exit__")
for fail_body in (False, True):
    try:
        with CM(True):
            x = 1
            if fail_body:
                raise KeyError('body')
    except RuntimeError as e:
        tb = e.__traceback__
        print(tb.tb_lineno, tb.tb_next.tb_lineno, repr(e.__context__))
import traceback
try:
    with CM(True) as c, CM(False):
        y = 2
except RuntimeError as e:
    print([f.lineno for f in traceback.extract_tb(e.__traceback__)])
class B:
    @classmethod
    def __new__(*args): return "new"
try:
    print(B())
except TypeError as e:
    print("TypeError:", e)
import functools
class A:
    __getitem__ = functools.partialmethod(lambda self, k, extra: (k, extra), extra=1)
try:
    print(A()[3])
except TypeError as e:
    print("TypeError:", e)
class Get:
    def __get__(self, obj, objtype=None):
        return lambda *a: ('bound', type(obj).__name__, a)
class U:
    __len__ = None
    __call__ = Get()
    __getitem__ = Get()
print(U()(1, 2), U()['k'])
