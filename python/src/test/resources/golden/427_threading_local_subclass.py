# threading.local subclasses: each thread runs the subclass's __init__ with the constructor's arguments on first use
# and sees its own attributes; a property on the subclass works; threading.local() stays the native object.
import threading
class MyLocal(threading.local):
    def __init__(self, x=0):
        self.x = x
        self.inits = getattr(self, 'inits', 0) + 1
    def bump(self):
        self.x += 1
        return self.x
loc = MyLocal(5)
res = []
def w():
    res.append((loc.x, loc.bump(), loc.inits))
ts = [threading.Thread(target=w) for _ in range(3)]
[t.start() for t in ts]; [t.join() for t in ts]
print(sorted(res), loc.x, loc.bump(), isinstance(loc, threading.local))
plain = threading.local()
plain.v = 1
print(isinstance(plain, threading.local), type(plain).__name__, plain.v)
class WithProp(threading.local):
    @property
    def p(self):
        return 'prop'
wp = WithProp()
print(wp.p, hasattr(wp, 'q'))
try:
    threading.local(1)
except TypeError as e:
    print('TypeError', e)
loc.y = 3
del loc.y
print(hasattr(loc, 'y'), sorted(loc.__dict__))
