# SPDX-License-Identifier: Apache-2.0
# object() instances, default equality/identity, type() of builtins, isinstance on builtins.
o1 = object()
o2 = object()
print(o1 == o1, o1 == o2, o1 is o2, o1 != o2, id(o1) == id(o1), id(o1) == id(o2))
sentinel = object()
def lookup(d, k, default=sentinel):
    v = d.get(k, sentinel)
    if v is sentinel:
        return "missing" if default is sentinel else default
    return v
print(lookup({"a": None}, "a"), lookup({}, "a"), lookup({}, "a", 0))
for v in [1, 1.0, "s", [], (), {}, set(), None, True, object()]:
    print(type(v).__name__, end=" ")
print()
print(isinstance(1, (int, float)), isinstance(True, int), isinstance(None, object), isinstance(int, object))
print(type(1) is int, type(True) is bool, type(True) is int, type([]) == list)
print(issubclass(int, object), issubclass(ZeroDivisionError, ArithmeticError), issubclass(KeyError, LookupError))
try:
    o1.attr = 1
except AttributeError as e:
    print("AttributeError:", e)
class C:
    pass
print(C() == C(), type(C()) is C, isinstance(C(), object))
