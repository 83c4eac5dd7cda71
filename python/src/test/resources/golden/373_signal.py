# signal: Python handlers run on the main thread (frame argument, getsignal, SIG_IGN), os.kill of this process,
# a handler that returns lets sleep, Event.wait and lock.acquire go on for their time (PEP 475), one that raises
# interrupts a loop or a wait; setitimer/alarm/getitimer, pause, SIGINT's KeyboardInterrupt, CPython's errors.
import os
import signal
import threading
import time

got = []


def record(signum, frame):
    got.append((signum, type(frame).__name__, frame.f_code.co_name))


def interrupt(signum, frame):
    raise TimeoutError('alarm %d' % signum)


print(signal.getsignal(signal.SIGUSR1), signal.getsignal(signal.SIGINT), signal.getsignal(signal.SIGPIPE))
print(signal.signal(signal.SIGUSR1, record))
signal.raise_signal(signal.SIGUSR1)
print('raise_signal:', got)


def main_work():
    os.kill(os.getpid(), signal.SIGUSR1)
    return len(got)


print('os.kill:', main_work(), got[-1])
print(signal.getsignal(signal.SIGUSR1) is record, signal.signal(signal.SIGUSR1, signal.SIG_IGN) is record)
signal.raise_signal(signal.SIGUSR1)
print('ignored:', len(got), signal.getsignal(signal.SIGUSR1))
signal.signal(signal.SIGUSR1, record)

# a handler that returns: the sleep, the wait and the acquire go on for their whole time
for label, wait in (('sleep', lambda: time.sleep(0.4)),
                    ('Event.wait', lambda: threading.Event().wait(0.4)),
                    ('acquire', lambda: (lock.acquire(timeout=0.4)))):
    lock = threading.Lock()
    lock.acquire()
    before = len(got)
    timer = threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGUSR1))
    start = time.monotonic()
    timer.start()
    result = wait()
    took = time.monotonic() - start
    timer.join()
    print(label, result, took >= 0.39, len(got) - before)

# a handler that raises
print(signal.signal(signal.SIGALRM, interrupt))
print('setitimer:', signal.setitimer(signal.ITIMER_REAL, 0.2), signal.getitimer(signal.ITIMER_REAL)[1])
try:
    n = 0
    while True:
        n += 1
except TimeoutError as e:
    print('loop:', e, n > 0)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    threading.Event().wait(10)
except TimeoutError as e:
    print('Event.wait:', e)
signal.setitimer(signal.ITIMER_REAL, 0.1)
lock = threading.Lock()
lock.acquire()
try:
    lock.acquire()
except TimeoutError as e:
    print('acquire:', e)
signal.setitimer(signal.ITIMER_REAL, 0.1)
try:
    time.sleep(10)
except TimeoutError as e:
    print('sleep:', e)
print('alarm:', signal.alarm(100), signal.alarm(0), signal.alarm(0))
print('getitimer:', signal.getitimer(signal.ITIMER_REAL))
ticks = []
signal.signal(signal.SIGALRM, lambda s, f: ticks.append(s))
signal.setitimer(signal.ITIMER_REAL, 0.05, 0.05)
while len(ticks) < 3:
    time.sleep(0.01)
print('interval:', signal.setitimer(signal.ITIMER_REAL, 0)[1], ticks[:3])

# pause until a signal's handler ran
before = len(got)
threading.Timer(0.1, os.kill, (os.getpid(), signal.SIGUSR1)).start()
print('pause:', signal.pause(), len(got) - before)

# SIGINT
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.signal(signal.SIGINT, record))
signal.raise_signal(signal.SIGINT)
print('custom SIGINT:', got[-1][0])
print(signal.signal(signal.SIGINT, signal.default_int_handler) is record)
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('default_int_handler raises')

print(signal.strsignal(signal.SIGTERM), signal.strsignal(9), signal.strsignal(40), signal.strsignal(32))
print(len(signal.valid_signals()), min(signal.valid_signals()), max(signal.valid_signals()))
print(repr(signal.SIGINT), int(signal.SIGTERM), signal.Signals(6).name, signal.SIGIOT, repr(signal.SIG_IGN),
      signal.NSIG, signal.SIG_BLOCK, signal.ITIMER_REAL, signal.ItimerError.__name__)
for args in ((0, signal.SIG_DFL), (65, signal.SIG_DFL), (signal.SIGKILL, signal.SIG_DFL),
             (signal.SIGSTOP, record), (signal.SIGUSR1, 5), (signal.SIGUSR1, 'x')):
    try:
        signal.signal(*args)
    except (ValueError, OSError, TypeError) as e:
        print(type(e).__name__, e)
for f, a in ((signal.strsignal, 0), (signal.getsignal, 99), (signal.raise_signal, 0), (signal.raise_signal, 99)):
    try:
        print(f.__name__, f(a))
    except (ValueError, OSError) as e:
        print(f.__name__, type(e).__name__, e)
errors = []


def from_a_thread():
    try:
        signal.signal(signal.SIGUSR1, record)
    except ValueError as e:
        errors.append(str(e))


t = threading.Thread(target=from_a_thread)
t.start()
t.join()
print(errors)
signal.signal(signal.SIGUSR1, signal.SIG_DFL)
signal.signal(signal.SIGALRM, signal.SIG_DFL)
print('done')
