# Builtins seen through a globals dict's '__builtins__' (CPython's _PyEval_BuiltinsFromGlobals): the sandbox
# idiom eval(expr, {'__builtins__': {}}), a function keeping the builtins it was made with, mappings and modules.
try:
    eval("print", {"__builtins__": {}})
    print("no error")
except NameError as e:
    print("NameError", e)
print(eval("x + len(y)", {"__builtins__": {"len": len}}, {"x": 1, "y": [1, 2]}))
g = {'__builtins__': {'len': 5}}
exec('def f(): return len', g)
print(g['f']())
import builtins
g['__builtins__'] = builtins
print(g['f']())
import types
ns = {'__builtins__': types.MappingProxyType({'superglobal': 1})}
print(eval("superglobal", ns))
class customdict(dict):
    pass
exec("print(superglobal)" , {'__builtins__': customdict({'superglobal': 7, 'print': print})})
try:
    exec("x=1; print(x)", {'__builtins__': 123})
except TypeError as e:
    print("TypeError", e)
def outer():
    return len
print(outer.__builtins__ is builtins.__dict__, g['f'].__builtins__)
exec("def k():\n  return len\nprint(k())", {'__builtins__': {'len': 'mylen', 'print': print}})
import sys
print(sys._getframe().f_builtins is builtins.__dict__)
eg = {'__builtins__': {'print': print}, 'sys': sys}
exec("print(sys._getframe().f_builtins)", eg)
exec("print(sorted(__builtins__)[:3])", {})
try:
    exec("print(len)", {'__builtins__': None})
except TypeError as e:
    print("TypeError", e)

def safe_eval(expr, **names):
    return eval(expr, {"__builtins__": {}}, names)
print(safe_eval("a * b + 1", a=3, b=4))
for bad in ("open('x')", "__import__('os')", "len([])"):
    try:
        safe_eval(bad)
    except NameError as e:
        print("refused:", e)
g = {'__builtins__': {'len': 'mine'}}
exec('def f():\n    return len', g)
f = g['f']
g['__builtins__'] = {'len': 'other'}
print(f(), f.__builtins__)
exec('def h():\n    return len', g)
print(g['h'](), f())
gm = {'__builtins__': builtins}
exec('def m():\n    return len is builtins_len', gm)
gm['builtins_len'] = len
print(gm['m'](), gm['m'].__builtins__ is builtins.__dict__)
class Missing(dict):
    def __missing__(self, key):
        return 'missing:' + key
exec("print(nosuch)", {'__builtins__': Missing(print=print)})
class Raising:
    def __getitem__(self, key):
        if key == 'print':
            return print
        raise LookupError(key)
try:
    exec("print(nosuch)", {'__builtins__': Raising()})
except LookupError as e:
    print("LookupError", e)
