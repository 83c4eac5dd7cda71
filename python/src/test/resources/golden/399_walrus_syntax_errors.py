# The SyntaxErrors of assignment expressions (PEP 572) as CPython 3.13's symbol table and parser give them: a walrus
# anywhere in a comprehension's iterable (nested lambdas and comprehensions too), a later loop rebinding a walrus
# target, the target kinds named, mangled names spelled as written, and the missing-parentheses hint
# (cases from CPython's test_named_expressions).
cases = [
    "(lambda: x := 1)", "(1 := 1)", "(f() := 1)", "(a + b := 1)", "([a] := 1)", "(a if b else c := 1)",
    "(True := 1)", "(None := 1)", "((a, b) := 1)", "({a} := 1)", "({} := 1)", "('s' := 1)", "(a < b := 1)",
    "(... := 1)", "([i for i in x] := 1)", "(a.b := 1)", "(a[0] := 1)",
    "[i for i in (i := range(5))]", "[i for i in (lambda:(j := range(5)))()]",
    "[i for i in range(5) for j in (i := range(5))]", "[i for i in [j for j in (k := range(5))]]",
    "[i for i in [j for j in range(5) if (j := True)]]", "[i for i in [(j := True) for j in range(5)]]",
    "{i: 1 for i in {(j := True) for j in range(5)}}", "{i for i in (lambda: (j := 1))()}",
    "[i for i in range(5) if (j := 0) for j in range(5)]", "[i for i in range(5) if (j := 0) for j, k in [(0, 1)]]",
    "{i for i in range(5) if (j := 0) for j in range(5)}", "[(j := 0) for i in range(5) for j in range(5)]",
    "[i := 0, j := 1 for i, j in [(1, 2), (3, 4)]]", "[a, b for a, b in x]", "{a, b for a, b in x}",
    "[a, for a in x]",
    "class Foo:\n    def bar(self):\n        [[(__x:=2) for _ in range(2)] for __x in range(2)]\n",
    "class Foo:\n    [(42, 1 + ((( j := i )))) for i in range(5)]\n",
]
for code in cases:
    for mode in ('module', 'function'):
        src = code if mode == 'module' else 'def f():\n' + ''.join('    ' + line + '\n' for line in code.split('\n'))
        try:
            compile(src, '<case>', 'exec')
            print(mode, repr(code), 'compiles')
        except SyntaxError as e:
            print(mode, repr(code), '->', e.msg)

# and what stays legal
print([y := 5, y ** 2, y ** 3])
print([(j := i) for i in range(3)], j)
print({k: (w := k * 2) for k in range(2)}, w)
print([x for x in range(4) if (z := x) > 1], z)
def g():
    return [(n := i) for i in range(3)], n
print(g())
