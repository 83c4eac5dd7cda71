# SPDX-License-Identifier: Apache-2.0
# Generators: early return, send to a new generator, ignored GeneratorExit, yield in except and finally.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'

def genret():
    return 5
    yield

try:
    next(genret())
except StopIteration as s:
    print('value', s.value)

def sender():
    x = yield
    print('x', x)
s = sender()
try:
    s.send(1)
except TypeError as t:
    print(t)

def ignore():
    while True:
        try:
            yield
        except GeneratorExit:
            print('ignoring')

i = ignore()
next(i)
try:
    i.close()
except RuntimeError as r:
    print(r)

def handler_yield():
    try:
        raise ValueError('inside')
    except ValueError:
        yield 'in handler'
        raise

h = handler_yield()
print(next(h))
try:
    next(h)
except ValueError as v:
    print('reraised', v)

def finally_yield():
    try:
        return 'r'
    finally:
        yield 'in finally'

fy = finally_yield()
print(next(fy))
try:
    next(fy)
except StopIteration as s:
    print('finally then', s.value)

def closer():
    try:
        yield 1
    except GeneratorExit:
        return 'closing value'

cl = closer()
next(cl)
print(cl.close())

print(sum(x * x for x in count(4)))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])
