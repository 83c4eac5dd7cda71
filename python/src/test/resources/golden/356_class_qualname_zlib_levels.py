# Assigning a class's __qualname__ or __module__ changes its repr (as CPython's); zlib.compressobj's bad level is a
# ValueError while zlib.compress's is zlib.error; sys.maxunicode; sys.flags has CPython's fields.
import sys, zlib
class A:
    pass
A.__qualname__ = 'B.C'
A.__module__ = 'mod'
print(repr(A), A.__qualname__, A.__module__, A.__name__)
try:
    A.__qualname__ = 5
except TypeError as e:
    print(e)
for f in (lambda: zlib.compressobj(10), lambda: zlib.compress(b'x', 10), lambda: zlib.compressobj(-2)):
    try:
        f()
    except (ValueError, zlib.error) as e:
        print(type(e).__name__, e)
print(sys.maxunicode, chr(sys.maxunicode) == '\U0010ffff', sys.flags._fields if hasattr(sys.flags, '_fields') else
      [f for f in ('debug', 'optimize', 'dev_mode', 'utf8_mode', 'int_max_str_digits') if hasattr(sys.flags, f)])
