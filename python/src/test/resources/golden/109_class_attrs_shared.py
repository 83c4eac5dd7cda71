# SPDX-License-Identifier: Apache-2.0
# Class attributes shared between instances, mutable class attribute pitfall, shadowing.
class Bag:
    items = []
    size = 0
    def add(self, x):
        self.items.append(x)
        self.size += 1
a = Bag()
b = Bag()
a.add(1)
b.add(2)
print(a.items, b.items, Bag.items, a.size, b.size, Bag.size)
class Good:
    def __init__(self):
        self.items = []
    def add(self, x):
        self.items.append(x)
g1 = Good()
g2 = Good()
g1.add(1)
print(g1.items, g2.items)
class Base:
    greeting = "hello"
    def greet(self):
        return self.greeting
class Child(Base):
    greeting = "hi"
print(Base().greet(), Child().greet())
Base.greeting = "HELLO"
print(Base().greet(), Child().greet())
del Child.greeting
print(Child().greet())
