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
    /**
     * The builtins its code sees ({@link Interp#builtinsFrom}: null for the interpreter's own), borrowed from the
     * function running, the enclosing frame (a class body) or the caller of exec/eval, which keep it alive.
     */
    final PyObject builtins;
    /** The function's closure cells (free variables), or null. */
    final PyCell[] closure;
    /** The function running, or null for a module or class body. */
    final PyFunction func;
    /**
     * A class body's namespace, or the locals given to exec or eval, where names are stored and looked up first; null
     * otherwise. A dict, or any mapping exec and eval were given (CPython's LOAD_NAME and STORE_NAME use a mapping's
     * own {@code __getitem__} and {@code __setitem__}, a dict subclass's included): see {@link #nsGet}.
     */
    final PyObject ns;
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
            boolean spanned = r.spannedIn == this;
            if (!code.inlinedInTracebacks) {
                // the line is where the span starts (a call's first line, an operand on a later line), as CPython's
                r.exc.addTrace(code.file, spanned ? r.span[0] : line, code.name, code.firstLine,
                        spanned && !t.interp.flags.noDebugRanges ? r.span : null); // -X no_debug_ranges: no columns
            } else if (spanned) {
                r.spannedIn = back; // an inlined comprehension's place is its enclosing frame's (PEP 709)
            }
        }
    }

    Frame(PyThread t, Code code, PyObject[] locals, PyDict globals, PyObject builtins, PyCell[] closure,
          PyFunction func, PyObject ns) {
        this.t = t;
        this.ts = t.ts;
        this.code = code;
        this.locals = locals;
        this.globals = globals;
        this.builtins = builtins;
        this.closure = closure;
        this.func = func;
        this.ns = ns;
        if (code.setupAnnotations && func == null) {
            setupAnnotations();
        }
    }

    /** CPython's SETUP_ANNOTATIONS: an empty {@code __annotations__} in the body's namespace unless it has one. */
    private void setupAnnotations() {
        dev.freethread.objects.PyStr key = t.interp.str("__annotations__");
        PyObject old = nsOrGlobalsGet(key);
        if (old != null) {
            dev.freethread.refcount.RefCount.decref(ts, old);
            return;
        }
        PyDict d = PyDict.create(ts);
        try {
            nsOrGlobalsSet(key, d);
        } finally {
            dev.freethread.refcount.RefCount.decref(ts, d);
        }
    }

    /** {@code name} in {@link #ns} (a new reference, or null): a dict's entry, another mapping's item (KeyError: null). */
    PyObject nsGet(PyObject name) {
        PyObject m = ns;
        if (m instanceof PyDict) {
            return Ops.getOrNull(ts, (PyDict) m, name);
        }
        try {
            return Ops.getItem(t, m, name);
        } catch (PyRaise r) {
            if (!r.exc.cls().isSubtypeOf(t.interp.exceptionClass("KeyError"))) {
                throw r;
            }
            r.release(ts);
            return null;
        }
    }

    /** Stores {@code name} in {@link #ns}: a dict's entry, or another mapping's {@code __setitem__}. */
    void nsSet(PyObject name, PyObject v) {
        PyObject m = ns;
        if (m instanceof PyDict) {
            ((PyDict) m).setItem(ts, name, v);
        } else {
            Ops.setItem(t, m, name, v);
        }
    }

    /** Deletes {@code name} from {@link #ns}; false where it is absent (a mapping's KeyError). */
    boolean nsDelete(PyObject name) {
        PyObject m = ns;
        if (m instanceof PyDict) {
            PyObject old = Ops.popOrNull(ts, (PyDict) m, name);
            if (old == null) {
                return false;
            }
            dev.freethread.refcount.RefCount.decref(ts, old);
            return true;
        }
        try {
            Ops.delItem(t, m, name);
            return true;
        } catch (PyRaise r) {
            if (!r.exc.cls().isSubtypeOf(t.interp.exceptionClass("KeyError"))) {
                throw r;
            }
            r.release(ts);
            return false;
        }
    }

    /** {@link #nsGet} in the namespace names are stored in: {@link #ns}, or the globals where there is none. */
    PyObject nsOrGlobalsGet(PyObject name) {
        return ns != null ? nsGet(name) : Ops.getOrNull(ts, globals, name);
    }

    /** {@link #nsSet} in the namespace names are stored in: {@link #ns}, or the globals where there is none. */
    void nsOrGlobalsSet(PyObject name, PyObject v) {
        if (ns != null) {
            nsSet(name, v);
        } else {
            globals.setItem(ts, name, v);
        }
    }
}
