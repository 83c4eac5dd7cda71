# Compile-time errors after CPython's test_exceptions and test_syntax: break and
# continue outside a loop (in a def or class inside one too, or in a loop's
# else clause) were accepted; CPython's messages for a bare * without named
# arguments, argument unpacking order, and assignment to __debug__.
srcs = ['continue\n', 'break\n', 'if 1:\n    try:\n        continue\n    except:\n        pass\n', 'def f():\n    break\n',
        'for x in y:\n    def g():\n        continue\n', 'while 1:\n    class C:\n        break\n',
        'for x in y:\n    try:\n        pass\n    finally:\n        continue\n', 'return 1\n', 'yield 1\n',
        'async def f():\n    yield from x\n', 'def f():\n    x = 1\n    global x\n',
        'class C:\n    return 1\n', 'await x\n', 'def f(a, a): pass', 'f(**x, *y)', 'f(a=1, a=2)',
        'del f()', 'a + 1 = 2', '(a, b) += 1', 'lambda: (yield)',
        'True = 1', '__debug__ = 1', 'def f(*): pass', 'def f(*, **k): pass', 'import a.b as', 'from . import *']
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        print('ok', repr(s))
    except SyntaxError as e:
        print('SyntaxError', repr(s), '->', e.msg, e.lineno)
for s in ['f(**k, a)', 'f(a=1, b)', 'f(**k, a=1, b)', 'f(a=1, **k, b)', 'f(*a, **k, *b)', 'f(a=1, *b)',
          'for x in y:\n    pass\nelse:\n    break\n', 'while 1:\n    for x in y:\n        pass\n    else:\n        break\n',
          'for x in y:\n    if x:\n        continue\n    with z:\n        break\n',
          'async def f():\n    async for x in y:\n        break\n', 'for x in y:\n    match x:\n        case 1:\n            break\n',
          'for x in y:\n    (lambda: 1)\n    continue\n', 'def f(*,): pass', 'def f(*, a): pass']:
    try:
        compile(s, '<s>', 'exec')
        print('ok', repr(s))
    except SyntaxError as e:
        print('SyntaxError', repr(s), '->', e.msg, e.lineno)
def run():
    for i in range(3):
        try:
            if i == 1:
                continue
        finally:
            pass
        print('loop', i)
run()
