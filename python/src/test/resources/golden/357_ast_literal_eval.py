# ast.literal_eval as CPython 3.13's (lib/ast.py, written here: ftpython has no ast.parse): the accepted literals,
# complex sums, set(), CPython's ValueError naming the offending node and the SyntaxError of what is no expression.
import ast
for s in ['1', '-1.5', '1+2j', '(1,)', '[1, "a", b"x"]', '{1: {2, 3}}', 'set()', 'None', 'True', '  3', '"a" "b"', '-(1)', '--1', 'x', '1+1', '[1,]', '{}', '()', 'f"a"', '1_000', '0x1f', "u'x'", '3 + -4j', '{"a": 1, **x}', '', '1;2', 'set([1])', '(1, [2, (3,)])', '-0.0', "r'\\d'", '1e3', '2.5j', '-2-3j', '(\n1,\n2)', '...', 'a.b', 'x[0]', '[i for i in x]', 'lambda: 1', 'not 1', '1 < 2', '{1, 2}', "'''a\nb'''", '0o17', '0b101', '1.5e-3', '"\\u00e9"']:
    try:
        print(repr(s), repr(ast.literal_eval(s)))
    except Exception as e:
        print(repr(s), type(e).__name__, str(e).split(" at 0x")[0])
print(ast.literal_eval(ast.Constant(5)), isinstance(ast.Constant(1), ast.expr), ast.Name._fields, type(ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2j)).op).__name__)
