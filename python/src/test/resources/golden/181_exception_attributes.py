# SPDX-License-Identifier: Apache-2.0
# __cause__, __context__ and __suppress_context__ as CPython 3.13 reads and sets them
try:
    raise ValueError('x') from KeyError('k')
except ValueError as e:
    print(repr(e.__cause__), e.__suppress_context__, e.__context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError('inner') from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__, repr(e.__context__))
e = ValueError()
print(e.__cause__, e.__context__, e.__suppress_context__)
for attr in ('__cause__', '__context__'):
    try:
        setattr(e, attr, 5)
    except TypeError as x:
        print(x)
e.__cause__ = KeyError('c')
print(repr(e.__cause__), e.__suppress_context__)
e.__suppress_context__ = False
print(e.__suppress_context__)
e.__context__ = TypeError('t')
e.__cause__ = None
print(e.__cause__, repr(e.__context__), e.__suppress_context__)
