# A SyntaxError's end (end_lineno, end_offset) as CPython 3.13's parser gives it for errors it places at a
# node or a statement, and the carets a traceback draws from offset to end_offset.
import traceback

sources = [
    "x = (1 +\n",
    "a b c\n",
    "  x = 1\n",
    "f(a for a in b, c)\n",
    "f(x, y for y in z)\n",
    "x = 1 +* 2\n",
    "\tif x\n",
    "print 'x'\n",
    "print 'x' + 'y' ; z = 1\n",
    "exec 'code'\n",
    "True = 1\n",
    "f() = 1\n",
    "[a, b] += 1\n",
    "del f()\n",
    "x = [1, 2\n",
    "if x:\npass\n",
]
for src in sources:
    try:
        compile(src, "bad.py", "exec")
    except SyntaxError as e:
        print(repr(src), e.args[1][1:3], e.args[1][4:])
        print(''.join(traceback.format_exception_only(e)), end='')
