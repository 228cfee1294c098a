package io.github.torcindex.maven;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.MigrationReport;
import io.github.torcindex.indexer.RollbackOptions;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Returns a Torc database to a lower index level, dropping only what torc-index created. */
@Mojo(name = "rollback", threadSafe = true)
public class RollbackMojo extends AbstractChangeMojo {

    /** The level to return to (0 = baseline). */
    @Parameter(property = "torc-index.to", required = true)
    int to;

    /** The library options this goal runs with (the CLI builds the same record). */
    public RollbackOptions toOptions() {
        return new RollbackOptions(path(database, "database"), to, dryRun, !noBackup, timeout());
    }

    @Override
    protected void run() {
        MigrationReport report = TorcIndex.load().rollback(toOptions());
        getLog().info("torc-index rollback " + report.database() + ": level " + report.levelBefore() + " -> "
                + report.levelAfter() + (report.dryRun() ? " (dry run)" : ""));
        report.steps().forEach(s -> getLog().info("  " + s.action() + " phase " + s.phase() + ": " + s.detail()));
    }

    @Override
    protected String goal() {
        return "rollback";
    }
}
