package io.github.torcindex.indexer;

import java.util.List;
import java.util.Objects;

/**
 * One index that a phase changelog creates, as read from that changelog.
 *
 * @param name the index name torc-index gives it (prefix {@value #NAME_PREFIX})
 * @param definition its table, columns and predicate
 * @param phase the phase (1-3) whose changelog holds it
 * @param changeSet the changeset that creates it
 * @param description the changeset's comment: which seed recommendation it is, and why
 */
public record RecommendedIndex(String name, IndexDefinition definition, int phase, ChangeSetRef changeSet,
        String description) {

    /** The prefix of every index name torc-index uses; Torc's own migrations use {@code idx_}. */
    public static final String NAME_PREFIX = "tix_";

    /** Validates the components. */
    public RecommendedIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(changeSet, "changeSet");
        Objects.requireNonNull(description, "description");
        if (!name.startsWith(NAME_PREFIX)) {
            throw new IllegalArgumentException("name: must start with " + NAME_PREFIX + ": " + name);
        }
        if (phase < 1) {
            throw new IllegalArgumentException("phase: must be 1 or more: " + phase);
        }
    }

    /**
     * A changeset as DATABASECHANGELOG identifies it, with the SQL it runs and the SQL that undoes it.
     *
     * @param id the changeset id
     * @param author the changeset author
     * @param filePath the changelog path Liquibase records
     * @param sql the statements the changeset runs
     * @param rollbackSql the statements its rollback runs (empty for a no-op rollback)
     */
    public record ChangeSetRef(String id, String author, String filePath, List<String> sql,
            List<String> rollbackSql) {

        /** Validates and copies the components. */
        public ChangeSetRef {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(filePath, "filePath");
            sql = List.copyOf(sql);
            rollbackSql = List.copyOf(rollbackSql);
        }
    }
}
