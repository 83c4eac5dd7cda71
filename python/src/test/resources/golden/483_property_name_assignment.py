# property.__name__ (CPython 3.13): __set_name__'s name, else the getter's; assignable to any object, None included,
# deletable; copied by getter/setter/deleter; the messages show the name's repr (test_property.test_property_name).
def getter(self):
    return 42

def setter(self, value):
    pass

class A:
    @property
    def foo(self):
        return 1

    @foo.setter
    def oof(self, value):
        pass

    bar = property(getter)
    baz = property(None, setter)
    nog = property(None)

print(A.foo.__name__, A.oof.__name__, A.bar.__name__, A.baz.__name__)
A.quux = property(getter)
print(A.quux.__name__)
A.quux.__name__ = 'myquux'
print(A.quux.__name__, A.bar.__name__)
A.quux.__name__ = None
print(A.quux.__name__)
A.quux.__name__ = 5
print(A.quux.__name__)
del A.quux.__name__
print(A.quux.__name__)  # the getter's again
try:
    property(None, setter).__name__
except AttributeError as e:
    print("AttributeError:", e)

# the messages name the property by its name's repr
for name in (None, 'zz', 7):
    A.nog.__name__ = name
    try:
        A().nog
    except AttributeError as e:
        print("AttributeError:", e)
    try:
        A().nog = 1
    except AttributeError as e:
        print("AttributeError:", e)

# copies keep the assigned name
p = property(getter)
p.__name__ = 'kept'
print(p.setter(setter).__name__, p.getter(lambda s: 0).__name__, p.deleter(None).__name__)
del p.__doc__
print(p.__doc__)

# the name is a counted reference: replaced many times, the old ones are dropped
class Name(str):
    pass
for i in range(200):
    p.__name__ = Name("n%d" % i)
print(p.__name__, type(p.__name__).__name__)
