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
        err.println("reference counts: " + rc);
        err.printf("collections               %d (last pause %.3f ms, %d objects examined)%n",
                ip.gc.getStats().stream().mapToLong(m -> m.get("collections")).sum(),
                ip.gc.lastPauseNanos() / 1e6, ip.gc.lastExamined());
        err.println("objects alive at exit    " + live + (live == 0 ? " (no leaks)" : " (LEAKED)"));
    }
}
