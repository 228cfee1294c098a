package io.github.torcindex.bench;

import io.github.torcindex.bench.BenchResults.Score;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;

/** The report's chart per database size: time per query and level, on a log scale (JFreeChart, PNG). */
final class ReportChart {

    private ReportChart() {
    }

    static Path chart(BenchResults r, int w, Path out) throws IOException {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        double min = Double.MAX_VALUE;
        for (var e : r.byQuery(w).entrySet()) {
            for (Score s : e.getValue().values()) {
                data.addValue(Math.max(s.score(), 1e-4), "level " + s.level(), e.getKey());
                min = Math.min(min, Math.max(s.score(), 1e-4));
            }
        }
        JFreeChart chart = ChartFactory.createBarChart("Time per query and index level, W=" + w + " (log scale)",
                "query", "ms per execution", data, PlotOrientation.VERTICAL, true, false, false);
        CategoryPlot plot = chart.getCategoryPlot();
        LogAxis axis = new LogAxis("ms per execution (log scale)");
        axis.setSmallestValue(min / 2);
        axis.setTickUnit(new NumberTickUnit(1.0));
        axis.setNumberFormatOverride(new DecimalFormat("#,##0.###"));
        plot.setRangeAxis(axis);
        plot.getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_45);
        plot.setBackgroundPaint(Color.WHITE);
        BarRenderer renderer = (BarRenderer) plot.getRenderer();
        renderer.setBase(min / 2);
        renderer.setItemMargin(0.02);
        Path file = out.resolve("chart-w" + w + ".png");
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ChartUtils.writeChartAsPNG(png, chart, Math.max(900, 60 * data.getColumnCount() + 200), 650);
        Files.write(file, png.toByteArray());
        return file;
    }
}
