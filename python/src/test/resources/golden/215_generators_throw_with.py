# SPDX-License-Identifier: Apache-2.0
# Generators: throw (one and three arguments), for/else and break inside, with statements, PEP 479.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'

def catcher():
    while True:
        try:
            yield 'ready'
        except ValueError as ex:
            print('caught', ex)
            yield 'handled'

c = catcher()
print(next(c))
print(c.throw(ValueError('boom')))
print(next(c))
print(c.throw(ValueError, 'again'))
try:
    c.throw(KeyError('k'))
except KeyError as k:
    print('propagated', repr(k))
print(list(c))

def gen_for(items):
    for i, x in enumerate(items):
        if x % 2:
            yield i, x
        else:
            continue
    else:
        yield 'else'

print(list(gen_for([1, 2, 3, 4, 5])))

def nested():
    for i in range(3):
        for j in range(3):
            if j > i:
                break
            yield (i, j)

print(list(nested()))

def with_gen():
    class CM:
        def __enter__(self):
            print('enter')
            return self
        def __exit__(self, *a):
            print('exit', a[0])
            return False
    with CM() as cm:
        yield 1
        yield 2

w = with_gen()
print(next(w))
print(next(w))
print(next(w, 'end'))
w = with_gen()
next(w)
w.close()

def stopper():
    yield 1
    raise StopIteration('x')

try:
    list(stopper())
except RuntimeError as r:
    print('RuntimeError', r, type(r.__cause__).__name__)

g = count(3)
print(g.__name__, type(g).__name__, iter(g) is g)
print(g.gi_running)

