# SPDX-License-Identifier: Apache-2.0
# Class definition, __init__, instance and class attributes, methods, type names.
class Dog:
    species = "canis"
    count = 0
    def __init__(self, name, age=1):
        self.name = name
        self.age = age
        Dog.count += 1
    def speak(self):
        return self.name + " says woof"
    def birthday(self):
        self.age += 1
        return self
d1 = Dog("Rex")
d2 = Dog("Fido", 4)
print(d1.speak(), d2.speak(), Dog.count)
print(d1.birthday().birthday().age, d2.age)
print(d1.species, Dog.species, type(d1).__name__, isinstance(d1, Dog), isinstance(5, Dog))
d1.species = "own"
print(d1.species, d2.species, Dog.species)
Dog.species = "lupus"
print(d1.species, d2.species)
d2.nick = "F"
print(d2.nick, hasattr(d1, "nick"), hasattr(d2, "nick"))
m = d1.speak
print(m(), Dog.speak(d2))
print(type(Dog).__name__, Dog.__name__)
