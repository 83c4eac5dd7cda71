# faulthandler (it was missing): enable/disable/is_enabled, CPython's refusal of a file without a descriptor
# (StringIO.fileno and BytesIO.fileno now raise io.UnsupportedOperation, as CPython's), a dump of the calling
# thread's stack, the watchdog's timeout line. Against CPython 3.13.
import faulthandler, sys, io, time, tempfile
print(faulthandler.is_enabled())
faulthandler.enable()
print(faulthandler.is_enabled(), faulthandler.disable(), faulthandler.is_enabled(), faulthandler.disable())
try: faulthandler.enable(file=io.StringIO())
except Exception as e: print(type(e).__name__, e)
def inner():
    with tempfile.TemporaryFile('w+') as f:
        faulthandler.dump_traceback(f, all_threads=False)
        f.seek(0); lines = f.read().splitlines()
    print(lines[0]); print([l.split(' in ')[-1] for l in lines[1:]])
inner()
try: faulthandler.dump_traceback_later(0)
except ValueError as e: print(e)
faulthandler.dump_traceback_later(30); faulthandler.cancel_dump_traceback_later()
with tempfile.TemporaryFile('w+') as f:
    faulthandler.dump_traceback_later(0.2, file=f); time.sleep(0.6); f.seek(0); print(f.read().splitlines()[0])
print(faulthandler.unregister(10))
