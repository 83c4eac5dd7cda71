# SPDX-License-Identifier: Apache-2.0
# Class statement keywords: metaclass=ABCMeta (a stand-in that adds ABC), metaclass=type, PEP 487 keywords for __init_subclass__.
from abc import ABCMeta, abstractmethod, ABC
class Shape(metaclass=ABCMeta):
    @abstractmethod
    def area(self):
        ...
class Sq(Shape):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
print(Sq(3).area(), isinstance(Sq(2), Shape))
try:
    Shape()
except TypeError as e:
    print("TypeError", e)
class Half(Shape):
    pass
try:
    Half()
except TypeError as e:
    print("TypeError", e)
class Plugin:
    registry = []
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry.append(cls.plugin_name)
class A(Plugin, name="alpha"):
    pass
class B(Plugin):
    pass
print(Plugin.registry, A.plugin_name, B.plugin_name)
class T(metaclass=type):
    x = 1
print(T.x, type(T).__name__)
try:
    class Bad(flag=True):
        pass
except TypeError as e:
    print("TypeError", e)
class Mixed(Sq, metaclass=ABCMeta):
    pass
print(Mixed(4).area())
