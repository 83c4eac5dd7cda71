# Found by differential runs against CPython 3.13 (2): threading's reprs (Lock, RLock, Condition, Semaphore,
# BoundedSemaphore, Event, Barrier), and re.PatternError (re.error) with CPython's messages, positions, line and
# column for the common mistakes.
import threading
l = threading.Lock(); r = threading.RLock()
print(repr(l).rsplit(" at ", 1)[0]); l.acquire(); print(repr(l).rsplit(" at ", 1)[0])
print(repr(r).rsplit(" at ", 1)[0]); r.acquire(); r.acquire(); s = repr(r).rsplit(" at ", 1)[0]; print(s.split(" owner=")[0], s.split(" count=")[1])
print(repr(threading.Condition()).startswith("<Condition("), repr(threading.Semaphore()).split(" at ")[0], repr(threading.Event()).split(" at ")[0])
import threading
print(repr(threading.Semaphore(3)).split(" at ")[0], repr(threading.Semaphore(3)).split(": ")[1])
print(repr(threading.BoundedSemaphore(2)).split(": ")[1], repr(threading.Barrier(3)).split(": ")[1])
e = threading.Event(); print(repr(e).split(": ")[1]); e.set(); print(repr(e).split(": ")[1], repr(e).split(" at ")[0])
c = threading.Condition(threading.Lock()); print(repr(c).split(" object")[0], repr(c).endswith(", 0)>"))
import re
for p in ['(', 'a(b(c)', '((', 'a)', '*a', 'a**', '[a', 'a{2,1}', '(?P<n>a)(?P<n>b)', '\\', 'a(?', '[b-a]', '(?:a|*)', 'a|+', '(?i)*', 'x{,3}?', 'a*?', 'a++', '[]a]', '[^]a]*', 'a\n(b', '[a-\\d]']:
    try:
        re.compile(p); print(repr(p), 'ok')
    except re.error as e:
        print(repr(p), type(e).__name__, e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
