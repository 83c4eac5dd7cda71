# A class's __dict__ is read-only, and __slots__ names must be identifiers (CPython's test_descr test_set_dict and
# test_slots). Compared with CPython 3.13.
class C:
    x = 1
for f in (lambda: setattr(C, "__dict__", {}), lambda: delattr(C, "__dict__")):
    try:
        f()
        print("allowed")
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
print(C.x, C.__dict__["x"])
for names in (["foo bar"], ["1x"], [""], ["ok", "a-b"], ("ok", "_private", "__dunder__", "ünï")):
    try:
        class S:
            __slots__ = names
        print("accepted", names)
    except TypeError as e:
        print("TypeError:", e, names)
