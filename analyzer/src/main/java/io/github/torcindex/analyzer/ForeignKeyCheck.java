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

    /** Whether {@code column} is the table's INTEGER PRIMARY KEY, that is, its rowid. */
    static boolean isRowid(Connection c, String table, String column) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT lower(name), upper(type) FROM pragma_table_info('" + table + "') WHERE pk > 0")) {
            boolean single = rs.next() && rs.getString(1).equals(column) && rs.getString(2).equals("INTEGER");
            return single && !rs.next();
        }
    }
}
