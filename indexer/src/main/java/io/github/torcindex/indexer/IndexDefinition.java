package io.github.torcindex.indexer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an index is, independent of its name: a table, key columns in order, and an optional partial-index
 * predicate. Two indexes with equal definitions serve the same queries, whatever they are called.
 *
 * @param table the indexed table, lower case
 * @param columns the key columns in index order, lower case
 * @param predicate the normalised WHERE clause of a partial index, or empty for a full index
 */
public record IndexDefinition(String table, List<String> columns, Optional<String> predicate) {

    private static final Pattern CREATE_INDEX = Pattern.compile(
            "(?is)^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?"
                    + "([\\w\"`\\[\\]]+)\\s+ON\\s+([\\w\"`\\[\\]]+)\\s*\\((.*?)\\)\\s*(?:WHERE\\s+(.+?))?\\s*;?\\s*$");
    private static final Pattern TOKEN = Pattern.compile("'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\\w+|\\S");

    /** Validates and normalises the components. */
    public IndexDefinition {
        table = identifier(Objects.requireNonNull(table, "table"));
        if (table.isEmpty()) {
            throw new IllegalArgumentException("table: must not be empty");
        }
        Objects.requireNonNull(columns, "columns");
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("columns: an index on " + table + " needs at least one column");
        }
        columns = columns.stream().map(IndexDefinition::identifier).toList();
        predicate = Objects.requireNonNull(predicate, "predicate").map(IndexDefinition::normalizePredicate)
                .filter(p -> !p.isEmpty());
    }

    /** A full (not partial) index on {@code table(columns...)}. */
    public static IndexDefinition of(String table, String... columns) {
        return new IndexDefinition(table, List.of(columns), Optional.empty());
    }

    /** The index name and definition in a {@code CREATE INDEX} statement. */
    public record Named(String name, IndexDefinition definition) {
    }

    /**
     * Reads a {@code CREATE [UNIQUE] INDEX [IF NOT EXISTS] name ON table(columns) [WHERE predicate]} statement.
     *
     * @throws IllegalArgumentException if {@code sql} is not such a statement, or indexes an expression
     */
    public static Named parse(String sql) {
        Matcher m = CREATE_INDEX.matcher(Objects.requireNonNull(sql, "sql"));
        if (!m.matches()) {
            throw new IllegalArgumentException("sql: not a CREATE INDEX statement: " + sql);
        }
        List<String> columns = new ArrayList<>();
        for (String column : m.group(3).split(",")) {
            String c = column.trim();
            if (!c.matches("[\\w\"`\\[\\]]+")) {
                throw new IllegalArgumentException("sql: only plain column lists are supported, not `" + c
                        + "`: " + sql);
            }
            columns.add(c);
        }
        return new Named(identifier(m.group(1)),
                new IndexDefinition(m.group(2), columns, Optional.ofNullable(m.group(4))));
    }

    /** Whether this is a partial index. */
    public boolean isPartial() {
        return predicate.isPresent();
    }

    /**
     * Whether this index's columns are a strict left prefix of {@code other}'s, on the same table, so that
     * {@code other} can serve every equality or range lookup this one serves. A partial {@code other} only
     * counts when its predicate is the same as this one's.
     */
    public boolean isLeftPrefixOf(IndexDefinition other) {
        return table.equals(other.table)
                && predicate.equals(other.predicate)
                && columns.size() < other.columns.size()
                && other.columns.subList(0, columns.size()).equals(columns);
    }

    /** The definition as SQL reads it: {@code job(workflow_id, status) WHERE ...}. */
    @Override
    public String toString() {
        return table + "(" + String.join(", ", columns) + ")" + predicate.map(p -> " WHERE " + p).orElse("");
    }

    static String identifier(String raw) {
        String s = raw.trim();
        if (s.length() >= 2 && (s.startsWith("\"") && s.endsWith("\"") || s.startsWith("`") && s.endsWith("`")
                || s.startsWith("[") && s.endsWith("]"))) {
            s = s.substring(1, s.length() - 1);
        }
        return s.toLowerCase(Locale.ROOT);
    }

    /**
     * Normalises a predicate so that spacing, letter case of keywords and identifiers, and quoting of plain
     * identifiers do not matter; string literals keep their case. SQLite itself matches a query's WHERE terms
     * against a partial index's predicate literally, so nothing beyond this is treated as equal. Any SQL
     * fragment can be normalised the same way, to look for a predicate inside a statement.
     */
    public static String normalizePredicate(String predicate) {
        Matcher m = TOKEN.matcher(predicate);
        List<String> tokens = new ArrayList<>();
        while (m.find()) {
            String t = m.group();
            if (t.startsWith("'")) {
                tokens.add(t);
            } else if (t.startsWith("\"")) {
                tokens.add(t.substring(1, t.length() - 1).toLowerCase(Locale.ROOT));
            } else {
                tokens.add(t.toLowerCase(Locale.ROOT));
            }
        }
        return String.join(" ", tokens).replace("( ", "(").replace(" )", ")").replace(" ,", ",");
    }
}
