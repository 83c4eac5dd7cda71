# A method's implicit __class__ (the class cell super() uses) is the class whose body defined it, also when a
# subclass instance calls it, and beside comprehensions in the class body, as CPython 3.13 runs it.
class C:
    def method(self):
        super()
        return __class__
    def name(self):
        super()
        return __class__.__name__
    items = [(lambda: i) for i in range(5)]
    y = [x() for x in items]


class D(C):
    def method(self):
        return (__class__, super().method())


print(C().method(), C.y, D().method(), D().name())
