package io.github.torcindex.indexer;

import java.util.List;
import java.util.Objects;

/**
 * One thing a migrate or rollback does (or, in a dry run, would do).
 *
 * @param phase the phase it belongs to
 * @param changeSetId the changeset it runs, records or rolls back
 * @param action what happens
 * @param detail a sentence for a person: which index, which stand-in, why
 * @param sql the statements it runs (empty when it only records history)
 * @param rollbackSql the statements that would undo it
 */
public record PlannedStep(int phase, String changeSetId, Action action, String detail, List<String> sql,
        List<String> rollbackSql) {

    /** What a step does. */
    public enum Action {
        /** Create a recommended index. */
        CREATE,
        /** Recreate an index that is recorded but missing (drift). */
        REPAIR,
        /** Drop torc-index's index that duplicates one Torc now creates, and record it as satisfied by Torc's. */
        DROP_DUPLICATE,
        /** Record an index as satisfied by an existing index under another name; create nothing. */
        RECORD_STAND_IN,
        /** Record an index that exists under torc-index's name but was not recorded. */
        RECORD_EXISTING,
        /** Skip an index made redundant by an existing one (no --allow-redundant). */
        SKIP_REDUNDANT,
        /** Skip a changeset whose table or column this database's Torc schema lacks. */
        SKIP_NOT_APPLICABLE,
        /** Run a maintenance changeset (ANALYZE). */
        MAINTAIN,
        /** Record that a phase is complete (tag level-N). */
        TAG,
        /** Drop an index torc-index created. */
        DROP,
        /** Leave an index in place on rollback: torc-index did not create it. */
        KEEP,
        /** Remove a phase's record (its tag and maintenance) on rollback; statistics are kept. */
        UNTAG
    }

    /** Validates and copies the components. */
    public PlannedStep {
        Objects.requireNonNull(changeSetId, "changeSetId");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(detail, "detail");
        sql = List.copyOf(sql);
        rollbackSql = List.copyOf(rollbackSql);
    }

    /** Whether the step changes the database (skips and keeps do not). */
    public boolean changesDatabase() {
        return action != Action.SKIP_REDUNDANT && action != Action.SKIP_NOT_APPLICABLE && action != Action.KEEP;
    }
}
