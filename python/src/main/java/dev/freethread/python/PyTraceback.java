// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.dict.PyDict;
import dev.freethread.objects.PyInt;
import dev.freethread.objects.PyNone;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyStr;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

import java.util.List;

/**
 * An exception's {@code __traceback__}, made when it is read from the entries the exception gathered as it
 * propagated (file, line, function): a chain of {@code traceback} objects, outermost first as CPython's, each with
 * {@code tb_lineno}, {@code tb_next}, {@code tb_lasti} and a {@code tb_frame} whose {@code f_code} names the file and
 * function. ftpython keeps no frame objects, so a frame here has no globals or locals of its own ({@code f_globals}
 * and {@code f_locals} are empty dicts, {@code f_back} is None). The entries are immutable strings: these objects
 * hold no counted references.
 */
final class PyTraceback extends PyObject {
    static final PyType TYPE = PyType.staticType("traceback", PyType.FLAG_NO_WEAKREFS);
    static final PyType FRAME = PyType.staticType("frame", PyType.FLAG_NO_WEAKREFS);
    static final PyType CODE = PyType.staticType("code", PyType.FLAG_NO_WEAKREFS);

    /** The entries, outermost first; each {file, line, function, the function's first line}. */
    final List<TraceEntry> entries;
    final int index;
    /**
     * A traceback's {@code tb_next} (counted), set before the object is published, or null for the innermost (and
     * for frame and code views). The chain holds no other reference, so it can be in no cycle.
     */
    private volatile PyObject next;

    private PyTraceback(ThreadState ts, PyType type, List<TraceEntry> entries, int index) {
        super(type, ts);
        this.entries = entries;
        this.index = index;
    }

    /**
     * The traceback of {@code e} (a new reference), or None when it has not been raised. The objects are made once
     * per entry and kept by the exception ({@link PyBaseExc#tbHead}): the same entries answer the same objects, and
     * entries added since (the exception propagated further) get new outer objects leading into the old chain.
     */
    static PyObject of(ThreadState ts, PyBaseExc e) {
        PyObject old;
        PyObject inner;
        synchronized (e.traceback) {
            int n = e.traceback.size();
            if (n == 0) {
                return PyNone.NONE;
            }
            old = e.tbHead;
            if (old != null && e.tbHeadSize == n) {
                return RefCount.newRef(ts, old);
            }
            List<TraceEntry> outermostFirst = new java.util.ArrayList<>(e.traceback);
            java.util.Collections.reverse(outermostFirst);
            outermostFirst = List.copyOf(outermostFirst);
            int fresh = old != null && e.tbHeadSize < n ? n - e.tbHeadSize : n; // the rest is the old chain
            inner = fresh < n ? RefCount.newRef(ts, old) : null;
            for (int i = fresh - 1; i >= 0; i--) {
                PyTraceback tb = new PyTraceback(ts, TYPE, outermostFirst, i);
                tb.next = inner; // takes over the reference
                inner = tb;
            }
            e.tbHead = inner;
            e.tbHeadSize = n;
            RefCount.incref(ts, inner);
        }
        RefCount.xdecref(ts, old); // out of the monitor, which is a leaf (docs/threads.md)
        return inner;
    }

    /** Drops the objects an exception keeps for its traceback (its entries were replaced). */
    static void forget(ThreadState ts, PyBaseExc e) {
        PyObject old;
        synchronized (e.traceback) {
            old = e.tbHead;
            e.tbHead = null;
            e.tbHeadSize = 0;
        }
        RefCount.xdecref(ts, old);
    }

    @Override
    public void traverse(dev.freethread.objects.ReferenceVisitor v) {
        PyObject nx = next;
        if (nx != null) {
            v.visit(nx);
        }
    }

    @Override
    public void clearReferences(dev.freethread.objects.ReferenceVisitor v) {
        PyObject nx = next;
        next = null;
        if (nx != null) {
            v.visit(nx);
        }
    }

    /** {@code e.__traceback__ = tb} and {@code e.with_traceback(tb)}: tb's entries from it inward, or none. */
    static void set(PyThread t, PyBaseExc e, PyObject tb) {
        if (tb != PyNone.NONE && !(tb instanceof PyTraceback && tb.type() == TYPE)) {
            throw Errors.typeError(t, "__traceback__ must be a traceback or None");
        }
        forget(t.ts, e);
        synchronized (e.traceback) {
            e.traceback.clear();
            if (tb instanceof PyTraceback) {
                PyTraceback p = (PyTraceback) tb;
                for (int i = p.entries.size() - 1; i >= p.index; i--) {
                    e.traceback.add(p.entries.get(i));
                }
                // the given object is the traceback from now on, as CPython's: it and its chain are kept
                RefCount.incref(t.ts, p);
                e.tbHead = p;
                e.tbHeadSize = e.traceback.size();
            }
        }
    }

    /**
     * The entry's span for Python (CPython's co_positions of the instruction that raised): columns in UTF-8 bytes of
     * the source lines; None when unknown or when the source is not at hand.
     */
    private static PyObject span(PyThread t, TraceEntry en) {
        int[] sp = en.span;
        String[] lines = t.interp.sourceLines(en.file);
        ThreadState ts = t.ts;
        if (sp == null || lines == null || sp[0] < 1 || sp[2] < sp[0] || sp[2] > lines.length
                || sp[4] > lines.length || sp[6] > lines.length) {
            return PyNone.NONE;
        }
        PyObject anchors = sp[4] < 1 ? PyNone.NONE : dev.freethread.objects.PyTuple.stealing(ts,
                PyInt.of(ts, sp[4]), PyInt.of(ts, TracebackSource.byteColumn(lines[sp[4] - 1], sp[5])),
                PyInt.of(ts, sp[6]), PyInt.of(ts, TracebackSource.byteColumn(lines[sp[6] - 1], sp[7])));
        return dev.freethread.objects.PyTuple.stealing(ts, PyInt.of(ts, sp[0]), PyInt.of(ts, sp[2]),
                PyInt.of(ts, TracebackSource.byteColumn(lines[sp[0] - 1], sp[1])),
                PyInt.of(ts, TracebackSource.byteColumn(lines[sp[2] - 1], sp[3])), anchors,
                dev.freethread.objects.PyBool.of(sp[8] != 0));
    }

    private TraceEntry entry() {
        return entries.get(index);
    }

    /** The attribute {@code n} (a new reference), or null. */
    PyObject attr(PyThread t, String n) {
        ThreadState ts = t.ts;
        TraceEntry en = entry();
        if (type() == TYPE) {
            switch (n) {
                case "tb_lineno":
                    return PyInt.of(ts, en.line);
                case "tb_lasti":
                    return PyInt.of(ts, -1);
                case "tb_next": {
                    PyObject nx = next;
                    if (nx != null) {
                        return RefCount.newRef(ts, nx);
                    }
                    return index + 1 < entries.size() ? new PyTraceback(ts, TYPE, entries, index + 1) : PyNone.NONE;
                }
                case "tb_frame":
                    return new PyTraceback(ts, FRAME, entries, index);
                case "_ft_span": // (lineno, end_lineno, colno, end_colno, anchors or None, whole) or None: traceback.py's
                    return span(t, en);
                default:
                    return null;
            }
        }
        if (type() == FRAME) {
            switch (n) {
                case "f_lineno":
                    return PyInt.of(ts, en.line);
                case "f_code":
                    return new PyTraceback(ts, CODE, entries, index);
                case "f_globals":
                case "f_locals":
                    return PyDict.create(ts);
                case "f_back":
                case "f_trace":
                    return PyNone.NONE;
                case "f_lasti":
                    return PyInt.of(ts, -1);
                default:
                    return null;
            }
        }
        switch (n) {
            case "co_filename":
                return PyStr.of(ts, en.file);
            case "co_name":
            case "co_qualname":
                return PyStr.of(ts, en.function);
            case "co_firstlineno": // PEP 626's tests read f_lineno - f_code.co_firstlineno from a traceback's frame
                return PyInt.of(ts, en.firstLine);
            default:
                return null;
        }
    }

    @Override
    public String repr() {
        TraceEntry en = entry();
        if (type() == TYPE) {
            return "<traceback object at 0x" + Integer.toHexString(System.identityHashCode(this)) + ">";
        }
        if (type() == FRAME) {
            return "<frame at 0x" + Integer.toHexString(System.identityHashCode(this)) + ", file '" + en.file
                    + "', line " + en.line + ", code " + en.function + ">";
        }
        return "<code object " + en.function + " at 0x" + Integer.toHexString(System.identityHashCode(this))
                + ", file \"" + en.file + "\">";
    }
}
