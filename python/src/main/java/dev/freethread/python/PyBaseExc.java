// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.ArrayList;
import java.util.List;

/**
 * An exception instance (of {@code BaseException} or a subclass, built-in or user-defined): its {@code args}, its
 * cause and context, and the traceback entries gathered as it propagates (innermost first).
 */
final class PyBaseExc extends PyInstance {
    /** Counted. */
    private volatile PyTuple args = PyTuple.EMPTY;
    volatile PyBaseExc cause;
    volatile PyBaseExc context;
    /**
     * The context was settled where CPython settles it: by a raise statement while another exception was being
     * handled, or by an assignment to {@code __context__}. The places that chain an exception escaping a handler
     * (for exceptions the interpreter itself raised, whose context CPython sets when they are made) leave it alone,
     * so a handler's {@code finally: exc.__context__ = None} holds.
     */
    boolean contextFixed;
    boolean suppressContext;
    /** "file|line|function" entries, innermost first. */
    final List<String[]> traceback = new ArrayList<>();
    /**
     * The traceback objects {@code __traceback__} last answered: a counted reference to the outermost, and how many
     * entries the chain covers (PyTraceback.of). Read again with no new entry, the same objects answer, and after the
     * exception propagated further the new outer objects lead into the old chain, as CPython's tracebacks keep their
     * identity. Written under {@link #traceback}'s monitor.
     */
    volatile PyObject tbHead;
    int tbHeadSize;
    /**
     * An OSError's fields, as CPython's {@code OSError} keeps them apart from its args: errno, strerror, filename,
     * filename2 and (BlockingIOError's) characters_written, at the indexes {@code OS_*}; null until the constructor
     * (or, for a class with its own {@code __init__}, {@code OSError.__init__}) parsed two to five arguments, and for
     * every other exception. Counted; never changed in place: an assignment publishes a new tuple and drops the old
     * one after a grace period (E30 in docs/refcount.md), so a reader that took the tuple without a reference never
     * reads a freed field.
     */
    private volatile PyTuple osFields;
    /** Whether BlockingIOError's characters_written was given (or assigned) and not deleted. */
    volatile boolean osWrittenSet;
    /** {@link #osParsed}. */
    private volatile boolean osParsed;

    static final int OS_ERRNO = 0;
    static final int OS_STRERROR = 1;
    static final int OS_FILENAME = 2;
    static final int OS_FILENAME2 = 3;
    static final int OS_WRITTEN = 4;
    static final java.util.List<String> OS_FIELD_NAMES =
            java.util.List.of("errno", "strerror", "filename", "filename2", "characters_written");

    PyBaseExc(ThreadState ts, PyClass cls) {
        super(ts, cls);
    }

    PyTuple args() {
        return args;
    }

    /** Replaces the args (a new reference is taken to {@code a}). */
    void setArgs(ThreadState ts, PyTuple a) {
        RefCount.incref(ts, a);
        PyTuple old = args;
        args = a;
        RefCount.decref(ts, old);
    }

    /** The OSError field {@code i} ({@code OS_*}), borrowed; None when it was never set. */
    PyObject osField(int i) {
        PyTuple f = osFields;
        return f == null ? dev.freethread.objects.PyNone.NONE : f.getItemBorrowed(i);
    }

    /**
     * The OSError fields as one tuple (a new reference, taken with no safepoint after the read, so the grace period
     * of a concurrent assignment covers it): for a reader that runs user code between the fields. Tuple of Nones when
     * none was set.
     */
    PyTuple osFieldsNewRef(ThreadState ts) {
        PyTuple f = osFields;
        if (f == null) {
            PyObject n = dev.freethread.objects.PyNone.NONE;
            return PyTuple.stealing(ts, n, n, n, n, n);
        }
        RefCount.incref(ts, f);
        return f;
    }

    /**
     * CPython's {@code OSError} construction from {@code args} (borrowed): two to five arguments are errno, strerror,
     * filename, winerror (ignored here, as on every system but Windows) and filename2; a filename that is not None
     * takes the arguments after strerror out of {@code args}, as CPython keeps them, except that a BlockingIOError's
     * third argument, when a number, is its characters_written (converted as an index) and stays in args.
     */
    void initOsError(PyThread t, PyTuple a, boolean blocking) {
        ThreadState ts = t.ts;
        int n = a.size();
        if (n < 2 || n > 5) {
            setArgs(ts, a);
            osParsed = false;
            return;
        }
        PyObject none = dev.freethread.objects.PyNone.NONE;
        PyObject filename = n >= 3 ? a.getItemBorrowed(2) : none;
        PyObject filename2 = n >= 5 ? a.getItemBorrowed(4) : none;
        PyObject written = none;
        PyTuple kept = a;
        if (filename != none) {
            if (blocking && (filename instanceof dev.freethread.objects.PyInt
                    || filename instanceof PyFloat)) {
                written = dev.freethread.objects.PyInt.of(ts, Ops.index(t, filename, "characters_written"));
                filename = none;
            } else {
                kept = PyTuple.stealing(ts, RefCount.newRef(ts, a.getItemBorrowed(0)),
                        RefCount.newRef(ts, a.getItemBorrowed(1)));
            }
        } else {
            filename2 = none; // CPython reads filename2 only beside a filename
        }
        PyTuple f = PyTuple.stealing(ts, RefCount.newRef(ts, a.getItemBorrowed(0)),
                RefCount.newRef(ts, a.getItemBorrowed(1)), RefCount.newRef(ts, filename),
                RefCount.newRef(ts, filename2), written);
        PyTuple old;
        synchronized (traceback) {
            old = swapOsFields(f);
            osWrittenSet = written != none;
            osParsed = true;
        }
        dropOldOsFields(ts, old);
        setArgs(ts, kept);
        if (kept != a) {
            RefCount.decref(ts, kept);
        }
    }

    /**
     * {@code e.errno = v} and the other fields of an OSError (a new reference is taken to {@code v}; None for a
     * {@code del}).
     */
    void setOsField(ThreadState ts, int i, PyObject v) {
        PyTuple old;
        synchronized (traceback) { // one writer at a time: two fields assigned at once both stay
            PyTuple cur = osFields;
            PyObject[] items = new PyObject[OS_FIELD_NAMES.size()];
            for (int k = 0; k < items.length; k++) { // increments only: no user code under the monitor
                items[k] = RefCount.newRef(ts, k == i ? v
                        : cur == null ? dev.freethread.objects.PyNone.NONE : cur.getItemBorrowed(k));
            }
            old = swapOsFields(PyTuple.stealing(ts, items));
            if (i == OS_WRITTEN) {
                osWrittenSet = v != dev.freethread.objects.PyNone.NONE;
            }
        }
        dropOldOsFields(ts, old);
    }

    /**
     * Whether the constructor (or {@code __init__}) took errno and strerror from two to five arguments: the str is
     * then "[Errno n] strerror", as CPython's when both fields are set.
     */
    boolean osParsed() {
        return osParsed;
    }

    /** Publishes {@code f} (taken over) and answers the tuple it replaced. Under the traceback monitor. */
    private PyTuple swapOsFields(PyTuple f) {
        PyTuple old = osFields;
        osFields = f;
        return old;
    }

    /**
     * Drops a replaced fields tuple after a grace period (E30), after the monitor is released: the deferral may
     * wait at a safepoint for its cap, and a Java monitor is a leaf no wait or user code may run under
     * (docs/threads.md).
     */
    private static void dropOldOsFields(ThreadState ts, PyTuple old) {
        if (old != null) {
            RefCount.decrefAfterGracePeriod(ts, old);
        }
    }

    void setCause(ThreadState ts, PyBaseExc c) {
        if (c != null) {
            RefCount.incref(ts, c);
        }
        PyBaseExc old = cause;
        cause = c;
        if (old != null) {
            RefCount.decref(ts, old);
        }
    }

    void setContext(ThreadState ts, PyBaseExc c) {
        if (c == this) {
            return;
        }
        if (c != null) {
            RefCount.incref(ts, c);
        }
        PyBaseExc old = context;
        context = c;
        if (old != null) {
            RefCount.decref(ts, old);
        }
    }

    void addTrace(String file, int line, String function) {
        synchronized (traceback) {
            traceback.add(new String[] {file, Integer.toString(line), function});
        }
    }

    /** The message as CPython's {@code BaseException.__str__} makes it, without user code (for Java messages). */
    String messageForJava() {
        PyTuple a = args;
        if (a.size() == 0) {
            return "";
        }
        if (a.size() == 1) {
            PyObject o = a.getItemBorrowed(0);
            return o instanceof PyStr ? ((PyStr) o).value() : o.repr();
        }
        return a.repr();
    }

    @Override
    public void traverse(ReferenceVisitor v) {
        super.traverse(v);
        v.visit(args);
        PyTuple f = osFields;
        if (f != null) {
            v.visit(f);
        }
        PyBaseExc c = cause;
        if (c != null) {
            v.visit(c);
        }
        c = context;
        if (c != null) {
            v.visit(c);
        }
        PyObject tb = tbHead;
        if (tb != null) {
            v.visit(tb);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor v) {
        super.clearReferences(v);
        PyTuple a = args;
        args = PyTuple.EMPTY;
        v.visit(a);
        PyTuple f = osFields;
        osFields = null;
        if (f != null) {
            v.visit(f);
        }
        PyBaseExc c = cause;
        cause = null;
        if (c != null) {
            v.visit(c);
        }
        c = context;
        context = null;
        if (c != null) {
            v.visit(c);
        }
        PyObject tb = tbHead;
        tbHead = null;
        if (tb != null) {
            v.visit(tb);
        }
    }
}
