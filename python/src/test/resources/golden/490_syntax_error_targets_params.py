# CPython 3.13's SyntaxErrors for invalid del and assignment targets (the first bad item, where it starts), a keyword
# argument that is an expression, an unterminated string with an escaped quote, and invalid parameter lists of def and
# lambda in the grammar's order (test_syntax's doctests).
cases = ["del (1, 2)", "del [a, b, ((c), (d,), e.f())]", "del (a + b, c)", "del (c[0], a + b)", "del (a, b, (c, d.e.f + 2))", "del (a := 5)", "del a += b", "del (*x)", "del (*x,)", "del *x",
 "(1, 2) = 3", "[a, f()] = 3", "(a, b + 1) = 3", "for (a, 1) in x: pass", "with x as (a, 1): pass", "(a, 1) += 2", "[x for (a, 1) in y]",
 "print(end1 + end2 = ' ')", "f(a.b=1)", "f(a[0]=1)", "f(True=1)", "f(x()=1)", "f(a, b+1=2)",
 '"blech\\"', "'abc\\'", "x = 'abc\\'\ny = 1"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
cases2 = """def foo(/,a,b=,c): pass
def foo(a,/,/,b,c): pass
def foo(a,/,a1,/,b,c): pass
def foo(a=1,/,/,*b,/,c): pass
def foo(a,/,a1=1,/,b,c): pass
def foo(a,*b,c,/,d,e): pass
def foo(a=1,*b,c=3,/,d,e): pass
def foo(a,*b=3,c): pass
def foo(a,*b: int=,c): pass
def foo(a,**b=3): pass
def foo(a,**b: int=3): pass
def foo(a,*a, b, **c, d): pass
def foo(a,*a, b, **c, d=4): pass
def foo(a,*a, b, **c, *d): pass
def foo(a,*a, b, **c, **d): pass
def foo(a=1,/,**b,/,c): pass
def foo(*b,*d): pass
def foo(a,*b,c,*d,*e,c): pass
def foo(a,b,/,c,*b,c,*d,*e,c): pass
def foo(a,b,/,c,*b,c,*d,**e): pass
def foo(a=1,/*,b,c): pass
def foo(a=1,d=,c): pass
def foo(a,d=,c): pass
def foo(a,d: int=,c): pass
def foo(a, (b, c)): pass
def foo(a, *a): pass
def foo(*a, a): pass
def foo(a, a): pass
def foo(a, *, a): pass
def foo(a, **a): pass
def foo(a, /, b, *, c, **d): pass
def foo(*, a): pass
def foo(*): pass
def foo(*,): pass
def foo(*, **k): pass
def foo(**k,): pass
def foo(a, /): pass
def foo(a, /,): pass
lambda /,a,b,c: None
lambda a,/,/,b,c: None
lambda a,/,a1,/,b,c: None
lambda a=1,/,/,*b,/,c: None
lambda a,/,a1=1,/,b,c: None
lambda a,*b,c,/,d,e: None
lambda a=1,*b,c=3,/,d,e: None
lambda a=1,/*,b,c: None
lambda a,*b=3,c: None
lambda a,**b=3: None
lambda a, *a, b, **c, d: None
lambda a,*a, b, **c, d=4: None
lambda a,*a, b, **c, *d: None
lambda a,*a, b, **c, **d: None
lambda a=1,/,**b,/,c: None
lambda *b,*d: None
lambda a,*b,c,*d,*e,c: None
lambda a,b,/,c,*b,c,*d,*e,c: None
lambda a,b,/,c,*b,c,*d,**e: None
lambda a=1,d=,c: None
lambda a,d=,c: None
lambda x, (y, z), w: None
lambda (x, y, z, w): None
lambda x, (y, z, w): None
lambda (x, y, z), w: None
lambda a, a: None
lambda a, /, b=1, *c, d, **e: None""".split("\n")
for src in cases2:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno, e.offset)
