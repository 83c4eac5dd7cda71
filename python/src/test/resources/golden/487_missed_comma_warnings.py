# CPython's compiler warnings for a literal called or subscripted: "perhaps you missed a comma?" (check_caller,
# check_subscripter, check_index; test_grammar.test_warn_missed_comma); none for an assignment's target.
import warnings
cases = ["None()", "1(2)", "'a'(1)", "(1, 2)(3)", "[1](2)", "[x for x in y]()", "{1: 2}()", "{x: 1 for x in y}()", "{1}()", "{x for x in y}()",
 "(x for x in y)()", "f'{x}'()", "(lambda: 1)()", "x()", "True()", "...()", "b''()",
 "None[1]", "1[2]", "1.5[2]", "1j[0]", "{1}[0]", "(x for x in y)[0]", "(lambda: 1)[0]", "'a'[0]", "...[0]", "True[0]",
 "'abc'['x']", "'abc'[1.5]", "b'abc'[()]", "(1, 2)[(1,)]", "[1, 2]['a']", "[x for x in y]['a']", "f'{x}'['a']", "'abc'[True]", "'abc'[1:2]", "'abc'[x]", "{1: 2}['a']",
 "[1, 2]['a'] = 3", "x = [1, 2]['a']", "(1, 2)[1.5]", "'abc'[[1]]", "'abc'[f'x']"]
for src in cases:
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter("always")
        try:
            compile(src, "<s>", "exec")
        except SyntaxError as e:
            print(src, "SyntaxError", e)
            continue
    print(repr(src), [(str(x.message), x.lineno) for x in w])
