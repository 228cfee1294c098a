package io.github.torcindex.maven;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.ApplyOptions;
import io.github.torcindex.indexer.ApplyReport;
import io.github.torcindex.indexer.ChangeOperation;
import io.github.torcindex.indexer.ChangeSetSql;
import java.io.File;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Applies (or rolls back) a Liquibase changelog of yours, such as the one the advise goal writes, with the care
 * the phases get: only change types SQLite runs natively, lock handling, a backup, short write transactions.
 */
@Mojo(name = "apply", threadSafe = true)
public class ApplyMojo extends AbstractChangeMojo {

    /** The changelog file to apply; it must exist. */
    @Parameter(property = "torc-index.changelog", required = true)
    File changelog;

    /** Roll back every changeset of the changelog that is applied, newest first, instead of applying it. */
    @Parameter(property = "torc-index.rollback", defaultValue = "false")
    boolean rollback;

    /** Also run changes that write table rows or alter tables; refused without it. */
    @Parameter(property = "torc-index.allowDataChanges", defaultValue = "false")
    boolean allowDataChanges;

    /** The library options this goal runs with (the CLI builds the same record). */
    public ApplyOptions toOptions() {
        return new ApplyOptions(path(database, "database"), path(changelog, "changelog"), rollback, dryRun,
                !noBackup, timeout(), allowDataChanges);
    }

    @Override
    protected void run() {
        ApplyReport report = TorcIndex.load().apply(toOptions());
        report.facts().releasedLock().ifPresent(getLog()::warn);
        getLog().info("torc-index apply " + report.changelog() + " on " + report.database() + ": "
                + report.changeSets().size() + " changeset(s) " + (report.operation() == ChangeOperation.APPLY_ROLLBACK
                        ? "rolled back" : "applied") + (report.dryRun() ? " (dry run: none, nothing changed)" : "")
                + report.facts().longestWriteLock().map(h -> "; write lock held at most " + h.held().toMillis()
                        + " ms").orElse(""));
        for (ChangeSetSql c : report.changeSets()) {
            getLog().info("  " + c.label());
            if (report.dryRun()) {
                c.sql().forEach(sql -> getLog().info("    " + sql + ";"));
            }
        }
    }

    @Override
    protected String goal() {
        return "apply";
    }
}
