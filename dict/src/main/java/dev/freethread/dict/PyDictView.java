// SPDX-License-Identifier: Apache-2.0
package dev.freethread.dict;

import dev.freethread.objects.CriticalSection;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyTuple;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.Repr;
import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * A live view of a dict ({@code dict_keys}, {@code dict_values}, {@code dict_items}): it reflects later changes to the
 * dict. Its size and key membership are the dict's lock-free reads; it holds a reference to the dict until freed.
 */
public final class PyDictView extends PyObject implements Repr.Nested {
    private static final PyType KEYS_TYPE = PyType.staticType("dict_keys", PyType.FLAG_GC);
    private static final PyType VALUES_TYPE = PyType.staticType("dict_values", PyType.FLAG_GC);
    private static final PyType ITEMS_TYPE = PyType.staticType("dict_items", PyType.FLAG_GC);

    private final PyDictIterator.Kind kind;
    private PyDict dict;

    private PyDictView(ThreadState ts, PyDict dict, PyDictIterator.Kind kind) {
        super(typeOf(kind), ts);
        this.kind = kind;
        this.dict = RefCount.newRef(ts, dict);
    }

    private static PyType typeOf(PyDictIterator.Kind kind) {
        switch (kind) {
            case KEYS:
                return KEYS_TYPE;
            case VALUES:
                return VALUES_TYPE;
            default:
                return ITEMS_TYPE;
        }
    }

    static PyDictView create(ThreadState ts, PyDict dict, PyDictIterator.Kind kind) {
        return new PyDictView(ts, dict, kind);
    }

    public PyDictIterator.Kind kind() {
        return kind;
    }

    /** {@code len(view)}: the dict's size. Wait-free. */
    public int size() {
        return dict.size();
    }

    /**
     * {@code x in view}: for keys, a key lookup; for items, {@code x} must be a 2-tuple whose key is present with an
     * equal value; for values, a scan comparing each value (Python's {@code values} views have no faster way).
     */
    public boolean contains(ThreadState ts, PyObject x) {
        switch (kind) {
            case KEYS:
                return dict.contains(ts, x);
            case ITEMS: {
                if (!(x instanceof PyTuple) || ((PyTuple) x).size() != 2) {
                    return false;
                }
                PyTuple pair = (PyTuple) x;
                PyObject v = dict.get(ts, pair.getItemBorrowed(0), MISSING);
                try {
                    if (v == MISSING) {
                        return false;
                    }
                    PyObject want = pair.getItemBorrowed(1);
                    return v == want || PyDict.keysEqual(ts, v, want);
                } finally {
                    RefCount.decref(ts, v);
                }
            }
            default: {
                PyDictIterator it = iter(ts);
                try {
                    for (PyObject v = it.next(ts); v != null; v = it.next(ts)) {
                        try {
                            if (v == x || PyDict.keysEqual(ts, v, x)) {
                                return true;
                            }
                        } finally {
                            RefCount.decref(ts, v);
                        }
                    }
                    return false;
                } finally {
                    RefCount.decref(ts, it);
                }
            }
        }
    }

    /** {@code repr(view)}: {@code dict_keys([1, 2])}, as CPython's dictview_repr. */
    @Override
    public String repr(ThreadState ts) {
        return Repr.of(ts, this);
    }

    /**
     * {@code dict_keys([...])}: the view's items copied under the dict's section as new references (CPython's
     * dictview_repr lists the view first, which copies under that section), then printed outside it, where their
     * reprs may run user code. Without a thread state (no user code may run) only the type and size.
     */
    @Override
    public void reprInto(StringBuilder b, Repr ctx) {
        ThreadState ts = ctx.threadState();
        PyDict d = dict;
        if (ts == null || d == null) {
            b.append('<').append(type().name()).append(" object of size ").append(d == null ? 0 : d.size()).append('>');
            return;
        }
        java.util.List<PyObject> items = new java.util.ArrayList<>();
        try {
            try (CriticalSection cs = CriticalSection.of(ts, d)) {
                PyDictIterator it = iter(ts);
                try {
                    for (PyObject o = it.next(ts); o != null; o = it.next(ts)) {
                        items.add(o);
                    }
                } finally {
                    RefCount.decref(ts, it);
                }
            }
            b.append(type().name()).append("([");
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    b.append(", ");
                }
                ctx.item(b, items.get(i));
            }
            b.append("])");
        } finally {
            for (PyObject o : items) {
                RefCount.decref(ts, o);
            }
        }
    }

    /** A view met again inside its own repr prints as {@code ...} (CPython's dictview_repr). */
    @Override
    public String recursiveRepr() {
        return "...";
    }

    /** {@code iter(view)}: a new reference to an iterator of the view's kind. */
    public PyDictIterator iter(ThreadState ts) {
        return PyDictIterator.create(ts, dict, kind);
    }

    /** The dict behind the view, borrowed (valid while the caller holds the view). */
    public PyDict mappingBorrowed() {
        return dict;
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        PyDict d = dict;
        if (d != null) {
            visitor.visit(d);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        PyDict d = dict;
        dict = null;
        if (d != null) {
            visitor.visit(d);
        }
    }

    /** A sentinel default for the items view's lookup: immortal, never stored in a dict. */
    private static final PyObject MISSING = new PyObject(PyType.staticType("dict_view.missing", 0),
            PyObject.Immortal.IMMORTAL) {
    };
}
