# breakpoint() calls sys.breakpointhook; sys.__breakpointhook__ reads $PYTHONBREAKPOINT ('0': nothing; a builtin's name
# or module.attr: call it; one that cannot be imported: a RuntimeWarning); a lost hook is a RuntimeError. Checked
# against CPython 3.13 (test_builtin.TestBreakpoint; ftpython has no pdb, the default's target).
import sys, os, warnings
print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__)
calls = []
sys.breakpointhook = lambda *a, **k: calls.append((a, k)) or 'ret'
print(breakpoint(1, x=2), calls)
sys.breakpointhook = sys.__breakpointhook__
os.environ['PYTHONBREAKPOINT'] = '0'
print(breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'builtins.int'
print(breakpoint('7'))
os.environ['PYTHONBREAKPOINT'] = 'len'
print(breakpoint([1, 2]))
os.environ['PYTHONBREAKPOINT'] = 'nosuchmodule.f'
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    print(breakpoint(), [str(x.message) for x in w], [x.category.__name__ for x in w])
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
import os, warnings, sys
sys.breakpointhook = sys.__breakpointhook__
for envar in ('.', '..', '.foo', 'foo.', '.int', 'int.', '.foo.bar', '..foo.bar', '/./', 'nosuchbuiltin', 'nosuchmodule.nosuchcallable'):
    os.environ['PYTHONBREAKPOINT'] = envar
    with warnings.catch_warnings(record=True) as w:
        warnings.simplefilter('always')
        r = breakpoint()
    print(repr(envar), r, [str(x.message) for x in w])
