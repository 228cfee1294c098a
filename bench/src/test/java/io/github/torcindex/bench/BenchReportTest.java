package io.github.torcindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.bench.BenchReport.Outcome;
import io.github.torcindex.bench.BenchReport.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report's verdicts and pages from fixed JMH JSON: every figure below is chosen to land on one side. */
class BenchReportTest {

    @TempDir
    Path dir;

    private Path run;

    private static String score(String benchmark, Map<String, String> params, double score, double error,
            String unit) {
        String p = params.entrySet().stream().map(e -> "\"" + e.getKey() + "\": \"" + e.getValue() + "\"")
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "{\"benchmark\": \"io.github.torcindex.bench.%s\", \"params\": {%s}, "
                + "\"primaryMetric\": {\"score\": %s, \"scoreError\": %s, \"scoreUnit\": \"%s\"}}", benchmark, p,
                score, error, unit);
    }

    private static String query(String query, String level, double ms, double error) {
        return score("QueryBenchmarks.query", Map.of("query", query, "level", level, "workflows", "20"), ms, error,
                "ms/op");
    }

    @BeforeEach
    void writeRun() throws Exception {
        run = Files.createDirectory(dir.resolve("run"));
        List<String> scores = new ArrayList<>(List.of(
                query("list_jobs", "0", 300, 10), query("list_jobs", "3", 50, 2),
                query("list_results", "0", 40, 1), query("list_results", "3", 10, 1),
                query("blocked_by_job", "0", 60, 3), query("blocked_by_job", "3", 2, 0.1),
                query("results_of_job", "0", 0.02, 0.001), query("results_of_job", "3", 2.0, 0.01),
                query("list_events", "0", 100, 5), query("list_events", "3", 4, 0.5),
                // Slower at level 1 with the same plan as at level 0: variance; repaired at level 4 by ANALYZE.
                query("list_results", "1", 45, 1), query("results_of_job", "4", 0.021, 0.001)));
        Files.writeString(run.resolve("jmh.json"), "[" + String.join(",\n", scores) + "]");
        Files.writeString(run.resolve("jmh-writes.json"), "[" + score("WriteBenchmarks.insertWorkflow",
                Map.of("level", "0", "workflows", "20"), 100, 1, "ms/op") + ",\n" + score(
                "WriteBenchmarks.insertWorkflow", Map.of("level", "3", "workflows", "20"), 112, 1, "ms/op") + "]");
        long tenK = 20;
        Files.writeString(run.resolve("sizes.json"), "{\"20\": {\"3\": {\"tix_job_workflow_id\": " + 60 * 1024 * tenK
                + ", \"tix_job_workflow_id_status\": " + 200 * 1024 * tenK + "}}}");
        String byJob = "\"results_of_job\": \"SEARCH result USING INDEX sqlite_autoindex_result_1 (job_id=?)\"";
        Files.writeString(run.resolve("plans.json"), "{\"20\": {\"0\": {\"list_jobs\": \"SCAN job\", " + byJob
                + "}, \"3\": {\"list_jobs\": \"SEARCH job USING INDEX tix_job_workflow_id (workflow_id=?)\", "
                + "\"results_of_job\": \"SEARCH result USING INDEX tix_result_workflow_id (workflow_id=?)\"}, "
                + "\"4\": {" + byJob + "}}}");
        Files.writeString(run.resolve("environment.json"), "{\"jobsPerWorkflow\": 10000, \"cores\": 2}");
    }

    private static Outcome verdictOf(List<Verdict> verdicts, String claimStart) {
        return verdicts.stream().filter(v -> v.claim().startsWith(claimStart)).map(Verdict::verdict).findFirst()
                .orElseThrow(() -> new AssertionError("no claim " + claimStart));
    }

    @Test
    void aMarginThatStraddlesTheClaimIsInconclusiveAndSizesAreInTheClaimsUnit() throws Exception {
        Files.writeString(run.resolve("jmh.json"), "[" + String.join(",\n", query("list_jobs", "0", 300, 10),
                query("list_jobs", "3", 18, 5), query("blocked_by_job", "3", 0.015, 0.001)) + "]");
        Files.writeString(run.resolve("jmh-writes.json"), "[" + score("WriteBenchmarks.insertWorkflow",
                Map.of("level", "0", "workflows", "20"), 100, 20, "ms/op") + ",\n" + score(
                "WriteBenchmarks.insertWorkflow", Map.of("level", "3", "workflows", "20"), 112, 20, "ms/op") + "]");
        List<Verdict> v = new BenchReport().write(run, dir.resolve("report2")).verdicts();
        assertThat(verdictOf(v, "List 10,000 jobs for a workflow, after")).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(v).filteredOn(x -> x.claim().startsWith("List 10,000 jobs for a workflow, after")).singleElement()
                .satisfies(x -> assertThat(x.measured()).contains("straddles the claim's 20 ms"));
        assertThat(verdictOf(v, "Reverse dependency lookup, after")).as("faster than claimed holds")
                .isEqualTo(Outcome.HOLDS);
        assertThat(verdictOf(v, "Write overhead")).isEqualTo(Outcome.INCONCLUSIVE);
        assertThat(v).filteredOn(x -> x.claim().startsWith("Total index overhead")).singleElement()
                .satisfies(x -> assertThat(x.measured()).contains("MiB per 10,000 jobs"));
    }

    @Test
    void judgesEachClaimAgainstItsRange() {
        BenchReport.Written written = new BenchReport().write(run, dir.resolve("report"));
        List<Verdict> v = written.verdicts();

        // "Before" claims are context: how slow the unindexed database is, not a failure of the indexes.
        assertThat(verdictOf(v, "List 10,000 jobs for a workflow, before")).isEqualTo(Outcome.CONTEXT);
        assertThat(verdictOf(v, "List 10,000 jobs for a workflow, after")).isEqualTo(Outcome.DOES_NOT_HOLD);
        assertThat(verdictOf(v, "Find ready jobs (status filter), before")).isEqualTo(Outcome.NOT_APPLICABLE);
        assertThat(verdictOf(v, "List results for workflow, before")).isEqualTo(Outcome.CONTEXT);
        // 10 ± 1 ms against "~5-15 ms": at or better than the range, whatever the margin.
        assertThat(verdictOf(v, "List results for workflow, after")).isEqualTo(Outcome.HOLDS);
        // 2 ms against "~1-5 ms", and faster than the range would hold too.
        assertThat(verdictOf(v, "Reverse dependency lookup, after")).isEqualTo(Outcome.HOLDS);
        assertThat(verdictOf(v, "job(workflow_id): ~40-80 KB")).isEqualTo(Outcome.HOLDS);
        assertThat(verdictOf(v, "job(workflow_id, status)")).isEqualTo(Outcome.DOES_NOT_HOLD);
        assertThat(verdictOf(v, "Write overhead")).isEqualTo(Outcome.HOLDS);
        // Speedups of list_jobs 6x, list_results 4x, blocked_by_job 30x, list_events 25x: the median is 25x.
        assertThat(v).filteredOn(x -> x.claim().startsWith("10-50x")).singleElement().satisfies(x -> {
            assertThat(x.verdict()).isEqualTo(Outcome.HOLDS);
            assertThat(x.measured()).contains("median 25.0x over 4 pattern queries");
        });
    }

    @Test
    void listsQueriesThatGotSlowerAndMarksThemInBothPages() throws Exception {
        BenchReport.Written written = new BenchReport().write(run, dir.resolve("report"));

        assertThat(written.slower()).singleElement().asString()
                .startsWith("results_of_job at level 3 (W=20): 2.000 ± 0.010 ms against 0.020 ± 0.001 ms");
        String md = Files.readString(written.markdown());
        String html = Files.readString(written.html());
        assertThat(md).contains("| **SLOWER** results_of_job |", "![W=20 chart](chart-w20.png)",
                "SEARCH job USING INDEX tix_job_workflow_id",
                // The slower query's plans side by side, the index that caused it in bold, and its repair.
                "| plan at level 0 | plan at level 3 (new index in bold) |",
                "USING INDEX **tix_result_workflow_id** (workflow_id=?)",
                "Repaired, back to level 0's time within the margins, at level 4 (0.021 ± 0.001 ms)",
                "(the run's variance, not the indexes): list_results at level 1 (W=20)",
                // The answer at the top: per level against level 0.
                "| W | level | reads: sum of means (ms) | the same reads at level 0 (ms) | faster than level 0 |",
                "| 20 | 3 | 68.000 | 500.020 | 1 | 1 | 5.08 MiB | +12% |");
        assertThat(html).contains("<tr class=\"slow\">", "<td class=\"HOLDS\">HOLDS</td>",
                "<td class=\"DOES_NOT_HOLD\">DOES NOT HOLD</td>", "src=\"data:image/png;base64,")
                .doesNotContain("src=\"chart-w20.png\"");
        assertThat(written.charts()).singleElement().satisfies(c -> assertThat(c).exists().isNotEmptyFile());
    }
}
