package io.github.torcindex.analyzer;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement of a workload that was not checked, and why: it is not a query (DDL, PRAGMA, a transaction
 * statement), or SQLite could not prepare it (its message says why).
 *
 * @param name the statement's name
 * @param sql its text
 * @param reason why it was not checked
 * @param unpreparable whether SQLite refused it (a finding: the workload has a statement that can't run)
 */
public record SkippedStatement(String name, String sql, String reason, boolean unpreparable) {

    private static final java.util.Set<String> NOT_QUERIES = java.util.Set.of("CREATE", "DROP", "ALTER", "PRAGMA",
            "ATTACH", "DETACH", "VACUUM", "REINDEX", "ANALYZE", "BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT",
            "RELEASE");

    /** Validates the components. */
    public SkippedStatement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(reason, "reason");
    }

    /** Why {@code statement} is not a query to check, if it is not one: DDL, PRAGMA, ATTACH, VACUUM, ... */
    static Optional<SkippedStatement> notAQuery(CatalogStatement statement) {
        String sql = statement.sql().strip();
        String first = sql.split("[\\s(;]+", 2)[0].toUpperCase(Locale.ROOT);
        if (sql.toUpperCase(Locale.ROOT).startsWith("EXPLAIN") || NOT_QUERIES.contains(first)) {
            return Optional.of(new SkippedStatement(statement.name(), statement.sql(), "not a query (" + first
                    + "): nothing to plan", false));
        }
        return Optional.empty();
    }
}
