# CPython 3.13 refuses to bind __debug__ anywhere, Python 2's (and 3.14's) unparenthesized 'except A, B', empty type
# parameter lists, and a walrus, yield or await in PEP 695's annotation scopes (test_syntax's doctests).
cases = ["obj.__debug__ = 1", "(__debug__ := 1)", "del __debug__", "del a, x.__debug__", "f(__debug__=1)", "__debug__: int", "__debug__ += 1",
 "def f(*, x=lambda __debug__:0): pass", "def f(**__debug__): pass", "def f(*xx, __debug__): pass", "def f(__debug__): pass", "lambda __debug__: 0",
 "try:\n  pass\nexcept A, B:\n  pass", "try:\n  pass\nexcept A, B, C as blech:\n  pass", "try:\n  pass\nexcept* A, B:\n  pass", "try:\n  pass\nexcept (A, B) as e:\n  pass",
 "type A[] = int", "class A[]: ...", "def some[](): ...",
 "def f[T: (x:=3)](): pass", "def f[T: ((x:= 3), int)](): pass", "def f[T = ((x:=3))](): pass", "type A[T: (x:=3)] = int",
 "def f[T: (yield)](): pass", "def f[T: (int, (yield))](): pass", "def f[*Ts = (yield)](): pass", "def f[**P = [(yield), int]](): pass",
 "type A[T: (await 3)] = int", "type A = (x := 3)", "type A = (yield 3)", "class A[T]((x := 3)): ...", "class A[T]((yield from [])): ...",
 "type A[T: int = str] = list[T]", "def f[T: (int, str) = int](x: T): pass", "class A[T](list[T]): pass"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), e.msg, e.lineno)
