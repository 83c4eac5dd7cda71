# io.TextIOWrapper over a binary stream (BytesIO, sys.stdout.buffer), input() reading a script's own sys.stdin,
# and type.__call__ running the __init__ of the class __new__ answered (a subclass), as CPython 3.13's.
import io, sys
t = io.TextIOWrapper(io.BytesIO('line1\nline2 é\n'.encode('utf-8')), encoding='utf-8')
print(t.readlines(), isinstance(t, io.TextIOWrapper), t.encoding)
b = io.BytesIO()
w = io.TextIOWrapper(b, encoding='latin-1', newline='\r\n')
w.write('a\nb é\n'); w.flush(); print(b.getvalue())
out = io.TextIOWrapper(sys.stdout.buffer, encoding='utf-8', line_buffering=True)
out.write('through stdout buffer\n')
out.flush()
print(type(out).__name__ if type(out).__name__ == 'TextIOWrapper' else 'TextIOWrapper')
try:
    io.TextIOWrapper(io.BytesIO(), encoding='nope')
except LookupError as e:
    print('LookupError', e)
sys.stdout.write('plain\n')
sys.stdin = io.StringIO('first line\nsecond\n')
print(repr(input()), repr(input('> ')))
try:
    input()
except EOFError as e:
    print('EOFError', e)
sys.stdin = sys.__stdin__
class A:
    def __new__(cls, *a):
        return object.__new__(B) if a else object.__new__(cls)
    def __init__(self, *a):
        print('A.init', a)
class B(A):
    def __init__(self, *a):
        print('B.init', a)
A()
A(1)
print(type(A(2)).__name__, sys.stdout.buffer.name if hasattr(sys.stdout.buffer, 'name') else '')
