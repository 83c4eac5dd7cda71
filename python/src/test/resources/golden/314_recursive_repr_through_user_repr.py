# A container that holds itself through a class whose __repr__ calls repr() again (UserDict's repr(self.data)):
# the containers being printed are the thread's, as CPython's Py_ReprEnter keeps them (found by test_userdict).
from collections import UserDict, UserList
d = UserDict()
d[1] = d
print(repr(d))
l = UserList([1])
l.append(l)
print(repr(l))
x = {}
x['self'] = [x]
print(x)
class Wrap:
    def __init__(self, inner):
        self.inner = inner
    def __repr__(self):
        return 'Wrap(%r)' % (self.inner,)
a = []
a.append(Wrap(a))
print(a)
t = ([],)
t[0].append(Wrap(t))
print(t)
import threading
out = []
def worker():
    w = []
    w.append(Wrap(w))
    out.append(repr(w))
ths = [threading.Thread(target=worker) for _ in range(4)]
for th in ths:
    th.start()
for th in ths:
    th.join()
print(out)
