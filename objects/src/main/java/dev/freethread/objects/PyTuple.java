// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;


/**
 * {@code tuple}: an immutable sequence holding a strong reference to each item. The empty tuple is an immortal
 * singleton. Tuples are containers: the collector tracks them. A binding may subclass it for {@code class T(tuple)}
 * ({@link #PyTuple(PyType, ThreadState, PyObject[])}).
 */
public class PyTuple extends PyObject implements Repr.Nested {
    public static final PyType TYPE = PyType.staticType("tuple", PyType.FLAG_GC | PyType.FLAG_NO_WEAKREFS);
    public static final PyTuple EMPTY = new PyTuple();

    /** Items; a slot is nulled only by {@link #clearReferences} (deallocation, or the collector breaking a cycle). */
    private final PyObject[] items;

    private PyTuple() {
        super(TYPE, Immortal.IMMORTAL);
        this.items = new PyObject[0];
    }

    private PyTuple(ThreadState ts, PyObject[] items) {
        super(TYPE, ts);
        this.items = items;
    }

    /**
     * A new reference to a tuple of a binding's subtype of tuple ({@code class T(tuple)}), taking over one reference
     * to each item (as {@link #stealing}).
     *
     * @throws IllegalArgumentException unless {@code type} is a subtype of tuple
     * @throws NullPointerException naming the index of a null item (nothing is taken over then)
     */
    protected PyTuple(PyType type, ThreadState ts, PyObject[] items) {
        super(PyType.requireSubtype(type, TYPE), ts);
        for (int i = 0; i < items.length; i++) {
            if (items[i] == null) {
                throw new NullPointerException("tuple item " + i + " is null");
            }
        }
        this.items = items.clone();
    }

    /**
     * A new reference to a tuple that takes over ("steals", as CPython's {@code PyTuple_SET_ITEM}) one reference to
     * each item from the caller. The refcount module's {@code Tuples.of} borrows instead.
     *
     * @throws NullPointerException naming the index of a null item (nothing is taken over then)
     */
    public static PyTuple stealing(ThreadState ts, PyObject... items) {
        for (int i = 0; i < items.length; i++) {
            if (items[i] == null) {
                throw new NullPointerException("tuple item " + i + " is null");
            }
        }
        if (items.length == 0) {
            return EMPTY;
        }
        return new PyTuple(ts, items.clone());
    }

    public final int size() {
        return items.length;
    }

    /**
     * The item at {@code index}, borrowed (valid while the caller holds a reference to the tuple).
     *
     * @throws PyException IndexError when out of range
     */
    public final PyObject getItemBorrowed(int index) {
        if (index < 0 || index >= items.length) {
            throw new PyException("IndexError", "tuple index out of range");
        }
        return items[index];
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        for (PyObject item : items) {
            if (item != null) {
                visitor.visit(item);
            }
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        for (int i = items.length - 1; i >= 0; i--) { // last to first, as CPython's tupledealloc
            PyObject item = items[i];
            if (item != null) {
                items[i] = null;
                visitor.visit(item);
            }
        }
    }

    /**
     * CPython's tuple hash (the xxHash-based one of 3.8 and later), so hashes match CPython's for int items. A level
     * of recursion for the items (a tuple nested deeper than the recursion limit raises RecursionError; CPython,
     * which has no guard here, overflows its C stack).
     */
    @Override
    public long pyHash(ThreadState ts) {
        final long prime1 = 0x9E3779B185EBCA87L;
        final long prime2 = 0xC2B2AE3D27D4EB4FL;
        final long prime5 = 0x27D4EB2F165667C5L;
        long acc = prime5;
        ts.enterRecursiveCall(" while getting the hash of an object");
        try {
            for (PyObject item : items) {
                long lane = item.pyHash(ts);
                acc += lane * prime2;
                acc = Long.rotateLeft(acc, 31);
                acc *= prime1;
            }
        } finally {
            ts.leaveRecursiveCall();
        }
        acc += items.length ^ (prime5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }

    /**
     * tuple's comparisons, as CPython's {@code tuplerichcompare}: NotImplemented unless both are tuples; the first index
     * whose items differ ({@link Compare#richCompareBool} with {@code ==}, identity first) decides with the proper
     * operator ({@link Compare#richCompare}); with no differing item the lengths decide. Items are immutable here, so
     * nothing is re-read.
     */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof PyTuple)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] v = items;
        PyObject[] w = ((PyTuple) other).items;
        int i = 0;
        for (; i < v.length && i < w.length; i++) {
            if (!Compare.richCompareBool(ts, v[i], w[i], CompareOp.EQ)) {
                break;
            }
        }
        if (i >= v.length || i >= w.length) {
            return PyBool.of(op.compare(v.length, w.length));
        }
        if (op == CompareOp.EQ) {
            return PyBool.FALSE;
        }
        if (op == CompareOp.NE) {
            return PyBool.TRUE;
        }
        return Compare.richCompare(ts, v[i], w[i], op);
    }

    /** {@code bool(t)}: not empty. */
    @Override
    public boolean pyBool(ThreadState ts) {
        return items.length != 0;
    }

    @Override
    public String repr() {
        return Repr.of(null, this);
    }

    @Override
    public String repr(ThreadState ts) {
        return Repr.of(ts, this);
    }

    /** Prints {@code (1, 'a')}, {@code (1,)}, and {@code (...)} for a tuple inside its own repr. */
    @Override
    public void reprInto(StringBuilder b, Repr ctx) {
        b.append('(');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            if (items[i] == null) {
                b.append("<cleared>");
            } else {
                ctx.item(b, items[i]);
            }
        }
        b.append(items.length == 1 ? ",)" : ")");
    }

    @Override
    public String recursiveRepr() {
        return "(...)";
    }
}
