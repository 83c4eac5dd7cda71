# PEP 701 (Python 3.12+): an f-string's fields may reuse its quotes, nest f-strings, hold backslashes, newlines and
# comments; a format spec has nested fields but no doubled braces. Also \N{...} escapes in str and f-string literals,
# and CPython's messages for malformed escapes and f-strings. Each case was run in CPython 3.13.
d = {'a': 1, 'b': [1, 2], 'k': 'v'}
x = 5
y = 3
print(f"{d["a"]}")
print(f"{f"{d["b"]}"}", f'{f'{f'{x}'}'}')
print(f'{'\n'.join(['a', 'b'])}')
print(f"{d['b'][0]:>{d['a'] + 3}}|")
print(f"{ d["a"]
  + 1 }")
print(f"""{
  d["a"]  # a comment inside a field
}""")
print("\N{EM DASH}", f"\N{EM DASH}{1}", "\N{latin small letter a}", rf"\N{x}")
print(f"{'a' 'b'}", f"{"""tri"""}", f'{"""q"""!r}')
print(f"{d!r:>40}|")
print(f"{3!=4}", f"{x==5}", f"{x=}", f"{x = }", f"{x=!s:>4}")
print(f"{(lambda: 1)()}", f"{(x:=7)}", x)
print(f"{'{'}{'}'}", f"{{}}", f"{{{x}}}")
print(rf"\d{1}\{{", f"\\{x}")
print(f"{x:{{}}}|" if False else "skip", f"{x:>{y}}", f"{x:{y}}}}")
print(f"{d['k']!r:^{len(d)*3}}")
print(f"{*d['b'], 0}")
print([f"{i}{j}" for i in "ab" for j in f"{i}{i.upper()}"])


def show(src):
    try:
        print(repr(src), '->', repr(eval(src)))
    except SyntaxError as e:
        print(repr(src), 'SyntaxError', e.msg)
    except Exception as e:
        print(repr(src), type(e).__name__, e)


for src in ['f"{x"', 'f"abc', "f'{}'", "f'{x!z}'", "f'}'", "f'{x:{y}'", 'f"""abc', "f'{)}'", "f'{x!}'",
            "f'{lambda x: 1}'", 'f"\\N{NOPE}"', 'f"{x\n}"', "f'{x=!r:>10}'", "f'{1:{2:{3}}}'", "f'{x!rr}'",
            "f'{x!r }'", "f'{x! r}'", "f'{x!r=}'", 'f"{x:{"a"}}"', "f'{'", "f'{x'", "f'{x!'", "f'{x:'",
            "f'''{\nx\n'''", "f'{*x}'", "f'{x:{{}}}'", "f'{x:=3}'", "f'{}}'", "f'{{}'", "f'{ }'", "f'{!r}'",
            "f'{:x}'", "f'{x:}}>10}'", "f'{x:{y:}}}'", "f'{x:a}}b}'", "f'{x:{y}}}'", 'f"{x # c\n}"',
            r'"ab\N{NOPE}"', r'"\x1"', r'"a\xzz"', r'"\u12"', r'"\U1234"', r'"\N"', r'"\N{abc"',
            r'f"\N{NOPE}"', r'f"a{1}\x1"', r'"\U00110000"', r'b"\x1"', r'"\x+1"']:
    show(src)
print(repr(f"{1+2 = # a comment after the = of a debug field (dropped; the newline is kept)
  }"))
