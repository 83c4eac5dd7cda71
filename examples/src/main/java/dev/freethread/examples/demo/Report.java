// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.demo;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** Prints a {@link Workload.Result}: a table per thread, then the Runtime's totals, merges and the leak verdict. */
final class Report {
    private Report() {}

    private static final String ROW = "%-9s %8s %8s %7s %7s %8s %15s %15s %9s %7s%n";

    static void print(Workload.Result r, PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, ROW, "thread", "created", "RC ops", "biased", "atomic", "immortal", "mail sent/recv",
                "board wr/rd", "lock-free", "exited");
        for (Workload.WorkerReport w : r.workers()) {
            out.printf(Locale.ROOT, ROW, w.name(), c(w.created()), c(w.ops()), pct(w.biasedOps(), w.ops()),
                    pct(w.sharedOps(), w.ops()), pct(w.immortalOps(), w.ops()),
                    c(w.mailSent()) + "/" + c(w.mailReceived()), c(w.boardWrites()) + "/" + c(w.boardReads()),
                    pct(w.lockFreeReads(), w.lockFreeReads() + w.lockedReads()),
                    String.format(Locale.ROOT, "%.1f s%s", w.exitedAtSeconds(), w.exitedEarly() ? "*" : ""));
        }
        long shared = r.workers().stream().mapToLong(Workload.WorkerReport::sharedOps).sum();
        long immortal = r.workers().stream().mapToLong(Workload.WorkerReport::immortalOps).sum();
        long sent = r.workers().stream().mapToLong(Workload.WorkerReport::mailSent).sum();
        long received = r.workers().stream().mapToLong(Workload.WorkerReport::mailReceived).sum();
        long writes = r.workers().stream().mapToLong(Workload.WorkerReport::boardWrites).sum();
        long reads = r.workers().stream().mapToLong(Workload.WorkerReport::boardReads).sum();
        long lockFree = r.workers().stream().mapToLong(Workload.WorkerReport::lockFreeReads).sum();
        long locked = r.workers().stream().mapToLong(Workload.WorkerReport::lockedReads).sum();
        out.printf(Locale.ROOT, ROW, "all", c(r.createdByDemo() - 1), c(r.ops()), pct(r.biasedOps(), r.ops()),
                pct(shared, r.ops()), pct(immortal, r.ops()), c(sent) + "/" + c(received), c(writes) + "/" + c(reads),
                pct(lockFree, lockFree + locked), "");
        out.println("  created: objects the worker allocated. RC ops: incref/decref/tryIncref calls the worker made, each");
        out.println("  classified before the call by the path it takes: biased (this thread owns the object: plain");
        out.println("  updates), atomic (shared count), immortal (no count traffic). Decrefs inside a deallocation");
        out.println("  cascade happen in the toolkit and are not counted. lock-free: board reads validated without the");
        out.println("  lock. * left early, while other threads still held its objects.");
        out.println();

        out.printf(Locale.ROOT, "%,d RC ops in %.2f s: %,.0f ops/s over %d threads (%s; the demo's own bookkeeping"
                + " included: bench/ measures the schemes)%n", r.ops(), r.seconds(), r.ops() / r.seconds(),
                r.workers().size(), r.config().scheme());
        long skipped = r.workers().stream().mapToLong(Workload.WorkerReport::mailSkipped).sum();
        out.printf(Locale.ROOT, "mail      %s letters sent, %s received; %s sends skipped (backpressure: no other worker"
                + " taking mail, or its inbox half full)%n", n(sent), n(received), n(skipped));
        out.printf(Locale.ROOT, "objects   created %s   freed %s   live %s%n", n(r.created()), n(r.freed()), n(r.live()));
        if (r.created() != r.createdByDemo()) {
            out.printf(Locale.ROOT, "          (the demo counted %s creations: the counts disagree)%n", n(r.createdByDemo()));
        } else {
            out.println("          (created/freed are the Runtime's own accounting; created matches the demo's count,"
                    + " board included)");
        }
        out.printf(Locale.ROOT, "merges    queued to owner %s   merged by owner %s   zero-local %s   abandoned %s%n",
                n(r.queuedToOwner()), n(r.ownerMerges()), n(r.zeroLocalMerges()), n(r.abandonedMerges()));
        out.println("          (queued: a non-owner drove the shared count negative; zero-local: the owner's count hit");
        out.println("          zero while others held references; abandoned: merged by another thread after the owner exited)");
        if (r.lateMail() != 0) {
            out.printf(Locale.ROOT, "late mail %s letters reached worker-0 after it left; the main thread dropped them%n",
                    n(r.lateMail()));
        }
        for (Throwable t : r.failures()) {
            out.println("FAILURE in a worker:");
            t.printStackTrace(out);
        }
        if (r.live() == 0) {
            out.println("leaks     0: every object created was freed");
        } else {
            out.printf(Locale.ROOT, "leaks     %s objects still alive after every thread exited:%n", n(r.live()));
            for (Map.Entry<String, Long> e : r.liveByType().entrySet()) {
                out.printf(Locale.ROOT, "          %-12s %s%n", e.getKey(), n(e.getValue()));
            }
        }
        out.println(r.ok() ? "result    OK" : "result    FAILED");
    }

    private static String n(long v) {
        return String.format(Locale.ROOT, "%,d", v);
    }

    /** Compact: 1,234 / 12.3k / 4.57M / 1.20G. */
    private static String c(long v) {
        if (v < 10_000) {
            return n(v);
        }
        if (v < 1_000_000) {
            return String.format(Locale.ROOT, "%.1fk", v / 1e3);
        }
        if (v < 1_000_000_000) {
            return String.format(Locale.ROOT, v < 100_000_000 ? "%.2fM" : "%.1fM", v / 1e6);
        }
        return String.format(Locale.ROOT, "%.2fG", v / 1e9);
    }

    private static String pct(long part, long whole) {
        return whole == 0 ? "-" : String.format(Locale.ROOT, "%.1f%%", 100.0 * part / whole);
    }
}
