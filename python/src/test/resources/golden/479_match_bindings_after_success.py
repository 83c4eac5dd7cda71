# A case pattern binds its captures only once the whole pattern has matched (before the guard runs, so a failed
# guard leaves them bound), and an or-pattern's failed alternative binds nothing, as CPython stores captures.
# Checked against CPython 3.13 (test_patma's test_patma_246/247).
def f(x):
    match x:
        case ((a, b, c, d, e, f, g, h, i, 9) |
              (h, g, i, a, b, d, e, c, f, 10) |
              (g, b, a, c, d, -5, e, h, i, f) |
              (-1, d, f, b, g, e, i, a, h, c)):
            w = 0
    out = locals()
    del out["x"]
    return out
for r in (range(10), range(1, 11), range(0, -10, -1), range(-1, -11, -1), range(10, 20)):
    print(sorted(f(r).items()))
def g(x):
    match x:
        case [a, *rest] if a > 0:
            return ('pos', a, rest)
        case {'k': v, **kw} if v:
            return ('map', v, kw)
        case [a, b] as whole:
            return ('pair', a, b, whole)
        case _:
            return ('none', sorted(k for k in locals() if k != 'x'))
print(g([1, 2, 3]), g([-1, 5]), g({'k': 1, 'z': 2}), g({'k': 0}), g(7))
def h(x):
    match x:
        case [y, 0]:
            pass
    return 'y' in locals()
print(h([1, 0]), h([1, 1]))
