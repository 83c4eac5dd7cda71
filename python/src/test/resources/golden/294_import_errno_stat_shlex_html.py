# __import__ and importlib.import_module, and the small modules errno, stat, shlex and html, as CPython 3.13's.
import importlib, sys
m = __import__("os.path")
print(m.__name__, __import__("os.path", fromlist=["x"]).__name__, __import__("json").dumps([1]))
print(importlib.import_module("os.path").__name__, importlib.import_module("collections").__name__)
print(importlib.reload(sys) is sys)
for bad in [lambda: __import__(""), lambda: __import__(5), lambda: __import__("nope_mod"), lambda: importlib.import_module(".x"), lambda: __import__("x", level=-1)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__ + ":", e)
import errno, stat, shlex, html, os, tempfile, sys
print(errno.ENOENT, errno.errorcode[2], errno.errorcode[errno.EAGAIN], errno.errorcode[35], errno.EWOULDBLOCK == errno.EAGAIN)
try:
    open("/definitely/not/here")
except OSError as e:
    print(e.errno == errno.ENOENT, type(e).__name__)
d = tempfile.mkdtemp()
st = os.stat(d)
print(stat.S_ISDIR(st.st_mode), stat.S_ISREG(st.st_mode), stat.filemode(0o100644), stat.filemode(0o40755), stat.S_IMODE(0o100644))
os.rmdir(d)
for s in ['a b  c', "one 'two three' four", 'x "y \\"z\\" w" \\$v', 'a\\ b c', "echo 'it''s'", 'a # comment', '"abc" def"g h"']:
    print(shlex.split(s), shlex.split(s, comments=True))
for bad in ['"unclosed', "'open", 'trail\\']:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
print(shlex.quote(""), shlex.quote("safe-path/x.txt"), shlex.quote("it's a test"), shlex.join(["ls", "-l", "my file"]))
print(html.escape('<a href="x">Tom & Jerry\'s</a>'), html.escape("<b>", quote=False))
print(html.unescape("&lt;p&gt; &amp;amp; &#65;&#x42; &copy; &nbsp;| &bogus; &#x80; &#0;"))
