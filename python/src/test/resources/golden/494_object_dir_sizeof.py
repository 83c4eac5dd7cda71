# object.__dir__ (a class's own __dir__ extends super().__dir__(), as CPython's) and object.__sizeof__ (sys.getsizeof
# adds the collector's header for a container); found by calling every method of the built-in types.
class A:
    def __init__(self): self.x = 1
    def __dir__(self):
        return super().__dir__() + ['extra']
a = A()
print('extra' in dir(a), 'x' in dir(a), '__init__' in dir(a), dir(a) == sorted(dir(a)))
print(type(object.__dir__(a)).__name__, 'x' in object.__dir__(a))
import sys
print(sys.getsizeof(1) == (1).__sizeof__(), sys.getsizeof([]) - [].__sizeof__(), [1, 2].__sizeof__() > [].__sizeof__())
