# A property's doc follows its getter, as CPython's property_copy: a copy made by getter() takes the new getter's
# doc when the old doc was the old getter's; a getter whose __doc__ raises AttributeError gives no doc
# (test_property).
class BaseClass:
    @property
    def spam(self):
        """BaseClass.getter"""
        return 1
class SubClass(BaseClass):
    @BaseClass.spam.getter
    def spam(self):
        """SubClass.getter"""
        return 2
print(SubClass.spam.__doc__, SubClass().spam, BaseClass.spam.__doc__)
class Explicit:
    spam = property(lambda self: 1, doc="explicit")
class ExplicitSub(Explicit):
    @Explicit.spam.getter
    def spam(self):
        """not taken"""
        return 2
print(ExplicitSub.spam.__doc__)
class Override(BaseClass):
    @BaseClass.spam.getter
    def spam(self):
        return 3
print(Override.spam.__doc__)
class NoDoc:
    @property
    def __doc__(self):
        raise AttributeError
print(property(NoDoc()).__doc__)
p = property(lambda s: 1)
print(p.__doc__, p.setter(lambda s, v: None).__doc__)
def g(self):
    "g's doc"
q = property(g)
print(q.__doc__, q.setter(lambda s, v: None).__doc__, q.getter(lambda s: 0).__doc__)
