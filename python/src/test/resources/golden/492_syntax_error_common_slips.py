# CPython 3.13's parser messages for common slips (test_syntax's doctests): import forms, 'not' after an operator, an
# 'if' expression without 'else', 'in' missing in a comprehension, a forgotten comma inside brackets, keyword
# argument slips, '=' where '==' was meant, def without '(', dict display slips; 'async for' outside an async
# function reports its block's IndentationError first.
cases = ["import", "from i import", "from .. import", "from t import x,", "from t import x,y,", "import a from b", "import a.y.z, b from c as d", "import a as b from c",
 "3 + not 3", "3 * not 3", "+ not 3", "~ not 3", "3 + - not 3", "x = 3 + (not 3)", "a = 42 if True", "a = (42 if True)", "a = [1, 42 if True, 4]", "x = 1 if y else 2",
 "[x for x if range(1)]", "tuple(x for x if range(1))", "[x for a, b, (c + 1, d()) if y]", "[x for x in y if z]",
 "[1, 2 3]", "{1, 2 3}", "{1:2, 2:5 3:12}", "(1, 2 3)", "f(a b)", "f(a, b=1 c)", "print('a' 'b')", "[match x]", "x = [a for a in b]",
 "f(a=)", "f(a, b, c=)", "f(a, b, c=, d)", "f(*args=[0])", "f(a, b, *args=[0])", "f(**kwargs={'a': 1})", "f(x, *)", "f(x = 5, *)", "f(x, *:)",
 "if x = 3:\n pass", "while x = 3:\n pass", "if x.a = 3:\n pass", "if x[0] = 3:\n pass", "(x, y, z=3, d, e)", "[z=3]", "{z=3}", "{x, y, z=3, d, e}", "if x == 3:\n pass",
 "def f:\n pass", "def f -> int:\n pass", "async def f:\n pass",
 "{1:2, 3:4, 5}", "{1:2, 3:4, 5:}", "{1: *12+1, 23: 1}", "{1: *12+1}", "{1:}", "{**a, 1: 2}", "{1: 2, **a}",
 "async for x in range(10):\npass", "async with A:\npass", "async for x in y:\n  pass", "async with a:\n  pass"]
for src in cases:
    try:
        compile(src, "<s>", "exec")
        print(repr(src), "ok")
    except SyntaxError as e:
        print(repr(src), type(e).__name__, e.msg, e.lineno)
