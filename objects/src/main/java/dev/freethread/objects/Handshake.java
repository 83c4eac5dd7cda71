// SPDX-License-Identifier: Apache-2.0
package dev.freethread.objects;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * One handshake action for one target thread. Exactly one party runs it: the target at its safepoint, or the
 * requester on the target's behalf while holding the target detached; a claim (CAS) decides who.
 */
final class Handshake {
    private static final int PENDING = 0;
    private static final int CLAIMED = 1;
    private static final int DONE = 2;

    final Consumer<ThreadState> action;
    final ThreadState target;
    private final AtomicInteger state = new AtomicInteger(PENDING);
    private volatile Throwable error;

    Handshake(Consumer<ThreadState> action, ThreadState target) {
        this.action = action;
        this.target = target;
    }

    /** Runs the action for the target, if nobody has claimed it; {@code runner} is the thread running it. */
    void runBy(ThreadState runner) {
        if (state.compareAndSet(PENDING, CLAIMED)) {
            try {
                action.accept(target);
            } catch (Throwable t) {
                error = t;
            } finally {
                state.set(DONE);
            }
        }
    }

    /** The target exited before running it: mark it done without running it. */
    void skip() {
        if (state.compareAndSet(PENDING, CLAIMED)) {
            state.set(DONE);
        }
    }

    boolean isDone() {
        return state.get() == DONE;
    }

    Throwable error() {
        return error;
    }
}
