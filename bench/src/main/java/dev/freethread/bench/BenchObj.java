// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.PyType;
import dev.freethread.objects.ThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The reference-counting benchmarks' object: the toolkit's header plus one {@code int}, the counter of the
 * {@link Peer#PLAIN} and {@link Peer#RAW_ATOMIC} peers. Every peer runs on the same objects, so they share the
 * object's shape, size and cache line: the only difference between two peers is the code that counts.
 *
 * <p>The peers' counter starts at 1 (the creator's reference, as the header's) and must be back at 1 after every
 * benchmark invocation; {@link #checkBalanced} checks it at teardown.
 */
public final class BenchObj extends PyObject {
    /** A non-GC static type: no collector bits, no finalizer. */
    public static final PyType TYPE = PyType.staticType("BenchObj", 0);
    /** The same, tracked by the collector: what {@code RefCount.makePerThread} needs (the PER_THREAD peer). */
    public static final PyType TRACKED_TYPE = PyType.staticType("BenchObj (tracked)", PyType.FLAG_GC);

    private static final VarHandle COUNT;

    static {
        try {
            COUNT = MethodHandles.lookup().findVarHandle(BenchObj.class, "count", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /** The peers' counter: the creator's reference, as the header's counts hold one. */
    private int count = 1;

    /** A new reference to a new object owned by {@code ts}'s thread. Calling thread: {@code ts}'s own. */
    public BenchObj(ThreadState ts) {
        super(TYPE, ts);
    }

    private BenchObj(ThreadState ts, PyType type) {
        super(type, ts);
    }

    /** {@code n} new tracked objects, each made per-thread counted ({@code RefCount.makePerThread}) by {@code ts}. */
    static BenchObj[] createPerThread(ThreadState ts, int n) {
        BenchObj[] a = new BenchObj[n];
        for (int i = 0; i < n; i++) {
            a[i] = new BenchObj(ts, TRACKED_TYPE);
            dev.freethread.refcount.RefCount.makePerThread(ts, a[i]);
        }
        return a;
    }

    /** {@code n} new objects owned by {@code ts}'s thread. */
    static BenchObj[] create(ThreadState ts, int n) {
        BenchObj[] a = new BenchObj[n];
        for (int i = 0; i < n; i++) {
            a[i] = new BenchObj(ts);
        }
        return a;
    }

    // ---- the PLAIN peer: the physical limit of a reference count (one plain load and store each way, and the zero
    // test every decref needs). Exactly as simple as the owner's fast path in RefCount, minus the ownership check.

    static void plainIncref(BenchObj o) {
        o.count++;
    }

    static void plainDecref(BenchObj o) {
        int n = o.count - 1;
        o.count = n;
        if (n <= 0) {
            reachedZero(o);
        }
    }

    // ---- the RAW_ATOMIC peer: one atomic read-modify-write each way (lock xadd on x86) and the zero test, with
    // none of the toolkit's checks (ownership, immortality, the shared word's state and range).

    static void rawAtomicIncref(BenchObj o) {
        COUNT.getAndAdd(o, 1);
    }

    static void rawAtomicDecref(BenchObj o) {
        int old = (int) COUNT.getAndAdd(o, -1);
        if (old <= 1) {
            reachedZero(o);
        }
    }

    /** Never reached in a balanced benchmark; the JIT turns the branch into an uncommon trap, as RefCount's. */
    private static void reachedZero(BenchObj o) {
        throw new IllegalStateException("a peer's count reached zero: the benchmark is unbalanced (" + o.repr() + ")");
    }

    /** The peers' counter, read with volatile semantics (teardown). */
    int peerCount() {
        return (int) COUNT.getVolatile(this);
    }
}
