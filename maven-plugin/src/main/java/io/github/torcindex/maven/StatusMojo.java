package io.github.torcindex.maven;

import io.github.torcindex.bench.TorcIndex;
import io.github.torcindex.indexer.IndexStatus;
import io.github.torcindex.indexer.StatusOptions;
import io.github.torcindex.indexer.StatusReport;
import java.io.File;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Logs where each recommended index stands; fails on drift or a held lock, as {@code torc-index status} exits 1. */
@Mojo(name = "status", threadSafe = true)
public class StatusMojo extends AbstractTorcIndexMojo {

    /** The Torc SQLite database file; it must exist. */
    @Parameter(property = "torc-index.database", required = true)
    File database;

    /** The options, as the CLI builds them from the same settings. */
    public StatusOptions toOptions() {
        return new StatusOptions(path(database, "database"), timeout());
    }

    @Override
    protected void run() throws MojoFailureException {
        StatusReport report = TorcIndex.load().status(toOptions());
        getLog().info("torc-index status " + report.database() + ": level " + report.level() + " of "
                + report.maxLevel() + ", statistics " + (report.statistics() ? "yes" : "no"));
        for (IndexStatus s : report.indexes()) {
            getLog().info(String.format("  %-24s %-40s %s%s", s.state(), s.index().name(), s.index().definition(),
                    s.standIn().map(x -> " <- " + x).orElse("")));
        }
        if (!report.problems().isEmpty()) {
            throw new MojoFailureException("torc-index status " + report.database() + ": "
                    + String.join("; ", report.problems()) + ".");
        }
    }

    @Override
    protected String goal() {
        return "status";
    }
}
