package io.github.torcindex.schema;

import io.github.torcindex.TorcIndexException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A SHA-256 digest of the content of every Torc table, row by row in primary-key order, with each value's
 * type: equal digests mean equal data, whatever the file's page layout, indexes or free space.
 */
public final class ContentDigest {

    private ContentDigest() {
    }

    /**
     * Digests every one of the 25 Torc tables.
     *
     * @return table name to hex digest, in {@link TorcDatabase#TABLES} order
     * @throws TorcIndexException if a table can't be read
     */
    public static Map<String, String> of(TorcDatabase database) {
        Map<String, String> digests = new LinkedHashMap<>();
        for (String table : TorcDatabase.TABLES) {
            digests.put(table, digest(database, table));
        }
        return digests;
    }

    /**
     * A short fingerprint of a text: the first 8 hex digits of its SHA-256. For telling versions of a thing
     * apart in file names (cached benchmark databases), not for security.
     */
    public static String fingerprint(String text) {
        return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)), 0, 4);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static String digest(TorcDatabase database, String table) {
        MessageDigest sha = sha256();
        // Every Torc table has a primary key; ORDER BY its columns (or rowid) makes the order canonical.
        String sql = "SELECT * FROM \"" + table + "\" ORDER BY " + orderBy(database, table);
        try (Statement st = database.connection().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            int columns = meta.getColumnCount();
            StringBuilder row = new StringBuilder();
            while (rs.next()) {
                row.setLength(0);
                for (int c = 1; c <= columns; c++) {
                    Object value = rs.getObject(c);
                    row.append(value == null ? "N" : value.getClass().getSimpleName().charAt(0)).append(':')
                            .append(value instanceof byte[] b ? HexFormat.of().formatHex(b) : String.valueOf(value))
                            .append('\u001f');
                }
                sha.update(row.append('\n').toString().getBytes(StandardCharsets.UTF_8));
            }
        } catch (SQLException e) {
            throw database.failure("digest table " + table + " of", e);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static String orderBy(TorcDatabase database, String table) {
        StringBuilder keys = new StringBuilder();
        try (Statement st = database.connection().createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name FROM pragma_table_info('" + table + "') WHERE pk > 0 ORDER BY pk")) {
            while (rs.next()) {
                keys.append(keys.length() == 0 ? "" : ", ").append('"').append(rs.getString(1)).append('"');
            }
        } catch (SQLException e) {
            throw database.failure("read the primary key of " + table + " in", e);
        }
        return keys.length() == 0 ? "rowid" : keys.toString();
    }
}
