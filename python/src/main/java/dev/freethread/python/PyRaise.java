// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * A Python exception in flight: the Java throwable that carries it up the Java stack. It owns one reference to the
 * exception object; whoever catches it and does not rethrow it calls {@link #release}. No Java stack trace is taken
 * (Python's traceback is on the exception object).
 */
final class PyRaise extends RuntimeException {
    final PyBaseExc exc;
    /**
     * The frame whose traceback entry this raise has recorded (Frame.traceHere), or null: a frame is entered in the
     * traceback once per raise, when the exception first reaches it, not again when its finally clause, an except
     * clause that does not match or a with statement's exit passes the same raise on. A bare {@code raise} starts
     * with its own frame here: CPython re-raises it without an entry for that frame.
     */
    Frame tracedIn;
    /** Made by a bare {@code raise} (a re-raise of the exception being handled), which except* tells from a new one. */
    boolean bare;
    /** What an except* statement lets go on (its context is already what it should be). */
    boolean starResult;

    /** Takes over the caller's reference to {@code exc}. */
    PyRaise(PyBaseExc exc) {
        super(null, null, false, false);
        this.exc = exc;
    }

    /** Drops the reference this throwable holds (the exception was handled). */
    void release(ThreadState ts) {
        RefCount.decref(ts, exc);
    }

    @Override
    public String getMessage() {
        return exc.type().name() + ": " + exc.messageForJava();
    }
}
