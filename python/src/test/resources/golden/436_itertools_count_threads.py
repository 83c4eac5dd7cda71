# itertools.count shared between threads (next(ids) for unique ids): every
# value handed out once (the generator it was raised "ValueError: generator
# already executing" in the second thread); and its repr and checks, as
# CPython 3.13's.
import itertools, threading
c = itertools.count()
out = [[], []]
errs = []
def w(k):
    try:
        for _ in range(100000):
            out[k].append(next(c))
    except Exception as e:
        errs.append(repr(e))
ts = [threading.Thread(target=w, args=(k,)) for k in range(2)]
for t in ts: t.start()
for t in ts: t.join()
a = out[0] + out[1]
print(len(a), len(set(a)), errs[:1])
import itertools
print(repr(itertools.count()), repr(itertools.count(5,2)), repr(itertools.count(1.0)), repr(itertools.count(2, 1.0)), repr(itertools.count(1+2j)), type(itertools.count()).__name__)
c = itertools.count(3); next(c); print(repr(c))
for bad in (lambda: itertools.count('a'), lambda: itertools.count(1, 'a')):
    try: bad()
    except TypeError as e: print(e)
print(list(itertools.islice(itertools.count(0.5, 0.25), 3)), list(zip('ab', itertools.count(10, -3))))
print(list(itertools.islice(itertools.count(1j, 1), 2)), iter(c) is c)
