# A replaced builtins.__import__ is called by import statements as CPython calls it (name, globals, locals,
# fromlist, level); import a.b as c and from-imports take attributes of what it answers; a builtins without
# __import__ is ImportError('__import__ not found'); mock.patch('builtins.__import__') blocks imports.
import builtins
orig = builtins.__import__
seen = []
def hook(name, globals=None, locals=None, fromlist=(), level=0):
    seen.append((name, fromlist, level, locals is None, locals is globals))
    return orig(name, globals, locals, fromlist, level)
builtins.__import__ = hook
import os.path
import os.path as osp
from os import sep
def f():
    import json
    from json import dumps as d
    return d
f()
class K:
    import string
builtins.__import__ = orig
for s in seen:
    if s[0] in ('os.path', 'os', 'string') or (s[0] == 'json' and s[1] in (None, ('dumps',))):
        print(s)
print(osp.__name__ == os.path.__name__, os.__name__)
from unittest import mock
with mock.patch('builtins.__import__', side_effect=ImportError('blocked')):
    try:
        import csv
    except ImportError as e:
        print('blocked', e)
import csv
print(csv.__name__)
ns = {'__builtins__': {'__import__': lambda *a: print('custom', a[0], a[3], a[4]) or 42, 'print': print}}
try:
    exec('import zzz\nprint(zzz)\nimport a.b as c\n', ns)
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec('from q import r', ns)
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec('import foo', {'__builtins__': {}})
except ImportError as e:
    print(type(e).__name__, e)
