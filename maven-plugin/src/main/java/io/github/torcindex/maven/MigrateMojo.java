package io.github.torcindex.maven;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.MigrateOptions;
import io.github.torcindex.indexer.MigrationReport;
import io.github.torcindex.indexer.PlannedStep;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Brings a Torc database to an index level (phases 1..to), as {@code torc-index migrate} does. */
@Mojo(name = "migrate", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class MigrateMojo extends AbstractChangeMojo {

    /** The level to reach: phases 1..to (4 is phase 3 plus ANALYZE). */
    @Parameter(property = "torc-index.to", defaultValue = "4")
    int to;

    /** Also create indexes that an existing index makes redundant. */
    @Parameter(property = "torc-index.allowRedundant", defaultValue = "false")
    boolean allowRedundant;

    /** The library options this goal runs with (the CLI builds the same record). */
    public MigrateOptions toOptions() {
        return new MigrateOptions(path(database, "database"), to, dryRun, !noBackup, allowRedundant, timeout());
    }

    @Override
    protected void run() {
        MigrationReport report = TorcIndex.load().migrate(toOptions());
        getLog().info("torc-index migrate " + report.database() + ": level " + report.levelBefore() + " -> "
                + report.levelAfter() + (report.dryRun() ? " (dry run)" : "")
                + report.facts().backup().map(b -> ", backup " + b).orElse(""));
        for (PlannedStep step : report.steps()) {
            getLog().info("  " + step.action() + " phase " + step.phase() + ": " + step.detail());
            if (report.dryRun()) {
                step.sql().forEach(sql -> getLog().info("    " + sql + ";"));
            }
        }
    }

    @Override
    protected String goal() {
        return "migrate";
    }
}
