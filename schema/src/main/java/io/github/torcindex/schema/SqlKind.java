package io.github.torcindex.schema;

import java.util.Locale;

/** Tells statements that only read from statements that may write, by their leading keywords. */
final class SqlKind {

    private SqlKind() {
    }

    /**
     * Whether SQLite runs {@code sql} without writing: SELECT, VALUES, EXPLAIN, a PRAGMA that reads (no
     * {@code =}, not {@code optimize}), and WITH ... SELECT. Anything else counts as a write, so a statement
     * this can't classify takes the write lock (the safe side).
     */
    static boolean isRead(String sql) {
        String s = firstWords(sql);
        if (s.startsWith("SELECT") || s.startsWith("VALUES") || s.startsWith("EXPLAIN")) {
            return true;
        }
        if (s.startsWith("PRAGMA")) {
            return !s.contains("=") && !s.startsWith("PRAGMA OPTIMIZE") && !s.startsWith("PRAGMA INCREMENTAL_VACUUM")
                    && !s.startsWith("PRAGMA WAL_CHECKPOINT");
        }
        if (s.startsWith("WITH")) {
            return !s.matches("(?s).*\\b(INSERT|UPDATE|DELETE|REPLACE)\\b.*");
        }
        return false;
    }

    /** The statement upper-cased, without leading white space and comments, with runs of space made one. */
    static String firstWords(String sql) {
        String s = sql.strip();
        while (true) {
            if (s.startsWith("--")) {
                int end = s.indexOf('\n');
                s = end < 0 ? "" : s.substring(end + 1).strip();
            } else if (s.startsWith("/*")) {
                int end = s.indexOf("*/");
                s = end < 0 ? "" : s.substring(end + 2).strip();
            } else {
                break;
            }
        }
        return s.replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }
}
