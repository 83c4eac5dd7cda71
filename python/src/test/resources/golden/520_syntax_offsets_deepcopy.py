# SyntaxError positions as CPython 3.13's tokenizer and compiler give them: bad number literals, unindent, a bare
# 'except:' before another clause; deepcopy of tuples reached again through their items.
cases = [('def fact(x):\n\treturn x!\n', 2, 10), ('1 +\n', 1, 4), ('def spam():\n  print(1)\n print(2)', 3, 10),
 ('Python = "Python" +', 1, 20), ('x = "a', 1, 5), ('lambda x: x = 2', 1, 1), ('f{a + b + c}', 1, 2),
 ('[file for str(file) in []\n]', 1, 11), ('a = « hello » « world »', 1, 5), ('[\nfile\nfor str(file)\nin\n[]\n]', 3, 5),
 ('[file for\n str(file) in []]', 2, 2), ("ages = {'Alice'=22, 'Bob'=23}", 1, 9), ('match ...:\n    case {**rest, "key": value}:\n        ...', 2, 19),
 ("[a b c d e f]", 1, 2), ("for x yfff:", 1, 7), ("f(a for a in b, c)", 1, 3), ('class foo:return 1', 1, 11), ('def f():\n  continue', 2, 3),
 ('(0x+1)', 1, 3), ('x = 0xI', 1, 6), ('0010 + 2', 1, 1), ('x = 32e-+4', 1, 8), ('x = 0o9', 1, 7), ("pass\npass\npass\n(1+)\npass\npass\npass", 4, 4),
 ("(1+)", 1, 4), ("[interesting\nfoo()\n", 1, 1), ('try:\n  pass\nexcept*:\n  pass', 3, 8)]
for src, line, off in cases:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'no error')
    except SyntaxError as e:
        print(repr(src)[:30], e.lineno, e.offset, e.msg)
for src in ['0x', '0xI', '0x1I', '0x1_', '0o', '0o8', '0o1a', '0b2', '0b', '0b1z', '32e-+4', '32e', '32ea', '1e+', '1.5e-x', '0x_', '1_', '1__0', '1._1', '1if 1 else 2', '0b1if 1 else 2', '07', '1.2j3', 'x = 0xI', 'def spam():\n  print(1)\n print(2)', 'if 1:\n    a\n  b\n']:
    try:
        compile(src, '<s>', 'exec')
        print(repr(src), 'ok')
    except SyntaxError as e:
        print(repr(src), e.lineno, e.offset, e.msg)
try:
    compile('try:\n  pass\nexcept:\n  pass\nexcept ValueError:\n  pass', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
import copy
t = ([1, 2], (3, [4]))
c = copy.deepcopy(t)
print(c == t, c is t, c[0] is t[0], c[1][1] is t[1][1])
l = []
t2 = (l, 1)
l.append(t2)
c2 = copy.deepcopy(t2)
print(c2[0][0] is c2, c2[1], c2 is t2)
u = (1, 'a', (2, 3))
print(copy.deepcopy(u) is u)
