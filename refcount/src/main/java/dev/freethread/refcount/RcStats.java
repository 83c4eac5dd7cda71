// SPDX-License-Identifier: Apache-2.0
package dev.freethread.refcount;

import dev.freethread.objects.Runtime;

import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of the biased protocol's slow paths in one Runtime: how often objects were queued to their owner, merged
 * by the owner, merged because the owner's local count reached zero, and merged by another thread after the owner
 * exited. Only slow paths count (a {@link LongAdder} each), so the fast paths pay nothing. A snapshot; thread-safe.
 */
public final class RcStats {
    private static final Object KEY = new Object();

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
