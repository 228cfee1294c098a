package io.github.torcindex.indexer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What {@link IndexMigrator#apply} did (or, for a dry run, would do).
 *
 * @param operation {@link ChangeOperation#APPLY} or {@link ChangeOperation#APPLY_ROLLBACK}
 * @param database the database file
 * @param changelog the changelog file
 * @param changeSets the changesets that ran (or would run), in order, with their SQL
 * @param dryRun whether nothing was changed on purpose
 * @param facts the backup, a released lock, the time taken and the write-lock holds
 */
public record ApplyReport(ChangeOperation operation, Path database, Path changelog, List<ChangeSetSql> changeSets,
        boolean dryRun, ChangeFacts facts) {

    /** Validates and copies the components. */
    public ApplyReport {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(changelog, "changelog");
        Objects.requireNonNull(facts, "facts");
        changeSets = List.copyOf(changeSets);
    }
}
