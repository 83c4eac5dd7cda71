# RLock._recursion_count (3.12+; test_threading's lock tests), and a
# threading.excepthook that raises: "Exception in threading.excepthook:" on
# stderr, then sys.excepthook (a script's own) reports the hook's error, as
# CPython's (the traceback was written to stderr directly).
import threading, sys, io
r = threading.RLock()
print(r._recursion_count())
r.acquire(); r.acquire()
print(r._recursion_count(), r._is_owned())
def other():
    print('other', r._recursion_count(), r._is_owned())
t = threading.Thread(target=other); t.start(); t.join()
r.release(); r.release()
print(r._recursion_count(), r._is_owned())
def threading_hook(args):
    raise ValueError("threading_hook failed")
err_str = None
def sys_hook(exc_type, exc_value, exc_traceback):
    global err_str
    err_str = str(exc_value)
def fail():
    1 / 0
old_t, old_s, old_e = threading.excepthook, sys.excepthook, sys.stderr
threading.excepthook, sys.excepthook, sys.stderr = threading_hook, sys_hook, io.StringIO()
try:
    t = threading.Thread(target=fail); t.start(); t.join()
    captured = sys.stderr.getvalue()
finally:
    threading.excepthook, sys.excepthook, sys.stderr = old_t, old_s, old_e
print(repr(captured), err_str)
