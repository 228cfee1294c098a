package io.github.torcindex.analyzer;

import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link PlanVerifier#verify} checks.
 *
 * @param database the Torc database
 * @param workload the statements to check
 * @param largeTableRows a table with at least this many rows is large: scanning it is a violation
 * @param busyTimeout how long to wait for another connection's lock
 */
public record VerifyOptions(Path database, Workload workload, long largeTableRows, Duration busyTimeout) {

    /** The default size from which a table counts as large. */
    public static final long DEFAULT_LARGE_TABLE_ROWS = 10_000;

    /** Validates the components. */
    public VerifyOptions {
        requireWorkload(database, workload, largeTableRows, busyTimeout);
    }

    /** Validates what verify and advise both need: a database, a catalog choice, a threshold, a timeout. */
    static void requireWorkload(Path database, Workload workload, long largeTableRows, Duration busyTimeout) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(workload, "workload");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (largeTableRows < 1) {
            throw new IllegalArgumentException("largeTableRows: must be 1 or more, not " + largeTableRows);
        }
    }

    /** The built-in catalog on {@code database}, with the default thresholds. */
    public static VerifyOptions of(Path database) {
        return new VerifyOptions(database, Workload.BUILT_IN, DEFAULT_LARGE_TABLE_ROWS, TorcDatabase.DEFAULT_BUSY_TIMEOUT);
    }
}
