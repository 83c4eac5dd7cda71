# Scopes as CPython's symbol table makes them (found by CPython's test_scope, test_global, test_named_expressions):
# global/nonlocal declaration errors, a class body's global invisible to its methods, a nested global
# declaration making exec's top-level name global, walrus in comprehensions at exec's top level and its errors.
cases = ["def f():\n    a = 1\n    global a\n",
         "def f():\n    print(x)\n    global x\n",
         "def f(p):\n    global p\n",
         "def g():\n    def f():\n        y = 1\n        nonlocal y\n    y = 2\n",
         "def g():\n    y = 0\n    def f():\n        print(y)\n        nonlocal y\n",
         "x = 1\nglobal x\n",
         "def f():\n    global x\n    global x\n    x = 1\n",
         "def f():\n    global q\n    q = 1\n    global q\n"]
for c in cases:
    try:
        compile(c, '<t>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(e.msg, e.lineno)
def m():
    exec("""if 1:
        def test(x):
            class Foo:
                global x
                def __call__(self, y):
                    return x + y
            return Foo()
        x = 0
        print(test(6)(2))
    """)
m()
local_ns = {}
global_ns = {}
exec("""if 1:
    def f():
        y = 1
        def g():
            global y
            return y
        def h():
            return y + 1
        return g, h
    y = 9
    g, h = f()
    result9 = g()
    result2 = h()
    """, local_ns, global_ns)
print(global_ns["result2"], global_ns["result9"], sorted(k for k in local_ns if k != '__builtins__'), sorted(global_ns))
g = {}
l = {}
exec("[(last := i) for i in range(3)]", g, l)
print(g.get('last'), 'last' in l)
exec("total = sum((w := k) for k in range(4))", g, l)
print(g.get('w'), l['total'])
for code in ["[i := 0 for i in range(5)]", "[x for x in (y := range(3))]",
             "{k: (k := 1) for k in range(3)}", "[[(j := 0) for i in range(2)] for j in range(2)]"]:
    try:
        compile(code, '<w>', 'exec')
        print('ok', code)
    except SyntaxError as e:
        print(e.msg)
import unittest, io, contextlib
events = []
@contextlib.contextmanager
def ctx(name):
    events.append('enter ' + name)
    yield name.upper()
    events.append('exit ' + name)
class T(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        events.append(cls.enterClassContext(ctx('class')))
    def setUp(self):
        events.append(self.enterContext(ctx('test')))
    def test_a(self):
        events.append('body')
suite = unittest.TestSuite([T('test_a')])
unittest.TextTestRunner(stream=io.StringIO()).run(suite)
print(events)
