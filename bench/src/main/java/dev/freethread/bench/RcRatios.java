// SPDX-License-Identifier: Apache-2.0
package dev.freethread.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads the CSV results ({@code -rf csv}) of {@link OwnerRcBench}, {@link ForeignRcBench} and
 * {@link RcDeletionControlBench} and prints, as Markdown, the scores, their ratios against the peers of the same run
 * and whether each target of the issue is met. {@code bench/run-rc.sh} calls it; by hand:
 * <pre>
 * java -cp bench/target/benchmarks.jar dev.freethread.bench.RcRatios result1.csv [result2.csv ...]
 * </pre>
 * The error of a ratio a/b is propagated to first order and conservatively: (a/b) * (ea/a + eb/b), from JMH's 99.9%
 * half-widths. A verdict is "met" or "NOT met" by the point estimate, and says "within error" when the interval
 * straddles the target.
 */
public final class RcRatios {
    private RcRatios() {}

    /** One CSV row. */
    record Row(String benchmark, int threads, double score, double error, String unit, Map<String, String> params) {
        String peer() {
            return params.getOrDefault("peer", "");
        }

        String sharing() {
            return params.getOrDefault("sharing", "-");
        }

        String shortName() {
            String[] p = benchmark.split("\\.");
            return p.length >= 2 ? p[p.length - 2] + "." + p[p.length - 1] : benchmark;
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: RcRatios result.csv [result.csv ...]");
            System.exit(2);
        }
        List<Row> rows = new ArrayList<>();
        for (String a : args) {
            rows.addAll(read(Path.of(a)));
        }
        // Groups: benchmark + threads + sharing; within a group, rows by peer.
        Map<String, Map<String, Row>> groups = new LinkedHashMap<>();
        for (Row r : rows) {
            String key = r.shortName() + "|" + r.threads() + "|" + r.sharing();
            groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).put(r.peer(), r);
        }

        System.out.println("| benchmark | threads | sharing | peer | ns/pair | error (99.9%) | / PLAIN | / ATOMIC |");
        System.out.println("|---|---:|---|---|---:|---:|---:|---:|");
        for (Map<String, Row> g : groups.values()) {
            Row plain = g.get("PLAIN");
            Row atomic = g.get("ATOMIC");
            for (Row r : g.values()) {
                System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %.3f | %s | %s | %s |%n", r.shortName(), r.threads(),
                        r.sharing(), r.peer().isEmpty() ? "-" : r.peer(), r.score(), err(r.error()),
                        plain == null || r.peer().isEmpty() ? "" : ratioText(r, plain),
                        atomic == null || r.peer().isEmpty() ? "" : ratioText(r, atomic));
            }
        }

        System.out.println();
        System.out.println("| target | threads | sharing | ratio | verdict |");
        System.out.println("|---|---:|---|---:|---|");
        for (Map<String, Row> g : groups.values()) {
            Row any = g.values().iterator().next();
            if (any.shortName().equals("OwnerRcBench.pair")) {
                target("owner: BIASED / PLAIN <= 1.30", g.get("BIASED"), g.get("PLAIN"), 1.30, true);
                target("owner: ATOMIC / BIASED >= 2.5", g.get("ATOMIC"), g.get("BIASED"), 2.5, false);
            } else if (any.shortName().equals("ForeignRcBench.pair")) {
                target("foreign: BIASED / ATOMIC <= 1.25", g.get("BIASED"), g.get("ATOMIC"), 1.25, true);
            }
        }

        // The negative control and the sanity floor.
        Map<String, Row> control = new TreeMap<>();
        for (Row r : rows) {
            if (r.shortName().startsWith("RcDeletionControlBench.")) {
                control.put(r.shortName(), r);
            }
        }
        System.out.println();
        Row two = control.get("RcDeletionControlBench.twoLoops");
        Row fused = control.get("RcDeletionControlBench.fused");
        if (two != null && fused != null) {
            System.out.printf(Locale.ROOT, "deletion control: twoLoops %.3f %s, fused (deletable form) %.3f %s ns/pair;"
                    + " twoLoops / fused = %s%n", two.score(), err(two.error()), fused.score(), err(fused.error()),
                    ratioText(two, fused));
        }
        for (Map<String, Row> g : groups.values()) {
            Row plain = g.get("PLAIN");
            if (plain != null) {
                System.out.printf(Locale.ROOT, "sanity: %s PLAIN, %d thread(s): %.3f ns/pair %s%n", plain.shortName(),
                        plain.threads(), plain.score(), plain.score() < 0.3
                                ? "-- SUSPICIOUSLY FAST: below 0.3 ns a load+store pair was probably deleted"
                                : "(>= 0.3 ns: not deleted)");
            }
        }
    }

    private static void target(String name, Row a, Row b, double limit, boolean atMost) {
        if (a == null || b == null) {
            return;
        }
        double r = a.score() / b.score();
        double e = ratioError(a, b);
        boolean met = atMost ? r <= limit : r >= limit;
        boolean straddles = !Double.isNaN(e) && Math.abs(r - limit) <= e;
        System.out.printf(Locale.ROOT, "| %s | %d | %s | %s | %s%s |%n", name, a.threads(), a.sharing(),
                ratioText(a, b), met ? "met" : "NOT met", straddles ? " (within error)" : "");
    }

    private static double ratioError(Row a, Row b) {
        double r = a.score() / b.score();
        return r * (a.error() / a.score() + b.error() / b.score());
    }

    private static String ratioText(Row a, Row b) {
        double r = a.score() / b.score();
        double e = ratioError(a, b);
        return Double.isNaN(e) ? String.format(Locale.ROOT, "%.2f", r) : String.format(Locale.ROOT, "%.2f ± %.2f", r, e);
    }

    private static String err(double e) {
        return Double.isNaN(e) ? "n/a" : String.format(Locale.ROOT, "± %.3f", e);
    }

    static List<Row> read(Path p) throws IOException {
        List<String> lines = Files.readAllLines(p);
        List<Row> rows = new ArrayList<>();
        if (lines.isEmpty()) {
            return rows;
        }
        List<String> header = split(lines.get(0));
        int bench = header.indexOf("Benchmark");
        int threads = header.indexOf("Threads");
        int score = header.indexOf("Score");
        int unit = header.indexOf("Unit");
        int error = -1;
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).startsWith("Score Error")) {
                error = i;
            }
        }
        if (bench < 0 || threads < 0 || score < 0 || error < 0) {
            throw new IOException(p + ": not a JMH CSV result (header: " + lines.get(0) + ")");
        }
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            List<String> f = split(line);
            Map<String, String> params = new LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                if (header.get(i).startsWith("Param: ")) {
                    params.put(header.get(i).substring("Param: ".length()), f.get(i));
                }
            }
            rows.add(new Row(f.get(bench), Integer.parseInt(f.get(threads)), parse(f.get(score)), parse(f.get(error)),
                    unit < 0 ? "" : f.get(unit), params));
        }
        return rows;
    }

    private static double parse(String s) {
        return s.isEmpty() || s.equalsIgnoreCase("NaN") ? Double.NaN : Double.parseDouble(s);
    }

    /** Splits a CSV line; fields may be quoted with {@code "}, and {@code ""} inside quotes is a quote. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
