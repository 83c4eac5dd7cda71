# A mapping pattern's duplicate literal keys are a SyntaxError at compile time (equal values: 0, False, 0.0, -0, 0j
# are one key), duplicate value-pattern keys a ValueError at run time, which binds nothing. Checked against
# CPython 3.13 (test_patma's duplicate-key tests). An f-string is no literal pattern or mapping key, and (*x) needs its
# comma (CPython's SyntaxErrors).
for src in ['{"a": _, "a": _}', '{0: _, False: _}', '{0: _, 0.0: _}', '{0: _, -0: _}', '{0: _, 0j: _}', '{1: _, "1": _}', '{None: _, None: _}', '{-1: _, -1.0: _}']:
    try:
        compile("match x:\n    case %s:\n        pass\n" % src, "<s>", "exec")
        print(src, 'ok')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg, e.lineno)
class Keys:
    KEY = "a"
x = {"a": 0, "b": 1}
w = y = z = None
try:
    match x:
        case {Keys.KEY: y, "a": z}:
            w = 0
except ValueError as e:
    print('ValueError', e)
print(w, y, z)
for src in ['case f"":', 'case f"{x}":', 'case {f"": _}:', 'case (*x):', 'case (*x,):', 'case [*x]:', 'case "a" "b":', 'case {"k": _}:']:
    code = "match x:\n    %s\n        pass\n" % src
    try:
        compile(code, 'p', 'exec')
        print(src, 'ok')
    except SyntaxError as e:
        print(src, 'SyntaxError', e.msg)
x = (1,)
match x:
    case (*y,):
        print('star tuple', y)
