// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * A running (or finished) frame as Python sees it, from {@code sys._getframe}, {@code inspect.currentframe} or
 * {@code f_back}: {@code f_code}, {@code f_globals}, {@code f_locals}, {@code f_lineno}, {@code f_back},
 * {@code f_builtins}. A new object each time it is asked for (CPython answers the same one).
 *
 * <p><b>Lifetime.</b> The object counts references to the frame's globals, its function (which holds the code and
 * closure) and a class body's namespace, so those outlive it. The frame's local slots are not counted: they are the
 * running call's, released when it ends. So {@code f_locals} reads them only while the frame runs and only on the
 * frame's own thread (the slots change under no lock but that thread's); a finished frame, or one read from another
 * thread, shows no locals (CPython keeps a finished frame's locals alive; see docs/python.md).
 */
final class PyFrameObject extends Descriptors.Holder {
    private final Frame frame;
    /** The slot of {@code refs} that holds {@code f_trace} (counted; swapped and read under this object's monitor). */
    private static final int TRACE = 3;
    private volatile boolean traceLines = true;
    private volatile boolean traceOpcodes;

    PyFrameObject(ThreadState ts, Frame frame) {
        super(PyTraceback.FRAME, ts, frame.globals, frame.func, frame.ns, null);
        this.frame = frame;
    }

    /**
     * {@code f.f_trace = v} (None or null: no trace function), {@code f_trace_lines}, {@code f_trace_opcodes}: kept on
     * this frame object, as ftpython runs no trace functions (sys.settrace is refused). Answers false for any other
     * name. The trace is swapped under the monitor and the old one dropped after it, so threads writing and reading it
     * at once neither drop one twice nor take a freed one (test_free_threading's test_frame).
     */
    boolean setAttr(PyThread t, String n, PyObject v) {
        ThreadState ts = t.ts;
        switch (n) {
            case "f_trace": {
                PyObject nv = v == null || v == PyNone.NONE ? null : RefCount.newRef(ts, v);
                PyObject old;
                synchronized (this) {
                    old = refs[TRACE];
                    refs[TRACE] = nv;
                }
                RefCount.xdecref(ts, old);
                return true;
            }
            case "f_trace_lines":
            case "f_trace_opcodes":
                if (!(v instanceof PyBool)) {
                    throw Errors.typeError(t, "attribute value type must be bool");
                }
                if (n.equals("f_trace_lines")) {
                    traceLines = v == PyBool.TRUE;
                } else {
                    traceOpcodes = v == PyBool.TRUE;
                }
                return true;
            default:
                return false;
        }
    }

    /** The attribute {@code n} (a new reference), or null. */
    PyObject attr(PyThread t, String n) {
        ThreadState ts = t.ts;
        switch (n) {
            case "f_back":
                return frame.back == null ? PyNone.NONE : new PyFrameObject(ts, frame.back);
            case "f_code":
                return new PyCode(ts, frame.code);
            case "f_globals":
                return RefCount.newRef(ts, frame.globals);
            case "f_builtins":
                return RefCount.newRef(ts, frame.builtins != null ? frame.builtins : t.interp.builtins);
            case "f_locals":
                if (frame.func == null) { // a module or a class body: its namespace
                    return RefCount.newRef(ts, frame.ns != null ? frame.ns : frame.globals);
                }
                if (frame.done || frame.t != t) {
                    return PyDict.create(ts);
                }
                return FrameBuiltins.locals(t, frame);
            case "f_lineno":
                return PyInt.of(ts, frame.line);
            case "f_lasti":
                return PyInt.of(ts, -1);
            case "f_trace":
                synchronized (this) { // a leaf: an increment only
                    PyObject tr = refs[TRACE];
                    return RefCount.newRef(ts, tr == null ? PyNone.NONE : tr);
                }
            case "f_trace_lines":
                return PyBool.of(traceLines);
            case "f_trace_opcodes":
                return PyBool.of(traceOpcodes);
            case "clear":
                return new PyBuiltin.Bound(ts, "clear", (tt, self, a, kw) -> {
                    Args.count(tt, "clear", a, kw, 0, 0);
                    if (!frame.done) {
                        throw Errors.raise(tt, "RuntimeError", "cannot clear an executing frame");
                    }
                    return PyNone.NONE;
                }, this);
            default:
                return null;
        }
    }

    @Override
    public String repr() {
        return "<frame at 0x" + Integer.toHexString(System.identityHashCode(this)) + ", file '" + frame.code.file
                + "', line " + frame.line + ", code " + frame.code.name + ">";
    }

    /** {@code sys._getframe(depth)}: the frame {@code depth} calls out from the running one. */
    static PyObject getframe(PyThread t, long depth) {
        Frame f = t.current;
        for (long i = 0; i < depth && f != null; i++) {
            f = f.back;
        }
        if (f == null || depth < 0) {
            throw Errors.valueError(t, "call stack is not deep enough");
        }
        return new PyFrameObject(t.ts, f);
    }

    static PyStr moduleName(PyThread t, long depth) {
        Frame f = t.current;
        for (long i = 0; i < depth && f != null; i++) {
            f = f.back;
        }
        if (f == null) {
            return null;
        }
        PyObject n = Ops.getOrNull(t.ts, f.globals, t.interp.str("__name__"));
        if (n instanceof PyStr) {
            return (PyStr) n;
        }
        RefCount.xdecref(t.ts, n);
        return null;
    }
}
