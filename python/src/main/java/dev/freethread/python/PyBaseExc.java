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
