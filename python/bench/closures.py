# SPDX-License-Identifier: Apache-2.0
# Closure cells: 100,000 reads of a captured variable and 100,000 rebindings of a nonlocal counter (PyCell's
# getRef and swap, docs/refcount.md E37).
from harness import main


def run():
    x = 3
    n = 0

    def read():
        return x + 1

    def bump():
        nonlocal n
        for _ in range(100000):
            n += 1

    s = 0
    for _ in range(100000):
        s += read()
    bump()
    return s + n


main("closures", run)
