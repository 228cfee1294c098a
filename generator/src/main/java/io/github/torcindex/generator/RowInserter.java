package io.github.torcindex.generator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;

/**
 * Inserts {@link RowChunk}s with one prepared statement per table. Each statement inserts several rows at once
 * (a multi-row VALUES list), which halves SQLite's per-statement overhead against one row per step.
 */
final class RowInserter implements AutoCloseable {

    private static final int ROWS_PER_STATEMENT = 32;

    private final PreparedStatement[] single;
    private final PreparedStatement[] multi;
    private final int[] columns;

    /**
     * Prepares the inserts of the tables in {@code present} (the database being filled has only those, or
     * another inserter writes the rest): rows of other tables in a chunk are left alone.
     */
    RowInserter(Connection connection, java.util.Set<String> present) throws SQLException {
        GeneratedTable[] tables = GeneratedTable.values();
        single = new PreparedStatement[tables.length];
        multi = new PreparedStatement[tables.length];
        columns = new int[tables.length];
        for (GeneratedTable t : tables) {
            if (!present.contains(t.table)) {
                continue;
            }
            int n = t.columns.split(",").length;
            String one = "(" + "?, ".repeat(n - 1) + "?)";
            String insert = "INSERT INTO " + t.table + " (" + t.columns + ") VALUES ";
            columns[t.ordinal()] = n;
            single[t.ordinal()] = connection.prepareStatement(insert + one);
            multi[t.ordinal()] = connection.prepareStatement(insert + (one + ", ").repeat(ROWS_PER_STATEMENT - 1) + one);
        }
    }

    void insert(RowChunk chunk) throws SQLException {
        for (GeneratedTable t : GeneratedTable.values()) {
            PreparedStatement ps = multi[t.ordinal()];
            if (ps == null) {
                continue;
            }
            List<Object[]> rows = chunk.rows(t);
            int i = 0;
            int n = columns[t.ordinal()];
            for (; i + ROWS_PER_STATEMENT <= rows.size(); i += ROWS_PER_STATEMENT) {
                for (int r = 0; r < ROWS_PER_STATEMENT; r++) {
                    bind(ps, r * n, rows.get(i + r));
                }
                ps.addBatch();
            }
            if (i > 0) {
                ps.executeBatch();
            }
            if (i < rows.size()) {
                PreparedStatement one = single[t.ordinal()];
                for (; i < rows.size(); i++) {
                    bind(one, 0, rows.get(i));
                    one.addBatch();
                }
                one.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement ps, int offset, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            int index = offset + i + 1;
            if (v == null) {
                ps.setNull(index, Types.NULL);
            } else if (v instanceof Long l) {
                ps.setLong(index, l);
            } else if (v instanceof Integer n) {
                ps.setInt(index, n);
            } else if (v instanceof Double d) {
                ps.setDouble(index, d);
            } else {
                ps.setString(index, v.toString());
            }
        }
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        for (PreparedStatement[] group : List.of(single, multi)) {
            for (PreparedStatement ps : group) {
                if (ps == null) {
                    continue; // a table this database does not have
                }
                try {
                    ps.close();
                } catch (SQLException e) {
                    first = first == null ? e : first;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
