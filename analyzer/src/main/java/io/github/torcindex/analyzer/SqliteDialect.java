package io.github.torcindex.analyzer;

import java.util.Locale;

/**
 * SQLite syntax JSqlParser doesn't read, rewritten to what it means for index analysis: {@code INSERT OR IGNORE}
 * (and the other conflict clauses) and {@code REPLACE INTO} are inserts, {@code INDEXED BY x} and {@code NOT
 * INDEXED} are dropped, {@code GLOB} is a pattern match like {@code LIKE}. Strings, quoted names and comments
 * are left alone.
 */
final class SqliteDialect {

    private SqliteDialect() {
    }

    static String forParser(String sql) {
        StringBuilder out = new StringBuilder();
        String previous = "";
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                int end = SqlParameters.endOfQuoted(sql, i);
                out.append(sql, i, end);
                i = end;
                previous = "";
            } else if (sql.startsWith("--", i)) {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? sql.length() : nl;
            } else if (sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? sql.length() : close + 2;
                out.append(' ');
            } else if (Character.isLetter(c) || c == '_') {
                int end = i;
                while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
                    end++;
                }
                String word = sql.substring(i, end);
                String upper = word.toUpperCase(Locale.ROOT);
                String next = nextWord(sql, end);
                if (previous.equals("INSERT") && upper.equals("OR")) {
                    i = skipWord(sql, end); // INSERT OR IGNORE INTO: drop "OR IGNORE"
                    continue;
                }
                if (upper.equals("REPLACE") && next.equals("INTO")) {
                    out.append("INSERT");
                } else if (upper.equals("INDEXED") && next.equals("BY")) {
                    i = skipWord(sql, skipWord(sql, end));
                    continue;
                } else if (upper.equals("NOT") && next.equals("INDEXED")) {
                    i = skipWord(sql, end);
                    continue;
                } else if (upper.equals("GLOB")) {
                    out.append("LIKE");
                } else {
                    out.append(word);
                }
                previous = upper;
                i = end;
            } else {
                if (!Character.isWhitespace(c)) {
                    previous = "";
                }
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static String nextWord(String sql, int from) {
        int i = from;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        int end = i;
        while (end < sql.length() && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_')) {
            end++;
        }
        return sql.substring(i, end).toUpperCase(Locale.ROOT);
    }

    /** The offset after the next word following {@code from}. */
    private static int skipWord(String sql, int from) {
        int i = from;
        while (i < sql.length() && Character.isWhitespace(sql.charAt(i))) {
            i++;
        }
        while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
            i++;
        }
        return i;
    }
}
