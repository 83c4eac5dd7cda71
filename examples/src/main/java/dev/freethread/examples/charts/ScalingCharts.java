// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.charts;

import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the scaling report's charts (PNG, headless) from recorded results, never by hand:
 * {@code docs/data/scaling.csv} (the scaling suite, {@code python/demo/scaling.sh}) becomes the speedup of N threads
 * over 1 per benchmark and interpreter; {@code gc-pauses.csv} the collector's pause against the live heap;
 * {@code reads.csv} the shared-read throughput against {@code ConcurrentHashMap} and {@code CopyOnWriteArrayList}.
 *
 * <p>Usage: {@code java -cp examples/target/freethread-demo.jar dev.freethread.examples.charts.ScalingCharts
 * docs/data docs/charts}.
 */
public final class ScalingCharts {
    private ScalingCharts() {
    }

    public static void main(String[] args) throws IOException {
        System.setProperty("java.awt.headless", "true");
        Path data = Path.of(args.length > 0 ? args[0] : "docs/data");
        Path out = Path.of(args.length > 1 ? args[1] : "docs/charts");
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        int n = 0;
        if (Files.exists(data.resolve("scaling.csv"))) {
            speedups(rows(data.resolve("scaling.csv")), out.resolve("scaling-speedup.png"));
            n++;
        }
        if (Files.exists(data.resolve("gc-pauses.csv"))) {
            pauses(rows(data.resolve("gc-pauses.csv")), out.resolve("gc-pauses.png"));
            n++;
        }
        if (Files.exists(data.resolve("reads.csv"))) {
            reads(rows(data.resolve("reads.csv")), out.resolve("shared-reads.png"));
            n++;
        }
        System.out.printf("%d charts written to %s in %.1f s%n", n, out, (System.nanoTime() - t0) / 1e9);
    }

    /** The CSV's rows after its header, {@code #} comment lines skipped. */
    static List<String[]> rows(Path csv) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(csv)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(line.split(","));
        }
        return rows;
    }

    /** interpreter,benchmark,threads,seconds: speedup = threads x t(1) / t(threads), at the largest thread count. */
    static void speedups(List<String[]> rows, Path png) throws IOException {
        Map<String, Map<String, Map<Integer, Double>>> byInterp = new LinkedHashMap<>();
        int maxThreads = 1;
        for (String[] r : rows) {
            int threads = Integer.parseInt(r[2].trim());
            maxThreads = Math.max(maxThreads, threads);
            byInterp.computeIfAbsent(r[0].trim(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r[1].trim(), k -> new LinkedHashMap<>())
                    .put(threads, Double.parseDouble(r[3].trim()));
        }
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (Map.Entry<String, Map<String, Map<Integer, Double>>> e : byInterp.entrySet()) {
            for (Map.Entry<String, Map<Integer, Double>> b : e.getValue().entrySet()) {
                Double one = b.getValue().get(1);
                Double many = b.getValue().get(maxThreads);
                if (one != null && many != null) {
                    ds.addValue(maxThreads * one / many, e.getKey(), b.getKey());
                }
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Speedup of " + maxThreads + " threads over 1 (same work per "
                + "thread; " + maxThreads + ".0 is perfect)", "benchmark", "speedup", ds, PlotOrientation.VERTICAL,
                true, false, false);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ChartUtils.saveChartAsPNG(new File(png.toString()), chart, 1100, 600);
    }

    /** collector,live_objects,pause_ms: one line per collector. */
    static void pauses(List<String[]> rows, Path png) throws IOException {
        Map<String, XYSeries> series = new LinkedHashMap<>();
        for (String[] r : rows) {
            series.computeIfAbsent(r[0].trim(), XYSeries::new)
                    .add(Double.parseDouble(r[1].trim()), Double.parseDouble(r[2].trim()));
        }
        XYSeriesCollection ds = new XYSeriesCollection();
        series.values().forEach(ds::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart("Collector pause against live heap", "live objects",
                "pause (ms)", ds, PlotOrientation.VERTICAL, true, false, false);
        // Logarithmic axes: the concurrent collector's pauses are a hundredth of the others', and the heap sizes a
        // decade apart; on linear axes its line lies on zero.
        LogAxis heap = new LogAxis("live objects (log scale)");
        heap.setBase(10);
        heap.setNumberFormatOverride(new java.text.DecimalFormat("#,##0"));
        LogAxis pause = new LogAxis("pause, ms (log scale)");
        pause.setBase(10);
        pause.setNumberFormatOverride(new java.text.DecimalFormat("0.##"));
        chart.getXYPlot().setDomainAxis(heap);
        chart.getXYPlot().setRangeAxis(pause);
        ChartUtils.saveChartAsPNG(new File(png.toString()), chart, 900, 550);
    }

    /** reader,threads,ns_per_read: throughput (reads per microsecond, all threads) per reader and thread count. */
    static void reads(List<String[]> rows, Path png) throws IOException {
        DefaultCategoryDataset ds = new DefaultCategoryDataset();
        for (String[] r : rows) {
            int threads = Integer.parseInt(r[1].trim());
            double ns = Double.parseDouble(r[2].trim());
            ds.addValue(threads * 1000.0 / ns, threads + (threads == 1 ? " thread" : " threads"), r[0].trim());
        }
        JFreeChart chart = ChartFactory.createBarChart("Shared reads: total throughput (reads per microsecond)",
                "reader", "reads per microsecond", ds, PlotOrientation.VERTICAL, true, false, false);
        chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        ChartUtils.saveChartAsPNG(new File(png.toString()), chart, 1100, 600);
    }
}
