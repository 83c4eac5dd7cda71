# A method's implicit __class__, also read from a function nested in the method, and object's repr reached
# through super(). Compared with CPython 3.13.
class C:
    def m(self):
        return __class__
    def nested(self):
        def inner():
            def innermost():
                return __class__
            return innermost()
        return inner()
    def lam(self):
        return (lambda: __class__)()
    def gen(self):
        yield __class__
    def n(self):
        return super().__repr__()[:12], super().__str__()[:12]
class D(C):
    pass
print(C().m() is C, D().m() is C, C().nested() is C, D().nested() is C, C().lam() is C, next(C().gen()) is C)
print(C().n(), D().n())
class E:
    def __repr__(self):
        return "E!"
    def n(self):
        return super().__repr__()[:12]
print(E().n(), repr(E()), object.__repr__(E())[:12])
def f():
    try:
        return __class__
    except NameError as e:
        return "NameError: " + str(e)
print(f())
class F:
    __class__ = "assigned"
    def m(self):
        return __class__
print(F().m() is F, F.__dict__["__class__"])
