// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.internal;

import dev.freethread.objects.ThreadState;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/** Toolkit-internal access to a {@link ThreadState}: its core and its request bits. */
public final class ThreadStates {
    private ThreadStates() {}

    /** Request bit: the thread's merge queue is not empty. */
    public static final int REQUEST_MERGE = 1;
    /** Request bit: a handshake action is queued for the thread. */
    public static final int REQUEST_HANDSHAKE = 1 << 1;
    /** Request bit: a stop-the-world wants the thread parked. */
    public static final int REQUEST_STOP = 1 << 2;
    /** Request bit: the thread has buffered enough tracked allocations for the collector to look at (gc). */
    public static final int REQUEST_GC = 1 << 3;
    /**
     * Request bit: a thread waits for this one's quiescent-state report (deferred decrefs, refcount), or a waiting
     * thread is woken to look at the reports again. The report itself happens at every serviced safepoint, and every
     * report or offline transition wakes the waiters (Qsbr, "Wake-ups").
     */
    public static final int REQUEST_QSBR = 1 << 4;

    private static final VarHandle PENDING;
    private static final VarHandle CORE;
    private static final VarHandle PER_THREAD_COUNTS;
    private static final java.lang.invoke.MethodHandle THREADS_VIEW;

    static {
        try {
            Class<?> fields = Class.forName("dev.freethread.objects.ThreadStateFields");
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(fields, MethodHandles.lookup());
            PENDING = l.findVarHandle(fields, "pending", int.class);
            CORE = l.findVarHandle(fields, "core", ThreadCore.class);
            PER_THREAD_COUNTS = l.findVarHandle(fields, "perThreadCounts", int[].class);
            THREADS_VIEW = MethodHandles.privateLookupIn(dev.freethread.objects.Runtime.class, MethodHandles.lookup())
                    .findVirtual(dev.freethread.objects.Runtime.class, "threadStatesView",
                            java.lang.invoke.MethodType.methodType(java.util.Collection.class));
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    /**
     * A live view of the Runtime's thread states that have not exited (no copy: for scans on slow paths that must
     * not allocate, such as the QSBR minimum).
     */
    @SuppressWarnings("unchecked")
    public static java.util.Collection<ThreadState> threadsView(dev.freethread.objects.Runtime rt) {
        try {
            return (java.util.Collection<ThreadState>) THREADS_VIEW.invokeExact(rt);
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    /**
     * The thread's counts of per-thread counted objects, by index (refcount's makePerThread): its owner writes them
     * plain; the collector reads and zeroes them with the world stopped; anyone else reads them racily.
     */
    public static int[] perThreadCounts(ThreadState ts) {
        return (int[]) PER_THREAD_COUNTS.get(ts);
    }

    /**
     * Every live thread's per-thread count at {@code index}, summed: exact with the world stopped (the collector), a
     * racy snapshot otherwise ({@code sys.getrefcount}, as CPython's).
     */
    public static long perThreadSum(dev.freethread.objects.Runtime rt, int index) {
        long n = 0;
        for (ThreadState t : threadsView(rt)) {
            int[] c = perThreadCounts(t);
            if (index < c.length) {
                n += c[index];
            }
        }
        return n;
    }

    /** Owner (or the reclaimer of a dead thread's state, or the collector): the counts array, grown to hold {@code index}. */
    public static int[] perThreadCountsFor(ThreadState ts, int index) {
        int[] c = perThreadCounts(ts);
        if (index >= c.length) {
            c = java.util.Arrays.copyOf(c, Math.max(index + 1, c.length * 2));
            PER_THREAD_COUNTS.set(ts, c);
        }
        return c;
    }

    /** The thread's core (merge queue, deallocation stack, accounting). */
    public static ThreadCore core(ThreadState ts) {
        return (ThreadCore) CORE.get(ts);
    }

    /**
     * Asks the thread to service {@code bits} at its next safepoint. Called by any thread after it has published
     * the work (offered to the merge queue): the owner clears the bits before servicing, so no request is lost.
     */
    public static void request(ThreadState ts, int bits) {
        int p = (int) PENDING.getVolatile(ts);
        if ((p & bits) != bits) {
            PENDING.getAndBitwiseOr(ts, bits);
        }
    }
}
