package io.github.torcindex.bench;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.bench.BenchResults.Score;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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
     * @param verdict whether the measurement bears the claim out
     */
    public record Verdict(String claim, String measured, Outcome verdict) {
    }

    /** What a measurement says of a claim. */
    public enum Outcome {
        /** The measurement is at or better than the claimed range. */
        HOLDS("HOLDS"),
        /** The measurement, error margin included, is worse than the claimed range. */
        DOES_NOT_HOLD("DOES NOT HOLD"),
        /** The error margin straddles the claim's boundary: the run can't tell (the reason is given). */
        INCONCLUSIVE("INCONCLUSIVE"),
        /** A "before" claim: how slow the database without the indexes is, context rather than a verdict. */
        CONTEXT("CONTEXT"),
        /** The run did not measure what the claim is about. */
        NOT_APPLICABLE("NOT APPLICABLE");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        /** HOLDS when {@code holds}, DOES NOT HOLD otherwise. */
        static Outcome of(boolean holds) {
            return holds ? HOLDS : DOES_NOT_HOLD;
        }

        /** The words the report prints. */
        public String label() {
            return label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** What the Markdown puts, in bold, before the first cell of a row whose query got slower. */
    static final String SLOWER = "SLOWER";

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
            List<Verdict> verdicts = SeedVerdicts.verdicts(r, w);
            List<SlowerQueries.Slower> slowerQueries = SlowerQueries.of(r);
            List<String> slower = slowerQueries.stream().filter(s -> !s.samePlan()).map(SlowerQueries.Slower::text)
                    .toList();
            List<Path> charts = new ArrayList<>();
            StringBuilder md = new StringBuilder();
            header(r, md);
            MatrixSummary.section(r, slowerQueries, md);
            section("Seed claims", md);
            table(List.of("claim (DATABASE_INDEXES.md)", "measured", "verdict"), verdicts.stream()
                    .map(v -> List.of(v.claim(), v.measured(), v.verdict().label())).toList(), List.of(), md);
            SlowerQueries.section(r, slowerQueries, md);
            ShippedRuns.section(in, out, md);
            for (int size : r.workflowSizes()) {
                Path chart = ReportChart.chart(r, size, out);
                charts.add(chart);
                perQuery(r, size, chart, slower, md);
            }
            if (r.workflowSizes().size() > 1) {
                section("Scaling: time against W, per query and level (log-log)", md);
                paragraph("A line that stays flat as W grows: the level's index keeps the statement's cost "
                        + "independent of the database's size; a line parallel to the diagonal: it grows linearly.",
                        md);
                for (String q : r.byQuery(w).keySet()) {
                    Path chart = ReportChart.scaling(r, q, out);
                    charts.add(chart);
                    md.append("\n![").append(q).append(" against W](").append(chart.getFileName()).append(")\n");
                }
            }
            writes(r, w, md);
            sizes(r, w, md);
            Map<String, com.fasterxml.jackson.databind.JsonNode> checks = new java.util.LinkedHashMap<>();
            DatabaseBenchReport.levels(in.resolve("verify.json")).getOrDefault(String.valueOf(w),
                    com.fasterxml.jackson.databind.node.MissingNode.getInstance()).fields()
                    .forEachRemaining(e -> checks.put(e.getKey(), e.getValue()));
            PlanChecks.section(checks, md);
            plans(r, w, md);
            Path mdFile = out.resolve("report.md");
            Path htmlFile = out.resolve("report.html");
            Files.writeString(mdFile, md);
            Files.writeString(htmlFile, ReportPage.html("torc-index benchmark report", md.toString(), out));
            return new Written(mdFile, htmlFile, charts, verdicts, slower);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.READ_ONLY, "Cannot write the report to " + out + ": "
                    + e.getMessage(), e);
        }
    }

    private static void header(BenchResults r, StringBuilder md) {
        var env = r.environment;
        String text = "Measured " + env.path("time").asText() + " on " + env.path("cpu").asText() + ", "
                + env.path("cores").asInt() + " cores, " + env.path("jvm").asText() + ", SQLite "
                + env.path("sqlite").asText() + "; generator seed " + env.path("seed").asText() + ", "
                + env.path("jobsPerWorkflow").asText() + " jobs per workflow; JMH " + env.path("jmh").asText()
                + ". Times are milliseconds per execution (fetching every row), mean ± JMH's 99.9% error. "
                + "Levels: 0 baseline, 1-3 the seed's phases, 4 = 3 + ANALYZE, advised = baseline + torc-index "
                + "advise's indexes.";
        md.append("# torc-index benchmark report\n\n").append(text).append("\n");
    }

    private static void perQuery(BenchResults r, int w, Path chart, List<String> slower, StringBuilder md)
            throws IOException {
        section("W=" + w + " workflows (" + w * r.jobsPerWorkflow() + " jobs)", md);
        List<String> levels = r.byQuery(w).values().stream().flatMap(m -> m.keySet().stream()).distinct()
                .sorted((a, b) -> BenchLevel.of(a).order() - BenchLevel.of(b).order()).toList();
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
            levels.forEach(l -> row.add(byLevel.containsKey(l) ? SeedVerdicts.ms(byLevel.get(l).score(), byLevel.get(l)) : ""));
            Score base = byLevel.get("0");
            levels.stream().filter(l -> !l.equals("0")).forEach(l -> row.add(base == null || !byLevel.containsKey(l)
                    ? "" : String.format(Locale.ROOT, "%.1fx", base.score() / byLevel.get(l).score())));
            if (isSlower(slower, q, w)) {
                red.add(rows.size());
            }
            rows.add(row);
        }
        table(headers, rows, red, md);
        md.append("\n![W=").append(w).append(" chart](").append(chart.getFileName()).append(")\n");
    }

    private static boolean isSlower(List<String> slower, String query, int w) {
        return slower.stream().anyMatch(s -> s.startsWith(query + " at level") && s.contains("(W=" + w + ")"));
    }

    private static void writes(BenchResults r, int w, StringBuilder md) {
        section("Writes (W=" + w + ")", md);
        if (r.writes.isEmpty()) {
            paragraph("Write benchmarks were not run.", md);
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Score s : r.writes) {
            if (s.workflows() != w) {
                continue;
            }
            Optional<Score> base = r.write(w, s.benchmark(), "0");
            rows.add(List.of(s.benchmark(), s.level(), String.format(Locale.ROOT, "%.3f ± %.3f %s", s.score(),
                    SeedVerdicts.err(s), s.unit()), base.map(b -> String.format(Locale.ROOT, "%+.0f%%",
                    (s.score() / b.score() - 1) * 100)).orElse("")));
        }
        table(List.of("benchmark", "level", "time", "against level 0"), rows, List.of(), md);
    }

    private static void sizes(BenchResults r, int w, StringBuilder md) {
        section("Index sizes (dbstat, W=" + w + ")", md);
        double tenK = w * r.jobsPerWorkflow() / 10_000.0;
        List<List<String>> rows = new ArrayList<>();
        for (String level : List.of("3", "advised")) {
            r.sizes(w, level).forEach((name, bytes) -> {
                if (MatrixSummary.ours(name)) {
                    rows.add(List.of(level, name, String.format(Locale.ROOT, "%,d", bytes),
                            String.format(Locale.ROOT, "%.0f", bytes / 1024.0 / tenK)));
                }
            });
        }
        table(List.of("level", "index", "bytes", "KB per 10,000 jobs"), rows, List.of(), md);
    }

    private static void plans(BenchResults r, int w, StringBuilder md) {
        section("Plans before (level 0) and after (levels 3, 4, advised), W=" + w, md);
        for (String q : r.byQuery(w).keySet()) {
            StringBuilder text = new StringBuilder();
            for (String level : List.of("0", "3", "4", "advised")) {
                String plan = r.plan(w, level, q);
                if (!plan.isEmpty()) {
                    text.append("-- level ").append(level).append('\n').append(plan).append('\n');
                }
            }
            md.append("\n### ").append(q).append("\n\n```\n").append(text).append("```\n");
        }
    }

    private static void section(String title, StringBuilder md) {
        md.append("\n## ").append(title).append("\n\n");
    }

    private static void paragraph(String text, StringBuilder md) {
        md.append(text).append("\n");
    }

    /** A GFM table; rows listed in {@code slower} start with **SLOWER** (red in the HTML). */
    static void table(List<String> headers, List<List<String>> rows, List<Integer> slower, StringBuilder md) {
        md.append("| ").append(String.join(" | ", headers.stream().map(BenchReport::cell).toList())).append(" |\n|")
                .append("---|".repeat(headers.size())).append('\n');
        for (int i = 0; i < rows.size(); i++) {
            md.append("| ").append(slower.contains(i) ? "**" + SLOWER + "** " : "")
                    .append(String.join(" | ", rows.get(i).stream().map(BenchReport::cell).toList())).append(" |\n");
        }
    }

    /** Text that may stand in a table cell: no pipe, no line break. */
    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
