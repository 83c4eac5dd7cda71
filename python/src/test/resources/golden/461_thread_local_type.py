# _thread._local is threading.local, a class programs derive from (its __init__ runs again in each thread that first
# touches the object, with the constructor's arguments), and its __dict__ is read-only. Cases from CPython's
# test_threading_local; compared with CPython 3.13.
import _thread, threading
print(type(_thread._local).__name__, threading.local is _thread._local)
class MyLocal(_thread._local):
    def __init__(self, *args, **kwargs):
        self.args = (args, kwargs)
m = MyLocal(1, a=2)
print(m.args)
seen = []
def worker():
    seen.append(m.args)
    m.args = "changed in thread"
t = threading.Thread(target=worker)
t.start(); t.join()
print(seen, m.args)
for call in (lambda: _thread._local(a=1), lambda: _thread._local(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
x = _thread._local()
x.y = 1
for f in (lambda: setattr(x, "__dict__", {}), lambda: setattr(m, "__dict__", {})):
    try:
        f()
    except AttributeError as e:
        print("AttributeError:", e)
print(x.__dict__, isinstance(x, threading.local), isinstance(m, _thread._local))
