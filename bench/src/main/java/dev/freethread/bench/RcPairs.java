// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench;

import dev.freethread.objects.ThreadState;
import dev.freethread.refcount.RefCount;

/**
 * The measured work of the reference-counting benchmarks: one incref/decref pair on each object of an array, as two
 * loops: increment every object, then decrement every object.
 *
 * <h2>Why the JIT cannot delete the work</h2>
 * A pair {@code o.count++; o.count--;} on one object is dead code to C2 (the second store overwrites the first and
 * the loads fold), so the pair is never written that way. Here the increments run in one loop and the decrements in a
 * second one, over {@link #OBJECTS} distinct objects read from an array:
 * <ul>
 *   <li>C2 has no loop fusion: the two loops stay two loops. It removes a store as dead only when it matches it
 *       with a later store to the same address on the same straight-line path, and forwards a stored value only to
 *       a load of a provably equal address; here the addresses are loaded from the array inside each loop, so no
 *       store of the first loop can be matched with a load or store of the second;</li>
 *   <li>the objects escape (they sit in an array held by a JMH state), so escape analysis cannot turn their fields
 *       into registers either;</li>
 *   <li>every decrement tests for zero and branches to a path that throws (the peers) or frees (the toolkit); the
 *       branch is never taken, but it is compiled (as an uncommon trap), so the value of each count is observed.</li>
 * </ul>
 * Sanity check: the {@link Peer#PLAIN} pair is at least two dependent loads and two stores per object (plus the
 * array loads): if it ever reports much less than about 0.3 ns per pair, suspect deletion. The two loops also leave
 * every count as found, which teardown checks: the benchmark is balanced.
 *
 * <p>The objects are few enough ({@value #OBJECTS}, a few KiB) to stay in L1: the figures are the cost of the
 * counting code, not of cache misses.
 */
final class RcPairs {
    private RcPairs() {}

    /** Objects per invocation; the benchmarks declare {@code @OperationsPerInvocation(OBJECTS)}: one op = one pair. */
    static final int OBJECTS = 128;

    /** One incref/decref pair on each object of {@code a}, by {@code peer}'s code, through {@code ts}. */
    static void pairs(Peer peer, ThreadState ts, BenchObj[] a) {
        if (peer == Peer.BIASED || peer == Peer.ATOMIC || peer == Peer.PER_THREAD) {
            toolkit(ts, a); // the same code: the scheme lives in the objects' headers
        } else if (peer == Peer.PLAIN) {
            plain(a);
        } else {
            rawAtomic(a);
        }
    }

    static void toolkit(ThreadState ts, BenchObj[] a) {
        for (BenchObj o : a) {
            RefCount.incref(ts, o);
        }
        for (BenchObj o : a) {
            RefCount.decref(ts, o);
        }
    }

    static void plain(BenchObj[] a) {
        for (BenchObj o : a) {
            BenchObj.plainIncref(o);
        }
        for (BenchObj o : a) {
            BenchObj.plainDecref(o);
        }
    }

    static void rawAtomic(BenchObj[] a) {
        for (BenchObj o : a) {
            BenchObj.rawAtomicIncref(o);
        }
        for (BenchObj o : a) {
            BenchObj.rawAtomicDecref(o);
        }
    }

    /**
     * Teardown: checks that every object holds exactly the creator's reference (header and peer counter), then drops
     * it through {@code ts} and checks the object was freed. Calling thread: {@code ts}'s own, attached.
     *
     * @throws IllegalStateException if the benchmark left a count unbalanced or an object alive
     */
    static void checkAndRelease(ThreadState ts, BenchObj[] a) {
        if (a.length > 0 && RefCount.isPerThread(a[0])) {
            // Per-thread counted: balanced means every count back to the creator's one; only a collection frees them
            // (the trial's Runtime is dropped with them).
            for (BenchObj o : a) {
                long rc = RefCount.refCount(ts, o);
                if (rc != 1) {
                    throw new IllegalStateException("unbalanced after the benchmark: refcount " + rc + " for " + o.repr());
                }
                RefCount.decref(ts, o);
            }
            return;
        }
        for (BenchObj o : a) {
            long rc = RefCount.refCount(ts, o);
            if (rc != 1 || o.peerCount() != 1) {
                throw new IllegalStateException("unbalanced after the benchmark: refcount " + rc + ", peer count "
                        + o.peerCount() + " (both should be 1) for " + o.repr());
            }
            RefCount.decref(ts, o);
            if (!RefCount.isFreed(o)) {
                throw new IllegalStateException("not freed by the last decref: " + o.repr());
            }
        }
    }
}
