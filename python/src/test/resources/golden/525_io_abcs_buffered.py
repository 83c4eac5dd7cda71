# io: the ABCs (IOBase, RawIOBase, BufferedIOBase, TextIOBase) with their default methods, a user's streams derived
# from them, the built-in streams registered with them; BufferedReader/BufferedWriter; a TextIOWrapper subclass over a buffer.
import io, sys
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.StringIO(), io.IOBase),
      isinstance(sys.stdout, io.TextIOBase), isinstance(io.BytesIO(), io.RawIOBase), issubclass(io.RawIOBase, io.IOBase))
class Upper(io.TextIOBase):
    def __init__(self):
        self.parts = []
    def writable(self):
        return True
    def write(self, s):
        self.parts.append(s.upper())
        return len(s)
u = Upper()
print('hello', 'world', file=u)
print(''.join(u.parts), u.closed, u.writable(), u.readable())
with u:
    pass
print(u.closed)
try:
    u.read()
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e)
class Counter(io.RawIOBase):
    def __init__(self, n):
        self.n = n
    def readable(self):
        return True
    def readinto(self, b):
        k = min(len(b), self.n)
        b[:k] = b'x' * k
        self.n -= k
        return k
print(Counter(10).read(4), Counter(5).read(), Counter(3).readall(), Counter(12).readline())
raw = io.BytesIO(b'abc\ndef\n')
br = io.BufferedReader(raw)
print(br.readline(), br.read(), br.raw is raw, br.closed)
bw = io.BufferedWriter(io.BytesIO())
bw.write(b'xyz'); bw.flush(); print(bw.raw.getvalue())
class StdIOBuffer(io.TextIOWrapper):
    def __init__(self, initial_value='', newline='\n'):
        initial_value = initial_value.encode('utf-8')
        super().__init__(io.BufferedWriter(io.BytesIO(initial_value)), 'utf-8', newline=newline)
    def getvalue(self):
        self.flush()
        return self.buffer.raw.getvalue().decode('utf-8')
s = StdIOBuffer()
s.write('line one\n'); print('two', file=s)
print(repr(s.getvalue()), isinstance(s, StdIOBuffer), isinstance(s, io.TextIOWrapper), type(s).__name__)
br = io.BufferedReader(io.BytesIO(b'a\nb\nc'))
with br:
    print(list(br), isinstance(br, io.BufferedIOBase), isinstance(br, io.IOBase), br.closed)
print(br.closed, io.BufferedReader(io.BytesIO(b'x\ny\n')).readlines())
bw = io.BufferedWriter(io.BytesIO())
bw.writelines([b'1', b'2']); bw.flush()
print(bw.raw.getvalue(), isinstance(io.BufferedRWPair(io.BytesIO(), io.BytesIO()), io.BufferedIOBase))
