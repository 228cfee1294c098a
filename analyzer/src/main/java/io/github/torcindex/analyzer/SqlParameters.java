package io.github.torcindex.analyzer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The parameters of a statement in every style SQLite accepts: {@code ?}, {@code ?NNN}, {@code :name},
 * {@code @name}, {@code $name}, and sqlx's/PostgreSQL's {@code $N}. A named parameter is called by its name; a
 * positional or numbered one by the column it is compared with ({@code r.workflow_id = ?} is
 * {@code workflow_id}; {@code LIMIT ?} is {@code limit}), else {@code pN}, so that the sampler can give it a
 * realistic value. Found lexically: strings, quoted identifiers and comments are never parameters.
 */
public final class SqlParameters {

    /**
     * One parameter as written.
     *
     * @param start its offset in the statement
     * @param end the offset after it
     * @param text as written ({@code ?}, {@code $2}, {@code :wf})
     * @param name what it is called (the same for every use of one numbered or named parameter)
     * @param qualifier for a parameter named by its column, the column's table or alias as written, if any
     */
    public record Placeholder(int start, int end, String text, String name, Optional<String> qualifier) {
    }

    private static final Set<String> OPERATORS = Set.of("=", "==", "<", ">", "<=", ">=", "!=", "<>", "IS", "LIKE",
            "GLOB", "IN", "NOT", "BETWEEN", "MATCH", "REGEXP");

    private SqlParameters() {
    }

    /** The parameters of {@code sql}, in text order. */
    public static List<Placeholder> of(String sql) {
        List<String[]> tokens = new ArrayList<>(); // {text, start, end}
        List<Placeholder> out = new ArrayList<>();
        Map<String, String> numbered = new java.util.HashMap<>();
        int i = 0;
        int ordinal = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            int start = i;
            if (c == '\'' || c == '"' || c == '`' || c == '[') {
                i = endOfQuoted(sql, i);
                tokens.add(new String[] {c == '\'' ? "'" : unquote(sql.substring(start, i)), String.valueOf(start),
                        String.valueOf(i)});
            } else if (sql.startsWith("--", i)) {
                int nl = sql.indexOf('\n', i);
                i = nl < 0 ? sql.length() : nl;
            } else if (sql.startsWith("/*", i)) {
                int close = sql.indexOf("*/", i + 2);
                i = close < 0 ? sql.length() : close + 2;
            } else if (c == '?' || ((c == ':' || c == '@' || c == '$') && i + 1 < sql.length()
                    && (Character.isLetterOrDigit(sql.charAt(i + 1)) || sql.charAt(i + 1) == '_'))) {
                i++;
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                String text = sql.substring(start, i);
                ordinal++;
                boolean named = c != '?' && !text.substring(1).chars().allMatch(Character::isDigit);
                String[] compared = compared(tokens, sql, i);
                String name;
                if (named) {
                    name = text.substring(1);
                } else if (text.length() > 1 && numbered.containsKey(text)) {
                    name = numbered.get(text);
                } else {
                    name = compared != null ? compared[1] : "p" + (text.length() > 1 ? text.substring(1) : ordinal);
                    if (text.length() > 1) {
                        numbered.put(text, name);
                    }
                }
                out.add(new Placeholder(start, i, text, name, named || compared == null || compared[0] == null
                        ? Optional.empty() : Optional.of(compared[0])));
                tokens.add(new String[] {"?", String.valueOf(start), String.valueOf(i)});
            } else if (Character.isLetter(c) || c == '_') {
                while (i < sql.length() && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_')) {
                    i++;
                }
                tokens.add(new String[] {sql.substring(start, i), String.valueOf(start), String.valueOf(i)});
            } else if (Character.isWhitespace(c)) {
                i++;
            } else {
                i++;
                if (i < sql.length() && "=<>!".indexOf(c) >= 0 && "=<>".indexOf(sql.charAt(i)) >= 0) {
                    i++;
                }
                tokens.add(new String[] {sql.substring(start, i), String.valueOf(start), String.valueOf(i)});
            }
        }
        return out;
    }

    /**
     * The column a parameter is compared with, from the tokens before it: {@code {qualifier or null, column}},
     * {@code {null, "limit"}} after LIMIT, or null.
     */
    private static String[] compared(List<String[]> tokens, String sql, int end) {
        int k = tokens.size() - 1;
        while (k >= 0 && (tokens.get(k)[0].equals("(") || tokens.get(k)[0].equals(",")
                || tokens.get(k)[0].equals("?"))) {
            k--; // inside an IN list
        }
        if (k < 0) {
            return null;
        }
        String word = tokens.get(k)[0].toUpperCase(Locale.ROOT);
        if (word.equals("LIMIT") || word.equals("OFFSET")) {
            return new String[] {null, word.toLowerCase(Locale.ROOT)};
        }
        if (word.equals("AND") && k >= 2 && tokens.get(k - 2)[0].equalsIgnoreCase("BETWEEN")) {
            k -= 2;
            word = "BETWEEN";
        }
        if (!OPERATORS.contains(word)) {
            return null;
        }
        while (k >= 0 && OPERATORS.contains(tokens.get(k)[0].toUpperCase(Locale.ROOT))) {
            k--;
        }
        if (k < 0 || !isIdentifier(tokens.get(k)[0])) {
            return null;
        }
        String column = tokens.get(k)[0].toLowerCase(Locale.ROOT);
        String qualifier = k >= 2 && tokens.get(k - 1)[0].equals(".") && isIdentifier(tokens.get(k - 2)[0])
                ? tokens.get(k - 2)[0].toLowerCase(Locale.ROOT) : null;
        return new String[] {qualifier, column};
    }

    private static boolean isIdentifier(String token) {
        return !token.isEmpty() && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_')
                && !OPERATORS.contains(token.toUpperCase(Locale.ROOT));
    }

    /** The offset after the string or quoted identifier starting at {@code i} (a doubled quote is one). */
    static int endOfQuoted(String sql, int i) {
        char c = sql.charAt(i);
        if (c == '[') {
            int close = sql.indexOf(']', i + 1);
            return close < 0 ? sql.length() : close + 1;
        }
        int k = i + 1;
        while (k < sql.length()) {
            if (sql.charAt(k) == c) {
                if (k + 1 < sql.length() && sql.charAt(k + 1) == c) {
                    k += 2;
                    continue;
                }
                return k + 1;
            }
            k++;
        }
        return sql.length();
    }

    private static String unquote(String quoted) {
        return quoted.length() >= 2 ? quoted.substring(1, quoted.length() - 1) : quoted;
    }

    /** The names of the statement's parameters, in order of first use. */
    public static Set<String> names(String sql) {
        Set<String> names = new LinkedHashSet<>();
        of(sql).forEach(p -> names.add(p.name()));
        return names;
    }

    /** The statement with each parameter replaced by {@code literal.apply(it)}, or left as it is on null. */
    public static String substitute(String sql, Function<Placeholder, String> literal) {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Placeholder p : of(sql)) {
            String value = literal.apply(p);
            out.append(sql, at, p.start()).append(value == null ? p.text() : value);
            at = p.end();
        }
        return out.append(sql.substring(at)).toString();
    }

    /** The statement with every parameter written {@code ?}, for JDBC, and each one's name in order. */
    public static Map.Entry<String, List<String>> positional(String sql) {
        List<String> order = new ArrayList<>();
        String text = substitute(sql, p -> {
            order.add(p.name());
            return "?";
        });
        return Map.entry(text, List.copyOf(order));
    }
}
