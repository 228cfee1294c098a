package io.github.torcindex.bench;

import io.github.torcindex.analyzer.VerifyOptions;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * The tour ({@code torc-index demo}, goal {@code torc-index:demo}): generate W workflows of 10,000 jobs, a quick
 * JMH benchmark of the seed's statements at every level with the writes, then Torc v0.12.0 as shipped with
 * phases 3 and 4 and the advice on top, the plan checks, and the report.
 */
final class Demo {

    /** The statements the demo times: the seed's claims, and the two plans that regress without ANALYZE. */
    static final List<String> QUERIES = List.of("list_jobs", "list_jobs_page", "jobs_by_status", "claim_ready_jobs",
            "list_results", "results_of_job", "list_events", "blocked_by_job", "file_consumers", "jobs_needing_file");

    /** Torc as an operator runs it: v0.12.0 as its migrations build it, as shipped and with phases 3, 4, advice. */
    static final BenchOptions.Shipped SHIPPED = new BenchOptions.Shipped(List.of(TorcSchemaVersion.Init.V0_12_0),
            List.of(BenchLevel.SHIPPED, BenchLevel.of("3"), BenchLevel.of("4"), BenchLevel.ADVISED), 6);

    private Demo() {
    }

    static DemoReport run(TorcIndex torcIndex, DemoOptions o, PrintStream progress) {
        Path dir = o.out().toAbsolutePath();
        GeneratorOptions gen = new GeneratorOptions(o.workflows(), GeneratorOptions.DEFAULT_JOBS,
                GeneratorOptions.DEFAULT_SEED);
        // Before anything is generated: the report must have somewhere to go.
        torcIndex.checkOutputFolder(dir, "--out");
        long start = System.nanoTime();
        progress.println("demo: 1/4 generating " + o.workflows() + " workflows of 10,000 jobs (cached in " + o.cache()
                + ")");
        Path base = BenchDatabases.base(o.cache(), gen);
        progress.println("demo: 2/4 quick JMH benchmark of " + QUERIES.size() + " queries at levels "
                + BenchLevel.ALL + ", and the write benchmarks; then Torc " + SHIPPED.versions().get(0).name()
                + " as shipped: its " + SHIPPED.top() + " statements that differ most and its hot writes at levels "
                + SHIPPED.levels());
        BenchOptions options = new BenchOptions(dir.resolve("results"), o.cache(), new BenchOptions.Matrix(
                List.of(o.workflows()), gen.jobsPerWorkflow(), gen.seed(), BenchLevel.ALL, QUERIES, true), true,
                SHIPPED);
        torcIndex.bench(options, GenerationProgress.NONE, progress);
        progress.println("demo: 3/4 verifying plans at levels 0, 3 and 4");
        int failing0 = torcIndex.verify(VerifyOptions.of(base)).failures().size();
        int failing3 = torcIndex.verify(VerifyOptions.of(BenchDatabases.atLevel(o.cache(), gen, BenchLevel.of("3"))))
                .failures().size();
        int failing4 = torcIndex.verify(VerifyOptions.of(BenchDatabases.atLevel(o.cache(), gen, BenchLevel.of("4"))))
                .failures().size();
        progress.println("demo: 4/4 writing the report");
        BenchReport.Written report = torcIndex.report(options.out(), dir.resolve("report"));
        List<Path> shipped = SHIPPED.versions().stream().map(v -> dir.resolve("report").resolve(
                BenchOptions.shippedFolder(v, o.workflows())).resolve("report.html")).toList();
        return new DemoReport(report, failing0, failing3, failing4, shipped,
                Duration.ofNanos(System.nanoTime() - start));
    }
}
