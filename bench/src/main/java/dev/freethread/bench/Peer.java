// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench;

import dev.freethread.objects.RcScheme;

/**
 * The counting code a reference-counting benchmark runs: the toolkit's two schemes and two peers that count in a
 * field of the same object ({@link BenchObj}) with no protocol at all.
 */
public enum Peer {
    /** A plain {@code int} counter: the physical limit (not thread-safe; owner-thread benchmarks only). */
    PLAIN(RcScheme.BIASED),
    /** An atomic {@code getAndAdd} on an {@code int} (VarHandle): what a bare atomic count costs, without ATOMIC's checks. */
    RAW_ATOMIC(RcScheme.BIASED),
    /** The toolkit's {@link RcScheme#BIASED} scheme through {@code RefCount.incref/decref}. */
    BIASED(RcScheme.BIASED),
    /** The toolkit's {@link RcScheme#ATOMIC} scheme through {@code RefCount.incref/decref}: every object born merged. */
    ATOMIC(RcScheme.ATOMIC),
    /**
     * Issue 14: objects made per-thread counted ({@code RefCount.makePerThread}): every thread counts in its own slot
     * through {@code RefCount.incref/decref}, with plain accesses; only the collector frees them.
     */
    PER_THREAD(RcScheme.BIASED);

    /**
     * The scheme of the Runtime the benchmark's objects are created in. The peers never touch the header's counts,
     * so for them it only decides the header's initial values.
     */
    final RcScheme scheme;

    Peer(RcScheme scheme) {
        this.scheme = scheme;
    }
}
