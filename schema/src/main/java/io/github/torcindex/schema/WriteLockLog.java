package io.github.torcindex.schema;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every time torc-index held SQLite's write lock during a Liquibase run: how long, and for which statements.
 * This is what a live Torc server waits for, so migrate and rollback report the longest hold.
 */
public final class WriteLockLog {

    /**
     * One write transaction.
     *
     * @param held from {@code BEGIN IMMEDIATE} returning to the end of the transaction
     * @param statements the writing statements it ran, in order, each shortened to its first line
     */
    public record Hold(Duration held, List<String> statements) {

        /** Validates and copies the components. */
        public Hold {
            Objects.requireNonNull(held, "held");
            statements = List.copyOf(statements);
        }

        /**
         * The statements that rebuild or scan a whole table or index ({@code CREATE INDEX}, {@code DROP INDEX},
         * {@code ANALYZE}, {@code REINDEX}, {@code VACUUM}): the ones whose time grows with the data.
         */
        public long heavyStatements() {
            return statements.stream().filter(WriteLockLog::isHeavy).count();
        }
    }

    private final List<Hold> holds = new ArrayList<>();

    synchronized void add(Hold hold) {
        holds.add(hold);
    }

    /** Every hold, in the order they ended. */
    public synchronized List<Hold> holds() {
        return List.copyOf(holds);
    }

    /** The longest hold, if the write lock was taken at all. */
    public synchronized Optional<Hold> longest() {
        return longest(holds);
    }

    /** The longest of some holds, if there are any. */
    public static Optional<Hold> longest(List<Hold> holds) {
        return holds.stream().max(Comparator.comparing(Hold::held));
    }

    static boolean isHeavy(String sql) {
        String s = SqlKind.firstWords(sql);
        return s.startsWith("CREATE INDEX") || s.startsWith("CREATE UNIQUE INDEX") || s.startsWith("DROP INDEX")
                || s.startsWith("ANALYZE") || s.startsWith("REINDEX") || s.startsWith("VACUUM")
                || s.startsWith("PRAGMA OPTIMIZE");
    }
}
