package io.github.torcindex.analyzer;

import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@link IndexAdvisor#advise} looks at.
 *
 * @param database the Torc database (read only)
 * @param workload the statements to advise for
 * @param largeTableRows a table with at least this many rows is large: scanning it calls for an index
 * @param busyTimeout how long to wait for another connection's lock
 * @param budget limits on what may be proposed
 */
public record AdviseOptions(Path database, Workload workload, long largeTableRows, Duration busyTimeout,
        AdviceBudget budget) {

    /** Validates the components. */
    public AdviseOptions {
        VerifyOptions.requireWorkload(database, workload, largeTableRows, busyTimeout);
        java.util.Objects.requireNonNull(budget, "budget");
    }

    /** Without limits. */
    public AdviseOptions(Path database, Workload workload, long largeTableRows, Duration busyTimeout) {
        this(database, workload, largeTableRows, busyTimeout, AdviceBudget.NONE);
    }

    /** The built-in catalog on {@code database}, with the default thresholds. */
    public static AdviseOptions of(Path database) {
        return new AdviseOptions(database, Workload.BUILT_IN, VerifyOptions.DEFAULT_LARGE_TABLE_ROWS,
                TorcDatabase.DEFAULT_BUSY_TIMEOUT);
    }
}
