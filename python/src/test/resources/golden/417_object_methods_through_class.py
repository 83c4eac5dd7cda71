# object's methods reached through a class that does not define them (C.__setattr__(obj, ...), C.__init_subclass__,
# C.__subclasshook__), as CPython's test_descr uses them; a metaclass keeps type's.
class A:
    pass
class B(A):
    def __setattr__(self, k, v):
        A.__setattr__(self, k, v * 2)
    def __getattribute__(self, k):
        return A.__getattribute__(self, k)
b = B(); b.x = 3; print(b.x)
A.__delattr__(b, 'x'); print(hasattr(b, 'x'))
print(A.__init_subclass__(), A.__subclasshook__(int), A.__setattr__ is not None, A.__format__(A(), '') .startswith('<'))
print(A.__setattr__ == object.__setattr__, A.__reduce_ex__(A(), 2)[0].__name__)
class C:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__()
        cls.tag = kw.get('tag')
class D(C, tag='t'): pass
print(D.tag)
try: A.__init_subclass__(x=1)
except TypeError as e: print('TypeError', e)
try: A.__setattr__()
except TypeError as e: print('TypeError', e)
class M(type): pass
print(M.__setattr__ is type.__setattr__ or M.__setattr__ == type.__setattr__)
try:
    class E(A, tag=1):
        pass
except TypeError as e:
    print('TypeError', e)
