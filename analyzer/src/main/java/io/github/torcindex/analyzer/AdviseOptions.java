package io.github.torcindex.analyzer;

import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * What {@link IndexAdvisor#advise} looks at.
 *
 * @param database the Torc database (read only)
 * @param queries a catalog file, or empty for the built-in catalog
 * @param largeTableRows a table with at least this many rows is large: scanning it calls for an index
 * @param busyTimeout how long to wait for another connection's lock
 */
public record AdviseOptions(Path database, Optional<Path> queries, long largeTableRows, Duration busyTimeout) {

    /** Validates the components. */
    public AdviseOptions {
        VerifyOptions.requireWorkload(database, queries, largeTableRows, busyTimeout);
    }

    /** The built-in catalog on {@code database}, with the default thresholds. */
    public static AdviseOptions of(Path database) {
        return new AdviseOptions(database, Optional.empty(), VerifyOptions.DEFAULT_LARGE_TABLE_ROWS,
                TorcDatabase.DEFAULT_BUSY_TIMEOUT);
    }
}
