# threading: _PyRLock (the reentrant lock in Python, with Condition), _dangling, a thread inherits its maker's daemon
# flag, group must be None; _datetime and _collections name datetime's and collections' classes.
import threading
print(len(threading._dangling) >= 1, threading.main_thread().daemon)
res = []
def inner():
    res.append(threading.current_thread().daemon)
def outer():
    t = threading.Thread(target=inner); t.start(); t.join()
d = threading.Thread(target=outer, daemon=True); d.start(); d.join()
n = threading.Thread(target=outer); n.start(); n.join()
print(res)
try:
    threading.Thread(group=1)
except AssertionError as e:
    print('AssertionError', e)
r = threading._PyRLock()
print(repr(r).split(' at ')[0])
r.acquire(); r.acquire()
print(repr(r).split(' at ')[0], r._is_owned(), r._recursion_count())
r.release(); r.release()
try:
    r.release()
except RuntimeError as e:
    print('RuntimeError', e)
c = threading.Condition(threading._PyRLock())
with c:
    c.wait(0.01)
print(type(threading._PyRLock()).__name__)
import _datetime, datetime, _collections, collections
print(_datetime.date is datetime.date, _datetime.timedelta(days=1), _collections.OrderedDict is collections.OrderedDict)
print(_collections.deque([1, 2]), _collections.defaultdict(int)['k'])
