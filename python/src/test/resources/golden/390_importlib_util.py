# importlib.util and importlib.machinery: spec_from_file_location, module_from_spec, exec_module, find_spec for
# loaded, own, on-path, package and dotted modules, resolve_name; exec() of source with a docstring sets __doc__.
import importlib.util, importlib.machinery, importlib, sys, os, tempfile
with tempfile.TemporaryDirectory() as d:
    p = os.path.join(d, 'dynmod.py')
    with open(p, 'w') as f:
        f.write('"""dyn doc"""\nX = 41 + 1\ndef f():\n    return __name__\n')
    spec = importlib.util.spec_from_file_location('dynmod', p)
    print(spec.name, spec.origin == p, spec.has_location, spec.parent, spec.submodule_search_locations)
    mod = importlib.util.module_from_spec(spec)
    sys.modules['dynmod'] = mod
    spec.loader.exec_module(mod)
    print(mod.X, mod.f(), mod.__doc__, mod.__file__ == p, mod.__spec__ is spec, mod.__loader__ is spec.loader)
    print(importlib.util.find_spec('dynmod') is spec)
    sys.path.insert(0, d)
    os.mkdir(os.path.join(d, 'pkg'))
    open(os.path.join(d, 'pkg', '__init__.py'), 'w').close()
    open(os.path.join(d, 'pkg', 'sub.py'), 'w').close()
    open(os.path.join(d, 'other.py'), 'w').close()
    s = importlib.util.find_spec('other')
    print(s.name, os.path.basename(s.origin), s.submodule_search_locations)
    s = importlib.util.find_spec('pkg')
    print(s.name, os.path.basename(s.origin), [os.path.basename(x) for x in s.submodule_search_locations])
    s = importlib.util.find_spec('pkg.sub')
    print(s.name, os.path.basename(s.origin), 'pkg' in sys.modules)
    sys.path.remove(d)
print(importlib.util.find_spec('no_such_module_xyz'), importlib.util.find_spec('json') is not None)
print(importlib.util.resolve_name('..b', 'a.c.d'), importlib.util.resolve_name('x', None))
try:
    importlib.util.resolve_name('.x', None)
except ImportError as e:
    print('ImportError', e)
print(importlib.machinery.SOURCE_SUFFIXES, importlib.util.spec_from_file_location('a', '/x/a.txt'))
print(importlib.util.module_from_spec(importlib.machinery.ModuleSpec('m', None)).__name__)
g = {}
exec('"""hi"""\nx = 1', g)
ns = {}
exec('"d2"', {}, ns)
print(g['__doc__'], ns)
