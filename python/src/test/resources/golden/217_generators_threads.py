# SPDX-License-Identifier: Apache-2.0
# Generators: already executing, assignment targets, finally raising at close, throw before start, two threads.
import threading
def busy():
    yield 1

b = busy()
def reenter():
    yield next(r)
r = reenter()
try:
    next(r)
except ValueError as v:
    print(v)

def multi_assign():
    a = b = yield 'first'
    print(a, b)
    c, d = yield 'second'
    print(c, d)
    yield
m = multi_assign()
print(next(m))
print(m.send('val'))
print(m.send((1, 2)))

def gen_tuple():
    yield 1, 2
    yield
    yield (3)
print(list(gen_tuple()))

def ex_in_finally():
    try:
        yield 1
    finally:
        raise KeyError('fin')
e = ex_in_finally()
next(e)
try:
    e.close()
except KeyError as k:
    print('close raised', k)

def thrower():
    try:
        yield 1
    except ZeroDivisionError:
        yield 'caught zde'
t2 = thrower()
next(t2)
print(t2.throw(ZeroDivisionError))

def unstarted():
    print('never')
    yield
u = unstarted()
try:
    u.throw(IndexError('early'))
except IndexError as ie:
    print('early', ie)
print(next(u, 'exhausted'))

def shared_gen():
    for i in range(20000):
        yield i

sg = shared_gen()
results = []
errors = []
def consume():
    n = 0
    while True:
        try:
            v = next(sg)
        except StopIteration:
            break
        except ValueError as e:
            errors.append(str(e))
            continue
        n += 1
    results.append(n)
ths = [threading.Thread(target=consume) for _ in range(2)]
for th in ths: th.start()
for th in ths: th.join()
print(sum(results), set(errors) <= {'generator already executing'})

def ctx_gen():
    try:
        yield
    except Exception as e:
        print('handled', type(e).__name__)
c = ctx_gen(); next(c)
try:
    c.throw(TypeError)
except StopIteration:
    print('stopped')
print(type(c).__name__, c.__qualname__)
