package io.github.torcindex.maven;

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

    /** A table of at least this many rows is large: scanning it is a violation, and calls for an index. */
    @Parameter(property = "torc-index.largeTable", defaultValue = "10000")
    long largeTable;

    Path databasePath() {
        return path(database, "database");
    }

    Optional<Path> queriesPath() {
        return Optional.ofNullable(queries).map(File::toPath);
    }
}
