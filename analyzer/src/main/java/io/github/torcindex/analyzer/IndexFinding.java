package io.github.torcindex.analyzer;

import java.util.Objects;

/**
 * Something the advisor found about an existing index or foreign key.
 *
 * @param kind what was found
 * @param index the index concerned (for a foreign key: the child table and column)
 * @param table its table
 * @param definition the index definition as SQL reads it, or the foreign key
 * @param detail a sentence: the evidence and what to do
 * @param bytes the index's size on disk from dbstat, or -1 when not known
 */
public record IndexFinding(Kind kind, String index, String table, String definition, String detail, long bytes) {

    /** What the advisor found. */
    public enum Kind {
        /** Another index has the same table, columns and predicate. */
        DUPLICATE,
        /** Another index has this one's columns as its left prefix. */
        REDUNDANT_PREFIX,
        /** No statement of the workload uses it. */
        UNUSED,
        /** A partial index no statement can use: none has WHERE terms that match its predicate. */
        UNUSABLE_PARTIAL,
        /** A foreign key whose child column no index leads with. */
        UNINDEXED_FOREIGN_KEY,
        /**
         * A partial index whose predicate, evaluated on every write to its table, costs measurably less with its
         * terms in another order (which serves the same queries).
         */
        SLOW_PREDICATE
    }

    /** Validates the components. */
    public IndexFinding {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(index, "index");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(detail, "detail");
    }
}
