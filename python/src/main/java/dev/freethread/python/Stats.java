// SPDX-License-Identifier: Apache-2.0
package dev.freethread.python;

import dev.freethread.refcount.RcStats;

import java.io.PrintStream;

/** {@code --stats}: what the toolkit did during the run. */
final class Stats {
    private Stats() {
    }

    static void print(Interp ip, PrintStream err, long nanos, long live) {
        long[] totals = ip.rt.objectTotals();
        RcStats rc = RcStats.of(ip.rt);
        err.println("---- ftpython --stats ----");
        err.printf("wall time                 %.3f s%n", nanos / 1e9);
        err.println("objects created           " + (totals.length > 0 ? totals[0] : 0));
        err.println("objects freed             " + (totals.length > 1 ? totals[1] : 0));
        long[] ops = RcStats.operations(ip.rt);
        long all = ops[0] + ops[1] + ops[2] + ops[3];
        if (RcStats.counting() && all > 0) {
            long counted = ops[0] + ops[1] + ops[2];
            err.printf("increfs and decrefs       %d: biased %d, shared (atomic) %d, per-thread %d, immortal %d%n",
                    all, ops[0], ops[1], ops[2], ops[3]);
            err.printf("biased path share         %.2f%% of the operations that touched a count (%.2f%% of all)%n",
                    counted == 0 ? 0.0 : 100.0 * ops[0] / counted, 100.0 * ops[0] / all);
        } else {
            err.println("increfs and decrefs       not counted (run the JVM with -Dfreethread.rcstats=true;"
                    + " ./ftpython --stats does)");
        }
        err.println("merges                    " + rc);
        err.printf("collections               %d (last pause %.3f ms, %d objects examined)%n",
                ip.gc.getStats().stream().mapToLong(m -> m.get("collections")).sum(),
                ip.gc.lastPauseNanos() / 1e6, ip.gc.lastExamined());
        err.println("objects alive at exit    " + live + (live == 0 ? " (no leaks)" : " (LEAKED)"));
    }
}
