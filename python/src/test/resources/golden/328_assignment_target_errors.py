# CPython's SyntaxError messages for invalid assignment, augmented assignment and deletion targets (the name of
# the expression, and the "Maybe you meant ==" hint where it applies), a keyword argument before a for, and
# traceback.format_exception_only of a SyntaxError, as CPython 3.13.
for s in ["(y for y in x) = 1", "[y for y in x] = 1", "f() = 1", "1 = 1", "a + b = 1", "x if y else z = 1", "lambda: 1 = 1", "{1: 2} = 1", "{1} = 1", "None = 1", "a < b = 1", "not a = 1", "f'{x}' = 1", "(y for y in x) += 1", "[y for y in x] += 1", "f() += 1", "1 += 1", "a + b += 1", "{1} += 1", "dict(a = i for i in x)", "f(a = 1 for i in x)", "del f()", "del (y for y in x)", "for f() in x: pass", "with a as f(): pass", "a, f() = 1, 2", "[a, 1] = x", "a, b += 1", "x = y = f() = 1"]:
    try:
        compile(s, "s", "exec")
        print(s, "compiled")
    except SyntaxError as e:
        print(f"{s:28} {e.msg}")
import traceback
try:
    compile("def f(n):\n    return i*i for i in range(n)\n", "<s>", "single")
except SyntaxError as e:
    print(traceback.format_exception_only(type(e), e)[-1], end="")
