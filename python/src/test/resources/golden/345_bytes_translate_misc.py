# Small fixes found while writing modules: bytes.maketrans and translate (bytes and bytearray), bytes methods'
# TypeErrors for str arguments, reversed() of bytes, heapq.nlargest/nsmallest's checks in CPython's order,
# operator.index of a float.
t = bytes.maketrans(b'abc', b'xyz')
print(len(t), t[97:100], b'aabbcc'.translate(t), b'abc'.translate(None, b'b'), bytearray(b'abc').translate(t, b'a'))
print(bytearray.maketrans(b'a', b'b')[97], b'hello'.translate(None))
for bad in [lambda: b'a'.replace('a', 'b'), lambda: bytes.maketrans(b'ab', b'x'), lambda: b'a'.translate(b'short'), lambda: b'a'.split('a'), lambda: b'a'.startswith('a'), lambda: b'a' + 'a', lambda: b'x'.join(['a'])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
import heapq
try: heapq.nlargest(2.5, [1, 2, 3])
except TypeError as e: print(e)
print(list(reversed(b'abc')), list(reversed(bytearray(b'xy'))))
import heapq, operator
print(heapq.nlargest(1.0, [3, 1, 2]), heapq.nsmallest(5, [3, 1]), heapq.nsmallest(2, iter([3, 1, 2])), heapq.nlargest(0, [1]))
for f in (lambda: operator.index(1.5), lambda: heapq.nsmallest('a', [1, 2, 3])):
    try:
        f()
    except TypeError as e:
        print(e)
