// SPDX-License-Identifier: Apache-2.0
package dev.freethread.examples.charts;

import org.jfree.chart.ChartColor;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CombinedRangeXYPlot;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Shape;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Draws the scaling report's charts (PNG, headless) from recorded results, never by hand:
 * {@code docs/data/scaling.csv} (the scaling suite, {@code python/demo/scaling.sh}) becomes the speedup of N threads
 * over 1 per benchmark and interpreter; every other {@code scaling-NAME.csv} (the same suite on another machine, made
 * with {@code scaling.sh --csv}) becomes {@code scaling-speedup-NAME.png} and, where it has more than two thread
 * counts, {@code scaling-threads-NAME.png} (speedup against threads, one line per benchmark, one panel per
 * interpreter); {@code reads-NAME.csv} likewise becomes {@code shared-reads-NAME.png}; {@code gc-pauses.csv} the collector's pause against the live heap;
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
        try (Stream<Path> files = Files.list(data)) {
            for (Path csv : (Iterable<Path>) files.sorted()::iterator) {
                String file = csv.getFileName().toString();
                if (file.startsWith("reads-") && file.endsWith(".csv")) {
                    String name = file.substring("reads-".length(), file.length() - ".csv".length());
                    reads(rows(csv), out.resolve("shared-reads-" + name + ".png"));
                    n++;
                }
                if (file.startsWith("scaling-") && file.endsWith(".csv")) {
                    String name = file.substring("scaling-".length(), file.length() - ".csv".length());
                    List<String[]> rows = rows(csv);
                    speedups(rows, out.resolve("scaling-speedup-" + name + ".png"));
                    n++;
                    if (threadCounts(rows).size() > 2) {
                        speedupCurves(rows, out.resolve("scaling-threads-" + name + ".png"));
                        n++;
                    }
                }
            }
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

    static SortedSet<Integer> threadCounts(List<String[]> rows) {
        SortedSet<Integer> counts = new TreeSet<>();
        for (String[] r : rows) {
            counts.add(Integer.parseInt(r[2].trim()));
        }
        return counts;
    }

    /**
     * interpreter,benchmark,threads,seconds: one panel per interpreter, side by side on a shared speedup axis, with a
     * line per benchmark (speedup against threads, both on log-2 axes) and the ideal speedup as a dashed line.
     */
    static void speedupCurves(List<String[]> rows, Path png) throws IOException {
        Map<String, Map<String, Map<Integer, Double>>> byInterp = new LinkedHashMap<>();
        for (String[] r : rows) {
            byInterp.computeIfAbsent(r[0].trim(), k -> new LinkedHashMap<>())
                    .computeIfAbsent(r[1].trim(), k -> new LinkedHashMap<>())
                    .put(Integer.parseInt(r[2].trim()), Double.parseDouble(r[3].trim()));
        }
        SortedSet<Integer> counts = threadCounts(rows);
        LogAxis speedup = new LogAxis("speedup over 1 thread (log scale)");
        speedup.setBase(2);
        speedup.setNumberFormatOverride(new DecimalFormat("0.###"));
        speedup.setAutoTickUnitSelection(false);
        speedup.setTickUnit(new NumberTickUnit(1.0)); // one tick per doubling
        speedup.setRange(1.0 / 32, counts.last() * 1.25);
        // one colour per benchmark in every panel (the panels share the chart's drawing supplier, which would go on
        // cycling colours from one panel to the next)
        List<String> benchmarks = new ArrayList<>();
        for (String[] r : rows) {
            if (!benchmarks.contains(r[1].trim())) {
                benchmarks.add(r[1].trim());
            }
        }
        Paint[] palette = ChartColor.createDefaultPaintArray();
        Shape[] shapes = DefaultDrawingSupplier.createStandardSeriesShapes();
        CombinedRangeXYPlot combined = new CombinedRangeXYPlot(speedup);
        for (Map.Entry<String, Map<String, Map<Integer, Double>>> e : byInterp.entrySet()) {
            XYSeriesCollection ds = new XYSeriesCollection();
            XYSeries ideal = new XYSeries("ideal");
            counts.forEach(t -> ideal.add(t.doubleValue(), t.doubleValue()));
            ds.addSeries(ideal);
            XYLineAndShapeRenderer lines =
                    new XYLineAndShapeRenderer(true, true);
            for (String bench : benchmarks) {
                Map<Integer, Double> times = e.getValue().get(bench);
                Double one = times == null ? null : times.get(1);
                if (one == null) {
                    continue;
                }
                XYSeries s = new XYSeries(bench);
                times.forEach((t, sec) -> s.add(t.doubleValue(), t * one / sec));
                ds.addSeries(s);
                lines.setSeriesPaint(ds.getSeriesCount() - 1, palette[benchmarks.indexOf(bench) % palette.length]);
                lines.setSeriesShape(ds.getSeriesCount() - 1, shapes[benchmarks.indexOf(bench) % shapes.length]);
            }
            LogAxis threads = new LogAxis(e.getKey() + ": threads");
            threads.setBase(2);
            threads.setNumberFormatOverride(new DecimalFormat("0"));
            threads.setAutoTickUnitSelection(false);
            threads.setTickUnit(new NumberTickUnit(1.0));
            threads.setRange(0.9, counts.last() * 1.1);
            lines.setSeriesPaint(0, Color.GRAY);
            lines.setSeriesStroke(0, new BasicStroke(1.5f, BasicStroke.CAP_BUTT,
                    BasicStroke.JOIN_MITER, 10f, new float[] {6f, 4f}, 0f));
            lines.setSeriesShapesVisible(0, false);
            combined.add(new XYPlot(ds, threads, null, lines), 1);
        }
        JFreeChart chart = new JFreeChart("Speedup against threads (same work per thread; the dashed line is ideal)",
                JFreeChart.DEFAULT_TITLE_FONT, combined, false);
        // one legend for all panels: the benchmarks' colours are assigned in the same order in each panel
        chart.addLegend(new LegendTitle(combined.getSubplots().isEmpty() ? combined
                : (XYPlot) combined.getSubplots().get(0)));
        ChartUtils.saveChartAsPNG(new File(png.toString()), chart, 1500, 650);
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
        heap.setNumberFormatOverride(new DecimalFormat("#,##0"));
        LogAxis pause = new LogAxis("pause, ms (log scale)");
        pause.setBase(10);
        pause.setNumberFormatOverride(new DecimalFormat("0.##"));
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
