import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * What copying a finished table costs against inserting its rows: copies every table of a generated database
 * into an empty database of the same schema twice, once as `INSERT INTO t SELECT * FROM src.t` (SQLite's
 * transfer optimisation: stored records and index entries copied as they are) and once with `WHERE 1` added
 * (which turns the optimisation off, so every row and index entry is built again), under the generator's
 * settings, and prints each table's time in both ways. No binding: SQLite's own work only.
 *
 * Usage: java -cp sqlite-jdbc.jar:slf4j-api.jar docs/scripts/TransferCopy.java generated.db empty.db
 * (empty.db: a database of the same schema with no rows, for example `./torc-index init --db empty.db`; it is
 * read, not written)
 */
public class TransferCopy {
    public static void main(String[] args) throws Exception {
        java.nio.file.Path empty = java.nio.file.Path.of(args[1]);
        for (String mode : new String[] {"insert (WHERE 1)", "transfer"}) {
            java.nio.file.Path target = java.nio.file.Files.createTempFile("transfer-copy", ".db");
            java.nio.file.Files.delete(target);
            try (Connection e = DriverManager.getConnection("jdbc:sqlite:" + empty);
                 Statement st = e.createStatement()) {
                st.execute("VACUUM INTO '" + target + "'"); // a copy of the schema, in rollback-journal mode
            }
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + target);
                 Statement st = c.createStatement()) {
                for (String p : new String[] {"journal_mode = OFF", "synchronous = OFF", "foreign_keys = OFF",
                        "cache_size = -262144", "locking_mode = EXCLUSIVE"}) {
                    st.execute("PRAGMA " + p);
                }
                st.execute("ATTACH '" + args[0] + "' AS src"); // only read; a read-only attach of a WAL file fails without its -shm
                List<String> tables = new ArrayList<>();
                try (ResultSet rs = st.executeQuery("SELECT name FROM src.sqlite_master WHERE type = 'table' AND "
                        + "name NOT LIKE 'sqlite_%' AND name NOT LIKE 'DATABASECHANGELOG%' AND name <> "
                        + "'_sqlx_migrations' ORDER BY name")) {
                    while (rs.next()) {
                        tables.add(rs.getString(1));
                    }
                }
                c.setAutoCommit(false);
                StringBuilder line = new StringBuilder(mode + ":");
                long all = System.nanoTime();
                for (String t : tables) {
                    long start = System.nanoTime();
                    st.execute("INSERT INTO main." + t + " SELECT * FROM src." + t
                            + (mode.startsWith("insert") ? " WHERE 1" : ""));
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    if (ms >= 20) {
                        line.append(' ').append(t).append(' ').append(ms).append(" ms,");
                    }
                }
                c.commit();
                System.out.println(line + " total with the commit " + (System.nanoTime() - all) / 1_000_000 + " ms");
            } finally {
                java.nio.file.Files.deleteIfExists(target);
            }
        }
    }
}
