# The numeric protocol's methods as methods (int/float __round__, __floor__, __ceil__, __trunc__, __divmod__,
# __getnewargs__; complex's arithmetic; NoneType.__bool__), containers' __reversed__, frozenset[str],
# bytes.expandtabs; each compared with what CPython's methods answer.
import math
tests = [
 "int.from_bytes(b'\\x01\\x00', 'big')", "(5).__round__()", "round(5.5)", "(2.5).__floor__()", "(7).__divmod__(2)",
 "(7.0).__divmod__(2)", "float.fromhex('0x1.8p1')", "bytes.fromhex('0a0b')", "b'a\\tb'.expandtabs(4)", "bytearray(b'x').expandtabs()",
 "b'%d' % 5", "bytearray(b'%s') % b'x'", "list[int]", "dict[str, int]", "tuple[int, ...]", "set[int]", "frozenset[str]",
 "list(reversed({1: 2, 3: 4}))", "[].__reversed__", "{}.__reversed__", "range(5).__reversed__", "range(3).start",
 "slice(1, 5, 2).indices(10)", "slice(1, 5).start", "(3+4j).__abs__()", "(1+1j).real", "complex.__add__(1j, 2)",
 "int.__mro__", "int.__base__", "type(None).__bool__(None)",
 "(1).__trunc__()", "(1.7).__trunc__()", "(1.2).__ceil__()", "(5).__getnewargs__()",
 "math.floor(2.5)", "(lambda: 0).__code__.co_varnames", "(lambda x: 0).__code__.co_argcount",
 "classmethod(len).__func__", "staticmethod(len).__func__", "staticmethod(len)(('a',))",
]
for t in tests:
    try:
        r = eval(t)
        print(t, '->', r if not callable(r) else type(r).__name__)
    except Exception as e:
        print(t, '->', type(e).__name__, e)
print(b'a\tbc\t\n\td'.expandtabs(), b'x\ty'.expandtabs(tabsize=2), bytearray(b'\t').expandtabs(0), b'ab\tc'.expandtabs(-1))
