# dir() of functions, methods' functions, built-in functions' names, ints, floats, None, object, exceptions and
# their classes, as CPython 3.13 lists them (a function's __code__ and __globals__ were missing).
def f(a, b=1):
    return a


class C:
    def m(self):
        pass


e = ValueError('x')
for o in (f, lambda: 0, C().m.__func__, 1, 1.5, None, object, object(), e, BaseException):
    print(dir(o))
print([n for n in dir(len) if n in ('__call__', '__module__', '__name__', '__qualname__')])
print([n for n in dir(range(3)) if n in ('start', 'step', 'stop', 'count', 'index')])
print([n for n in dir(type) if n in ('mro', '__mro__', '__name__', '__bases__', '__base__', '__dict__', '__call__')])
