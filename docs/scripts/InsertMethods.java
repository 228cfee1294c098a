import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;

/**
 * How fast SQLite takes 430,000 rows of a job_depends_on-like table (three integers, composite primary key)
 * from Java, four ways, twice each (the second round warm): prepared multi-row INSERTs of 32 rows in batches (what
 * `torc-index generate` does), one json_each() of 10,000 rows per statement (nested arrays, then one integer
 * per row packing the three), and the rows made by SQLite itself from a recursive CTE (the floor: no binding at
 * all). Same settings as the generator's .partial file. See docs/generator.md.
 *
 * Usage: java -cp SQLITE_JDBC_JAR:SLF4J_API_JAR docs/scripts/InsertMethods.java
 */
public class InsertMethods {
    static final int N = 430_000;

    static Connection open(String file) throws Exception {
        new java.io.File(file).delete();
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=OFF");
            s.execute("PRAGMA synchronous=OFF");
            s.execute("PRAGMA cache_size=-262144");
            s.execute("PRAGMA locking_mode=EXCLUSIVE");
            s.execute("CREATE TABLE t(job_id INTEGER NOT NULL, dep INTEGER NOT NULL, workflow_id INTEGER NOT NULL, "
                    + "PRIMARY KEY(job_id, dep))");
        }
        c.setAutoCommit(false);
        return c;
    }

    public static void main(String[] args) throws Exception {
        String dir = System.getProperty("java.io.tmpdir");
        long[][] rows = new long[N][3];
        for (int i = 0; i < N; i++) {
            rows[i][0] = i / 2 + 1;
            rows[i][1] = (i % 2) + 1 + i / 2 + 100_000;
            rows[i][2] = 1 + i / 20_000;
        }
        for (int round = 1; round <= 2; round++) {
            try (Connection c = open(dir + "/im-a.db")) {
                long t0 = System.nanoTime();
                StringBuilder sql = new StringBuilder("INSERT INTO t VALUES (?,?,?)");
                sql.append(",(?,?,?)".repeat(31));
                PreparedStatement p = c.prepareStatement(sql.toString());
                for (int i = 0; i + 32 <= N; i += 32) {
                    int x = 1;
                    for (int k = 0; k < 32; k++) {
                        p.setLong(x++, rows[i + k][0]);
                        p.setLong(x++, rows[i + k][1]);
                        p.setLong(x++, rows[i + k][2]);
                    }
                    p.addBatch();
                    if ((i / 32) % 64 == 63) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
                c.commit();
                System.out.printf("round %d: multi-row INSERT, 32 rows, batches: %d ms%n", round, (System.nanoTime() - t0) / 1_000_000);
            }
            try (Connection c = open(dir + "/im-b.db")) {
                long t0 = System.nanoTime();
                PreparedStatement p = c.prepareStatement("INSERT INTO t SELECT value->>0, value->>1, value->>2 FROM json_each(?)");
                for (int i = 0; i < N; i += 10_000) {
                    StringBuilder sb = new StringBuilder(200_000).append('[');
                    for (int k = i; k < Math.min(N, i + 10_000); k++) {
                        sb.append(k > i ? ",[" : "[").append(rows[k][0]).append(',').append(rows[k][1]).append(',')
                                .append(rows[k][2]).append(']');
                    }
                    p.setString(1, sb.append(']').toString());
                    p.executeUpdate();
                }
                c.commit();
                System.out.printf("round %d: json_each, nested arrays: %d ms%n", round, (System.nanoTime() - t0) / 1_000_000);
            }
            try (Connection c = open(dir + "/im-c.db")) {
                long t0 = System.nanoTime();
                PreparedStatement p = c.prepareStatement("INSERT INTO t SELECT value >> 32, (value >> 8) & 16777215, "
                        + "value & 255 FROM json_each(?)");
                for (int i = 0; i < N; i += 10_000) {
                    StringBuilder sb = new StringBuilder(200_000).append('[');
                    for (int k = i; k < Math.min(N, i + 10_000); k++) {
                        sb.append(k > i ? "," : "").append((rows[k][0] << 32) | (rows[k][1] << 8) | rows[k][2]);
                    }
                    p.setString(1, sb.append(']').toString());
                    p.executeUpdate();
                }
                c.commit();
                System.out.printf("round %d: json_each, one packed integer per row: %d ms%n", round, (System.nanoTime() - t0) / 1_000_000);
            }
            try (Connection c = open(dir + "/im-d.db"); Statement s = c.createStatement()) {
                long t0 = System.nanoTime();
                s.execute("WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < " + (N - 1) + ") "
                        + "INSERT INTO t SELECT i / 2 + 1, (i % 2) + 1 + i / 2 + 100000, 1 + i / 20000 FROM n");
                c.commit();
                System.out.printf("round %d: INSERT ... SELECT from a recursive CTE (no binding): %d ms%n", round, (System.nanoTime() - t0) / 1_000_000);
            }
        }
        for (String f : new String[] {"a", "b", "c", "d"}) {
            new java.io.File(dir + "/im-" + f + ".db").delete();
        }
    }
}
