# itertools.tee refuses a second advance of its source while one runs, as
# CPython's ("cannot re-enter the tee iterator"), after test_itertools'
# test_tee_concurrent: the second thread waited inside the source's __next__
# for the first, which waited for it, and the run hung.
import threading, itertools
start = threading.Event()
finish = threading.Event()
class I:
    def __iter__(self):
        return self
    def __next__(self):
        start.set()
        finish.wait()
        return 1
a, b = itertools.tee(I())
thread = threading.Thread(target=next, args=[a])
thread.start()
try:
    start.wait()
    try:
        next(b)
    except RuntimeError as e:
        print('RuntimeError', e)
finally:
    finish.set()
    thread.join()
p, q, r = itertools.tee(range(5), 3)
print(next(p), list(q), list(p), list(r))
x, y = itertools.tee(iter([]))
print(list(x), list(y))
