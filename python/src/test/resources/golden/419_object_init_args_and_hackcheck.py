# object.__init__ refuses extra arguments as CPython's object_init (super().__init__(*args) in a class over object);
# object.__setattr__/__delattr__ refuse type objects (Carlo Verre's hack, CPython's test_descr).
def t(label, f):
    try: print(label, f())
    except Exception as e: print(label, 'EXC', type(e).__name__, e)
class A: pass
t('1', lambda: object.__init__(A(), 5))
class B:
    def __init__(self, foo): self.foo = foo
t('2', lambda: object.__init__(B(3), 5))
class C:
    def __new__(cls, foo): return object.__new__(cls)
t('3', lambda: object.__init__(C(3), 5))
class D:
    def __init__(self, *a):
        super().__init__(*a)
t('4', lambda: D(1))
t("5", lambda: type(D()).__name__)
class E(dict):
    def __init__(self, *a, **k): super().__init__(*a, **k)
t('6', lambda: E(a=1))
class F(Exception):
    def __init__(self, *a): super().__init__(*a)
t('7', lambda: F(1, 2).args)
class G:
    def __init__(self, x, **kw):
        super().__init__(**kw)
t('8', lambda: G(1, y=2))
t('9', lambda: type(G(1)).__name__)
t('10', lambda: object.__setattr__(A, 'x', 1))
t('11', lambda: object.__delattr__(str, 'lower'))
t('12', lambda: str.lower('AB'))
