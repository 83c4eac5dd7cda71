# SPDX-License-Identifier: Apache-2.0
# Single inheritance, method overriding, super() with no arguments, isinstance/issubclass.
class Animal:
    def __init__(self, name):
        self.name = name
        print("Animal.__init__", name)
    def sound(self):
        return "..."
    def describe(self):
        return f"{self.name} makes {self.sound()}"
class Cat(Animal):
    def __init__(self, name, indoor):
        super().__init__(name)
        self.indoor = indoor
        print("Cat.__init__", indoor)
    def sound(self):
        return "meow"
class Lion(Cat):
    def __init__(self, name):
        super().__init__(name, False)
    def sound(self):
        return super().sound().upper() + "!"
    def describe(self):
        return "Roar. " + super().describe()
for a in [Animal("thing"), Cat("Tom", True), Lion("Leo")]:
    print(a.describe())
l = Lion("Kimba")
print(isinstance(l, Lion), isinstance(l, Cat), isinstance(l, Animal), isinstance(l, object))
print(issubclass(Lion, Animal), issubclass(Animal, Lion), issubclass(Cat, Cat), issubclass(bool, int))
print(l.indoor, type(l).__name__)
print(isinstance(l, (int, str)), isinstance(l, (int, Cat)))
