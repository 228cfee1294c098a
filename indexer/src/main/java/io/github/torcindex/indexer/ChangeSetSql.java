package io.github.torcindex.indexer;

import java.util.List;
import java.util.Objects;

/**
 * One changeset of a user's changelog and the SQL it runs, as a dry run prints it.
 *
 * @param id the changeset's id
 * @param author its author
 * @param sql the statements it runs
 * @param rollbackSql the statements that undo it (empty if it has no rollback)
 */
public record ChangeSetSql(String id, String author, List<String> sql, List<String> rollbackSql) {

    /** Validates and copies the components. */
    public ChangeSetSql {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(author, "author");
        sql = List.copyOf(sql);
        rollbackSql = List.copyOf(rollbackSql);
    }

    /** {@code id (author)}, as a person reads it. */
    public String label() {
        return id + " (" + author + ")";
    }
}
