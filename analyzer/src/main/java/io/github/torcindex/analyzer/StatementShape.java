package io.github.torcindex.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A statement with its literals and parameters taken out: the {@link #key()} that two executions of one
 * statement share whatever values were bound or formatted in (words upper case, every number, string and
 * parameter {@code ?}, a list of them in parentheses one {@code (?)}, comments and spacing dropped), and the
 * literals in order with where they are, so that those that differ between executions can be made parameters.
 */
final class StatementShape {

    /** A literal of the statement: its text, offsets, and whether it is in a list such as {@code IN (4, 5, 6)}. */
    record Literal(String text, int start, int end, boolean inList) {
    }

    private final String sql;
    private final String key;
    private final List<Literal> literals;

    private StatementShape(String sql, String key, List<Literal> literals) {
        this.sql = sql;
        this.key = key;
        this.literals = List.copyOf(literals);
    }

    static StatementShape of(String sql) {
        List<String> tokens = new ArrayList<>();
        List<Literal> literals = new ArrayList<>();
        List<Integer> literalTokens = new ArrayList<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int start = i;
            if (c == '\'') {
                i = SqlParameters.endOfQuoted(sql, i);
                literals.add(new Literal(sql.substring(start, i), start, i, false));
                literalTokens.add(tokens.size());
                tokens.add("?");
            } else if (c == '"' || c == '`' || c == '[') {
                i = SqlParameters.endOfQuoted(sql, i);
                tokens.add(sql.substring(start + 1, Math.max(start + 1, i - 1)).toUpperCase(Locale.ROOT));
            } else if (sql.startsWith("--", i)) {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? sql.length() : nl;
            } else if (sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? sql.length() : close + 2;
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < sql.length() && Character.isDigit(sql.charAt(i + 1)))) {
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '.')) {
                    i++;
                }
                literals.add(new Literal(sql.substring(start, i), start, i, false));
                literalTokens.add(tokens.size());
                tokens.add("?");
            } else if (c == '?' || ((c == '$' || c == ':' || c == '@') && i + 1 < sql.length()
                    && (Character.isLetterOrDigit(sql.charAt(i + 1)) || sql.charAt(i + 1) == '_'))) {
                i++;
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                tokens.add("?");
            } else if (Character.isLetter(c) || c == '_') {
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(sql.substring(start, i).toUpperCase(Locale.ROOT));
            } else if (Character.isWhitespace(c) || c == ';') {
                i++;
            } else {
                i++;
                tokens.add(String.valueOf(c));
            }
        }
        boolean[] inList = new boolean[tokens.size()];
        String key = key(tokens, inList);
        List<Literal> marked = new ArrayList<>();
        for (int k = 0; k < literals.size(); k++) {
            Literal l = literals.get(k);
            marked.add(new Literal(l.text(), l.start(), l.end(), inList[literalTokens.get(k)]));
        }
        return new StatementShape(sql, key, marked);
    }

    /**
     * Tokens joined, with a parenthesised list of only {@code ?} collapsed to {@code (?)} (its tokens marked in
     * {@code inList}).
     */
    private static String key(List<String> tokens, boolean[] inList) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).equals("(")) {
                int j = k + 1;
                boolean list = j < tokens.size() && tokens.get(j).equals("?");
                while (list && j + 1 < tokens.size() && tokens.get(j + 1).equals(",") && j + 2 < tokens.size()
                        && tokens.get(j + 2).equals("?")) {
                    j += 2;
                }
                if (list && j + 1 < tokens.size() && tokens.get(j + 1).equals(")")) {
                    for (int m = k + 1; m <= j; m++) {
                        inList[m] = true;
                    }
                    out.append(out.length() > 0 ? " " : "").append("( ? )");
                    k = j + 1;
                    continue;
                }
            }
            out.append(out.length() > 0 ? " " : "").append(tokens.get(k));
        }
        return out.toString();
    }

    String key() {
        return key;
    }

    List<Literal> literals() {
        return literals;
    }

    /** The statement with the literals at {@code positions} (indexes into {@link #literals()}) written {@code ?}. */
    String withParameters(List<Integer> positions) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (int p : positions) {
            Literal l = literals.get(p);
            out.append(sql, at, l.start()).append('?');
            at = l.end();
        }
        return out.append(sql.substring(at)).toString();
    }
}
