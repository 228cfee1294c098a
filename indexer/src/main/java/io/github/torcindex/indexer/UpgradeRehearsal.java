package io.github.torcindex.indexer;

import io.github.torcindex.ErrorCode;
import io.github.torcindex.TorcIndexException;
import io.github.torcindex.schema.Interruption;
import io.github.torcindex.schema.TorcDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;

/**
 * Rehearses a Torc upgrade on a copy: applies the migrations the database lacks the way sqlx does (in version
 * order, each in one transaction, {@code foreign_keys} on as Torc's server sets it, so a {@code PRAGMA
 * foreign_keys=OFF} inside a migration is a no-op and a {@code DROP TABLE} cascades), and measures what each did.
 */
final class UpgradeRehearsal {

    private static final Pattern MIGRATION = Pattern.compile("^(\\d+)_(.+?)(\\.up)?\\.sql$");

    private UpgradeRehearsal() {
    }

    static UpgradeReport run(UpgradeCheckOptions options) {
        Path folder = options.migrations().toAbsolutePath().normalize();
        if (!Files.isDirectory(folder)) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "No migrations folder at " + folder + ": give the "
                    + "folder holding the Torc release's VERSION_name.up.sql files (torc-server/migrations).");
        }
        Map<Long, Path> available = migrations(folder);
        try (TorcDatabase db = TorcDatabase.open(options.database(), TorcDatabase.Access.READ_ONLY,
                options.busyTimeout()); ScratchCopy copy = ScratchCopy.of(db, "upgrade-check", "rehearsal")) {
            return rehearse(db.path(), copy.path(), db.torcVersion().schema(), available);
        }
    }

    private static UpgradeReport rehearse(Path source, Path copy, String before, Map<Long, Path> available) {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        try (Connection c = config.createConnection("jdbc:sqlite:" + copy)) {
            ensureHistory(c);
            Set<Long> applied = versions(c);
            List<UpgradeReport.Migration> outcomes = new ArrayList<>();
            Map<String, IndexDefinition> created = new LinkedHashMap<>();
            for (Map.Entry<Long, Path> m : available.entrySet()) {
                if (applied.contains(m.getKey())) {
                    continue;
                }
                Interruption.check("the rehearsal stopped; the database was not changed");
                UpgradeReport.Migration outcome = apply(c, m.getKey(), m.getValue(), created);
                outcomes.add(outcome);
                if (outcome.failure().isPresent()) {
                    break;
                }
            }
            List<String> duplicates = duplicates(c, created);
            String after;
            try (TorcDatabase db = TorcDatabase.open(copy, TorcDatabase.Access.READ_ONLY, Duration.ofSeconds(5))) {
                after = db.torcVersion().schema();
            } catch (TorcIndexException e) {
                after = "not a Torc database any more: " + e.getMessage();
            }
            return new UpgradeReport(source, before, after, outcomes, duplicates);
        } catch (SQLException e) {
            throw TorcDatabase.failureOf(copy, "rehearse the upgrade on the copy", e);
        }
    }

    private static UpgradeReport.Migration apply(Connection c, long version, Path file,
            Map<String, IndexDefinition> created) throws SQLException {
        String name = file.getFileName().toString();
        byte[] sql;
        try {
            sql = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot read the migration " + file + ": "
                    + e.getMessage(), e);
        }
        Map<String, Long> rowsBefore = rows(c);
        Map<String, String> indexesBefore = indexes(c);
        long start = System.nanoTime();
        Optional<String> failure = Optional.empty();
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN");
            // The whole script in one sqlite3_exec, as sqlx runs a migration: every statement, in order.
            c.unwrap(SQLiteConnection.class).getDatabase()._exec(new String(sql, StandardCharsets.UTF_8));
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO _sqlx_migrations (version, description, "
                    + "success, checksum, execution_time) VALUES (?, ?, 1, ?, ?)")) {
                ps.setLong(1, version);
                ps.setString(2, description(name));
                ps.setBytes(3, sha384(sql));
                ps.setLong(4, System.nanoTime() - start);
                ps.executeUpdate();
            }
            st.execute("COMMIT");
        } catch (SQLException e) {
            failure = Optional.of(e.getMessage());
            try (Statement st = c.createStatement()) {
                st.execute("ROLLBACK");
            } catch (SQLException ignored) {
                // SQLite may have rolled back already
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        Map<String, Long> rowsAfter = rows(c);
        Map<String, Long> lost = new TreeMap<>();
        Map<String, Long> dropped = new TreeMap<>();
        rowsBefore.forEach((table, n) -> {
            Long now = rowsAfter.get(table);
            if (now == null) {
                dropped.put(table, n);
            } else if (now < n) {
                lost.put(table, n - now);
            }
        });
        Map<String, String> indexesAfter = indexes(c);
        List<String> goneIndexes = indexesBefore.keySet().stream().filter(i -> !indexesAfter.containsKey(i)).toList();
        List<String> newIndexes = indexesAfter.keySet().stream().filter(i -> !indexesBefore.containsKey(i)).toList();
        for (String index : newIndexes) {
            try {
                created.put(index, IndexDefinition.parse(indexesAfter.get(index)).definition());
            } catch (RuntimeException unparsable) {
                // an expression index: never equivalent to one of torc-index's
            }
        }
        return new UpgradeReport.Migration(version, name, elapsed, lost, dropped, goneIndexes, newIndexes, failure);
    }

    /** torc-index's indexes (still present) that an index the migrations created duplicates. */
    private static List<String> duplicates(Connection c, Map<String, IndexDefinition> created) throws SQLException {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> ours : indexes(c).entrySet()) {
            if (!ours.getKey().startsWith(RecommendedIndex.NAME_PREFIX)) {
                continue;
            }
            IndexDefinition definition;
            try {
                definition = IndexDefinition.parse(ours.getValue()).definition();
            } catch (RuntimeException e) {
                continue;
            }
            created.forEach((torcs, d) -> {
                if (d.equals(definition)) {
                    out.add(ours.getKey() + " duplicates Torc's new " + torcs + " on " + d);
                }
            });
        }
        return out;
    }

    private static Map<Long, Path> migrations(Path folder) {
        Map<Long, Path> found = new TreeMap<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.sorted().toList()) {
                String name = f.getFileName().toString();
                if (name.endsWith(".down.sql")) {
                    continue;
                }
                Matcher m = MIGRATION.matcher(name);
                if (m.matches() && found.putIfAbsent(Long.parseLong(m.group(1)), f) != null) {
                    throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Two migrations in " + folder
                            + " have version " + m.group(1) + " (" + found.get(Long.parseLong(m.group(1)))
                            .getFileName() + ", " + name + "); sqlx refuses that too. Give one release's folder.");
                }
            }
        } catch (IOException e) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "Cannot list " + folder + ": " + e.getMessage(), e);
        }
        if (found.isEmpty()) {
            throw new TorcIndexException(ErrorCode.BAD_INPUT_FILE, "No migrations in " + folder + ": expected "
                    + "files named VERSION_name.up.sql, as in Torc's torc-server/migrations.");
        }
        return found;
    }

    private static void ensureHistory(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TABLE IF NOT EXISTS _sqlx_migrations (version BIGINT PRIMARY KEY, description TEXT "
                    + "NOT NULL, installed_on TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP, success BOOLEAN NOT NULL, "
                    + "checksum BLOB NOT NULL, execution_time BIGINT NOT NULL)");
        }
    }

    private static Set<Long> versions(Connection c) throws SQLException {
        Set<Long> versions = new TreeSet<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version FROM _sqlx_migrations WHERE success")) {
            while (rs.next()) {
                versions.add(rs.getLong(1));
            }
        }
        return versions;
    }

    private static Map<String, Long> rows(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master "
                + "WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name != '_sqlx_migrations'")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> rows = new TreeMap<>();
        for (String table : tables) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                rows.put(table, rs.next() ? rs.getLong(1) : 0);
            }
        }
        return rows;
    }

    private static Map<String, String> indexes(Connection c) throws SQLException {
        Map<String, String> indexes = new TreeMap<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")) {
            while (rs.next()) {
                indexes.put(rs.getString(1), rs.getString(2));
            }
        }
        return indexes;
    }

    private static String description(String file) {
        Matcher m = MIGRATION.matcher(file);
        return m.matches() ? m.group(2).replace('_', ' ') : file;
    }

    private static byte[] sha384(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-384").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-384 is missing from this JVM", e);
        }
    }
}
