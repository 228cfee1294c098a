package io.github.torcindex.analyzer;

import io.github.torcindex.analyzer.IndexFinding.Kind;
import io.github.torcindex.indexer.ExistingIndex;
import io.github.torcindex.schema.TorcDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Finds foreign keys whose child column has no index: every delete of a parent row scans the child table.
 */
final class ForeignKeyCheck {

    private ForeignKeyCheck() {
    }

    static List<IndexFinding> unindexedForeignKeys(Connection c, Planner real, long large)
            throws SQLException {
        List<IndexFinding> findings = new ArrayList<>();
        for (String table : TorcDatabase.TABLES) {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list('" + table + "')")) {
                while (rs.next()) {
                    String parent = rs.getString(1);
                    String column = rs.getString(2).toLowerCase(Locale.ROOT);
                    boolean indexed = isRowid(c, table, column) || real.indexes().stream()
                            .map(ExistingIndex::definition).flatMap(Optional::stream)
                            .filter(d -> d.table().equals(table) && d.predicate().isEmpty())
                            .anyMatch(d -> d.columns().get(0).equals(column));
                    if (!indexed && real.rows(table) >= large) {
                        findings.add(new IndexFinding(Kind.UNINDEXED_FOREIGN_KEY, table + "." + column, table,
                                "FOREIGN KEY (" + column + ") REFERENCES " + parent + " ON DELETE "
                                        + rs.getString(3), "no index leads with " + column + ": every delete "
                                        + "of a " + parent + " row scans all " + real.rows(table) + " rows of "
                                        + table + " (foreign_keys is on in Torc)", -1));
                    }
                }
            }
        }
        return findings;
    }

    /**
     * The lookups SQLite makes, with {@code foreign_keys} on, when the workload's DELETEs run: for each DELETE of
     * a parent table, one {@code SELECT 1 FROM child WHERE column = ?} per child foreign key, run once per deleted
     * parent row (EXPLAIN QUERY PLAN of the DELETE never shows them). Cascades are followed down (a deleted
     * workflow deletes its jobs, whose deletion checks their children), each level weighted by the rows it
     * deletes per parent row (child rows / parent rows). The advisor plans these like any read, so that an
     * index on an unindexed foreign key is proposed when the deletes' weight pays for it.
     */
    static List<CatalogStatement> deleteChecks(Connection c, List<CatalogStatement> workload, Planner real)
            throws SQLException {
        Map<String, List<ChildKey>> graph = null; // read once, and only if the workload deletes
        List<CatalogStatement> checks = new ArrayList<>();
        for (CatalogStatement s : workload) {
            Optional<SqlParse.Write> write = SqlParse.of(s.sql()).write();
            if (write.isPresent() && write.get().kind().equals("DELETE")) {
                graph = graph == null ? childKeys(c) : graph;
                children(graph, s, write.get().table().toLowerCase(Locale.ROOT), s.weight(), 0, real, checks);
            }
        }
        return checks;
    }

    private static final int CASCADE_DEPTH = 3;

    /** A foreign key of {@code child}: its column, and what a delete of the parent row does to the child's. */
    private record ChildKey(String child, String column, boolean cascade) {
    }

    /** Every table's foreign keys, by the parent table they reference (lower case). */
    private static Map<String, List<ChildKey>> childKeys(Connection c) throws SQLException {
        Map<String, List<ChildKey>> byParent = new java.util.HashMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT m.name, lower(f.\"table\"), lower(f.\"from\"), upper(f.on_delete) FROM sqlite_master m, "
                        + "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' "
                        + "ORDER BY m.name, f.id, f.seq")) {
            while (rs.next()) {
                byParent.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                        .add(new ChildKey(rs.getString(1), rs.getString(3), rs.getString(4).equals("CASCADE")));
            }
        }
        return byParent;
    }

    private static void children(Map<String, List<ChildKey>> graph, CatalogStatement delete, String parent,
            double weight, int depth, Planner real, List<CatalogStatement> checks) {
        if (depth >= CASCADE_DEPTH) {
            return;
        }
        for (ChildKey key : graph.getOrDefault(parent, List.of())) {
            String name = delete.name() + " (foreign-key check of " + key.child() + "." + key.column() + ")";
            if (checks.stream().anyMatch(x -> x.name().equals(name))) {
                continue;
            }
            checks.add(new CatalogStatement(name, delete.group(), "SELECT 1 FROM " + key.child() + " WHERE "
                    + key.column() + " = ?", new CatalogStatement.Expectations(List.of(),
                    java.util.OptionalInt.empty(), java.util.Set.of()), Map.of(), false, Map.of("weight",
                    Double.toString(weight), "source", "foreign key of " + key.child() + " on " + parent)));
            if (key.cascade()) {
                double perParent = Math.max(1.0, real.rows(key.child()) / (double) Math.max(1, real.rows(parent)));
                children(graph, delete, key.child().toLowerCase(Locale.ROOT), weight * perParent, depth + 1, real,
                        checks);
            }
        }
    }

    /** Whether {@code column} is the table's INTEGER PRIMARY KEY, that is, its rowid. */
    static boolean isRowid(Connection c, String table, String column) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT lower(name), upper(type) FROM pragma_table_info('" + table + "') WHERE pk > 0")) {
            boolean single = rs.next() && rs.getString(1).equals(column) && rs.getString(2).equals("INTEGER");
            return single && !rs.next();
        }
    }
}
