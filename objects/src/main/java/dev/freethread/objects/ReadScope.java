// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import dev.freethread.objects.internal.Debug;

/**
 * A stretch of code that uses borrowed references ({@code PyDict.getBorrowed}, {@code PyList.getItemBorrowed},
 * {@code nextBorrowed}) and promises to reach no safepoint meanwhile: {@code try (ReadScope s = ReadScope.enter(ts))
 * {...}}. A borrowed reference is valid only until its thread's next safepoint ({@link ThreadState#poll()},
 * {@code detach}, {@code attach}, {@code close}, any blocking toolkit call, any call that may run user code, a decref
 * included); in debug mode ({@code -Dfreethread.debug=true}) a safepoint reached inside an open scope throws
 * {@link IllegalStateException} there, where the bug is, instead of a use after free later. Outside debug mode a scope
 * costs an increment and a decrement of a field of the thread state, and checks nothing.
 *
 * <p>Scopes nest. The scope object is the thread's own, reused (no allocation). Owner thread only.
 */
public final class ReadScope implements AutoCloseable {
    private final ThreadState ts;

    private ReadScope(ThreadState ts) {
        this.ts = ts;
    }

    /** Opens a read scope on the calling thread ({@code ts}'s). */
    public static ReadScope enter(ThreadState ts) {
        if (Debug.ENABLED) {
            Debug.checkThread(ts, "ReadScope.enter");
        }
        ReadScope s = ts.readScope;
        if (s == null) {
            ts.readScope = s = new ReadScope(ts);
        }
        ts.readScopeDepth++;
        return s;
    }

    /** Closes the innermost read scope. */
    @Override
    public void close() {
        int d = ts.readScopeDepth;
        if (d == 0) {
            throw new IllegalStateException("ReadScope closed more often than entered on thread state #" + ts.id());
        }
        ts.readScopeDepth = d - 1;
    }

    /** How many read scopes are open on {@code ts}'s thread. */
    public static int depth(ThreadState ts) {
        return ts.readScopeDepth;
    }

    /** Debug mode: throws if a read scope is open on {@code ts} (a safepoint named {@code what} is about to run). */
    static void checkNoScope(ThreadState ts, String what) {
        if (Debug.ENABLED && ts.readScopeDepth != 0) {
            throw safepointInside(ts, what);
        }
    }

    static IllegalStateException safepointInside(ThreadState ts, String what) {
        return new IllegalStateException("a safepoint (" + what + ") inside a ReadScope on thread state #" + ts.id()
                + ": every borrowed reference read in the scope is invalid after it (incref one to keep it, and close"
                + " the scope before the safepoint)");
    }

    /**
     * Debug mode: a toolkit path that may reach a safepoint (a blocking call, user code) calls this first, so that a
     * borrowed reference held across it is reported where the bug is.
     */
    public static void checkSafepoint(ThreadState ts, String what) {
        checkNoScope(ts, what);
    }
}
