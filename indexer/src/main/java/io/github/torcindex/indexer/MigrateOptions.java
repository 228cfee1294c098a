package io.github.torcindex.indexer;

import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link IndexMigrator#migrate} does.
 *
 * @param database the Torc database file; it must exist
 * @param to the level to bring it to: phases 1..to are applied, in order
 * @param dryRun only plan and report the SQL, change nothing
 * @param backup take a backup next to the database before changing anything
 * @param allowRedundant create indexes that an existing index makes redundant
 * @param busyTimeout how long to wait for another connection's write lock
 */
public record MigrateOptions(Path database, int to, boolean dryRun, boolean backup, boolean allowRedundant,
        Duration busyTimeout) {

    /** Validates the components. */
    public MigrateOptions {
        requireTarget(database, to, busyTimeout);
    }

    /** Validates what a migrate and a rollback both need: a database, a level of 0 or more, a timeout. */
    static void requireTarget(Path database, int to, Duration busyTimeout) {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
        if (to < 0) {
            throw new IllegalArgumentException("to: a level is 0 or more, not " + to);
        }
        if (busyTimeout.isNegative()) {
            throw new IllegalArgumentException("busyTimeout: must not be negative: " + busyTimeout);
        }
    }

    /** Options to bring {@code database} to level {@code to}, with a backup and the default busy timeout. */
    public static MigrateOptions of(Path database, int to) {
        return new MigrateOptions(database, to, false, true, false, TorcDatabase.DEFAULT_BUSY_TIMEOUT);
    }
}
