// SPDX-License-Identifier: Apache-2.0
package dev.freethread.stress;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ReferenceVisitor;
import dev.freethread.objects.ThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The object the jcstress tests count: it records how many times it was freed and finalized, and which thread freed
 * it.
 *
 * <p>A free is counted in {@link #clearReferences}, which deallocation calls exactly once per free (after the header
 * is marked dead), so a double free counts 2 — the finalizer alone could not show one, since it runs at most once
 * per object (PEP 442) whatever happens. The finalizing variant also exercises the finalizer's window, in which the
 * object is briefly alive again (merged, one reference) while its finalizer runs. Counters are updated atomically so
 * that two racing frees could not hide each other.
 */
final class Probe extends PyObject {
    static final PyType PLAIN = PyType.staticType("stress.Probe", 0);
    static final PyType FINALIZING = PyType.staticType("stress.FinalizingProbe", PyType.FLAG_HAS_FINALIZER);

    private static final VarHandle FREES;
    private static final VarHandle FINALIZATIONS;

    static {
        try {
            MethodHandles.Lookup l = MethodHandles.lookup();
            FREES = l.findVarHandle(Probe.class, "frees", int.class);
            FINALIZATIONS = l.findVarHandle(Probe.class, "finalizations", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    @SuppressWarnings("unused") // through FREES
    private volatile int frees;
    @SuppressWarnings("unused") // through FINALIZATIONS
    private volatile int finalizations;
    /** The thread that freed it last. */
    private volatile Thread freedBy;

    private Probe(PyType type, ThreadState ts) {
        super(type, ts);
    }

    /** A new object owned by {@code ts}'s thread, holding one reference for the caller; no finalizer. */
    static Probe plain(ThreadState ts) {
        return new Probe(PLAIN, ts);
    }

    /** A new object owned by {@code ts}'s thread, holding one reference for the caller, with a counting finalizer. */
    static Probe finalizing(ThreadState ts) {
        return new Probe(FINALIZING, ts);
    }

    /** How many times it has been freed (0 while alive, 1 after its free; 2 would be a double free). */
    int frees() {
        return (int) FREES.getVolatile(this);
    }

    /** How many times its finalizer has run (at most 1). */
    int finalizations() {
        return (int) FINALIZATIONS.getVolatile(this);
    }

    /** The thread that freed it, or null while alive. */
    Thread freedBy() {
        return freedBy;
    }

    @Override
    public void clearReferences(ReferenceVisitor visitor) {
        freedBy = Thread.currentThread();
        FREES.getAndAdd(this, 1);
    }

    @Override
    public void finalizeObject(ThreadState ts) {
        FINALIZATIONS.getAndAdd(this, 1);
    }

    @Override
    public String repr() {
        return "<stress.Probe frees=" + frees() + " finalizations=" + finalizations() + ">";
    }
}
