# SPDX-License-Identifier: Apache-2.0
# Generator expressions are lazy generators: infinite sources, interleaving, errors at consumption, close.
def naturals():
    n = 0
    while True:
        yield n
        n += 1

squares = (n * n for n in naturals())
print(next(squares), next(squares), next(squares))
print(any(x > 10 for x in naturals()))
evens = (x for x in range(10) if x % 2 == 0)
print(evens.__name__, type(evens).__name__)
print(list(evens), list(evens))
pairs = ((a, b) for a in range(3) for b in 'xy' if a != 1)
print(list(pairs))
log = []
def src():
    for i in range(3):
        log.append(('src', i))
        yield i
g = (log.append(('use', i)) or i for i in src())
for v in g:
    log.append(('got', v))
print(log)
try:
    (1 / x for x in [1, 0])
    print('lazy: no error yet')
    list(1 / x for x in [1, 0])
except ZeroDivisionError as e:
    print('zde', e)
x = 10
print(sum(x for x in range(4)), x)
print(', '.join(str(i) for i in range(5)))
print(max((len(w), w) for w in 'the quick brown fox'.split()))
ge = (i for i in range(3))
print(next(ge)); ge.close(); print(next(ge, 'closed'))
def f():
    k = 3
    return list(k * j for j in range(3))
print(f())
print(sorted((v for v in [3,1,2]), reverse=True))
print(dict((k, v) for k, v in zip('ab', [1, 2])))
print(tuple(c for c in 'hi'), set(c for c in 'hih') == {'h', 'i'})
