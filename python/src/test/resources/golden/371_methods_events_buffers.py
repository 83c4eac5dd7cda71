# Bound methods answer the function's attributes (CPython's method_getattro) and show the bound object's own repr;
# threading.Event is a class that scripts subclass; bytes() and bytearray() read an array through the buffer
# protocol; struct's native 'f' packs what rounds past float's range as inf (3.13), the standard sizes refuse it.
import array
import re
import struct
import threading


class A:
    def f(self):
        "f's doc"
    f.tag = 'tagged'

    def __repr__(self):
        return 'A()'


class B:
    def g(self):
        pass


a = A()
m = a.f
print(m.__qualname__, m.__name__, m.__doc__, m.__module__, m.tag)
print(repr(m))
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(B().g)))
print(m.__func__ is A.f, m.__self__ is a, type(m).__name__)
try:
    m.missing
except AttributeError as e:
    print('AttributeError:', e)
try:
    m.tag = 1
except AttributeError as e:
    print('AttributeError:', e)


class Outer:
    class Inner:
        def h(self):
            pass


print(Outer.Inner().h.__qualname__)
print(repr([].append)[:29])

for fmt in ('f', '@f', '=f', '<f', '>f', '!f'):
    for v in (1e300, -1e300, 3.4028235e38, 3.4028236e38, float('inf')):
        try:
            print(fmt, v, struct.pack(fmt, v).hex())
        except OverflowError as e:
            print(fmt, v, 'OverflowError:', e)

for code, items in (('i', [1, -2]), ('d', [1.5]), ('B', [1, 2, 255]), ('h', [258]), ('f', [0.5])):
    arr = array.array(code, items)
    print(code, bytes(arr).hex(), bytearray(arr).hex(), bytes(arr) == arr.tobytes())


class Ev(threading.Event):
    def __init__(self):
        super().__init__()
        self.sets = 0

    def set(self):
        self.sets += 1
        super().set()


e = Ev()
print(isinstance(e, threading.Event), e.is_set(), e.wait(0))
t = threading.Thread(target=e.set)
t.start()
print(e.wait(10), e.sets, e.is_set())
t.join()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(e)))
e.clear()
print(re.sub(r'0x[0-9a-f]+', 'ADDR', repr(threading.Event())), e.is_set(), e.wait(0.01), e.wait(-1))
print(threading.Event.__module__, threading.Event.__qualname__, sorted(n for n in dir(threading.Event)
                                                                        if not n.startswith('_')))
