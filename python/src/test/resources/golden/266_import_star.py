# from m import *: a module's __all__, or its public names; the errors CPython gives for a bad __all__; only at the
# top level (a module, or exec's code), never in a function or class body. The modules are found on sys.path.
import os
import sys
import tempfile

d = tempfile.mkdtemp()
sources = {
    "starmod": '__all__ = ["shown", "also"]\nshown = 1\nalso = "two"\nhidden = 3\n',
    "plainmod": 'public_name = 10\n_private_name = 20\ndef helper():\n    return "helper"\n',
    "badall": '__all__ = ["ok", 5]\nok = 1\n',
    "missingall": '__all__ = ["there", "nothere"]\nthere = 1\n',
}
for name, text in sources.items():
    with open(os.path.join(d, name + ".py"), "w") as f:
        f.write(text)
sys.path.insert(0, d)

from math import *
print(sqrt(16), floor(2.5), pi > 3)
from starmod import *
print(shown, also)
try:
    hidden
except NameError as e:
    print("NameError", e)
from plainmod import *
print(public_name, helper())
try:
    _private_name
except NameError as e:
    print("NameError", e)
try:
    from badall import *
except TypeError as e:
    print("TypeError", e)
print(ok)
try:
    from missingall import *
except AttributeError as e:
    print("AttributeError", e)
print(there)
for code in ["def f():\n    from math import *\n", "class C:\n    from starmod import *\n"]:
    try:
        exec(code)
    except SyntaxError as e:
        print("SyntaxError", e.msg)
ns = {}
exec("from starmod import *", {}, ns)
print(sorted(ns))


def g():
    return sqrt(81), shown


print(g())
for name in sources:
    os.remove(os.path.join(d, name + ".py"))
os.rmdir(d)
