# A property whose getter raises AttributeError falls back to the class's __getattr__ (getattr, hasattr, attribute
# reads), as CPython 3.13's slot_tp_getattr_hook; other errors and classes without __getattr__ are unchanged.
class X:
    @property
    def p(self):
        raise AttributeError('inner')
    @property
    def q(self):
        return 'q'
    def __getattr__(self, n):
        return 'fallback ' + n
x = X()
print(x.p, x.q, x.zz, getattr(x, 'p'), hasattr(x, 'p'))
class Y:
    @property
    def p(self):
        raise AttributeError('no fallback here')
try:
    Y().p
except AttributeError as e:
    print('AttributeError', e)
class Z:
    @property
    def p(self):
        raise KeyError('k')
    def __getattr__(self, n):
        return 'never'
try:
    Z().p
except KeyError as e:
    print('KeyError', e)
