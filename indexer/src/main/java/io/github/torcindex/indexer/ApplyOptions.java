package io.github.torcindex.indexer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link IndexMigrator#apply} does with a changelog of the user's (the advisor's, say).
 *
 * @param database the Torc database file; it must exist
 * @param changelog the Liquibase changelog file; it must exist
 * @param rollback roll back every changeset of the changelog that is applied, newest first, instead of applying
 * @param dryRun only list what would run, change nothing
 * @param backup take a backup next to the database before changing anything
 * @param busyTimeout how long to wait for another connection's write lock
 * @param allowDataChanges also run changes that write table rows or alter tables (refused otherwise)
 */
public record ApplyOptions(Path database, Path changelog, boolean rollback, boolean dryRun, boolean backup,
        Duration busyTimeout, boolean allowDataChanges) {

    /** Validates the components. */
    public ApplyOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
    }
}
