// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.Compare;
import dev.freethread.objects.CompareOp;
import dev.freethread.objects.PyBool;
import dev.freethread.objects.PyException;
import dev.freethread.objects.PyNotImplemented;
import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A weak reference ({@code weakref.ref}): refers to an object without keeping it alive. {@link #get} returns a new
 * reference or null, never a freed object; the callback runs once, on the thread that frees the referent.
 *
 * <p>Thread-safe; {@link #get} is lock-free ([R7] in {@link RefCount}'s overview). Semantics follow CPython: a
 * weak reference without callback is shared ({@code weakref.ref(o) is weakref.ref(o)}); callbacks run newest first;
 * the finalizer of the referent runs before its weak references are cleared, so it can still see them resolve.
 */
public final class PyWeakRef extends PyObject {
    public static final PyType TYPE = PyType.staticType("weakref.ReferenceType", PyType.FLAG_GC);

    private static final VarHandle REFERENT;

    static {
        try {
            REFERENT = MethodHandles.lookup().findVarHandle(PyWeakRef.class, "referent", PyObject.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The referent; cleared (release) once, when the referent is freed or this reference is. */
    @SuppressWarnings("unused") // through REFERENT
    private volatile PyObject referent;
    private WeakRefCallback callback;
    /** The referent's hash once computed ({@code -1}: not yet), kept for after the referent dies, as CPython's. */
    private volatile long hash = -1;

    private PyWeakRef(ThreadState ts, PyObject referent, WeakRefCallback callback) {
        super(TYPE, ts);
        this.referent = referent;
        this.callback = callback;
    }

    /**
     * A new reference to a weak reference to {@code referent} (borrowed), with an optional callback.
     *
     * @throws PyException TypeError if the referent's type does not support weak references (CPython:
     *         {@code cannot create weak reference to 'int' object})
     */
    public static PyWeakRef of(ThreadState ts, PyObject referent, WeakRefCallback callback) {
        if (referent == null) {
            throw new NullPointerException("weak reference to null");
        }
        if (!referent.type().supportsWeakRefs()) {
            throw new PyException("TypeError", "cannot create weak reference to '" + referent.type().name() + "' object");
        }
        return WeakRefs.create(ts, referent, callback);
    }

    /**
     * {@code weakref.getweakrefcount(referent)}: how many weak references refer to {@code referent} (0 once it has
     * died: its references are detached then). A snapshot; other threads may create or drop references meanwhile.
     */
    public static int countFor(ThreadState ts, PyObject referent) {
        return WeakRefs.count(ts.runtime(), referent);
    }

    static PyWeakRef newInstance(ThreadState ts, PyObject referent, WeakRefCallback callback) {
        PyWeakRef wr = new PyWeakRef(ts, referent, callback);
        if (callback instanceof PyObject) {
            RefCount.incref(ts, (PyObject) callback);
        }
        return wr;
    }

    /**
     * A new reference to the referent, or null once it has been freed (Python's {@code ref()} returning None).
     * Lock-free.
     */
    public PyObject get(ThreadState ts) {
        PyObject r = (PyObject) REFERENT.getAcquire(this);
        if (r == null || !RefCount.tryIncrefCompare(ts, r, REFERENT, this)) {
            return null;
        }
        return r;
    }

    /** Whether the referent has been freed (or this reference cleared). */
    public boolean isDead() {
        return REFERENT.getAcquire(this) == null;
    }

    /**
     * The callback this reference was made with, or null for none (or once the collector cleared it). A binding's
     * {@code __callback__}: it may read the callback's own fields while it holds this reference.
     */
    public WeakRefCallback callback() {
        return callback;
    }

    /**
     * {@code weakref.getweakrefs(referent)}: new references to the weak references that refer to {@code referent},
     * oldest first (none once it has died). A snapshot; a reference that is being freed meanwhile is left out.
     */
    public static java.util.List<PyWeakRef> refsTo(ThreadState ts, PyObject referent) {
        return WeakRefs.refsTo(ts, referent);
    }

    PyObject referentAcquire() {
        return (PyObject) REFERENT.getAcquire(this);
    }

    /** Clears the referent slot; returns what it held. */
    PyObject clearReferent() {
        return (PyObject) REFERENT.getAndSet(this, null);
    }

    @Override
    public void traverse(ReferenceVisitor visitor) {
        if (callback instanceof PyObject) {
            visitor.visit((PyObject) callback);
        }
    }

    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        WeakRefCallback cb = callback;
        callback = null;
        if (cb instanceof PyObject) {
            visitor.visit((PyObject) cb);
        }
    }

    /**
     * {@code hash(ref)}: the referent's hash, remembered, so a reference keeps its hash after the referent dies (a
     * dict keyed by weak references stays valid); a reference whose referent died before it was ever hashed raises
     * {@code TypeError: weak object has gone away}, as CPython's {@code weakref_hash}. The referent's hash may run
     * user code: it runs on a new reference, dropped afterwards.
     */
    @Override
    public long pyHash(ThreadState ts) {
        long h = hash;
        if (h != -1) {
            return h;
        }
        PyObject r = get(ts);
        if (r == null) {
            throw new PyException("TypeError", "weak object has gone away");
        }
        try {
            h = r.pyHash(ts);
        } finally {
            RefCount.decref(ts, r);
        }
        hash = h; // racing threads compute the same value
        return h;
    }

    /**
     * {@code ==} and {@code !=} of two weak references: their referents compared while both live, identity once either
     * is dead; NotImplemented for other operands and orderings, as CPython's {@code weakref_richcompare}.
     */
    @Override
    public PyObject richCompare(ThreadState ts, PyObject other, CompareOp op) {
        if (!(other instanceof PyWeakRef) || op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = get(ts);
        PyObject b = a == null ? null : ((PyWeakRef) other).get(ts);
        try {
            if (a == null || b == null) {
                boolean same = this == other;
                return PyBool.of(op == CompareOp.EQ ? same : !same);
            }
            return Compare.richCompare(ts, a, b, op);
        } finally {
            if (a != null) {
                RefCount.decref(ts, a);
            }
            if (b != null) {
                RefCount.decref(ts, b);
            }
        }
    }

    @Override
    public String repr() {
        PyObject r = referentAcquire();
        return r == null ? "<weakref; dead>" : "<weakref; to '" + r.type().name() + "'>";
    }
}
