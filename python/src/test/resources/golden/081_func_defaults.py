# SPDX-License-Identifier: Apache-2.0
# Default arguments, keyword arguments, evaluation time of defaults, mutable default pitfall.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct
print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
counter = 10
def snap(v=counter):
    return v
counter = 20
print(snap(), snap(5))
def append_to(x, acc=[]):
    acc.append(x)
    return acc
print(append_to(1), append_to(2), append_to(3, []))
def safe_append(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_append(1), safe_append(2))
def f(a, b=2, c=3):
    return (a, b, c)
print(f(1), f(1, c=9), f(a=0), f(1, 2, 3))
