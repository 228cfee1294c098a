package io.github.torcindex.indexer;

import io.github.torcindex.schema.TorcDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * An index present in a database, as {@code PRAGMA index_list} and {@code index_xinfo} describe it.
 *
 * @param name the index name ({@code sqlite_autoindex_...} for PRIMARY KEY and UNIQUE constraints)
 * @param definition its table, key columns and predicate; empty when it indexes an expression or uses a
 *     non-default collation or order, which torc-index never treats as equal to a recommended index
 * @param origin whether it was created with CREATE INDEX or comes from a UNIQUE or PRIMARY KEY constraint
 * @param unique whether the index is UNIQUE
 */
public record ExistingIndex(String name, Optional<IndexDefinition> definition, IndexOrigin origin,
        boolean unique) {

    /** Validates the components. */
    public ExistingIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        Objects.requireNonNull(origin, "origin");
    }

    /** Whether torc-index created this index (its name carries torc-index's prefix). */
    public boolean isOwnedByTorcIndex() {
        return name.toLowerCase(Locale.ROOT).startsWith(RecommendedIndex.NAME_PREFIX);
    }

    /** Whether this index has exactly the given definition. */
    public boolean hasDefinition(IndexDefinition wanted) {
        return definition.filter(wanted::equals).isPresent();
    }

    /** Whether this index makes {@code wanted} redundant: {@code wanted}'s columns are its left prefix. */
    public boolean covers(IndexDefinition wanted) {
        return definition.filter(wanted::isLeftPrefixOf).isPresent();
    }

    /**
     * Reads every index of every table of a database.
     *
     * @throws io.github.torcindex.TorcIndexException if the schema can't be read
     */
    public static List<ExistingIndex> readAll(TorcDatabase database) {
        try {
            return readAll(database.connection());
        } catch (SQLException e) {
            throw database.failure("read the indexes of", e);
        }
    }

    /**
     * Reads every index of every table through a plain connection (a scratch copy of a schema, for example).
     *
     * @throws SQLException if the schema can't be read
     */
    public static List<ExistingIndex> readAll(Connection connection) throws SQLException {
        List<ExistingIndex> result = new ArrayList<>();
        String list = "SELECT m.name, il.name, il.origin, il.\"unique\", il.partial, "
                + "(SELECT sql FROM sqlite_master WHERE type = 'index' AND name = il.name) "
                + "FROM sqlite_master m, pragma_index_list(m.name) il "
                + "WHERE m.type = 'table' ORDER BY m.name, il.name";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(list)) {
            while (rs.next()) {
                String table = rs.getString(1);
                String name = rs.getString(2);
                IndexOrigin origin = IndexOrigin.of(rs.getString(3));
                boolean unique = rs.getInt(4) == 1;
                boolean partial = rs.getInt(5) == 1;
                String sql = rs.getString(6);
                result.add(new ExistingIndex(name, definition(connection, table, name, partial, sql), origin,
                        unique));
            }
        }
        return List.copyOf(result);
    }

    private static Optional<IndexDefinition> definition(Connection connection, String table, String name,
            boolean partial, String sql) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT name, \"desc\", coll FROM pragma_index_xinfo(?) WHERE key = 1 ORDER BY seqno")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String column = rs.getString(1);
                    if (column == null || rs.getInt(2) != 0 || !"BINARY".equalsIgnoreCase(rs.getString(3))) {
                        return Optional.empty();
                    }
                    columns.add(column);
                }
            }
        }
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        Optional<String> predicate = Optional.empty();
        if (partial) {
            try {
                predicate = IndexDefinition.parse(sql).definition().predicate();
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        return Optional.of(new IndexDefinition(table, columns, predicate));
    }
}
