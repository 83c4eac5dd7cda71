# SPDX-License-Identifier: Apache-2.0
# The TypeError of a non-iterable after *: named after the callee when it is a call's sole *x (python3.13).
def f(*a): pass
class C:
    def m(self, *a): pass
for call in (lambda: f(*1), lambda: print(*1), lambda: C().m(*1), lambda: [].append(*1), lambda: C.m(C(), *1), lambda: [*1], lambda: (*None,), lambda: {*3}):
    try:
        call()
    except TypeError as e:
        print(e)
print(*[1, 2], *'ab', sep='-')
for c in (lambda: f(1, *2), lambda: f(*[1], *2), lambda: f(*1, 2), lambda: f(*1, x=2), lambda: print(*1, sep="")):
    try:
        c()
    except TypeError as e:
        print(e)
