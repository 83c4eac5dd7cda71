# Found by differential runs against CPython 3.13: float.hex/fromhex, iter(callable, sentinel), OSError(errno, ...)
# making the errno's subclass (PEP 3151) and the IOError/EnvironmentError aliases, and UnicodeDecodeError/EncodeError
# with CPython's five arguments, attributes, spans and messages.
for x in [1.5, -0.1, 0.0, -0.0, 1e308, 5e-324, 2.2250738585072014e-308, float("inf"), float("-inf"), float("nan"), 1.0, 3.0, 0.5, 123456.789]:
    print(x.hex(), float.fromhex(x.hex()) == x or x != x)
for s in ["0x1.8p1", "1.8p1", " -0X1P-2 ", "0x.8", "0x1.", "inf", "-Infinity", "nan", "0x1p-1074", "0x1p-1075", "0x1.fffffffffffff8p0", "0x1p1023"]:
    print(repr(s), float.fromhex(s))
for s in ["", "0x", "0xg", "1p", "0x1p1024", "0x1.0p", "."]:
    try:
        print(float.fromhex(s))
    except (ValueError, OverflowError) as e:
        print(repr(s), type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(e, e.args, e.encoding, e.start, e.end, e.reason, e.object)
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(e, e.args, e.start, e.end, e.reason)
e = OSError(2, "No such file", "f.txt")
print(type(e).__name__, e.errno, e.strerror, e.filename, e)
print(type(OSError(13, "x")).__name__, type(OSError(999, "x")).__name__, type(OSError("just msg")).__name__, type(FileNotFoundError(17, "x")).__name__)
print(IOError is OSError, EnvironmentError is OSError, issubclass(BrokenPipeError, ConnectionError))
import io
print(list(iter(io.StringIO("a\nb\n").readline, "")))
it = iter([1, 2, 3, None, 5].pop, 2)
print(list(it), list(it))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
def stopper():
    raise StopIteration
print(list(iter(stopper, 1)), type(iter(stopper, 1)).__name__)
cases = [b"\xff", b"ab\xe2\x82", b"\xe2\x28\xa1", b"\xf0\x9f\x28", b"\xed\xa0\x80", b"\xe0\x80\x80", b"\xc0\xaf", b"\xf4\x90\x80\x80", b"ok\x80ok"]
for c in cases:
    for enc in ["utf-8", "ascii"]:
        try:
            c.decode(enc)
        except UnicodeDecodeError as e:
            print(enc, c, "|", e, "|", e.start, e.end, e.reason)
for s in ["é", "aéé b", "x€", "😀y", "ab\u1234\u1235c"]:
    for enc in ["ascii", "latin-1"]:
        try:
            s.encode(enc)
        except UnicodeEncodeError as e:
            print(enc, repr(s), "|", e, "|", e.start, e.end, e.object == s)
e = UnicodeDecodeError("utf-8", b"abc", 1, 3, "custom")
print(e, e.args)
