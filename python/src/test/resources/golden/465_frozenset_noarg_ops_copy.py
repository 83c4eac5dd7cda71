# frozenset.union(), .intersection() and .difference() with no argument return a new frozenset (CPython's set_copy),
# never the frozenset itself; copy() of an exact frozenset is itself; a subclass's results are frozensets.
# Checked against CPython 3.13 (test_set's test_intersection).
s = frozenset('abc')
for name in ['intersection', 'union', 'difference', 'copy']:
    z = getattr(s, name)()
    print(name, z is s, z == s, type(z).__name__, sorted(z))
print(s.symmetric_difference(()) is s, (s | frozenset()) is s, (s & s) is s, (s - frozenset()) is s)


class F(frozenset):
    pass


f = F('ab')
for name in ['intersection', 'union', 'difference', 'copy']:
    z = getattr(f, name)()
    print(name, z is f, type(z).__name__, sorted(z))
t = {1, 2}
print(t.union() is t, type(t.union()).__name__, t.intersection() == t)
