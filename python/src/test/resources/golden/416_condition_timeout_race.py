# Condition.wait with a timeout against notify_all from other threads: a waiter that timed out removed itself from
# the waiters before it held the lock again, so a notifier's check-then-pop met an empty list (IndexError in two of
# three runs before the fix, as CPython's lock_tests BarrierTests.test_timeout found). CPython removes it only with
# the lock held again; so does ftpython now. Also the deprecated notifyAll.
import threading
import time
import warnings

c = threading.Condition()
errors = []
stop = time.monotonic() + 1.0


def waiter():
    try:
        while time.monotonic() < stop:
            with c:
                c.wait(0.0005)
    except Exception as e:
        errors.append(type(e).__name__)


def notifier():
    try:
        while time.monotonic() < stop:
            with c:
                c.notify_all()
    except Exception as e:
        errors.append(type(e).__name__)


ts = [threading.Thread(target=waiter) for _ in range(4)] + [threading.Thread(target=notifier) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print('errors', errors, 'waiters left', len(c._waiters))

with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    with c:
        c.notifyAll()
print([str(x.message) for x in w])
