// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.PyException;
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

    WeakRefCallback callback() {
        return callback;
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

    @Override
    public String repr() {
        PyObject r = referentAcquire();
        return r == null ? "<weakref; dead>" : "<weakref; to '" + r.type().name() + "'>";
    }
}
