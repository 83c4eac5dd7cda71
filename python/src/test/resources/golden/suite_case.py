# SPDX-License-Identifier: Apache-2.0
# The case printer of the scripts ported from CPython's test suites (192 onwards; not a golden script itself: its
# name has no number): prints a case's result, or the name and message of the exception it raised.


def T(name, f):
    try:
        r = f()
        print(name, "->", repr(r))
    except Exception as e:
        print(name, "!!", type(e).__name__, e)
