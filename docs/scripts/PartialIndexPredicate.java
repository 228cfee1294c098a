import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * What a partial index's predicate costs SQLite per row: builds a one-column partial index on a copy of a
 * database's job table with four predicates, two rounds, and prints the time of each (the rows a predicate
 * selects are few in a generated database, so the time is the predicate's evaluation on every row). The first is
 * the predicate of Torc's idx_job_unblocking_pending and idx_job_workflow_unblocking; the second is the same
 * terms in the other order, which the query planner accepts the same way (it checks each term).
 *
 * Usage: java -cp sqlite-jdbc.jar:slf4j-api.jar docs/scripts/PartialIndexPredicate.java generated.db
 */
public class PartialIndexPredicate {
    public static void main(String[] args) throws Exception {
        String[] predicates = {
            "status IN (6, 7, 8) AND unblocking_processed = 0",
            "unblocking_processed = 0 AND status IN (6, 7, 8)",
            "status >= 6 AND unblocking_processed = 0",
            "status = 99",
        };
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
                System.out.println("SQLite " + rs.getString(1));
            }
            st.execute("ATTACH '" + args[0] + "' AS src"); // only read; a read-only attach of a WAL file fails without its -shm
            st.execute("CREATE TABLE j AS SELECT * FROM src.job");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM j")) {
                System.out.println(rs.getLong(1) + " rows of job");
            }
            for (int round = 1; round <= 2; round++) {
                for (String p : predicates) {
                    st.execute("DROP INDEX IF EXISTS i");
                    long start = System.nanoTime();
                    st.execute("CREATE INDEX i ON j(workflow_id) WHERE " + p);
                    System.out.printf("round %d  %-50s %7.1f ms%n", round, p, (System.nanoTime() - start) / 1e6);
                }
            }
        }
    }
}
