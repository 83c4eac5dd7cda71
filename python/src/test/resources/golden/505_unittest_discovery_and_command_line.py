# unittest's discovery, its command line (names, paths of test files, -k patterns, discover -s/-p/-t) and exit
# statuses (5 when no test ran, 3.12+), and names that do not load becoming one erroring test (_FailedTest).
import io
import os
import sys
import tempfile
import unittest

root = tempfile.mkdtemp()
os.makedirs(os.path.join(root, 'proj', 'pkg', 'inner'))
os.makedirs(os.path.join(root, 'proj', 'notpkg'))


def write(rel, text):
    with open(os.path.join(root, 'proj', rel), 'w') as f:
        f.write(text)


write('test_alpha.py', 'import unittest\nclass A(unittest.TestCase):\n    def test_one(self): pass\n'
      '    def test_two(self): self.assertEqual(1, 2)\n    def helper(self): pass\n')
write('check_beta.py', 'import unittest\nclass B(unittest.TestCase):\n    def test_b(self): pass\n')
write('pkg/__init__.py', '')
write('pkg/test_gamma.py', 'import unittest\nclass G(unittest.TestCase):\n    def test_g(self): pass\n'
      '    @unittest.skip("later")\n    def test_skipped(self): pass\n')
write('pkg/inner/__init__.py', '')
write('pkg/inner/test_delta.py', 'import unittest\nclass D(unittest.TestCase):\n    def test_d1(self): pass\n'
      '    def test_d2(self): pass\n')
write('notpkg/test_hidden.py', 'import unittest\nclass H(unittest.TestCase):\n    def test_h(self): pass\n')
write('test_broken.py', 'import no_such_module_here\n')
write('test_skipmod.py', 'import unittest\nraise unittest.SkipTest("not on this platform")\n')
os.chdir(os.path.join(root, 'proj'))


def ids(suite):
    out = []
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            out.extend(ids(t))
        else:
            out.append(t.id())
    return out


loader = unittest.TestLoader()
found = loader.discover('.')
print(sorted(ids(found)))
print(sorted(ids(unittest.TestLoader().discover('.', pattern='check*.py'))))
print(sorted(ids(unittest.TestLoader().discover('pkg', top_level_dir='.'))))
try:
    unittest.TestLoader().discover('notpkg', top_level_dir='.')
except ImportError as e:
    print('ImportError', str(e).startswith('Start directory is not importable'))


def run(argv, module=None):
    stream = io.StringIO()
    prog = unittest.main(module=module, argv=argv, exit=False,
                         testRunner=unittest.TextTestRunner(stream=stream, verbosity=0))
    r = prog.result
    print(argv[1:], r.testsRun, [t.id() for t, _ in r.failures], [t.id() for t, _ in r.errors], len(r.skipped),
          r.wasSuccessful())
    return stream.getvalue()


run(['prog', 'test_alpha'])
run(['prog', 'test_alpha.A.test_one'])
run(['prog', 'test_alpha.py', 'pkg/inner/test_delta.py'])
run(['prog', '-k', 'one', 'test_alpha'])
run(['prog', '-k', '*D.test_d2', '-k', 'test_g', 'pkg.inner.test_delta', 'pkg.test_gamma'])
run(['prog', 'discover', '-p', 'check*.py'])
run(['prog', 'discover', '-s', 'pkg', '-t', '.'])
run(['prog', 'discover', 'pkg/inner', 'test_d*.py', '.'])
text = run(['prog', 'no_such_test_module'])
print('Failed to import test module: no_such_test_module' in text, 'ModuleNotFoundError' in text)
text = run(['prog', 'test_alpha.Nope'])
print("module 'test_alpha' has no attribute 'Nope'" in text)
text = run(['prog'])
print('Failed to import test module: test_broken' in text, 'not on this platform' in text)

unittest.defaultTestLoader.testNamePatterns = None
for argv, module in ((['prog', '-k', 'nothing_matches', 'test_alpha'], None), (['prog'], sys.modules[__name__]),
                     (['prog', 'check_beta'], None), (['prog', 'test_alpha'], None)):
    try:
        unittest.main(module=module, argv=argv, testRunner=unittest.TextTestRunner(stream=io.StringIO()))
    except SystemExit as e:
        print('exit', argv[1:], e.code)
    unittest.defaultTestLoader.testNamePatterns = None

os.chdir(tempfile.gettempdir())
import shutil
shutil.rmtree(root)
print(os.path.exists(root))
