# __index__ where CPython takes an index (found by CPython's test_index): slice bounds, slice.indices, sequence
# repetition (both orders, the dunder methods, in place), and the TypeErrors without it.
class I:
    def __init__(self, n):
        self.n = n
    def __index__(self):
        return self.n
seqs = [[0, 1, 2, 3, 4, 5], (0, 1, 2, 3, 4, 5), 'abcdef', b'abcdef', bytearray(b'abcdef'), range(6)]
for s in seqs:
    print(type(s).__name__, s[I(1):I(4)], s[I(-2):], s[::I(2)], s[I(1):None:I(-1)])
print(slice(I(1), I(5), I(2)).indices(10))
for s in seqs[:5]:
    print(s * I(2), I(2) * s, s.__mul__(I(2)), s.__rmul__(I(1)))
lst = [6, 4]
same = lst
lst *= I(2)
print(lst, lst is same, lst.__imul__(I(2)) is same, len(same))
ba = bytearray(b'ab')
ba *= I(3)
print(ba)
class NoIndex:
    pass
for expr in ("[1] * NoIndex()", "'a'[NoIndex():]", "(1, 2)[:NoIndex()]", "[].__mul__(NoIndex())"):
    try:
        print(eval(expr))
    except TypeError as e:
        print('TypeError', e)
for expr in ("[1, 2].__mul__('x')", "b'a'.__mul__('x')", "'a'.__mul__(1.5)"):
    try:
        print(eval(expr))
    except TypeError as e:
        print('TypeError', e)
