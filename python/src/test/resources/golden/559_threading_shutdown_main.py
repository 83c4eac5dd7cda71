# threading: the main thread is finished when the main program ends (threading._shutdown), so a non-daemon thread
# joining it returns before the interpreter waits for that thread; threading first imported by a _thread thread still
# names the real main thread; a _thread thread's current_thread() is one registered _DummyThread.
import _thread, sys
lock = _thread.allocate_lock(); lock.acquire()
def imp():
    import threading
    print(threading.main_thread().ident == main_ident, threading.current_thread().name.startswith('Dummy'))
    lock.release()
main_ident = _thread.get_ident()
_thread.start_new_thread(imp, ())
lock.acquire()
import threading
print(threading.current_thread() is threading.main_thread())
import threading as _th
seen = []
def dummy():
    a = _th.current_thread(); seen.append((a is _th.current_thread(), a.ident in _th._active, a.is_alive(), a.daemon))
    lock.release()
_thread.start_new_thread(dummy, ())
lock.acquire()
print(seen)
# threading._register_atexit: run at the end, last registered first, before the non-daemon threads are joined; the
# main thread is finished after them, so a thread joining it returns (one thread prints at the end: no race)
ev = threading.Event()
main = threading.current_thread()
def waiter():
    ev.wait()
    print('waiter woken')
    main.join()
    print('main joined', main.is_alive())
threading.Thread(target=waiter).start()
def run_last(x):
    print('atexit', x)
threading._register_atexit(lambda: (print('atexit sets the event'), ev.set()))
threading._register_atexit(run_last, 1)
print('end of script', main.is_alive())
