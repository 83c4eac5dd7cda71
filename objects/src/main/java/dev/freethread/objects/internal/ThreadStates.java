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

    private static final VarHandle PENDING;
    private static final VarHandle CORE;

    static {
        try {
            Class<?> fields = Class.forName("dev.freethread.objects.ThreadStateFields");
            MethodHandles.Lookup l = MethodHandles.privateLookupIn(fields, MethodHandles.lookup());
            PENDING = l.findVarHandle(fields, "pending", int.class);
            CORE = l.findVarHandle(fields, "core", ThreadCore.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
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
