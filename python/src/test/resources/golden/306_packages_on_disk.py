# Packages on disk, submodules, relative imports, circular imports and sys.modules, as CPython's import does them.
import os, sys, tempfile, shutil

root = tempfile.mkdtemp()

def write(rel, text):
    path = os.path.join(root, *rel.split('/'))
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, 'w') as f:
        f.write(text)

def rel(p):
    return None if p is None else os.path.relpath(p, root).replace(os.sep, '/')

write('pkg/__init__.py', "print('pkg init', __name__, __package__)\nVALUE = 'pkg'\nfrom . import helpers\n")
write('pkg/helpers.py', "print('helpers init', __name__, __package__)\ndef twice(x):\n    return 2 * x\n")
write('pkg/sub/__init__.py', "from .leaf import leaf_value\nfrom .. import helpers as h\nfrom ..helpers import twice\n")
write('pkg/sub/leaf.py', "leaf_value = 42\nfrom ... import pkg as _ignored\n" if False else "leaf_value = 42\n")
write('pkg/sub/deep.py', "from . import leaf\nfrom .leaf import leaf_value as lv\nfrom ..helpers import twice\nRESULT = twice(lv)\n")
write('pkg/lazy.py', "print('lazy imported')\nX = 'lazy'\n")
write('circ_a.py', "import circ_b\nA = 'a'\ndef get():\n    return circ_b.B\n")
write('circ_b.py', "import circ_a\nB = 'b'\ndef get():\n    return circ_a.A\n")
write('circ_c.py', "from circ_d import D\nC = 'c'\n")
write('circ_d.py', "from circ_c import C\nD = 'd'\n")
write('ns/portion.py', "P = 'namespace portion'\n")
write('broken.py', "X = 1\nraise ValueError('broken module')\n")
write('slow.py', "import time\nSTARTED = True\ntime.sleep(0.2)\nDONE = 'complete'\n")
write('plain.py', "Y = 'plain'\n")
write('beyond.py', "from .. import x\n")

sys.path.insert(0, root)

import pkg
print(pkg.VALUE, rel(pkg.__file__), [rel(p) for p in pkg.__path__], pkg.__package__)
print(pkg.helpers.twice(21))
import pkg.sub
print(pkg.sub.leaf_value, pkg.sub.h is pkg.helpers, pkg.sub.twice(5))
print(sorted(k for k in sys.modules if k.startswith('pkg')))
from pkg.sub import deep
print(deep.RESULT, deep.__name__, deep.__package__)
import pkg.sub.deep as d2
print(d2 is deep)
print('lazy' in dir(pkg))
from pkg import lazy
print(lazy.X, 'lazy' in dir(pkg), pkg.lazy is lazy)
import importlib
m = importlib.import_module('.leaf', 'pkg.sub')
print(m.leaf_value, m is pkg.sub.leaf)
print(importlib.import_module('pkg.helpers') is pkg.helpers)
print(__import__('pkg.sub.leaf').__name__, __import__('pkg.sub.leaf', fromlist=['x']).__name__)

import circ_a
print(circ_a.get(), circ_a.circ_b.get())
try:
    import circ_c
except ImportError as e:
    print('ImportError:', str(e).replace(root + os.sep, '<root>/'))
print('circ_c' in sys.modules, 'circ_d' in sys.modules)

import ns.portion
print(ns.portion.P, ns.__file__, [rel(p) for p in ns.__path__])

for attempt in range(2):
    try:
        import broken
    except ValueError as e:
        print('attempt', attempt, e, 'broken' in sys.modules)

try:
    import plain.child
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    import pkg.missing
except ModuleNotFoundError as e:
    print('ModuleNotFoundError:', e)
try:
    from pkg import missing
except ImportError as e:
    print(type(e).__name__ + ':', str(e).replace(root + os.sep, '<root>/'))
try:
    import beyond
except ImportError as e:
    print('ImportError:', e)
try:
    from . import anything
except ImportError as e:
    print('ImportError:', e)

class Fake:
    answer = 42
sys.modules['fake_module'] = Fake()
import fake_module
print(fake_module.answer)
del sys.modules['fake_module']

import plain
del sys.modules['plain']
import plain as plain2
print(plain2 is plain, plain2.Y)

import threading
seen = []
def importer():
    import slow
    seen.append(slow.DONE)
ts = [threading.Thread(target=importer) for _ in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(seen)

sys.path.remove(root)
for k in [k for k in sys.modules if k.split('.')[0] in ('pkg', 'circ_a', 'circ_b', 'circ_c', 'circ_d', 'ns', 'plain', 'slow')]:
    del sys.modules[k]
shutil.rmtree(root)
print('done')
