package io.github.torcindex.cli;

import io.github.torcindex.analyzer.VerifyOptions;
import io.github.torcindex.bench.BenchDatabases;
import io.github.torcindex.bench.BenchLevel;
import io.github.torcindex.bench.BenchOptions;
import io.github.torcindex.bench.BenchReport;
import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.cli.CommandLine;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;

/** {@code demo}: generate, benchmark quickly across levels, verify plans, report; a few minutes. */
final class DemoCommand implements Command {

    /** The statements the demo times: the seed's claims, and the two plans that regress without ANALYZE. */
    static final List<String> QUERIES = List.of("list_jobs", "list_jobs_page", "jobs_by_status", "claim_ready_jobs",
            "list_results", "results_of_job", "list_events", "blocked_by_job", "file_consumers", "jobs_needing_file");

    /** Torc as an operator runs it: v0.12.0 as its migrations build it, as shipped and with phases 3, 4, advice. */
    static final BenchOptions.Shipped SHIPPED = new BenchOptions.Shipped(List.of(TorcSchemaVersion.Init.V0_12_0),
            List.of(BenchLevel.SHIPPED, BenchLevel.of("3"), BenchLevel.of("4"), BenchLevel.ADVISED), 6);

    private final PrintStream progress;

    DemoCommand(PrintStream progress) {
        this.progress = progress;
    }

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "the tour: generate 20 x 10,000 jobs, quick benchmark at every level, verify plans, write the report";
    }

    @Override
    public Options options() {
        return new Options()
                .addOption(Option.builder().longOpt("out").hasArg().argName("DIR")
                        .desc("where to write results and the report (default ./torc-index-demo)").get())
                .addOption(Option.builder().longOpt("workflows").hasArg().argName("W")
                        .desc("workflows of 10,000 jobs (default 20)").get())
                .addOption(Option.builder().longOpt("cache").hasArg().argName("DIR")
                        .desc("where generated databases are cached (default " + BenchCommand.DEFAULT_CACHE + ")")
                        .get());
    }

    @Override
    public int run(CommandLine line, PrintStream out) {
        Path dir = Path.of(line.getOptionValue("out", "torc-index-demo")).toAbsolutePath();
        Path cache = line.hasOption("cache") ? Path.of(line.getOptionValue("cache")) : BenchCommand.DEFAULT_CACHE;
        long w = CommonOptions.number(line, "workflows", GeneratorOptions.DEFAULT_WORKFLOWS);
        if (w < 1 || w > 1000) {
            throw new UsageException("--workflows must be from 1 to 1000, not " + w);
        }
        GeneratorOptions gen = new GeneratorOptions((int) w, GeneratorOptions.DEFAULT_JOBS, GeneratorOptions.DEFAULT_SEED);
        // Before anything is generated: the report must have somewhere to go.
        TorcIndex.load().checkOutputFolder(dir, "--out");
        long start = System.nanoTime();
        progress.println("demo: 1/4 generating " + w + " workflows of 10,000 jobs (cached in " + cache + ")");
        Path base = BenchDatabases.base(cache, gen);
        progress.println("demo: 2/4 quick JMH benchmark of " + QUERIES.size() + " queries at levels "
                + BenchLevel.ALL + ", and the write benchmarks; then Torc " + SHIPPED.versions().get(0).name()
                + " as shipped: its " + SHIPPED.top() + " statements that differ most and its hot writes at levels "
                + SHIPPED.levels());
        BenchOptions options = new BenchOptions(dir.resolve("results"), cache, new BenchOptions.Matrix(
                List.of((int) w), gen.jobsPerWorkflow(), gen.seed(), BenchLevel.ALL, QUERIES, true), true, SHIPPED);
        TorcIndex.load().bench(options, GenerationProgress.NONE, progress);
        progress.println("demo: 3/4 verifying plans at level 0 and level 4");
        int failing0 = TorcIndex.load().verify(VerifyOptions.of(base)).failures().size();
        int failing4 = TorcIndex.load().verify(VerifyOptions.of(BenchDatabases.atLevel(cache, gen, BenchLevel.of("4"))))
                .failures().size();
        int failing3 = TorcIndex.load().verify(VerifyOptions.of(BenchDatabases.atLevel(cache, gen, BenchLevel.of("3"))))
                .failures().size();
        progress.println("demo: 4/4 writing the report");
        BenchReport.Written report = TorcIndex.load().report(options.out(), dir.resolve("report"));
        out.println();
        out.printf(Locale.ROOT, "Plans (built-in catalog, 36 statements): %d with violations at level 0, %d at level 3, "
                + "%d at level 4 (phase 3 + ANALYZE)%n", failing0, failing3, failing4);
        out.println();
        out.println("Seed claims:");
        report.verdicts().forEach(v -> out.printf(Locale.ROOT, "  %-14s %s%n                 measured: %s%n",
                v.verdict(), v.claim(), v.measured()));
        if (!report.slower().isEmpty()) {
            out.println();
            out.println("Slower with the seed's indexes:");
            report.slower().forEach(s -> out.println("  " + s));
        }
        out.println();
        out.printf(Locale.ROOT, "Report: %s (%.0f s)%n", report.html(), (System.nanoTime() - start) / 1e9);
        return 0;
    }
}
