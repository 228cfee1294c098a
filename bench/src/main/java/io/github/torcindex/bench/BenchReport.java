package io.github.torcindex.bench;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.bench.BenchResults.Score;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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

/**
 * Turns a benchmark run into {@code report.md} and a self-contained {@code report.html} (charts inlined as
 * PNG data, no network): per query, time per level with JMH's error, speedup over baseline, plans before and
 * after; a log-scale chart per database size; and a verdict per claim of the seed document.
 */
public final class BenchReport {

    /** The files written. */
    public record Written(Path markdown, Path html, List<Path> charts, List<Verdict> verdicts,
            List<String> slower) {
    }

    /**
     * One claim of the seed document and what the run measured.
     *
     * @param claim the claim, quoted
     * @param measured the measured figure
     * @param verdict HOLDS, DOES NOT HOLD or NOT APPLICABLE
     */
    public record Verdict(String claim, String measured, String verdict) {
    }

    private static final String[] PATTERN_QUERIES = {"list_jobs", "jobs_by_status", "list_results", "list_events",
        "list_compute_nodes", "blocked_by_job", "file_consumers", "file_producers", "results_of_run"};

    /**
     * Reads the run in {@code in} and writes the report to {@code out}.
     *
     * @throws TorcIndexException if the run's files are missing or the report can't be written
     */
    public Written write(Path in, Path out) {
        BenchResults r = BenchResults.read(in);
        try {
            Files.createDirectories(out);
            int w = r.workflowSizes().get(r.workflowSizes().size() - 1);
            List<Verdict> verdicts = verdicts(r, w);
            List<String> slower = slower(r);
            List<Path> charts = new ArrayList<>();
            StringBuilder md = new StringBuilder();
            StringBuilder html = new StringBuilder();
            html.append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>torc-index benchmark report"
                    + "</title><style>body{font-family:sans-serif;margin:2em;max-width:1500px}table{border-collapse:"
                    + "collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}"
                    + "td:first-child,th:first-child{text-align:left}.slow{color:#c00;font-weight:bold}"
                    + "pre{background:#f6f6f6;padding:6px;font-size:12px}.HOLDS{color:#080}"
                    + ".DOES{color:#c00}</style></head><body>\n");
            header(r, md, html);
            section("Seed claims", md, html);
            table(List.of("claim (DATABASE_INDEXES.md)", "measured", "verdict"), verdicts.stream()
                    .map(v -> List.of(v.claim(), v.measured(), v.verdict())).toList(), List.of(), md, html);
            section("Queries that got slower at some level", md, html);
            if (slower.isEmpty()) {
                paragraph("None: no query was slower than at level 0 beyond JMH's error.", md, html, false);
            } else {
                html.append("<ul class=\"slow\">");
                for (String s : slower) {
                    md.append("- ").append(s).append('\n');
                    html.append("<li>").append(escape(s)).append("</li>");
                }
                html.append("</ul>\n");
            }
            for (int size : r.workflowSizes()) {
                Path chart = chart(r, size, out);
                charts.add(chart);
                perQuery(r, size, chart, slower, md, html);
            }
            writes(r, w, md, html);
            sizes(r, w, md, html);
            plans(r, w, md, html);
            html.append("</body></html>\n");
            Path mdFile = out.resolve("report.md");
            Path htmlFile = out.resolve("report.html");
            Files.writeString(mdFile, md);
            Files.writeString(htmlFile, html);
            return new Written(mdFile, htmlFile, charts, verdicts, slower);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot write the report to " + out + ": "
                    + e.getMessage(), e);
        }
    }

    private static void header(BenchResults r, StringBuilder md, StringBuilder html) {
        var env = r.environment;
        String text = "Measured " + env.path("time").asText() + " on " + env.path("cpu").asText() + ", "
                + env.path("cores").asInt() + " cores, " + env.path("jvm").asText() + ", SQLite "
                + env.path("sqlite").asText() + "; generator seed " + env.path("seed").asText() + ", "
                + env.path("jobsPerWorkflow").asText() + " jobs per workflow; JMH " + env.path("jmh").asText()
                + ". Times are milliseconds per execution (fetching every row), mean ± JMH's 99.9% error. "
                + "Levels: 0 baseline, 1-3 the seed's phases, 4 = 3 + ANALYZE, advised = baseline + torc-index "
                + "advise's indexes.";
        md.append("# torc-index benchmark report\n\n").append(text).append("\n");
        html.append("<h1>torc-index benchmark report</h1><p>").append(escape(text)).append("</p>\n");
    }

    private static List<Verdict> verdicts(BenchResults r, int w) {
        List<Verdict> v = new ArrayList<>();
        String where = " (W=" + w + ", " + w * r.jobsPerWorkflow() + " jobs)";
        range(v, r, w, "List 10,000 jobs for a workflow, before: ~100-500 ms" + where, "list_jobs", "0", 100, 500);
        range(v, r, w, "List 10,000 jobs for a workflow, after: ~5-20 ms", "list_jobs", "3", 5, 20);
        range(v, r, w, "Find ready jobs (status filter), before: ~100-500 ms", "jobs_by_status", "0", 100, 500);
        range(v, r, w, "Find ready jobs (status filter), after: ~2-10 ms", "jobs_by_status", "3", 2, 10);
        range(v, r, w, "List results for workflow, before: ~50-200 ms", "list_results", "0", 50, 200);
        range(v, r, w, "List results for workflow, after: ~5-15 ms", "list_results", "3", 5, 15);
        range(v, r, w, "Reverse dependency lookup, before: ~50-200 ms", "blocked_by_job", "0", 50, 200);
        range(v, r, w, "Reverse dependency lookup, after: ~1-5 ms", "blocked_by_job", "3", 1, 5);
        List<Double> speedups = new ArrayList<>();
        for (String q : PATTERN_QUERIES) {
            Optional<Score> before = r.score(w, q, "0");
            Optional<Score> after = r.score(w, q, "3");
            if (before.isPresent() && after.isPresent() && after.get().score() > 0) {
                speedups.add(before.get().score() / after.get().score());
            }
        }
        if (speedups.isEmpty()) {
            v.add(new Verdict("10-50x faster for common queries", "levels 0 and 3 not both measured",
                    "NOT APPLICABLE"));
        } else {
            speedups.sort(Double::compare);
            double median = speedups.get(speedups.size() / 2);
            v.add(new Verdict("10-50x faster for common queries (level 3 against 0)", String.format(Locale.ROOT,
                    "median %.1fx over %d pattern queries (from %.1fx to %.1fx)", median, speedups.size(),
                    speedups.get(0), speedups.get(speedups.size() - 1)), median >= 10 && median <= 50 ? "HOLDS"
                            : "DOES NOT HOLD"));
        }
        double tenK = w * r.jobsPerWorkflow() / 10_000.0;
        sizeClaim(v, r, w, tenK, "job(workflow_id): ~40-80 KB per 10,000 jobs", "tix_job_workflow_id", 40, 80);
        sizeClaim(v, r, w, tenK, "job(workflow_id, status): ~60-120 KB per 10,000 jobs", "tix_job_workflow_id_status",
                60, 120);
        sizeClaim(v, r, w, tenK, "result(workflow_id): ~40-80 KB per run (per 10,000 jobs)", "tix_result_workflow_id",
                40, 80);
        sizeClaim(v, r, w, 1.0, "resource_requirements(num_gpus, runtime_s, memory_bytes): ~100-200 KB in all",
                "tix_resource_requirements_num_gpus_runtime_s_memory_bytes", 100, 200);
        long total = r.sizes(w, "3").entrySet().stream().filter(e -> e.getKey().startsWith("tix_"))
                .mapToLong(Map.Entry::getValue).sum();
        v.add(total == 0 ? new Verdict("Total index overhead < 1 MB per 10,000-job workflow", "level 3 not measured",
                "NOT APPLICABLE") : new Verdict("Total index overhead ~0.5-1 MB per 10,000-job workflow",
                String.format(Locale.ROOT, "%.0f KB per 10,000 jobs (%d bytes for %d workflows)",
                        total / 1024.0 / tenK, total, w), total / tenK <= 1024 * 1024 ? "HOLDS" : "DOES NOT HOLD"));
        Optional<Score> w0 = r.write(w, "insertWorkflow", "0");
        Optional<Score> w3 = r.write(w, "insertWorkflow", "3");
        if (w0.isPresent() && w3.isPresent()) {
            double overhead = w3.get().score() / w0.get().score() - 1;
            v.add(new Verdict("Write overhead ~10-15% (inserting a 10,000-job workflow, level 3 against 0)",
                    String.format(Locale.ROOT, "%+.0f%% (%.0f ms against %.0f ms)", overhead * 100, w3.get().score(),
                            w0.get().score()), overhead <= 0.15 ? "HOLDS" : "DOES NOT HOLD"));
        } else {
            v.add(new Verdict("Write overhead ~10-15%", "write benchmarks not run", "NOT APPLICABLE"));
        }
        return v;
    }

    private static void range(List<Verdict> v, BenchResults r, int w, String claim, String query, String level,
            double low, double high) {
        Optional<Score> s = r.score(w, query, level);
        if (s.isEmpty()) {
            v.add(new Verdict(claim, query + " not measured at level " + level, "NOT APPLICABLE"));
            return;
        }
        double ms = s.get().score();
        String verdict = ms >= low && ms <= high ? "HOLDS" : "DOES NOT HOLD";
        v.add(new Verdict(claim, String.format(Locale.ROOT, "%s at level %s: %s ms%s", query, level, ms(ms, s.get()),
                ms < low ? " (faster than claimed)" : ms > high ? " (slower than claimed)" : ""), verdict));
    }

    private static void sizeClaim(List<Verdict> v, BenchResults r, int w, double tenK, String claim, String index,
            double lowKb, double highKb) {
        Optional<Long> bytes = r.size(w, "3", index);
        if (bytes.isEmpty()) {
            v.add(new Verdict(claim, index + " not measured", "NOT APPLICABLE"));
            return;
        }
        double kb = bytes.get() / 1024.0 / tenK;
        String measured = tenK == 1.0 ? String.format(Locale.ROOT, "%.0f KB in all", kb)
                : String.format(Locale.ROOT, "%.0f KB per 10,000 jobs (%,d bytes in all)", kb, bytes.get());
        v.add(new Verdict(claim, measured + (kb < lowKb ? ", smaller than claimed" : kb > highKb
                ? ", larger than claimed" : ""), kb >= lowKb && kb <= highKb ? "HOLDS" : "DOES NOT HOLD"));
    }

    /** Queries slower at some level than at level 0, beyond both errors. */
    private static List<String> slower(BenchResults r) {
        List<String> slower = new ArrayList<>();
        for (int w : r.workflowSizes()) {
            for (var e : r.byQuery(w).entrySet()) {
                Score base = e.getValue().get("0");
                if (base == null) {
                    continue;
                }
                for (Score s : e.getValue().values()) {
                    if (s.score() - err(s) > base.score() + err(base) && s.score() > base.score() * 1.1) {
                        slower.add(String.format(Locale.ROOT, "%s at level %s (W=%d): %s ms against %s ms at level 0",
                                e.getKey(), s.level(), w, ms(s.score(), s), ms(base.score(), base)));
                    }
                }
            }
        }
        return slower;
    }

    private static void perQuery(BenchResults r, int w, Path chart, List<String> slower, StringBuilder md,
            StringBuilder html) throws IOException {
        section("W=" + w + " workflows (" + w * r.jobsPerWorkflow() + " jobs)", md, html);
        List<String> levels = r.byQuery(w).values().stream().flatMap(m -> m.keySet().stream()).distinct()
                .sorted((a, b) -> BenchDatabases.LEVELS.indexOf(a) - BenchDatabases.LEVELS.indexOf(b)).toList();
        List<String> headers = new ArrayList<>(List.of("query"));
        levels.forEach(l -> headers.add("level " + l + " (ms)"));
        levels.stream().filter(l -> !l.equals("0")).forEach(l -> headers.add(l + " vs 0"));
        List<List<String>> rows = new ArrayList<>();
        List<Integer> red = new ArrayList<>();
        // Slower queries first.
        List<String> queries = new ArrayList<>(r.byQuery(w).keySet());
        queries.sort((a, b) -> Boolean.compare(!isSlower(slower, a, w), !isSlower(slower, b, w)));
        for (String q : queries) {
            Map<String, Score> byLevel = r.byQuery(w).get(q);
            List<String> row = new ArrayList<>(List.of(q));
            levels.forEach(l -> row.add(byLevel.containsKey(l) ? ms(byLevel.get(l).score(), byLevel.get(l)) : ""));
            Score base = byLevel.get("0");
            levels.stream().filter(l -> !l.equals("0")).forEach(l -> row.add(base == null || !byLevel.containsKey(l)
                    ? "" : String.format(Locale.ROOT, "%.1fx", base.score() / byLevel.get(l).score())));
            if (isSlower(slower, q, w)) {
                red.add(rows.size());
            }
            rows.add(row);
        }
        table(headers, rows, red, md, html);
        md.append("\n![W=").append(w).append("](").append(chart.getFileName()).append(")\n");
        html.append("<img alt=\"W=").append(w).append(" chart\" src=\"data:image/png;base64,")
                .append(Base64.getEncoder().encodeToString(Files.readAllBytes(chart))).append("\">\n");
    }

    private static boolean isSlower(List<String> slower, String query, int w) {
        return slower.stream().anyMatch(s -> s.startsWith(query + " at level") && s.contains("(W=" + w + ")"));
    }

    private static Path chart(BenchResults r, int w, Path out) throws IOException {
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

    private static void writes(BenchResults r, int w, StringBuilder md, StringBuilder html) {
        section("Writes (W=" + w + ")", md, html);
        if (r.writes.isEmpty()) {
            paragraph("Write benchmarks were not run.", md, html, false);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Score s : r.writes) {
            if (s.workflows() != w) {
                continue;
            }
            Optional<Score> base = r.write(w, s.benchmark(), "0");
            rows.add(List.of(s.benchmark(), s.level(), String.format(Locale.ROOT, "%.3f ± %.3f %s", s.score(),
                    err(s), s.unit()), base.map(b -> String.format(Locale.ROOT, "%+.0f%%",
                    (s.score() / b.score() - 1) * 100)).orElse("")));
        }
        table(List.of("benchmark", "level", "time", "against level 0"), rows, List.of(), md, html);
    }

    private static void sizes(BenchResults r, int w, StringBuilder md, StringBuilder html) {
        section("Index sizes (dbstat, W=" + w + ")", md, html);
        double tenK = w * r.jobsPerWorkflow() / 10_000.0;
        List<List<String>> rows = new ArrayList<>();
        for (String level : List.of("3", "advised")) {
            r.sizes(w, level).forEach((name, bytes) -> {
                if (name.startsWith("tix_")) {
                    rows.add(List.of(level, name, String.format(Locale.ROOT, "%,d", bytes),
                            String.format(Locale.ROOT, "%.0f", bytes / 1024.0 / tenK)));
                }
            });
        }
        table(List.of("level", "index", "bytes", "KB per 10,000 jobs"), rows, List.of(), md, html);
    }

    private static void plans(BenchResults r, int w, StringBuilder md, StringBuilder html) {
        section("Plans before (level 0) and after (levels 3, 4, advised), W=" + w, md, html);
        for (String q : r.byQuery(w).keySet()) {
            StringBuilder text = new StringBuilder();
            for (String level : List.of("0", "3", "4", "advised")) {
                String plan = r.plan(w, level, q);
                if (!plan.isEmpty()) {
                    text.append("-- level ").append(level).append('\n').append(plan).append('\n');
                }
            }
            md.append("\n**").append(q).append("**\n\n```\n").append(text).append("```\n");
            html.append("<h3>").append(escape(q)).append("</h3><pre>").append(escape(text.toString()))
                    .append("</pre>\n");
        }
    }

    private static void section(String title, StringBuilder md, StringBuilder html) {
        md.append("\n## ").append(title).append("\n\n");
        html.append("<h2>").append(escape(title)).append("</h2>\n");
    }

    private static void paragraph(String text, StringBuilder md, StringBuilder html, boolean red) {
        md.append(text).append("\n");
        html.append(red ? "<p class=\"slow\">" : "<p>").append(escape(text)).append("</p>\n");
    }

    private static void table(List<String> headers, List<List<String>> rows, List<Integer> red, StringBuilder md,
            StringBuilder html) {
        md.append("| ").append(String.join(" | ", headers)).append(" |\n|")
                .append("---|".repeat(headers.size())).append('\n');
        html.append("<table><tr>");
        headers.forEach(h -> html.append("<th>").append(escape(h)).append("</th>"));
        html.append("</tr>\n");
        for (int i = 0; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            boolean slow = red.contains(i);
            md.append("| ").append(slow ? "**SLOWER** " : "").append(String.join(" | ", row)).append(" |\n");
            html.append(slow ? "<tr class=\"slow\">" : "<tr>");
            for (String cell : row) {
                String cls = cell.equals("HOLDS") ? " class=\"HOLDS\"" : cell.equals("DOES NOT HOLD")
                        ? " class=\"DOES\"" : "";
                html.append("<td").append(cls).append('>').append(escape(cell)).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("</table>\n");
    }

    private static double err(Score s) {
        return Double.isNaN(s.error()) ? 0 : s.error();
    }

    private static String ms(double value, Score s) {
        return String.format(Locale.ROOT, value >= 10 ? "%.1f ± %.1f" : "%.3f ± %.3f", value, err(s));
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
