// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.Runtime;
import dev.freethread.objects.ThreadState;
import dev.freethread.objects.internal.ThreadStates;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of the biased protocol's slow paths in one Runtime: how often objects were queued to their owner, merged
 * by the owner, merged because the owner's local count reached zero, and merged by another thread after the owner
 * exited. Only slow paths count (a {@link LongAdder} each), so the fast paths pay nothing. A snapshot; thread-safe.
 */
public final class RcStats {
    private static final Object KEY = new Object();

    /**
     * Statistics mode ({@code -Dfreethread.rcstats=true}, read once): every incref and decref also counts, in its
     * thread's core, which path it took ({@link #operations}). Off, the checks fold away and the fast paths pay
     * nothing.
     */
    static final boolean COUNTING = Boolean.getBoolean("freethread.rcstats");
    static final int BIASED = 0;
    static final int SHARED = 1;
    static final int PER_THREAD = 2;
    static final int IMMORTAL = 3;

    static void count(ThreadState ts, int path) {
        ThreadStates.core(ts).rcOperations[path]++;
    }

    /** Whether this JVM counts reference-count operations by path ({@code -Dfreethread.rcstats=true}). */
    public static boolean counting() {
        return COUNTING;
    }

    /**
     * Increfs and decrefs by path in {@code rt}, in statistics mode (all zero otherwise): {@code [biased, shared,
     * per-thread, immortal]} (the owner's plain path; an atomic on the shared word, merged or queued; a per-thread
     * counted object's slot; an immortal object, no count touched).
     */
    public static long[] operations(Runtime rt) {
        return rt.rcOperationTotals();
    }

    final LongAdder queuedToOwner = new LongAdder();
    final LongAdder ownerMerges = new LongAdder();
    final LongAdder zeroLocalMerges = new LongAdder();
    final LongAdder abandonedMerges = new LongAdder();

    RcStats() {
    }

    /** The counters of {@code rt}. */
    public static RcStats of(Runtime rt) {
        return rt.attachment(KEY, RcStats::new);
    }

    /** Objects a non-owner drove negative and queued to their owner. */
    public long queuedToOwner() {
        return queuedToOwner.sum();
    }

    /** Queued objects merged by their owner at a safepoint. */
    public long ownerMerges() {
        return ownerMerges.sum();
    }

    /** Objects merged because their owner's local count reached zero while others held references. */
    public long zeroLocalMerges() {
        return zeroLocalMerges.sum();
    }

    /** Queued objects merged by another thread because their owner had exited. */
    public long abandonedMerges() {
        return abandonedMerges.sum();
    }

    @Override
    public String toString() {
        return "queued=" + queuedToOwner() + ", ownerMerges=" + ownerMerges() + ", zeroLocalMerges=" + zeroLocalMerges()
                + ", abandonedMerges=" + abandonedMerges();
    }
}
