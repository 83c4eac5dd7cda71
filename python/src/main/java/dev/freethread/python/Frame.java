// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;

/**
 * One activation: a function call, a module body or a class body. Local slots hold counted references (null when
 * unbound); a captured local's slot holds its {@link PyCell}. Not a Python object (no frame introspection).
 */
final class Frame {
    /**
     * The thread running this frame and its thread state. Fixed for a call's frame; a generator's frame is run by
     * whichever thread resumes it, which sets both first (PyGenerator.resume: one thread at a time, ordered by the
     * generator's status word).
     */
    PyThread t;
    ThreadState ts;
    final PyObject[] locals;
    final PyDict globals;
    /** The function's closure cells (free variables), or null. */
    final PyCell[] closure;
    /** The function running, or null for a module or class body. */
    final PyFunction func;
    /** A class body's namespace, where its names are stored and looked up first; null otherwise. */
    final PyDict ns;
    final Code code;
    /** The line running, for tracebacks. */
    int line;
    /** The frame that was running when this one was entered (its caller, or a generator's resumer), or null. */
    Frame back;
    /** Set once the frame has ended: a frame object made of it then shows no locals (they are released). */
    volatile boolean done;
    /** A return statement's value (a new reference), read by the caller of the body. */
    PyObject retval;
    /** {@link Expr#evalFloat}'s results: an unboxed float, or a new reference to a value that is not one. */
    double floatValue;
    PyObject boxed;
    /** The exception being handled (for a bare raise), borrowed from the handler that set it. */
    PyBaseExc handling;
    /**
     * The local slot whose value is <em>borrowed</em> (a for loop's target over a shared list: Stmts.For), or -1. Its
     * value is then not this frame's to drop: assigning or deleting the local clears the mark instead of decref'ing,
     * and the thread's {@link PyThread#promoteBorrowed} increfs the value (and clears the mark) before any quiescent
     * state, so the value is alive as long as the mark is set.
     */
    int borrowedSlot = -1;
    /** A generator's suspended state (GenStmts), or null for a call's frame. */
    GenState gen;
    /** The captures of the case pattern being matched, bound when it has matched ({@link Patterns.Match}), else null. */
    Patterns.Bindings patternBindings;
    /** The asynchronous generator whose body this frame runs (its yields hand values to its consumer), or null. */
    PyCoroutine asyncGen;

    /**
     * Records this frame in the traceback of the exception {@code r} carries, at the line running now, unless this raise
     * has recorded it already (CPython's {@code PyTraceBack_Here} on the first error in a frame; its re-raises, bare
     * {@code raise} and the end of a finally clause, add none). Called where a raise first meets a handler of this frame
     * (an except or finally clause, a with statement) and where it leaves the frame: so the entry has the line where
     * the exception reached the frame, not the last line a finally clause ran.
     */
    void traceHere(PyRaise r) {
        if (r.tracedIn != this) {
            r.tracedIn = this;
            if (!code.inlinedInTracebacks) {
                r.exc.addTrace(code.file, line, code.name, code.firstLine);
            }
        }
    }

    Frame(PyThread t, Code code, PyObject[] locals, PyDict globals, PyCell[] closure, PyFunction func, PyDict ns) {
        this.t = t;
        this.ts = t.ts;
        this.code = code;
        this.locals = locals;
        this.globals = globals;
        this.closure = closure;
        this.func = func;
        this.ns = ns;
        if (code.setupAnnotations && func == null) {
            setupAnnotations();
        }
    }

    /** CPython's SETUP_ANNOTATIONS: an empty {@code __annotations__} in the body's namespace unless it has one. */
    private void setupAnnotations() {
        PyDict target = ns != null ? ns : globals;
        dev.freethread.objects.PyStr key = t.interp.str("__annotations__");
        if (!target.contains(ts, key)) {
            PyDict d = PyDict.create(ts);
            try {
                target.setItem(ts, key, d);
            } finally {
                dev.freethread.refcount.RefCount.decref(ts, d);
            }
        }
    }
}
