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
    final List<TraceEntry> traceback = new ArrayList<>();
    /**
     * The traceback objects {@code __traceback__} last answered: a counted reference to the outermost, and how many
     * entries the chain covers (PyTraceback.of). Read again with no new entry, the same objects answer, and after the
     * exception propagated further the new outer objects lead into the old chain, as CPython's tracebacks keep their
     * identity. Written under {@link #traceback}'s monitor.
     */
    volatile PyObject tbHead;
    int tbHeadSize;
    /**
     * The fields some built-in exceptions keep apart from their args, as CPython's members: an OSError's errno,
     * strerror, filename, filename2 and (BlockingIOError's) characters_written, at the indexes {@code OS_*}; an
     * ImportError's msg, name, path and name_from; an AttributeError's name and obj; a NameError's name
     * ({@link ExceptionFields} names them per kind). Null until the constructor, {@code __init__} or the interpreter
     * set one, and for every other exception. Counted; never changed in place: an assignment publishes a new tuple and
     * drops the old one after a grace period (E30 in docs/refcount.md), so a reader that took the tuple without a
     * reference never reads a freed field.
     */
    private volatile PyTuple fields;
    /** Whether BlockingIOError's characters_written was given (or assigned) and not deleted. */
    volatile boolean osWrittenSet;
    /**
     * An AttributeError raised where the method running has the object as its {@code self}: the "Did you mean" of
     * the display then offers names that start with an underscore too, as CPython's ({@link Suggestions}).
     */
    boolean raisedOnSelf;
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

    /** The field {@code i} ({@code OS_*}, or the index in the kind's {@link ExceptionFields}), borrowed; None when unset. */
    PyObject field(int i) {
        PyTuple f = fields;
        return f == null || i >= f.size() ? dev.freethread.objects.PyNone.NONE : f.getItemBorrowed(i);
    }

    /** {@link #field} for an OSError. */
    PyObject osField(int i) {
        return field(i);
    }

    /**
     * The OSError fields as one tuple (a new reference, taken with no safepoint after the read, so the grace period
     * of a concurrent assignment covers it): for a reader that runs user code between the fields. Tuple of Nones when
     * none was set.
     */
    PyTuple osFieldsNewRef(ThreadState ts) {
        PyTuple f = fields;
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
        setField(ts, i, v, OS_FIELD_NAMES.size());
    }

    /**
     * Assigns the field {@code i} of a kind with {@code count} fields (a new reference is taken to {@code v}; None for
     * a {@code del}), keeping the others.
     */
    void setField(ThreadState ts, int i, PyObject v, int count) {
        PyTuple old;
        synchronized (traceback) { // one writer at a time: two fields assigned at once both stay
            PyTuple cur = fields;
            // a NameError's frame fields past its members stay (ExceptionFields.nameError)
            PyObject[] items = new PyObject[Math.max(count, cur == null ? 0 : cur.size())];
            for (int k = 0; k < items.length; k++) { // increments only: no user code under the monitor
                items[k] = RefCount.newRef(ts, k == i ? v : cur == null || k >= cur.size()
                        ? dev.freethread.objects.PyNone.NONE : cur.getItemBorrowed(k));
            }
            old = swapOsFields(PyTuple.stealing(ts, items));
            if (i == OS_WRITTEN) {
                osWrittenSet = v != dev.freethread.objects.PyNone.NONE;
            }
        }
        dropOldOsFields(ts, old);
    }

    /** Replaces every field at once with {@code values} (taken over: a tuple of the kind's length), as an __init__ does. */
    void setFields(ThreadState ts, PyTuple values) {
        PyTuple old;
        synchronized (traceback) {
            old = swapOsFields(values);
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
        PyTuple old = fields;
        fields = f;
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

    /**
     * Sets {@code __cause__} (a new reference is taken to {@code c}; null for None). The swap is made under the
     * traceback monitor and the old value dropped after it: two threads assigning at once each drop the value they
     * replaced, so none is dropped twice.
     */
    void setCause(ThreadState ts, PyBaseExc c) {
        if (c != null) {
            RefCount.incref(ts, c);
        }
        PyBaseExc old;
        synchronized (traceback) {
            old = cause;
            cause = c;
        }
        if (old != null) {
            RefCount.decref(ts, old);
        }
    }

    /**
     * The implicit chaining of a raise while {@code c} is handled (CPython's {@code _PyErr_SetObject}): nothing when
     * {@code c} is this exception; else a link of {@code c}'s context chain that leads back to this exception is cut
     * first, so the chain gets no new cycle (a raise of an exception already in the chain moves it to the front), and
     * a cycle already in the chain ends the walk (Floyd's slow pointer) instead of hanging it.
     */
    void setContext(ThreadState ts, PyBaseExc c) {
        if (c == this) {
            return;
        }
        PyBaseExc o = c;
        PyBaseExc slow = c;
        boolean advanceSlow = false;
        while (o != null) {
            PyBaseExc next = o.context;
            if (next == null) {
                break;
            }
            if (next == this) {
                o.assignContext(ts, null);
                break;
            }
            o = next;
            if (o == slow) {
                break; // a cycle someone made by assignment: left as it is
            }
            if (advanceSlow) {
                slow = slow.context;
            }
            advanceSlow = !advanceSlow;
        }
        assignContext(ts, c);
    }

    /** {@code __context__} as a new reference (None when unset), taken under the monitor the writers swap it under. */
    PyObject contextNewRef(ThreadState ts) {
        synchronized (traceback) { // an increment only: a leaf under a Java monitor (docs/threads.md)
            PyObject c = context == null ? dev.freethread.objects.PyNone.NONE : context;
            RefCount.incref(ts, c);
            return c;
        }
    }

    /** {@code __cause__} as a new reference (None when unset), as {@link #contextNewRef}. */
    PyObject causeNewRef(ThreadState ts) {
        synchronized (traceback) {
            PyObject c = cause == null ? dev.freethread.objects.PyNone.NONE : cause;
            RefCount.incref(ts, c);
            return c;
        }
    }

    /** {@code e.__context__ = c}: as given, even this exception itself (a new reference is taken; null for None). */
    void assignContext(ThreadState ts, PyBaseExc c) {
        if (c != null) {
            RefCount.incref(ts, c);
        }
        PyBaseExc old;
        synchronized (traceback) {
            old = context;
            context = c;
        }
        if (old != null) {
            RefCount.decref(ts, old);
        }
    }

    /** One traceback entry (TraceEntry); {@code span} is copied (null when unknown). */
    void addTrace(String file, int line, String function, int firstLine, int[] span) {
        TraceEntry en = new TraceEntry(file, line, function, firstLine, span == null ? null : span.clone());
        synchronized (traceback) {
            traceback.add(en);
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
        PyTuple f = fields;
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
        PyTuple f = fields;
        fields = null;
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
