# SPDX-License-Identifier: Apache-2.0
# Closures capturing variables, late binding, counters with nonlocal.
def make_adder(n):
    def add(x):
        return x + n
    return add
add5 = make_adder(5)
add10 = make_adder(10)
print(add5(1), add10(1), make_adder(-1)(0))
def make_counter():
    count = 0
    def inc(step=1):
        nonlocal count
        count += step
        return count
    return inc
c1 = make_counter()
c2 = make_counter()
print(c1(), c1(), c1(10), c2(), c1())
fns = []
for i in range(3):
    fns.append(lambda: i)
print([f() for f in fns])
fns2 = []
for i in range(3):
    fns2.append(lambda i=i: i)
print([f() for f in fns2])
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner
    x = "changed"
    return middle()()
print(outer())
def acc():
    items = []
    def add(v):
        items.append(v)
        return len(items)
    def get():
        return list(items)
    return add, get
add, get = acc()
add("a")
add("b")
print(get())
