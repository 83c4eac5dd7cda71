# SPDX-License-Identifier: Apache-2.0
# global and nonlocal declarations; UnboundLocalError when shadowing.
count = 0
def bump():
    global count
    count += 1
    return count
bump()
bump()
print("count", count)
def set_new():
    global created
    created = "made in function"
set_new()
print(created)
def outer():
    v = 1
    def middle():
        nonlocal v
        v += 10
        def inner():
            nonlocal v
            v *= 2
        inner()
    middle()
    return v
print(outer())
x = "global x"
def reads():
    return x
def shadows():
    x = "local x"
    return x
print(reads(), shadows(), x)
def broken():
    print(x)
    x = 1
try:
    broken()
except UnboundLocalError as e:
    print("UnboundLocalError:", e)
print(isinstance(UnboundLocalError(), NameError))
def broken2():
    y += 1
    y = 0
try:
    broken2()
except NameError as e:
    print(type(e).__name__, e)
