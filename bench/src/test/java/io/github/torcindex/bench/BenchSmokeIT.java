package io.github.torcindex.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A smoke test of the benchmark and report code on a tiny database: real JMH forks with the shortest settings.
 * It proves the pipeline works; its timings mean nothing (benchmarks are not tests).
 */
@Tag("timing")
class BenchSmokeIT {

    @TempDir
    Path dir;

    @Test
    void runsJmhAcrossLevelsAndWritesAReportWithVerdictsAndCharts() throws Exception {
        Path out = dir.resolve("run");
        BenchOptions options = new BenchOptions(out, dir.resolve("cache"), new BenchOptions.Matrix(List.of(2), 500, 7L,
                List.of(BenchLevel.BASELINE, BenchLevel.of("3")), List.of("list_jobs", "results_of_job"), true), true);

        new BenchRunner().run(options, GenerationProgress.NONE);

        assertThat(out.resolve("jmh.json")).content().contains("QueryBenchmarks.query", "\"level\" : \"3\"");
        assertThat(out.resolve("jmh-writes.json")).content().contains("insertWorkflow", "updateJobStatus");
        assertThat(out.resolve("plans.json")).content().contains("SCAN job", "tix_result_workflow_id");
        assertThat(out.resolve("sizes.json")).content().contains("tix_job_workflow_id");
        assertThat(out.resolve("environment.json")).content().contains("\"cores\"", "\"sqlite\"");
        assertThat(out.resolve("verify.json")).content().contains("\"failing\"", "\"examples\"");

        BenchReport.Written report = new BenchReport().write(out, dir.resolve("report"));

        assertThat(report.verdicts()).hasSizeGreaterThanOrEqualTo(13)
                .allSatisfy(v -> assertThat(v.verdict()).isNotNull());
        assertThat(report.verdicts()).anySatisfy(v -> assertThat(v.claim()).contains("10-50x"));
        assertThat(report.charts()).singleElement().satisfies(c -> assertThat(Files.size(c)).isGreaterThan(1000));
        String html = Files.readString(report.html());
        assertThat(html).contains("src=\"data:image/png;base64,", "alt=\"W=2 chart\"", "Seed claims", "list_jobs")
                .doesNotContain("http://", "https://");
        assertThat(report.markdown()).content().contains("| claim (DATABASE_INDEXES.md) | measured | verdict |",
                "## Plan checks (verify) at each level", "| level | statements checked | with violations |");
    }

    @Test
    void benchmarksTorcAsShippedBesideTheSeedMatrixAndSummarisesItInTheReport() throws Exception {
        Path out = dir.resolve("shipped-run");
        BenchOptions options = new BenchOptions(out, dir.resolve("cache"), new BenchOptions.Matrix(List.of(2), 500, 7L,
                List.of(BenchLevel.BASELINE), List.of("list_jobs"), false), true,
                new BenchOptions.Shipped(List.of(TorcSchemaVersion.Init.V0_12_0), List.of(BenchLevel.SHIPPED,
                        BenchLevel.of("4")), 1));

        new BenchRunner().run(options, GenerationProgress.NONE);
        BenchReport.Written report = new BenchReport().write(out, dir.resolve("shipped-report"));

        // A run as bench --db makes, on a database built by Torc v0.12.0's migrations, JMH on one read only.
        Path shipped = out.resolve(BenchOptions.shippedFolder(TorcSchemaVersion.Init.V0_12_0, 2));
        assertThat(shipped.resolve("environment.json")).content().contains("\"mode\" : \"database\"",
                "\"torcSchema\" : \"Torc v0.12.0", "\"levels\" : [ \"shipped\", \"4\" ]");
        assertThat(com.fasterxml.jackson.databind.json.JsonMapper.builder().build().readTree(shipped.resolve(
                "statements.json").toFile()).findValuesAsText("benchmarked")).filteredOn(b -> b.startsWith("yes"))
                .hasSizeLessThanOrEqualTo(1).anySatisfy(b -> assertThat(b).doesNotContain("write"));
        assertThat(report.markdown()).content().contains("## Torc as shipped: what an operator of each version gains",
                "### Torc v0.12.0, W=2 (1,000 jobs)", "| shipped | ", "| 4 | ",
                "(" + shipped.getFileName() + "/report.html)");
        assertThat(dir.resolve("shipped-report").resolve(shipped.getFileName()).resolve("report.html")).exists();
    }
}
