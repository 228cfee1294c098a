package io.github.torcindex.analyzer;

import io.github.torcindex.analyzer.IndexFinding.Kind;
import io.github.torcindex.indexer.ExistingIndex;
import io.github.torcindex.indexer.IndexDefinition;
import io.github.torcindex.indexer.IndexOrigin;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Partial indexes whose predicate would cost writes less with its terms in another order. SQLite evaluates a
 * partial index's predicate for every row inserted into its table (and on updates of the columns it names), term
 * by term from the left, and a term such as {@code status IN (6, 7, 8)} costs far more there than a plain
 * comparison: on Torc's {@code job} table, {@code status IN (6, 7, 8) AND unblocking_processed = 0} costs about
 * 0.8 microseconds a row, {@code unblocking_processed = 0 AND status IN (6, 7, 8)} a quarter of that
 * (docs/generator.md). The query planner matches each term of the predicate on its own, so the same terms in
 * another order serve the same queries.
 *
 * <p>Each candidate is measured, not guessed: the index is built with both predicates on the newest rows of its
 * table, copied into the advisor's in-memory scratch database (the user's file is only read), alternately, three
 * times each.
 */
final class PredicateOrder {

    /** Rows sampled for the measurement: enough for building the index to take milliseconds. */
    static final int SAMPLE_ROWS = 50_000;
    /** Fewer rows than this and the measurement says nothing. */
    private static final int MIN_ROWS = 5_000;
    private static final int ROUNDS = 3;
    /** A finding needs the current order to cost this much more, and at least this much a row. */
    private static final double MIN_RATIO = 1.5;
    private static final double MIN_MICROS_SAVED = 0.1;

    /** Terms this matches are not plain comparisons: lists, calls, subqueries, pattern matches, OR. */
    private static final Pattern DEAR = Pattern.compile("(?i)\\(|\\bin\\b|\\bor\\b|\\blike\\b|\\bglob\\b|\\bregexp\\b"
            + "|\\bmatch\\b");
    /** Predicates this matches hold an AND that is not a conjunction, or one a split would break. */
    private static final Pattern UNSPLITTABLE = Pattern.compile("(?i)\\bbetween\\b|\\bcase\\b");
    /** The predicate of a CREATE INDEX statement on a plain column list. */
    private static final Pattern WRITTEN_PREDICATE = Pattern.compile(
            "(?is)\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s.*?\\bON\\s+[^(]+\\([^()]*\\)\\s*WHERE\\s+(.*?)\\s*;?\\s*");
    private static final String SAMPLE = "tia_predicate_sample";
    private static final String PROBE = "tia_predicate_probe";

    private PredicateOrder() {
    }

    /** A partial index whose predicate has its plain comparisons after a dearer term. */
    private record Candidate(ExistingIndex index, IndexDefinition definition, String predicate, String reordered) {
    }

    /** The findings for the partial indexes of {@code indexes}: each table is sampled once for all of its own. */
    static List<IndexFinding> findings(Connection real, Connection scratch, List<ExistingIndex> indexes,
            Map<String, Long> sizes) throws SQLException {
        Map<String, List<Candidate>> byTable = new LinkedHashMap<>();
        for (ExistingIndex index : indexes) {
            if (index.origin() != IndexOrigin.CREATE_INDEX || index.definition().isEmpty()
                    || index.definition().get().predicate().isEmpty()) {
                continue;
            }
            IndexDefinition def = index.definition().get();
            String predicate = writtenPredicate(real, index.name()).orElse(def.predicate().get()).trim();
            String reordered = reordered(terms(predicate));
            if (reordered != null) {
                byTable.computeIfAbsent(def.table(), t -> new ArrayList<>())
                        .add(new Candidate(index, def, predicate, reordered));
            }
        }
        List<IndexFinding> findings = new ArrayList<>();
        for (Map.Entry<String, List<Candidate>> table : byTable.entrySet()) {
            try {
                int rows = sample(real, scratch, table.getKey());
                for (Candidate c : rows < MIN_ROWS ? List.<Candidate>of() : table.getValue()) {
                    double[] micros = measure(scratch, String.join(", ", c.definition().columns()), c.predicate(),
                            c.reordered(), rows);
                    if (micros[0] >= MIN_RATIO * micros[1] && micros[0] - micros[1] >= MIN_MICROS_SAVED) {
                        findings.add(finding(c, rows, micros, sizes));
                    }
                }
            } finally {
                dropSample(scratch);
            }
        }
        return findings;
    }

    private static IndexFinding finding(Candidate c, int rows, double[] micros, Map<String, Long> sizes) {
        String table = c.definition().table();
        return new IndexFinding(Kind.SLOW_PREDICATE, c.index().name(), table, c.definition().toString(),
                String.format(Locale.ROOT, "SQLite evaluates its predicate for every row written to %s (inserts, "
                        + "and updates of the columns it names): building it on the newest %,d rows took %.2f "
                        + "microseconds a row with `%s`, %.2f with the same terms as `%s`. The planner matches each "
                        + "term on its own, so the index serves the same queries that way; recreate it with that "
                        + "predicate.", table, rows, micros[0], c.predicate(), micros[1], c.reordered()),
                sizes.getOrDefault(c.index().name(), -1L));
    }

    /** The predicate as its CREATE INDEX statement spells it (the definition's is normalised to lower case). */
    private static Optional<String> writtenPredicate(Connection real, String index) throws SQLException {
        try (PreparedStatement ps = real.prepareStatement(
                "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?")) {
            ps.setString(1, index);
            try (ResultSet rs = ps.executeQuery()) {
                java.util.regex.Matcher m = WRITTEN_PREDICATE.matcher(rs.next() && rs.getString(1) != null
                        ? rs.getString(1) : "");
                return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
            }
        }
    }

    /**
     * The predicate's top-level AND terms; a single term when it has none, or holds an AND that is not a
     * conjunction.
     */
    static List<String> terms(String predicate) {
        if (UNSPLITTABLE.matcher(predicate).find()) {
            return List.of(predicate);
        }
        List<String> terms = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < predicate.length(); i++) {
            char c = predicate.charAt(i);
            if (quote != 0) {
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth--;
            } else if (depth == 0 && predicate.regionMatches(true, i, "and", 0, 3)
                    && (i == 0 || !isWordChar(predicate.charAt(i - 1)))
                    && (i + 3 >= predicate.length() || !isWordChar(predicate.charAt(i + 3)))) {
                terms.add(predicate.substring(start, i).trim());
                start = i + 3;
                i += 2;
            }
        }
        terms.add(predicate.substring(start).trim());
        return terms;
    }

    /** The terms with plain comparisons first (each group in its own order), or null if that is their order. */
    static String reordered(List<String> terms) {
        if (terms.size() < 2) {
            return null;
        }
        List<String> cheap = new ArrayList<>();
        List<String> dear = new ArrayList<>();
        for (String t : terms) {
            (DEAR.matcher(t).find() ? dear : cheap).add(t);
        }
        List<String> order = new ArrayList<>(cheap);
        order.addAll(dear);
        return order.equals(terms) ? null : String.join(" AND ", order);
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    /** Copies the newest rows of {@code table} into a temporary table of the scratch database; their number. */
    private static int sample(Connection real, Connection scratch, String table) throws SQLException {
        String quoted = "\"" + table.replace("\"", "\"\"") + "\"";
        try (Statement st = scratch.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp." + SAMPLE);
            st.execute("CREATE TEMP TABLE " + SAMPLE + " AS SELECT * FROM main." + quoted + " WHERE 0");
        }
        String select = "SELECT * FROM main." + quoted + " ORDER BY rowid DESC LIMIT " + SAMPLE_ROWS;
        try (Statement read = real.createStatement(); ResultSet rs = executeQuery(read, select, quoted)) {
            int n = rs.getMetaData().getColumnCount();
            String insert = "INSERT INTO temp." + SAMPLE + " VALUES (" + "?, ".repeat(n - 1) + "?)";
            int rows = 0;
            boolean autoCommit = scratch.getAutoCommit();
            scratch.setAutoCommit(false);
            try (PreparedStatement ps = scratch.prepareStatement(insert)) {
                while (rs.next()) {
                    for (int i = 1; i <= n; i++) {
                        ps.setObject(i, rs.getObject(i));
                    }
                    ps.addBatch();
                    rows++;
                }
                ps.executeBatch();
                scratch.commit();
            } finally {
                scratch.setAutoCommit(autoCommit);
            }
            return rows;
        }
    }

    /** The newest rows by rowid; a table without rowids in its own order. */
    private static ResultSet executeQuery(Statement read, String select, String quoted) throws SQLException {
        try {
            return read.executeQuery(select);
        } catch (SQLException e) {
            return read.executeQuery("SELECT * FROM main." + quoted + " LIMIT " + SAMPLE_ROWS);
        }
    }

    /** Microseconds a row to build the index with each predicate: the fastest of the rounds, alternated. */
    private static double[] measure(Connection scratch, String columns, String current, String reordered, int rows)
            throws SQLException {
        double[] best = {Double.MAX_VALUE, Double.MAX_VALUE};
        String[] predicates = {current, reordered};
        try (Statement st = scratch.createStatement()) {
            for (int round = 0; round < ROUNDS; round++) {
                for (int p = 0; p < 2; p++) {
                    long start = System.nanoTime();
                    st.execute("CREATE INDEX temp." + PROBE + " ON " + SAMPLE + "(" + columns + ") WHERE "
                            + predicates[p]);
                    best[p] = Math.min(best[p], (System.nanoTime() - start) / 1e3 / rows);
                    st.execute("DROP INDEX temp." + PROBE);
                }
            }
        }
        return best;
    }

    private static void dropSample(Connection scratch) throws SQLException {
        try (Statement st = scratch.createStatement()) {
            st.execute("DROP TABLE IF EXISTS temp." + SAMPLE);
        }
    }
}
