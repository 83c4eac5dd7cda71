# type_new's refusals for __slots__ (CPython 3.13's test_builtin.test_bad_slots): __dict__ or __weakref__ twice,
# or where a base's instances already have one, and any slot on a subtype of int, tuple or bytes.
class B:
    pass


for bases, ns in [((), {'__slots__': b'x'}), ((int,), {'__slots__': 'x'}), ((), {'__slots__': ''}),
                  ((), {'__slots__': '42'}), ((), {'__slots__': 'x\x00y'}), ((), {'__slots__': 'x', 'x': 0}),
                  ((), {'__slots__': ('__dict__', '__dict__')}), ((), {'__slots__': ('__weakref__', '__weakref__')}),
                  ((B,), {'__slots__': '__dict__'}), ((B,), {'__slots__': '__weakref__'}),
                  ((), {'__slots__': ('a', 'a')}), ((), {'__slots__': 5}), ((), {'__slots__': [1]}),
                  ((str,), {'__slots__': ('a',)}), ((tuple,), {'__slots__': ('a',)}), ((bytes,), {'__slots__': ()}),
                  ((int,), {'__slots__': ()}), ((int,), {'__slots__': ('__dict__',)}),
                  ((int,), {'__slots__': ('__weakref__',)}), ((float,), {'__slots__': ('a',)}),
                  ((), {'__slots__': ('__dict__', '__weakref__')})]:
    try:
        type('A', bases, ns)
        print(bases, ns, 'ok')
    except (TypeError, ValueError) as e:
        print(bases, ns, type(e).__name__, e)


class A:
    __slots__ = ('__weakref__',)


class B2(A):
    __slots__ = ('x',)


class C(B2):
    __slots__ = ('__dict__',)


c = C()
c.y = 1
print(vars(c), [k for k in ('x', '__dict__', '__weakref__') if k in C.__dict__])
for name, bases, slots in [('D', (C,), ('__dict__',)), ('D2', (B2,), ('__weakref__',)),
                           ('E2', (Exception,), ('__weakref__',)), ('E3', (Exception,), ('y',))]:
    try:
        type(name, bases, {'__slots__': slots})
        print(name, 'ok')
    except TypeError as e:
        print(name, 'TypeError:', e)


class I(int):
    __slots__ = ()


try:
    class I2(I):
        __slots__ = ('a',)
except TypeError as e:
    print('TypeError:', e)


# a subclass of deque (CPython's is a C type without __dict__; ftpython's is Python) may add __dict__ (test_deque)
import collections


class DequeWithSlots(collections.deque):
    __slots__ = ('x', 'y', '__dict__')


dq = DequeWithSlots([1, 2])
dq.x = 'x'
dq.z = 'z'
print(list(dq), dq.x, dq.z)

