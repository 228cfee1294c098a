package io.github.torcindex.indexer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@code status} reads: the command line and the Maven goal build the same record.
 *
 * @param database the Torc database; it must exist (it is only read)
 * @param busyTimeout how long to wait for another connection's lock
 */
public record StatusOptions(Path database, Duration busyTimeout) {

    /** Validates the components. */
    public StatusOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
    }
}
