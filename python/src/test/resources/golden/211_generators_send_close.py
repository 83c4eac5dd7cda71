# SPDX-License-Identifier: Apache-2.0
# Generators: next and its default, send, return values as StopIteration.value, close running finally, yield from.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'done'

print(list(count(5)))
g = count(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print('stop', e.value)
print(next(g, 'default'))

def echo():
    received = []
    while True:
        x = yield len(received)
        if x is None:
            break
        received.append(x)
    return received

e = echo()
print(next(e))
print(e.send('a'))
print(e.send('b'))
try:
    e.send(None)
except StopIteration as s:
    print('returned', s.value)

def fin():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')

f = fin()
print(next(f))
f.close()
print('closed')
f = fin()
for v in f:
    print('v', v)

def inner():
    x = yield 1
    print('inner got', x)
    yield 2
    return 'inner-result'

def outer():
    r = yield from inner()
    print('outer got', r)
    yield from [10, 20]
    yield from range(3)

o = outer()
print(next(o))
print(o.send('hello'))
print(list(o))

