# Grammar edges after CPython 3.13's test_grammar: parenthesized with items
# without 'as' (the first alternative of with_stmt), an annotated assignment's
# starred right side, the targets an annotation refuses, a bare generator
# expression beside other arguments, number literals' digits and underscores
# (CPython's tokenizer messages), a keyword right after a number, and a class's
# own __annotations__ (never a base's).
import contextlib
@contextlib.contextmanager
def manager(v=1):
    print('enter', v)
    yield v
    print('exit', v)
with (manager(1), manager(2)):
    print('body')
with (manager(3) as a, manager(4)):
    print('body', a)
with (manager(5)):
    print('one')
with (manager(6),):
    print('trailing comma')
try:
    with (manager(7), manager(8)) as x:
        pass
except Exception as e:
    print(type(e).__name__, e)
from typing import Tuple
ns = {'a': 1, 'b': [2, 3], 'c': 4, 'Tuple': Tuple}
exec('x: Tuple[int, ...] = a,*b,c', ns)
print(ns['x'])
def t(src):
    try:
        compile(src, '<s>', 'exec')
        print('ok', repr(src))
    except SyntaxError as e:
        print('SyntaxError', repr(src), e.msg)
for src in ('[x, 0]: int', 'x, y: int', '(x): int = 1', 'f(): int', 'foo(100, x for x in range(10))',
            'foo(x for x in range(10), 100)', 'foo(x for x in range(10))', 'foo(a=1, *(x for x in y))',
            'foo(k=1, x for x in y)', '0b12', '0b1_', '0o8', '0o', '0x', '0xg', '0b1a', '0x1for x in y',
            '1if 1else 0', '[0x1for x in ()]', '1_000', '1__000', '1_', '0_7', '09_99', '0x_f', '0xf_',
            '1e_1', '1_e1', '1.0_1', '1._1'):
    t(src)
class A:
    attr: int
class B(A):
    pass
class C(A):
    x: str
print(A.__annotations__, B.__annotations__, C.__annotations__, 'x' in B.__dict__, '__annotations__' in B.__dict__)
print(1if 1else 0, [0x1for x in (1,2)])
