# SPDX-License-Identifier: Apache-2.0
# Error messages for bad int()/float() conversions and division by zero.
def attempt(f, arg):
    try:
        print("ok", repr(f(arg)))
    except Exception as e:
        print(type(e).__name__ + ":", e)
attempt(int, "x")
attempt(int, "12.5")
attempt(int, "")
attempt(int, " 7 ")
attempt(float, "abc")
attempt(float, "1e5")
attempt(lambda s: int(s, 2), "102")
attempt(lambda s: int(s, 16), "fg")
attempt(lambda v: 1 / v, 0)
attempt(lambda v: 1 // v, 0)
attempt(lambda v: 1 % v, 0)
attempt(lambda v: 1.0 / v, 0.0)
attempt(lambda v: divmod(1, v), 0)
attempt(lambda v: 0 ** v, -1)
attempt(lambda v: int(v), float("inf"))
attempt(lambda v: int(v), float("nan"))
attempt(lambda v: int(v, 2), "")
