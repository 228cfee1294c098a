package io.github.torcindex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.torcindex.bench.BenchResults.Score;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.List;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StatisticalBarRenderer;
import org.jfree.data.statistics.DefaultStatisticalCategoryDataset;

/**
 * The report's charts (JFreeChart, PNG): time per query and level on a log scale, each bar with JMH's error as
 * an error bar (the lower end clipped above zero, which a log scale can't show).
 */
final class ReportChart {

    private static final double FLOOR = 1e-4;

    private ReportChart() {
    }

    /** Per database size of a generated run. */
    static Path chart(BenchResults r, int w, Path out) throws IOException {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (var e : r.byQuery(w).entrySet()) {
            for (Score s : e.getValue().values()) {
                add(data, s.score(), SeedVerdicts.err(s), "level " + s.level(), e.getKey());
            }
        }
        return write(data, "Time per query and index level, W=" + w + " (log scale, bars: JMH's 99.9% error)",
                out.resolve("chart-w" + w + ".png"));
    }

    /** The benchmarked reads of a database run. */
    static Path statementChart(List<String> levels, List<DatabaseBenchReport.Score> scores, JsonNode statements,
            Path out) throws IOException {
        DefaultStatisticalCategoryDataset data = new DefaultStatisticalCategoryDataset();
        for (String level : levels) {
            for (DatabaseBenchReport.Score s : scores) {
                if (s.kind().equals("read") && s.level().equals(level)) {
                    String name = statements.path(s.statement()).path("name").asText();
                    add(data, s.score(), s.err(), "level " + level, shorten(name));
                }
            }
        }
        return write(data, "Time per statement and level (log scale, bars: JMH's 99.9% error)",
                out.resolve("chart-database.png"));
    }

    /**
     * Per query, time against database size (W) on log-log axes, one line per level: where an index turns
     * linear growth flat. Only for a run of two sizes or more.
     */
    static Path scaling(BenchResults r, String query, Path out) throws IOException {
        org.jfree.data.xy.XYSeriesCollection data = new org.jfree.data.xy.XYSeriesCollection();
        java.util.Map<String, org.jfree.data.xy.XYSeries> byLevel = new java.util.TreeMap<>(
                (a, b) -> BenchLevel.of(a).order() - BenchLevel.of(b).order());
        for (int w : r.workflowSizes()) {
            for (Score level : r.byQuery(w).getOrDefault(query, java.util.Map.of()).values()) {
                byLevel.computeIfAbsent(level.level(), l -> new org.jfree.data.xy.XYSeries("level " + l))
                        .add(w, Math.max(level.score(), FLOOR));
            }
        }
        byLevel.values().forEach(data::addSeries);
        JFreeChart chart = ChartFactory.createXYLineChart(query + ": time against W (log-log)", "workflows (W)",
                "ms per execution", data, PlotOrientation.VERTICAL, true, false, false);
        org.jfree.chart.plot.XYPlot plot = chart.getXYPlot();
        LogAxis x = new LogAxis("workflows of " + r.jobsPerWorkflow() + " jobs (log scale)");
        x.setNumberFormatOverride(new DecimalFormat("#,##0"));
        x.setTickUnit(new NumberTickUnit(1.0)); // a tick per power of ten: 1, 10, 100
        x.setSmallestValue(0.5);
        LogAxis y = new LogAxis("ms per execution (log scale)");
        y.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        y.setTickUnit(new NumberTickUnit(1.0));
        plot.setDomainAxis(x);
        plot.setRangeAxis(y);
        plot.setBackgroundPaint(Color.WHITE);
        org.jfree.chart.renderer.xy.XYLineAndShapeRenderer lines = new org.jfree.chart.renderer.xy.XYLineAndShapeRenderer(
                true, true);
        plot.setRenderer(lines);
        Path file = out.resolve("scaling-" + query.replaceAll("[^A-Za-z0-9_-]", "_") + ".png");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, 700, 450);
        Files.write(file, png.toByteArray());
        return file;
    }

    private static String shorten(String name) {
        String tail = name.substring(name.lastIndexOf('/') + 1);
        return tail.length() > 48 ? tail.substring(0, 45) + "..." : tail;
    }

    private static void add(DefaultStatisticalCategoryDataset data, double mean, double error, String series,
            String category) {
        double m = Math.max(mean, FLOOR);
        // The lower end of the bar must stay above zero on a log axis.
        data.add(m, Math.min(error, m * 0.95), series, category);
    }

    private static Path write(DefaultStatisticalCategoryDataset data, String title, Path file) throws IOException {
        JFreeChart chart = ChartFactory.createBarChart(title, "statement", "ms per execution", data,
                PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        double min = Double.MAX_VALUE;
        for (int r = 0; r < data.getRowCount(); r++) {
            for (int c = 0; c < data.getColumnCount(); c++) {
                Number mean = data.getMeanValue(r, c);
                Number sd = data.getStdDevValue(r, c);
                if (mean != null) {
                    min = Math.min(min, mean.doubleValue() - (sd == null ? 0 : sd.doubleValue()));
                }
            }
        }
        min = min == Double.MAX_VALUE ? FLOOR : Math.max(min, FLOOR);
        LogAxis axis = new LogAxis("ms per execution (log scale)");
        axis.setSmallestValue(min / 2);
        axis.setTickUnit(new NumberTickUnit(1.0));
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        plot.setRangeAxis(axis);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.setBackgroundPaint(Color.WHITE);
        StatisticalBarRenderer renderer = new StatisticalBarRenderer();
        renderer.setErrorIndicatorPaint(Color.BLACK);
        renderer.setBase(min / 2);
        renderer.setItemMargin(0.02);
        renderer.setShadowVisible(false);
        plot.setRenderer(renderer);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, Math.max(900, 60 * data.getColumnCount() + 200), 650);
        Files.write(file, png.toByteArray());
        return file;
    }
}
