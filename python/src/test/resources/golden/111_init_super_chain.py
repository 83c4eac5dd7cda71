# SPDX-License-Identifier: Apache-2.0
# __init__ chains with super(), default __init__ inheritance, attribute errors from missed super.
class Base:
    def __init__(self, x=0):
        self.x = x
        print("Base init", x)
class NoInit(Base):
    def show(self):
        return self.x
print(NoInit(5).show())
class Forgot(Base):
    def __init__(self):
        self.y = 1
f = Forgot()
try:
    f.x
except AttributeError as e:
    print("AttributeError:", e)
class Layer(Base):
    def __init__(self, x, y):
        super().__init__(x * 2)
        self.y = y
class Top(Layer):
    def __init__(self):
        super().__init__(3, 4)
        self.z = self.x + self.y
t = Top()
print(t.x, t.y, t.z)
try:
    Base(1, 2)
except TypeError as e:
    print("TypeError:", e)
class Empty:
    pass
try:
    Empty(1)
except TypeError as e:
    print("TypeError:", e)
