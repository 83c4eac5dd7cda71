# SPDX-License-Identifier: Apache-2.0
# sys.exception() and sys.exc_info() in handlers, nested handlers and generators; a bound method's __name__, __qualname__, __self__.
import sys
print(sys.exception(), sys.exc_info())
try:
    raise KeyError('k')
except KeyError:
    e = sys.exception()
    print(repr(e), sys.exc_info()[0].__name__, sys.exc_info()[1] is e)
    try:
        raise ValueError('v')
    except ValueError:
        print(repr(sys.exception()))
    print(repr(sys.exception()))
print(sys.exception())
def g():
    try:
        yield sys.exception()
    finally:
        pass
try:
    raise IndexError('outer')
except IndexError:
    print(repr(next(g())))
l = [1]
m = l.append
print(m.__name__, m.__qualname__, m.__self__ is l)
print({}.get.__qualname__, 'ab'.split.__name__)
try:
    sys.exc_info(1)
except TypeError as t:
    print(t)
