package io.github.torcindex.maven;

import io.github.torcindex.analyzer.Workload;
import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that plan a workload on a database: {@code verify} and {@code advise}. */
public abstract class AbstractWorkloadMojo extends AbstractTorcIndexMojo {

    /** The Torc SQLite database file; it must exist. */
    @Parameter(property = "torc-index.database", required = true)
    File database;

    /** A query catalog file (docs/analyzer.md); empty for the built-in Torc catalog. */
    @Parameter(property = "torc-index.queries")
    File queries;

    /**
     * A Torc server log with sqlx's query events ({@code RUST_LOG=sqlx::query=debug}, text or JSON) whose
     * statements, weighted by how often they ran, are the workload; instead of {@code queries}.
     */
    @Parameter(property = "torc-index.queriesFromLog")
    File queriesFromLog;

    /** A table of at least this many rows is large: scanning it is a violation, and calls for an index. */
    @Parameter(property = "torc-index.largeTable", defaultValue = "10000")
    long largeTable;

    Path databasePath() {
        return path(database, "database");
    }

    Workload workload() {
        if (queries != null && queriesFromLog != null) {
            throw new IllegalArgumentException("queries, queriesFromLog: give one, not both");
        }
        return queriesFromLog != null ? Workload.log(queriesFromLog.toPath())
                : Workload.of(Optional.ofNullable(queries).map(File::toPath));
    }
}
