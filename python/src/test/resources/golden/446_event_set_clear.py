# threading.Event: a waiter returns True when the event was set after its wait
# began, even if another thread cleared it before the waiter woke (gh-57711,
# test_threading's EventTests.test_set_and_clear): the waiters went on waiting
# until their timeout and returned False (with LONG_TIMEOUT, the test run hung).
import threading, time
event = threading.Event()
results = []
started = []
def f():
    started.append(1)
    results.append(event.wait(10))
ts = [threading.Thread(target=f) for _ in range(5)]
for t in ts: t.start()
while len(started) < 5:
    time.sleep(0.01)
time.sleep(0.2)
event.set()
event.clear()
for t in ts: t.join()
print(results, event.is_set())
e2 = threading.Event()
print(e2.wait(0.05), e2.is_set())
e2.set(); print(e2.wait(), e2.wait(0))
