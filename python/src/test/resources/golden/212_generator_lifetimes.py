# SPDX-License-Identifier: Apache-2.0
# Generator lifetimes: recursion with yield from, closures, finally at the last reference, cycles, loops in try.
import gc, threading, weakref
class Tree:
    def __init__(self, v, kids=()):
        self.v = v
        self.kids = list(kids)
    def walk(self):
        yield self.v
        for k in self.kids:
            yield from k.walk()

t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t.walk()))

def counter():
    n = 0
    def bump():
        nonlocal n
        n += 1
        return n
    while n < 3:
        yield bump()

print(list(counter()))

class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)

def holder():
    r = Res('held')
    try:
        yield 1
        yield 2
    finally:
        print('finally of holder')

h = holder()
next(h)
del h
print('after del')

def selfref():
    me = yield
    yield me

s = selfref()
next(s)
s.send(s)
w = weakref.ref(s)
del s
gc.collect()
print('collected', w() is None)

def loop_break():
    try:
        for i in range(10):
            try:
                yield i
                if i == 2:
                    break
            finally:
                print('inner finally', i)
    finally:
        print('outer finally')
    yield 'after'

print(list(loop_break()))

def ret_in_with():
    class CM:
        def __enter__(self): return self
        def __exit__(self, *a):
            print('exit')
    with CM():
        yield 1
        return 'from with'

g = ret_in_with()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)

def raiser():
    yield 1
    1 / 0

try:
    for x in raiser():
        print('x', x)
except ZeroDivisionError as z:
    print('zde', z)

