# Parsing and compile-time edges from CPython's test_grammar, test_unicode_identifiers and test_opcodes: starred
# items in a for loop's iterable, identifiers beyond the BMP and their NFKC normalization (PEP 3131), a SyntaxError
# raised by an import inside a function's try, SyntaxError's str naming the file's basename, and the empty
# __annotations__ a module or class body with annotations has before its first one (SETUP_ANNOTATIONS).
a, b, c = [1, 2], (3,), range(4, 6)
for x in *a, *b, *c:
    print(x, end=' ')
print()
for x in 0, *a:
    print(x, end=' ')
print()
try:
    compile('for x in *a: pass', '<s>', 'exec')
except SyntaxError as e:
    print(e.msg)

class T:
    ä = 1
    µ = 2
    蟒 = 3
    x󠄀 = 4
print(getattr(T, '\xe4'), getattr(T, '\u03bc'), getattr(T, '\u87d2'), getattr(T, 'x\U000E0100', None), hasattr(T, 'µ'))
def f():
    𝔘𝔫𝔦𝔠𝔬𝔡𝔢 = 1
    return 'Unicode' in dir()
print(f())
for src in ('€ = 2', 'a = 1\nb = ¢'):
    try:
        compile(src, '/some/dir/bad.py', 'exec')
    except SyntaxError as e:
        print(e.msg, e.lineno, e.offset, '|', str(e), '|', e.filename)

def g():
    try:
        exec('x = = 1')
    except SyntaxError as e:
        return 'caught ' + str(e)
print(g())

print('__annotations__' in dir())
__annotations__['early'] = 1
y: int = 5
class C:
    print(__annotations__)
    v: str
    if True:
        w: float = 1.0
print(__annotations__, C.__annotations__)
class D:
    pass
print('__annotations__' in D.__dict__)
for s in ('z: int', 'pass', 'if 0:\n    q: int'):
    ns = {}
    exec(s, ns)
    print(sorted(k for k in ns if k != '__builtins__'), ns.get('__annotations__'))
