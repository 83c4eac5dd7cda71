# A built-in type's method looked up on the type shows as CPython's method descriptor or slot wrapper; a cell shows
# its contents' type (or empty); a function's __doc__ is one object, as its other name attributes are.
# Checked against CPython 3.13 (test_reprlib's test_descriptors, test_cell, test_assigned_attributes).
import re

for m in [dict.items, str.split, list.append, str.upper, object.__init__, int.__add__, list.__getitem__,
          object.__repr__, object.__format__, object.__reduce_ex__, list.__reversed__, str.__len__]:
    print(repr(m))


def outer():
    x = 1

    def inner():
        return x
    return inner


def outer_empty():
    def inner():
        return y
    y = 0
    del y
    return inner


print(re.sub('0x[0-9a-f]+', '0x?', repr(outer().__closure__[0])))
print(re.sub('0x[0-9a-f]+', '0x?', repr(outer_empty().__closure__[0])))


def f():
    "doc"


print(f.__doc__ is f.__doc__, f.__name__ is f.__name__, f.__qualname__ is f.__qualname__)
x = [1]
print(re.sub('0x[0-9a-f]+', '0x?', repr(''.split)), repr(x.append).endswith(hex(id(x)) + '>'), repr(len))
