# types.FunctionType(code, globals, name, argdefs, closure, kwdefaults) makes a function of another's code, with
# CPython's argument checks (a closure exactly as long as the code's free variables). Checked against CPython 3.13
# (test_funcattrs.test___builtins__ builds functions so). ftpython refuses a compiled module's code here.
import types
def f(a, b=2, *, c=3):
    return (a, b, c, X)
g = types.FunctionType(f.__code__, {'X': 'other globals'})
print(g(1, 2, c=3), g.__name__, g.__defaults__, g.__kwdefaults__)
h = types.FunctionType(f.__code__, {'X': 9}, 'renamed', (20,), None, {'c': 30})
print(h(1), h.__name__, h.__defaults__, h.__kwdefaults__, h.__module__)
def outer():
    y = 5
    def inner():
        return y
    return inner
inn = outer()
k = types.FunctionType(inn.__code__, {}, None, None, inn.__closure__)
print(k())
for args in [(f.__code__, {}, 1), (f.__code__, {}, None, [1]), (inn.__code__, {}), (inn.__code__, {}, None, None, ()),
             (inn.__code__, {}, None, None, (1,)), (1, {}), (f.__code__, []), (f.__code__, {}, None, None, None, [])]:
    try:
        types.FunctionType(*args)
        print('ok')
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(types.FunctionType(code=f.__code__, globals={'X': 0})(5, 6, c=7))
