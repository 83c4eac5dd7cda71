# SPDX-License-Identifier: Apache-2.0
# and/or/not return values, short circuit, truthiness of values.
print(True and False, True or False, not True, not 0)
print(0 and 5, 3 and 5, 0 or 5, 3 or 5, "" or "dflt", [] or {} or None)
print(None and 1, 1 and None)
for v in [0, 1, -1, 0.0, 0.5, "", "a", [], [0], (), (0,), {}, {0: 0}, set(), None]:
    print(repr(v), bool(v))
calls = []
def t(v):
    calls.append(v)
    return v
r = t(0) and t(1)
print(r, calls)
calls.clear()
r = t(2) or t(3)
print(r, calls)
calls.clear()
r = t(0) or t("") or t("x") or t("y")
print(r, calls)
print(not 1 == 2, not (1 and 0), (not 1) == 0)
print(True + 1, True is True, bool("False"))
print(str(True), repr(False), int(True) * 3)
