package io.github.torcindex.indexer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * What {@link IndexMigrator#upgradeCheck} rehearses.
 *
 * @param database the Torc database; it is only read (copied), never changed
 * @param migrations the folder of the Torc release's migrations ({@code VERSION_name.up.sql}, as sqlx reads them)
 * @param busyTimeout how long to wait for another connection's lock while copying
 */
public record UpgradeCheckOptions(Path database, Path migrations, Duration busyTimeout) {

    /** Validates the components. */
    public UpgradeCheckOptions {
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(migrations, "migrations");
        Objects.requireNonNull(busyTimeout, "busyTimeout");
    }
}
