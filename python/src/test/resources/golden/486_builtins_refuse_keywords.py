# Built-in functions that take no keyword arguments refuse them with CPython 3.13's message (test_extcall:
# id(1, **{'foo': 1})); the constructors' own messages.
import builtins
cases = {
 'abs': (-1,), 'all': ([],), 'any': ([],), 'ascii': (1,), 'bin': (1,), 'callable': (1,), 'chr': (65,), 'delattr': (1, 'x'),
 'dir': (), 'divmod': (1, 2), 'format': (1,), 'getattr': (1, 'real'), 'globals': (), 'hasattr': (1, 'x'), 'hash': (1,),
 'hex': (1,), 'id': (1,), 'isinstance': (1, int), 'issubclass': (int, int), 'iter': ([],), 'len': ([],), 'locals': (),
 'max': ([1],), 'min': ([1],), 'next': (iter([1]),), 'oct': (1,), 'ord': ('a',), 'pow': (2, 3), 'repr': (1,),
 'round': (1.5,), 'setattr': (1, 'x', 2), 'sum': ([],), 'vars': (), 
}
for name, args in cases.items():
    f = getattr(builtins, name)
    try:
        f(*args, zz=1)
        print(name, "no error")
    except TypeError as e:
        print(name, "TypeError:", e)
    except Exception as e:
        print(name, type(e).__name__)
for t, args in [(int, ('1',)), (str, (1,)), (float, (1,)), (list, ()), (tuple, ()), (dict, ()), (set, ()), (frozenset, ()), (bytes, ()), (bool, ()), (range, (1,)), (slice, (1,)), (object, ()), (type, (1,)), (complex, ()), (bytearray, ()), (enumerate, ([],)), (zip, ()), (map, (str, [])), (filter, (None, [])), (reversed, ([],)), (super, ()), (property, ()), (staticmethod, (len,)), (classmethod, (len,))]:
    try:
        t(*args, zz=1)
        print(t.__name__, "no error")
    except TypeError as e:
        print(t.__name__, "TypeError:", e)
    except Exception as e:
        print(t.__name__, type(e).__name__, e)
