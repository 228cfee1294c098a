package io.github.torcindex.analyzer;

import java.util.Objects;

/**
 * One way a statement's plan breaks a rule.
 *
 * @param rule which rule
 * @param table the table concerned
 * @param plan which plan shows it: {@code unbound}, {@code with values} or {@code both}
 * @param message what the plan does
 * @param why why it matters
 */
public record Violation(Rule rule, String table, String plan, String message, String why) {

    /** The rules a plan is checked against. */
    public enum Rule {
        /** The catalog expects an index (by table and leading columns) that the plan does not use. */
        EXPECTED_INDEX,
        /** A full scan of a large table. */
        FULL_SCAN,
        /** A table scanned inside a nested loop, once per outer row. */
        NESTED_SCAN,
        /** SQLite builds a temporary index on a large table on every execution. */
        AUTOMATIC_INDEX,
        /** A temporary B-tree sorts for ORDER BY where an index is meant to give the order. */
        TEMP_BTREE_ORDER
    }

    /** Validates the components. */
    public Violation {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(why, "why");
    }
}
