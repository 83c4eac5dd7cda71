# os.path takes bytes as CPython's (answers in kind, refuses a mix); a path with an embedded NUL or a lone surrogate
# makes the predicates answer False and open() raise (ValueError, FileNotFoundError) instead of ending the
# interpreter with a Java exception.
import os
import os.path as P

for p in ('/tmp/a\0b', '/tmp/ft-no-such-\udc80'):
    for f in (P.isfile, P.exists, P.isdir, P.islink, P.lexists, open):
        try:
            print(f.__name__, f(p))
        except (ValueError, OSError) as e:
            print(f.__name__, type(e).__name__, e)
import os.path as P
print(P.isabs(b'/x'), P.join(b'/a', b'b', b'c'), P.split(b'/a/b'), P.splitext(b'x.tar.gz'), P.basename(b'/a/b'))
print(P.dirname(b'/a/b'), P.normpath(b'/a//b/../c'), P.isabs(b'x'), P.isfile(b'/etc/passwd'), P.exists(b'/nonexist'))
print(P.relpath(b'/a/b', b'/a'), P.normcase(b'AbC'), P.splitroot(b'//x/y'), P.expanduser(b'x'))
try:
    P.join('_/', b'x')
except TypeError as e:
    print(e)
try:
    P.join(b'_/', 'x')
except TypeError as e:
    print(e)
print(P.join('a', 'b'), P.abspath(b'/x/../y'), P.getsize(b'/etc/passwd') > 0)
