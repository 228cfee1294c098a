package io.github.torcindex.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The report of {@code bench --db}: what each level does to the user's own database and workload, against the
 * database as it is ({@code shipped}). At the top, the answer (per level: read time of the benchmarked
 * statements, statements faster and slower beyond both error margins, index bytes added, the write path's
 * cost); then every statement slower than as shipped, in red, with its plans side by side and the index
 * that caused it in bold; then the reads, writes, sizes, what was not benchmarked and why, and the plans.
 */
final class DatabaseBenchReport {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One JMH result of a statement at a level. */
    record Score(String kind, int statement, String level, double score, double error, String unit) {
        double low() {
            return score - err();
        }

        double high() {
            return score + err();
        }

        double err() {
            return Double.isNaN(error) ? 0 : error;
        }

        String text() {
            return String.format(Locale.ROOT, score >= 10 ? "%.1f ± %.1f" : "%.3f ± %.3f", score, err());
        }
    }

    /** Whether {@code in} holds a run of {@code bench --db}. */
    static boolean isDatabaseRun(Path in) {
        try {
            Path env = in.resolve("environment.json");
            return Files.isRegularFile(env) && "database".equals(JSON.readTree(env.toFile()).path("mode").asText());
        } catch (IOException e) {
            return false;
        }
    }

    BenchReport.Written write(Path in, Path out) {
        try {
            JsonNode env = JSON.readTree(in.resolve("environment.json").toFile());
            JsonNode statements = JSON.readTree(in.resolve("statements.json").toFile());
            JsonNode plans = JSON.readTree(in.resolve("plans.json").toFile());
            JsonNode sizes = JSON.readTree(in.resolve("sizes.json").toFile());
            List<String> levels = new ArrayList<>();
            env.path("levels").forEach(l -> levels.add(l.asText()));
            List<Score> scores = scores(in);
            Files.createDirectories(out);
            StringBuilder md = new StringBuilder();
            md.append("# torc-index benchmark of ").append(env.path("database").asText()).append("\n\n")
                    .append(String.format(Locale.ROOT, "%s, %,d jobs in %,d workflows, %s; SQLite %s. "
                            + "The original was only read: SHA-256 %s before and %s after the run. Measured %s on %s, "
                            + "%d cores, %s; JMH %s. Workload: %s. Levels: shipped = the database as it is, 1-3 = "
                            + "the seed's phases on top of it (Torc's own equivalent indexes kept), 4 = 3 + ANALYZE, "
                            + "advised = torc-index advise's changelog applied to it.%n",
                            env.path("torcSchema").asText(), env.path("jobs").asLong(),
                            env.path("workflowsInDatabase").asLong(), mib(env.path("bytes").asLong()),
                            env.path("sqlite").asText(), env.path("sha256Before").asText().substring(0, 16),
                            env.path("sha256After").asText().equals(env.path("sha256Before").asText())
                                    ? "the same" : env.path("sha256After").asText().substring(0, 16),
                            env.path("time").asText(), env.path("cpu").asText(), env.path("cores").asInt(),
                            env.path("jvm").asText(), env.path("jmh").asText(), env.path("workload").asText()));
            List<String> slower = new ArrayList<>();
            summary(levels, scores, sizes, env, statements, plans, md);
            slower(levels, scores, statements, plans, slower, md);
            reads(levels, scores, statements, md);
            writes(levels, scores, statements, md);
            sizeTable(levels, sizes, md);
            PlanChecks.section(levels(in.resolve("verify.json")), md);
            notBenchmarked(statements, md);
            planSection(levels, scores, statements, plans, md);
            Path chart = ReportChart.statementChart(levels, scores, statements, out);
            md.append("\n## Chart\n\n![reads per level](").append(chart.getFileName()).append(")\n");
            Path mdFile = out.resolve("report.md");
            Path htmlFile = out.resolve("report.html");
            Files.writeString(mdFile, md);
            Files.writeString(htmlFile, ReportPage.html("torc-index benchmark of a database", md.toString(), out));
            return new BenchReport.Written(mdFile, htmlFile, List.of(chart), List.of(), slower);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot turn the run in " + in + " into a report "
                    + "in " + out + ": " + e.getMessage(), e);
        }
    }

    /** A JSON object's members by name, in order; empty when the file is missing (older runs). */
    static Map<String, JsonNode> levels(Path file) throws IOException {
        Map<String, JsonNode> byLevel = new LinkedHashMap<>();
        if (Files.isRegularFile(file)) {
            JSON.readTree(file.toFile()).fields().forEachRemaining(e -> byLevel.put(e.getKey(), e.getValue()));
        }
        return byLevel;
    }

    private static List<Score> scores(Path in) throws IOException {
        List<Score> scores = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(in, "jmh-*s-*.json")) {
            for (Path file : files) {
                for (JsonNode run : JSON.readTree(file.toFile())) {
                    String benchmark = run.path("benchmark").asText();
                    JsonNode params = run.path("params");
                    JsonNode metric = run.path("primaryMetric");
                    scores.add(new Score(benchmark.substring(benchmark.lastIndexOf('.') + 1),
                            params.path("statement").asInt(), params.path("level").asText(),
                            metric.path("score").asDouble(), metric.path("scoreError").asDouble(Double.NaN),
                            metric.path("scoreUnit").asText()));
                }
            }
        }
        return scores;
    }

    private static Map<Integer, Map<String, Score>> byStatement(List<Score> scores, String kind) {
        Map<Integer, Map<String, Score>> table = new java.util.TreeMap<>();
        scores.stream().filter(s -> s.kind().equals(kind))
                .forEach(s -> table.computeIfAbsent(s.statement(), k -> new LinkedHashMap<>()).put(s.level(), s));
        return table;
    }

    /** Slower than shipped beyond both error margins. */
    static boolean slower(Score at, Score shipped) {
        return at.low() > shipped.high();
    }

    /**
     * The table "what each level does" of the run in {@code in}, for another report to embed (the generated
     * matrix's report shows its Torc-as-shipped runs this way).
     */
    static void summaryTable(Path in, StringBuilder md) throws IOException {
        JsonNode env = JSON.readTree(in.resolve("environment.json").toFile());
        List<String> levels = new ArrayList<>();
        env.path("levels").forEach(l -> levels.add(l.asText()));
        summaryTable(levels, scores(in), JSON.readTree(in.resolve("sizes.json").toFile()),
                JSON.readTree(in.resolve("statements.json").toFile()), JSON.readTree(in.resolve("plans.json").toFile()),
                md);
    }

    private static void summary(List<String> levels, List<Score> scores, JsonNode sizes, JsonNode env,
            JsonNode statements, JsonNode plans, StringBuilder md) {
        md.append("\n## What each level does to this database\n\n");
        summaryTable(levels, scores, sizes, statements, plans, md);
        String changelog = env.path("adviceChangelog").asText("");
        if (!changelog.isEmpty()) {
            md.append("\nThe advised level is the changelog `").append(changelog).append("`; to apply it to the "
                    + "database: `torc-index apply --db ").append(env.path("database").asText())
                    .append(" --changelog ").append(changelog).append("` (review it first).\n");
        }
    }

    private static void summaryTable(List<String> levels, List<Score> scores, JsonNode sizes, JsonNode statements,
            JsonNode plans, StringBuilder md) {
        Map<Integer, Map<String, Score>> reads = byStatement(scores, "read");
        Map<Integer, Map<String, Score>> writes = byStatement(scores, "write");
        List<List<String>> rows = new ArrayList<>();
        for (String level : levels) {
            // Totals over the statements measured at every level, so that the sums compare like with like.
            double total = 0;
            int faster = 0;
            int slowerCount = 0;
            for (Map.Entry<Integer, Map<String, Score>> e : reads.entrySet()) {
                Map<String, Score> byLevel = e.getValue();
                if (byLevel.keySet().containsAll(levels)) {
                    total += byLevel.get(level).score();
                    Score base = byLevel.get("shipped");
                    boolean changed = !PlanDiff.samePlan(plans, statements.path(e.getKey()).path("name").asText(), level);
                    faster += changed && byLevel.get(level).high() < base.low() ? 1 : 0;
                    slowerCount += changed && slower(byLevel.get(level), base) ? 1 : 0;
                }
            }
            double writeChange = writes.values().stream().filter(m -> m.containsKey(level) && m.containsKey("shipped"))
                    .mapToDouble(m -> m.get(level).score() / m.get("shipped").score()).average().orElse(Double.NaN);
            rows.add(List.of(level, String.format(Locale.ROOT, "%.3f", total), String.valueOf(faster),
                    String.valueOf(slowerCount), mib(indexBytes(sizes, level) - indexBytes(sizes, "shipped")),
                    Double.isNaN(writeChange) ? "" : String.format(Locale.ROOT, "%+.0f%%", (writeChange - 1) * 100)));
        }
        BenchReport.table(List.of("level", "reads: sum of means (ms)", "statements faster", "statements slower",
                "index bytes added", "hot writes (mean change)"), rows, List.of(), md);
        md.append("\nFaster and slower: beyond both JMH error margins (99.9%), against shipped, with a plan that differs "
                + "from shipped's (with the same plan a difference is the run's variance, not the indexes). The sum is "
                + "over the statements measured at every level (one over the cap somewhere is left out of it).\n");
    }

    private static void slower(List<String> levels, List<Score> scores, JsonNode statements, JsonNode plans,
            List<String> slowerList, StringBuilder md) {
        md.append("\n## Statements slower than as shipped\n\n");
        for (Map.Entry<Integer, Map<String, Score>> e : byStatement(scores, "read").entrySet()) {
            Score base = e.getValue().get("shipped");
            if (base == null) {
                continue;
            }
            String name = statements.path(e.getKey()).path("name").asText();
            for (String level : levels) {
                Score at = e.getValue().get(level);
                if (at == null || level.equals("shipped") || !slower(at, base)) {
                    continue;
                }
                if (PlanDiff.samePlan(plans, name, level)) {
                    md.append("\n### ").append(name).append(" at level ").append(level).append(": ").append(base.text())
                            .append(" -> ").append(at.text()).append(" ms, with the same plan as shipped: the run's "
                                    + "variance, not the indexes\n");
                    continue;
                }
                slowerList.add(name + " at level " + level + ": " + base.text() + " -> " + at.text() + " ms");
                md.append("\n### **").append(BenchReport.SLOWER).append("** ").append(name).append(" at level ")
                        .append(level).append(": ").append(base.text()).append(" -> ").append(at.text())
                        .append(" ms\n\n");
                PlanDiff.sideBySide(plans.path("shipped").path(name).asText(), plans.path(level).path(name).asText(), level, md);
            }
        }
        if (slowerList.isEmpty()) {
            md.append("None: no benchmarked statement is slower at any level than as shipped, beyond both margins.\n");
        }
    }





    private static void reads(List<String> levels, List<Score> scores, JsonNode statements, StringBuilder md) {
        md.append("\n## Reads (ms per execution, every row fetched; mean ± JMH's 99.9% error)\n\n");
        timeTable(levels, byStatement(scores, "read"), statements, false, md);
    }

    private static void writes(List<String> levels, List<Score> scores, JsonNode statements, StringBuilder md) {
        md.append("\n## Hot writes (µs per execution, in a transaction rolled back; mean ± error)\n\n");
        Map<Integer, Map<String, Score>> writes = byStatement(scores, "write");
        if (writes.isEmpty()) {
            md.append("No write was benchmarked (--no-writes, or the workload has none that runs here).\n");
            return;
        }
        timeTable(levels, writes, statements, true, md);
    }

    private static void timeTable(List<String> levels, Map<Integer, Map<String, Score>> table, JsonNode statements,
            boolean writes, StringBuilder md) {
        List<String> headers = new ArrayList<>(List.of("statement"));
        levels.forEach(l -> headers.add(l));
        levels.stream().filter(l -> !l.equals("shipped")).forEach(l -> headers.add(l + " vs shipped"));
        List<List<String>> rows = new ArrayList<>();
        List<Integer> red = new ArrayList<>();
        for (Map.Entry<Integer, Map<String, Score>> e : table.entrySet()) {
            Map<String, Score> byLevel = e.getValue();
            Score base = byLevel.get("shipped");
            List<String> row = new ArrayList<>(List.of(statements.path(e.getKey()).path("name").asText()));
            levels.forEach(l -> row.add(byLevel.containsKey(l) ? byLevel.get(l).text() : "over the cap"));
            boolean anySlower = false;
            for (String l : levels) {
                if (l.equals("shipped")) {
                    continue;
                }
                Score at = byLevel.get(l);
                row.add(at == null || base == null ? "" : writes ? String.format(Locale.ROOT, "%+.0f%%",
                        (at.score() / base.score() - 1) * 100) : String.format(Locale.ROOT, "%.2fx",
                        base.score() / at.score()));
                anySlower |= at != null && base != null && slower(at, base);
            }
            if (anySlower) {
                red.add(rows.size());
            }
            rows.add(row);
        }
        BenchReport.table(headers, rows, red, md);
        md.append(writes ? "\n+10%: a tenth slower than as shipped (the price of the level's indexes on the write).\n"
                : "\n\"2.00x\": twice as fast as shipped; below 1, slower. \"over the cap\": timed first above the cap, "
                + "not given to JMH there.\n");
    }

    private static long indexBytes(JsonNode sizes, String level) {
        long total = 0;
        var it = sizes.path(level).fields();
        while (it.hasNext()) {
            var e = it.next();
            total += e.getValue().asLong();
        }
        return total;
    }

    private static void sizeTable(List<String> levels, JsonNode sizes, StringBuilder md) {
        md.append("\n## Indexes added at each level (dbstat)\n\n");
        md.append(String.format(Locale.ROOT, "As shipped the database has %d indexes (%s).%n%n",
                sizes.path("shipped").size(), mib(indexBytes(sizes, "shipped"))));
        List<List<String>> rows = new ArrayList<>();
        for (String level : levels) {
            if (level.equals("shipped")) {
                continue;
            }
            var it = sizes.path(level).fields();
            while (it.hasNext()) {
                var e = it.next();
                if (sizes.path("shipped").path(e.getKey()).isMissingNode()) {
                    rows.add(List.of(level, e.getKey(), String.format(Locale.ROOT, "%,d", e.getValue().asLong()),
                            String.format(Locale.ROOT, "%.1f KiB", e.getValue().asLong() / 1024.0)));
                }
            }
        }
        BenchReport.table(List.of("level", "index", "bytes", "size"), rows, List.of(), md);
    }

    private static void notBenchmarked(JsonNode statements, StringBuilder md) {
        md.append("\n## What was benchmarked\n\n");
        Map<String, Integer> why = new LinkedHashMap<>();
        statements.forEach(s -> why.merge(s.path("benchmarked").asText().replaceAll(": .*fails: .*", ": fails with "
                + "the sampled values"), 1, Integer::sum));
        BenchReport.table(List.of("statements", "benchmarked"), why.entrySet().stream().map(e -> List.of(String.valueOf(
                e.getValue()), e.getKey())).toList(), List.of(), md);
        md.append("\nEvery statement, with its SQL and why: statements.json beside the results.\n");
    }

    private static void planSection(List<String> levels, List<Score> scores, JsonNode statements, JsonNode plans,
            StringBuilder md) {
        md.append("\n## Plans of the benchmarked reads\n");
        for (int index : byStatement(scores, "read").keySet()) {
            String name = statements.path(index).path("name").asText();
            StringBuilder text = new StringBuilder();
            String previous = null;
            for (String level : levels) {
                String plan = plans.path(level).path(name).asText();
                text.append("-- level ").append(level).append(plan.equals(previous) ? ": the same\n" : "\n" + plan + "\n");
                previous = plan;
            }
            md.append("\n### ").append(name).append("\n\n```\n").append(text).append("```\n");
        }
    }

    static String mib(long bytes) {
        return String.format(Locale.ROOT, "%.2f MiB", bytes / 1048576.0);
    }

}
