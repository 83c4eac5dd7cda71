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
    /**
     * The frame in which this raise was first seen leaving an expression or statement with a known span, or null;
     * {@link #span} is that node's place, which the frame's traceback entry gets (CPython's position of the
     * instruction that raised: the innermost expression, and a call in a caller's frame). A frame's own nodes see the
     * raise innermost first, so the first to note it in a frame is the one CPython names.
     */
    Frame spannedIn;
    /**
     * The span: start line, start column, end line, end column (0-based columns, the end exclusive), then the carets'
     * anchors (CPython's: a binary operator, a subscript's or a call's brackets) as line, column, line, column (line 0:
     * none), then 1 when the span is the whole value of a {@code return f(...)} or {@code x = f(...)} statement
     * (CPython shows no carets under it).
     */
    final int[] span = new int[9];

    /**
     * What a node that notes its span throws for {@code x}, which left it: a raise noted there ({@link #at(Frame,
     * Expr)}); a toolkit or text error (a list's IndexError, int()'s ValueError) made the raise it would become at a
     * handler, and noted; anything else as it is.
     */
    static RuntimeException at(Frame f, Expr e, RuntimeException x) {
        PyRaise r = raiseOf(f, x);
        return r == null ? x : r.at(f, e);
    }

    /** As {@link #at(Frame, Expr, RuntimeException)}, for a statement. */
    static RuntimeException at(Frame f, Stmt s, RuntimeException x) {
        PyRaise r = raiseOf(f, x);
        return r == null ? x : r.at(f, s);
    }

    /** {@code x} as the raise Errors.fromJava makes of it, for the kinds a handler converts; else null. */
    static PyRaise raiseOf(Frame f, RuntimeException x) {
        if (x instanceof PyRaise) {
            return (PyRaise) x;
        }
        if (x instanceof dev.freethread.objects.PyException || x instanceof dev.freethread.python.text.TextError
                || x instanceof ArithmeticException) {
            return Errors.fromJava(f.t, x);
        }
        return null;
    }

    /** Notes {@code e} as where this raise left frame {@code f} first, unless one was noted there; answers this. */
    PyRaise at(Frame f, Expr e) {
        if (spannedIn != f && e.endLine != 0) {
            spannedIn = f;
            e.spanInto(span);
        }
        return this;
    }

    /** Notes a statement's span, as {@link #at(Frame, Expr)}. */
    PyRaise at(Frame f, Stmt s) {
        if (spannedIn != f && s.endLine != 0) {
            spannedIn = f;
            int[] sp = span;
            sp[0] = s.line;
            sp[1] = s.startCol;
            sp[2] = s.endLine;
            sp[3] = s.endCol;
            sp[4] = 0;
            sp[8] = 0;
        }
        return this;
    }

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
