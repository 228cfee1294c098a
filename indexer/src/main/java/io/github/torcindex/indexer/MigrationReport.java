package io.github.torcindex.indexer;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What a migrate or rollback did (or, for a dry run, would do).
 *
 * @param operation {@link ChangeOperation#MIGRATE} or {@link ChangeOperation#ROLLBACK}
 * @param database the database file
 * @param target the level asked for
 * @param levelBefore the level before the run
 * @param levelAfter the level after the run (equal to {@code levelBefore} for a dry run)
 * @param dryRun whether nothing was changed on purpose
 * @param steps every step this run did (or would do), in order; none that another run did meanwhile
 * @param facts the backup, a released lock, the time taken and the write-lock holds
 * @param status the index status after the run
 */
public record MigrationReport(ChangeOperation operation, Path database, int target, int levelBefore, int levelAfter,
        boolean dryRun, List<PlannedStep> steps, ChangeFacts facts, StatusReport status) {

    /** Validates and copies the components. */
    public MigrationReport {
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(facts, "facts");
        Objects.requireNonNull(status, "status");
        steps = List.copyOf(steps);
    }

    /** Whether the run changed (or, for a dry run, would change) the database. */
    public boolean changesDatabase() {
        return steps.stream().anyMatch(PlannedStep::changesDatabase);
    }

    /** The steps with a given action. */
    public List<PlannedStep> steps(PlannedStep.Action action) {
        return steps.stream().filter(s -> s.action() == action).toList();
    }
}
