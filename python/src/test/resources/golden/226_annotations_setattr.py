# SPDX-License-Identifier: Apache-2.0
# Annotations recorded in class and module __annotations__; __setattr__, __delattr__, object.__setattr__, super().
class A:
    x: int
    y: str = 'a'
    def __setattr__(self, name, value):
        print('set', name, value)
        object.__setattr__(self, name, value)
    def __delattr__(self, name):
        print('del', name)
        super().__delattr__(name)
print(A.__annotations__, A.y)
a = A()
a.z = 1
setattr(a, 'w', 2)
print(a.z, a.w, a.__dict__)
del a.z
print(hasattr(a, 'z'))
class Validated:
    def __setattr__(self, name, value):
        if name == 'age' and value < 0:
            raise ValueError('age must be non-negative')
        super().__setattr__(name, value)
v = Validated()
v.age = 3
try:
    v.age = -1
except ValueError as e:
    print(e, v.age)
class Counted:
    writes = 0
    def __setattr__(self, name, value):
        type(self).writes += 1
        object.__setattr__(self, name, value)
class Sub(Counted):
    pass
s = Sub()
s.a = 1; s.b = 2
print(Counted.writes, Sub.writes, s.__dict__)
total: int = 10
count: int
print(__annotations__, total)
def f():
    local: int = 5
    other: str
    return local
print(f())
try:
    object.__setattr__(a, 1, 2)
except TypeError as e:
    print(e)
