# Class names as CPython checks them: any str, the empty one too; a NUL is a ValueError and a lone surrogate a
# UnicodeEncodeError, at type() and at __name__ assignment; an exception's repr uses its class's __name__; chr() of any
# int out of range is the ValueError.
# Checked against CPython 3.13 (test_builtin.TestType.test_type_name).
for name in 'A', '\xc4', '\U0001f40d', 'B.A', '42', '':
    A = type(name, (), {})
    print(ascii(A.__name__), ascii(A.__qualname__), A.__module__, ascii(repr(A)), ascii(repr(A())[:22]))
for bad in ('A\x00B', 'A\udcdcB', b'A'):
    try:
        type(bad, (), {})
    except (ValueError, UnicodeEncodeError, TypeError) as e:
        print(type(e).__name__, e)
C = type('C', (), {})
for name in 'A', '\xc4', '', 'B.A':
    C.__name__ = name
    print(ascii(C.__name__), C.__qualname__)
A = type('C', (), {})
for bad in ('A\x00B', 'A\udcdcB'):
    try:
        A.__name__ = bad
    except (ValueError, UnicodeEncodeError) as e:
        print(type(e).__name__, e)
print(A.__name__)
class E(Exception): pass
E.__name__ = ''
try:
    raise E('x')
except E as e:
    print(repr(e), type(e).__name__ == '')
for v in (2**1000, -2**1000, 2**63, 2**31, -1, 0x110000, 0x10FFFF, 65, True):
    try: print(ascii(chr(v)))
    except (ValueError, OverflowError) as e: print(type(e).__name__, e)
class I:
    def __index__(self): return 66
print(chr(I()))
for bad in (1.5, 'a', None):
    try: chr(bad)
    except TypeError as e: print(e)
