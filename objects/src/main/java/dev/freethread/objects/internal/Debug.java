// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects.internal;

import dev.freethread.objects.PyObject;
import dev.freethread.objects.ThreadState;

/**
 * The debug mode: {@code -Dfreethread.debug=true} turns every misuse the fast paths do not check (a thread state
 * used from another thread or while detached) into an exception naming the object, its type and the thread.
 * The flag is a constant, so with it off the JIT removes every check.
 */
public final class Debug {
    private Debug() {}

    /** Whether the debug checks are on (read once, at class initialisation). */
    public static final boolean ENABLED = Boolean.getBoolean("freethread.debug");

    /** Throws unless {@code ts} belongs to the calling thread and is attached. */
    public static void checkThread(ThreadState ts, String what) {
        if (ts == null) {
            throw new IllegalStateException("cannot " + what + ": no thread state (attach the thread to a Runtime first)");
        }
        if (ts.thread() != Thread.currentThread()) {
            throw new IllegalStateException("cannot " + what + ": thread state #" + ts.id() + " belongs to thread '"
                    + ts.thread().getName() + "', not to the calling thread '" + Thread.currentThread().getName() + "'");
        }
        if (!ts.isAttached()) {
            throw new IllegalStateException("cannot " + what + ": thread '" + Thread.currentThread().getName()
                    + "' (thread state #" + ts.id() + ") is " + ts.status().name().toLowerCase() + ", not attached");
        }
    }

    /** A description of an object for messages: type, identity and header. Never runs user code. */
    public static String describe(PyObject o) {
        return "'" + o.type().name() + "' object at 0x" + Integer.toHexString(System.identityHashCode(o))
                + " [owner=" + Header.ownerIdOpaque(o) + ", local=" + Header.refLocal(o)
                + ", shared=" + Header.sharedCount(Header.refSharedVolatile(o))
                + "/" + stateName(Header.sharedState(Header.refSharedVolatile(o))) + "]";
    }

    static String stateName(int state) {
        switch (state) {
            case Header.SHARED_INIT: return "init";
            case Header.MAYBE_WEAKREF: return "maybe-weakref";
            case Header.QUEUED: return "queued";
            default: return "merged";
        }
    }

    /** The calling thread, for messages. */
    public static String currentThread() {
        return "'" + Thread.currentThread().getName() + "'";
    }
}
