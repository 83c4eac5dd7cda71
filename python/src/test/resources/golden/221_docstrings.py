# SPDX-License-Identifier: Apache-2.0
# Docstrings: a function's __doc__, cleaned of common indentation as CPython 3.13's compiler does.
def f():
    "one"
def g():
    x = 1
    "not doc"
def h():
    """multi
    line"""
    return 1
lam = lambda: 0
print(f.__doc__, g.__doc__, repr(h.__doc__), lam.__doc__)
def k():
    """
    Title.

        indented more
    back
    """
print(repr(k.__doc__))
def m():
    '''   spaced first
       second'''
print(repr(m.__doc__))
