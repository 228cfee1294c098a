package io.github.torcindex.analyzer;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * SQL literals for sampled values, and the aliases of a statement JSqlParser can't read (a lexical scan of
 * FROM, JOIN, UPDATE and INTO: {@link SqlParse} falls back to it).
 */
final class SqlText {

    private static final Pattern FROM = Pattern.compile(
            "(?i)\\b(?:FROM|JOIN|UPDATE|INTO)\\s+([A-Za-z_]\\w*)(?:\\s+(?:AS\\s+)?([A-Za-z_]\\w*))?");
    private static final Set<String> KEYWORDS = Set.of("where", "join", "on", "left", "right", "inner", "outer",
            "cross", "natural", "group", "order", "limit", "set", "values", "using", "union", "except", "intersect",
            "as", "select", "full", "indexed", "not", "default", "returning", "window", "having");

    private SqlText() {
    }


    /** An SQL literal for a sampled value. */
    static String literal(Object value) {
        if (value == null) {
            return "NULL";
        }
        if (value instanceof Number) {
            return value.toString();
        }
        return "'" + value.toString().replace("'", "''") + "'";
    }

    /**
     * Which table each name used in the statement stands for: aliases map to their table, and each table
     * maps to itself. Names are lower case.
     */
    static Map<String, String> aliases(String sql) {
        Map<String, String> aliases = new LinkedHashMap<>();
        Matcher m = FROM.matcher(sql);
        int from = 0;
        while (m.find(from)) {
            String table = m.group(1).toLowerCase(Locale.ROOT);
            aliases.putIfAbsent(table, table);
            String alias = m.group(2);
            if (alias != null && !KEYWORDS.contains(alias.toLowerCase(Locale.ROOT))) {
                aliases.put(alias.toLowerCase(Locale.ROOT), table);
                from = m.end();
            } else {
                // "FROM job JOIN rr ...": the word after the table was a keyword; read on from the table.
                from = m.end(1);
            }
        }
        return aliases;
    }
}
