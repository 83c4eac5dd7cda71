// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench.gc;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU time and involuntary context switches of each thread of this JVM, from Linux's {@code /proc/self/task}
 * (empty elsewhere): who else ran during a pause measurement. A thread the JVM wakes (a JIT compiler, G1's
 * refinement) takes a CPU from whichever thread runs there, and on a machine with as many runnable threads as cores
 * that may be the mutator in the middle of a poll.
 */
final class ThreadCpu {
    private ThreadCpu() {}

    /** Per thread ("name/tid"): {CPU ticks (utime + stime), involuntary context switches}. */
    static Map<String, long[]> snapshot() {
        Map<String, long[]> m = new TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return m;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(tasks)) {
            for (Path t : ds) {
                try {
                    String comm = Files.readString(t.resolve("comm")).trim();
                    String stat = Files.readString(t.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // fields 14 and 15 of proc(5)
                    long involuntary = 0;
                    for (String line : Files.readAllLines(t.resolve("status"))) {
                        if (line.startsWith("nonvoluntary_ctxt_switches:")) {
                            involuntary = Long.parseLong(line.substring(line.indexOf(':') + 1).trim());
                        }
                    }
                    m.put(comm + "/" + t.getFileName(), new long[] {ticks, involuntary});
                } catch (IOException | RuntimeException e) {
                    // the thread ended meanwhile: it is simply absent
                }
            }
        } catch (IOException e) {
            // no /proc: nothing to report
        }
        return m;
    }

    /** "name cpu ms / involuntary switches" for each thread that ran between the two snapshots, busiest first. */
    static String between(Map<String, long[]> before, Map<String, long[]> after) {
        List<Map.Entry<String, long[]>> ran = new ArrayList<>();
        for (Map.Entry<String, long[]> e : after.entrySet()) {
            long[] b = before.getOrDefault(e.getKey(), new long[2]);
            long[] d = {e.getValue()[0] - b[0], e.getValue()[1] - b[1]};
            if (d[0] > 0 || d[1] > 0) {
                ran.add(Map.entry(e.getKey().replaceAll("/\\d+$", ""), d));
            }
        }
        ran.sort((x, y) -> Long.compare(y.getValue()[0], x.getValue()[0]));
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, long[]> e : ran) {
            sb.append(sb.length() == 0 ? "" : ", ").append(e.getKey()).append(' ')
                    .append(e.getValue()[0] * 10).append(" ms / ").append(e.getValue()[1]); // USER_HZ is 100
        }
        return sb.length() == 0 ? "not available (no /proc)" : sb.toString();
    }
}
