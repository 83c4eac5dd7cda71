# SPDX-License-Identifier: Apache-2.0
# __new__: singletons, returning another object (no __init__), inherited __new__, super().__new__.
class Singleton:
    _instance = None
    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance
    def __init__(self, v=0):
        self.v = v
a = Singleton(1); b = Singleton(2)
print(a is b, a.v)
class Pos:
    def __new__(cls, x):
        if x < 0:
            return None
        obj = object.__new__(cls)
        obj.x = x
        return obj
print(Pos(3).x, Pos(-1))
class Other:
    def __new__(cls):
        return 42
print(Other())
class Base:
    def __new__(cls, *a):
        print('Base.__new__', cls.__name__, a)
        return super().__new__(cls)
    def __init__(self, *a):
        print('init', a)
class Child(Base):
    pass
c = Child(1, 2)
print(type(c).__name__)
class NoInit:
    def __new__(cls, value):
        o = super().__new__(cls)
        o.value = value
        return o
print(NoInit(5).value)
