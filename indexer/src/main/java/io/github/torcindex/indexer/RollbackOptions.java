package io.github.torcindex.indexer;

import io.github.torcindex.schema.TorcDatabase;
import java.nio.file.Path;
import java.time.Duration;

/**
 * What {@link IndexMigrator#rollback} does.
 *
 * @param database the Torc database file; it must exist
 * @param to the level to return it to (0 = baseline)
 * @param dryRun only plan and report the SQL, change nothing
 * @param backup take a backup next to the database before changing anything
 * @param busyTimeout how long to wait for another connection's write lock
 */
public record RollbackOptions(Path database, int to, boolean dryRun, boolean backup, Duration busyTimeout) {

    /** Validates the components. */
    public RollbackOptions {
        MigrateOptions.requireTarget(database, to, busyTimeout);
    }

    /** Options to return {@code database} to level {@code to}, with a backup and the default busy timeout. */
    public static RollbackOptions of(Path database, int to) {
        return new RollbackOptions(database, to, false, true, TorcDatabase.DEFAULT_BUSY_TIMEOUT);
    }
}
