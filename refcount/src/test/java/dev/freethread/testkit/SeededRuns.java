// SPDX-License-Identifier: Apache-2.0
package dev.freethread.testkit;

import java.util.function.LongConsumer;

/**
 * Runs a seeded random test over many seeds, or over one: {@code -Dfreethread.seed=S} replays seed S alone. A failure
 * is rethrown naming the seed and the property that replays it.
 */
public final class SeededRuns {
    private SeededRuns() {}

    /** Runs {@code run} for {@code sequences} consecutive seeds from the clock, or for the one fixed seed. */
    public static void run(int sequences, LongConsumer run) {
        Long fixed = Long.getLong("freethread.seed");
        long base = fixed != null ? fixed : System.nanoTime();
        int n = fixed != null ? 1 : sequences;
        for (int s = 0; s < n; s++) {
            long seed = base + s;
            try {
                run.accept(seed);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("model mismatch; replay with -Dfreethread.seed=" + seed + ": " + e, e);
            }
        }
    }
}
