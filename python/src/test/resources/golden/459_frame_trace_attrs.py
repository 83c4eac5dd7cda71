# A frame's f_trace, f_trace_lines and f_trace_opcodes are stored (ftpython runs no trace function; sys.settrace
# refuses one), read and written from several threads at once (test_free_threading's test_frame). Compared with
# CPython 3.13.
import sys, threading
f = sys._getframe()
print(f.f_trace, f.f_trace_lines, f.f_trace_opcodes)
def tr(frame, event, arg):
    return tr
f.f_trace = tr
print(f.f_trace is tr)
f.f_trace = None
print(f.f_trace)
f.f_trace_opcodes = True
f.f_trace_lines = False
print(f.f_trace_lines, f.f_trace_opcodes)
for attr in ("f_trace_lines", "f_trace_opcodes"):
    try:
        setattr(f, attr, 1)
    except TypeError as e:
        print("TypeError:", e)
errors = []
def worker():
    try:
        for _ in range(5000):
            f.f_trace = tr
            f.f_trace
            f.f_trace = None
            f.f_trace_opcodes = True
            f.f_trace_opcodes
            f.f_trace_opcodes = False
    except Exception as e:
        errors.append(e)
ts = [threading.Thread(target=worker) for _ in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(errors, f.f_trace, f.f_trace_opcodes)
