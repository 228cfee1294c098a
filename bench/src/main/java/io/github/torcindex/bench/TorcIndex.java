package io.github.torcindex.bench;

import io.github.torcindex.TorcIndexException;
import io.github.torcindex.analyzer.Workload;
import io.github.torcindex.analyzer.AdviceChangelog;
import io.github.torcindex.analyzer.AdviceMeasurement;
import io.github.torcindex.analyzer.AdviceReport;
import io.github.torcindex.analyzer.AdviseOptions;
import io.github.torcindex.analyzer.IndexAdvisor;
import io.github.torcindex.analyzer.PlanVerifier;
import io.github.torcindex.analyzer.VerifyOptions;
import io.github.torcindex.analyzer.VerifyReport;
import io.github.torcindex.analyzer.WorkloadTiming;
import io.github.torcindex.analyzer.source.SourceCatalog;
import io.github.torcindex.generator.GenerationProgress;
import io.github.torcindex.generator.GenerationReport;
import io.github.torcindex.generator.GeneratorOptions;
import io.github.torcindex.generator.WorkflowGenerator;
import io.github.torcindex.indexer.ApplyOptions;
import io.github.torcindex.indexer.ApplyReport;
import io.github.torcindex.indexer.IndexMigrator;
import io.github.torcindex.indexer.MigrateOptions;
import io.github.torcindex.indexer.MigrationReport;
import io.github.torcindex.indexer.RollbackOptions;
import io.github.torcindex.indexer.StatusOptions;
import io.github.torcindex.indexer.StatusReport;
import io.github.torcindex.indexer.UpgradeCheckOptions;
import io.github.torcindex.indexer.UpgradeReport;
import io.github.torcindex.schema.TorcDatabase;
import io.github.torcindex.schema.TorcSchemaVersion;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The one entry point of torc-index, for the command line, the Maven goals and Java callers alike: every
 * operation takes the same option record whichever front end built it, and returns a report value.
 *
 * <pre>{@code
 * TorcIndex torcIndex = TorcIndex.load();
 * StatusReport status = torcIndex.status(Path.of("torc.db"), TorcIndex.DEFAULT_BUSY_TIMEOUT);
 * MigrationReport up = torcIndex.migrate(new MigrateOptions(Path.of("torc.db"), 3, false, true, false,
 *         TorcIndex.DEFAULT_BUSY_TIMEOUT));
 * AdviceReport advice = torcIndex.advise(new AdviseOptions(Path.of("torc.db"), Workload.BUILT_IN, 1_000,
 *         TorcIndex.DEFAULT_BUSY_TIMEOUT));
 * }</pre>
 *
 * <p>Operations that could not run throw {@link TorcIndexException}, whose {@code code()} says why; findings
 * (a plan that scans, an index that drifted) are values in the reports.
 */
public final class TorcIndex {

    /** How long an operation waits for another connection's lock unless told otherwise. */
    public static final Duration DEFAULT_BUSY_TIMEOUT = TorcDatabase.DEFAULT_BUSY_TIMEOUT;

    private final IndexMigrator migrator;

    private TorcIndex(IndexMigrator migrator) {
        this.migrator = migrator;
    }

    /** torc-index with its built-in phase changelogs and query catalog. */
    public static TorcIndex load() {
        return new TorcIndex(new IndexMigrator());
    }

    /** The highest level: phases 1..N applied. */
    public int maxLevel() {
        return migrator.catalog().maxLevel();
    }

    /**
     * Creates a new database holding Torc's baseline schema.
     *
     * @return the new database's status (level 0)
     * @throws TorcIndexException if the file exists or its folder is missing or read-only
     */
    public StatusReport init(Path database) {
        return init(database, TorcSchemaVersion.Init.SEED);
    }

    /**
     * Creates a new database holding the schema of a Torc version ({@link TorcSchemaVersion.Init#ALL}).
     *
     * @return the new database's status (level 0)
     * @throws TorcIndexException if the file exists or its folder is missing or read-only
     */
    public StatusReport init(Path database, TorcSchemaVersion.Init schema) {
        Path created;
        try (TorcDatabase db = TorcDatabase.create(database, schema)) {
            created = db.path();
        }
        return status(created, DEFAULT_BUSY_TIMEOUT);
    }

    /** Where each recommended index stands; reads only. */
    public StatusReport status(Path database, Duration busyTimeout) {
        return migrator.status(database, busyTimeout);
    }

    /** Where each recommended index stands; reads only. */
    public StatusReport status(StatusOptions options) {
        return migrator.status(options.database(), options.busyTimeout());
    }

    /** Brings a database to a level (see {@link IndexMigrator#migrate}). */
    public MigrationReport migrate(MigrateOptions options) {
        return migrator.migrate(options);
    }

    /** Rolls a database back to a level (see {@link IndexMigrator#rollback}). */
    public MigrationReport rollback(RollbackOptions options) {
        return migrator.rollback(options);
    }

    /** Applies or rolls back a changelog of the user's (see {@link IndexMigrator#apply}). */
    public ApplyReport apply(ApplyOptions options) {
        return migrator.apply(options);
    }

    /** Rehearses a Torc upgrade on a copy (see {@link IndexMigrator#upgradeCheck}); the database is only read. */
    public UpgradeReport upgradeCheck(UpgradeCheckOptions options) {
        return migrator.upgradeCheck(options);
    }

    /** Releases a Liquibase lock a killed run left; says who held it. */
    public Optional<String> unlock(Path database, Duration busyTimeout) {
        return migrator.unlock(database, busyTimeout);
    }

    /** Checks every statement's plan against its expectations; reads only. */
    public VerifyReport verify(VerifyOptions options) {
        return new PlanVerifier().verify(options);
    }

    /**
     * Extracts every SQL statement a Torc source tree's server sends, checked on that version's schema.
     *
     * @param schema the schema to check the statements on, or empty for the one matching the tree's version
     */
    public SourceCatalog catalogFromSource(Path sourceTree, Optional<TorcSchemaVersion.Init> schema) {
        return SourceCatalog.extract(sourceTree, schema);
    }

    /** Advises on the database's indexes for a workload; reads only. */
    public AdviceReport advise(AdviseOptions options) {
        return new IndexAdvisor().advise(options);
    }

    /**
     * Times a workload's read statements on several databases (the first is the baseline), interleaved; reads
     * only.
     */
    public WorkloadTiming.Result compare(List<Path> databases, Workload workload, int runs, Duration cap,
            Duration busyTimeout) {
        return WorkloadTiming.compare(databases, workload, runs, cap, busyTimeout);
    }

    /**
     * Proves advice by measurement on a scratch copy of the database (the original is only read), and drops
     * the proposals that measure slower.
     */
    public AdviceMeasurement.Result measureAdvice(AdviseOptions options, AdviceReport advice) {
        return AdviceMeasurement.measure(options, advice);
    }

    /**
     * Checks, before any analysis, that the advice's changelog can be written to {@code file}.
     *
     * @throws TorcIndexException if it can't
     */
    public Path checkChangelogTarget(Path file) {
        return AdviceChangelog.checkTarget(file);
    }

    /** Writes advice as a Liquibase changelog that {@link #apply} runs. */
    public Path writeChangelog(AdviceReport advice, Path file) {
        return AdviceChangelog.write(advice, file);
    }

    /** Creates a new database of generated workflows (built beside it, renamed when complete). */
    public GenerationReport generate(Path out, GeneratorOptions options, boolean replace,
            GenerationProgress progress) {
        return WorkflowGenerator.create(out, options, replace, progress);
    }

    /** Creates a new database of a Torc version's schema holding generated workflows. */
    public GenerationReport generate(Path out, TorcSchemaVersion.Init schema, GeneratorOptions options,
            boolean replace, GenerationProgress progress) {
        return WorkflowGenerator.create(out, schema, options, replace, progress);
    }

    /** Adds generated workflows to an existing Torc database, one transaction per workflow. */
    public GenerationReport append(Path database, GeneratorOptions options, GenerationProgress progress) {
        return WorkflowGenerator.append(database, options, progress);
    }

    /** The names of the statements the benchmarks can time. */
    public List<String> benchmarkQueries() {
        return BenchRunner.allQueries();
    }

    /**
     * Runs the benchmarks into {@code options.out()}.
     *
     * @throws TorcIndexException if the output folder can't be used or JMH fails
     */
    public void bench(BenchOptions options, GenerationProgress progress) {
        Objects.requireNonNull(options, "options");
        new BenchRunner().run(options, progress);
    }

    /** Runs the benchmarks, with a line per benchmark on {@code terminal}. */
    public void bench(BenchOptions options, GenerationProgress progress, PrintStream terminal) {
        Objects.requireNonNull(options, "options");
        new BenchRunner().run(options, progress, terminal);
    }

    /**
     * The tour: generate, a quick benchmark at every level and of Torc v0.12.0 as shipped, the plan checks, the
     * report (a few minutes on two cores; the databases are cached in {@code options.cache()}).
     *
     * @throws TorcIndexException if the output folder can't take the report, a database can't be prepared, or
     *     another JMH run holds the machine
     */
    public DemoReport demo(DemoOptions options, PrintStream progress) {
        return Demo.run(this, options, progress);
    }

    /**
     * Benchmarks copies of a user's database (only read; checked unchanged) at levels on top of it.
     *
     * @throws TorcIndexException if the database is missing or changed, the cache has no room, or JMH fails
     */
    public void benchDatabase(DatabaseBenchOptions options, PrintStream progress) {
        Objects.requireNonNull(options, "options");
        new DatabaseBench().run(options, progress);
    }

    /**
     * Checks that {@code folder} can take a benchmark run or report before anything runs.
     *
     * @param option the option that named it, for the message
     */
    public void checkOutputFolder(Path folder, String option) {
        BenchRunner.prepareFolder(folder, option);
    }

    /** Turns a benchmark run into Markdown and HTML. */
    public BenchReport.Written report(ReportOptions options) {
        return report(options.in(), options.out());
    }

    /** Turns a benchmark run into Markdown and HTML. */
    public BenchReport.Written report(Path run, Path out) {
        return DatabaseBenchReport.isDatabaseRun(run) ? new DatabaseBenchReport().write(run, out)
                : new BenchReport().write(run, out);
    }
}
