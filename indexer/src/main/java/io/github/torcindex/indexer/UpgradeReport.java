package io.github.torcindex.indexer;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What applying a Torc release's pending migrations to a copy of a database did.
 *
 * @param database the database the copy was taken of (unchanged)
 * @param before the Torc schema before, in words
 * @param after the Torc schema after the migrations that ran
 * @param migrations each pending migration, in the order sqlx applies them
 * @param duplicates torc-index's indexes that the new Torc indexes duplicate (same table, columns, predicate):
 *     {@code migrate} after the real upgrade drops them and records them as satisfied by Torc's
 */
public record UpgradeReport(Path database, String before, String after, List<Migration> migrations,
        List<String> duplicates) {

    /**
     * One migration's effect on the copy.
     *
     * @param version its version
     * @param name its file name
     * @param elapsed how long it took
     * @param rowsLost rows that tables present before and after have fewer of, by table
     * @param tablesDropped tables it dropped, with the rows they held
     * @param indexesDropped indexes present before and gone after (a table rebuild drops torc-index's)
     * @param indexesCreated indexes it created
     * @param failure SQLite's message if it failed (the copy is then as the migrations before left it)
     */
    public record Migration(long version, String name, Duration elapsed, Map<String, Long> rowsLost,
            Map<String, Long> tablesDropped, List<String> indexesDropped, List<String> indexesCreated,
            Optional<String> failure) {

        /** Validates and copies the components. */
        public Migration {
            Objects.requireNonNull(name, "name");
            rowsLost = Collections.unmodifiableMap(new LinkedHashMap<>(rowsLost));
            tablesDropped = Collections.unmodifiableMap(new LinkedHashMap<>(tablesDropped));
            indexesDropped = List.copyOf(indexesDropped);
            indexesCreated = List.copyOf(indexesCreated);
            Objects.requireNonNull(failure, "failure");
        }
    }

    /** Validates and copies the components. */
    public UpgradeReport {
        Objects.requireNonNull(database, "database");
        migrations = List.copyOf(migrations);
        duplicates = List.copyOf(duplicates);
    }

    /** Whether any migration would lose rows or failed: what a DBA must look at before upgrading. */
    public boolean problems() {
        return migrations.stream().anyMatch(m -> !m.rowsLost().isEmpty() || m.failure().isPresent());
    }
}
