# fnmatch: bytes patterns match bytes names; translate() wraps every star but the last in an atomic group,
# so a pattern with many stars against a long name that fails answers at once (it backtracked exponentially).
import fnmatch
import time

print(fnmatch.translate('*a*a*a'))
print(fnmatch.translate('ab*'), fnmatch.translate('*.py'), fnmatch.translate('a*b?c*[!x]d'))
print(fnmatch.translate('**a'), fnmatch.translate('no stars'))
print(fnmatch.fnmatch(b'test.py', b'*.py'), fnmatch.fnmatchcase(b'test', b'te*'), fnmatch.fnmatch(b'test', b'x*'))
print(fnmatch.filter([b'Python', b'Ruby', b'Perl', b'Tcl'], b'P*'))
print(fnmatch.filter(['Python', 'Ruby', 'Perl', 'Tcl'], '[PR]*'))
print(fnmatch.fnmatch(b'\xe9t\xe9', b'?t?'))
start = time.perf_counter()
print(fnmatch.fnmatchcase('a' * 50, '*a*a*a*a*a*a*a*a*a*a'))
print(fnmatch.fnmatchcase('a' * 50 + 'b', '*a*a*a*a*a*a*a*a*a*a'))
print(fnmatch.fnmatchcase('xaxbxc', '*a*b*c'), fnmatch.fnmatchcase('xaxbxcx', '*a*b*c'))
print('fast', time.perf_counter() - start < 5)
try:
    fnmatch.fnmatch('a', b'a')
except TypeError as e:
    print('TypeError', type(e).__name__)
