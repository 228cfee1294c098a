package io.github.torcindex.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.torcindex.analyzer.IndexFinding.Kind;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The advisor measures the predicate order of Torc's partial indexes on job on a generated database (tagged
 * timing: the finding is a measured ratio, about 4x on this data, against a threshold of 1.5x).
 */
@Tag("timing")
class PredicateOrderIT {

    @TempDir
    Path dir;

    @Test
    void findsTorcsUnblockingIndexesDearerThanTheirTermsTheOtherWayRoundAndTheReorderedIndexServesTheQuery()
            throws Exception {
        Path db = GeneratedDatabase.in(dir).level0();
        String before = sha256(db);

        AdviceReport report = new IndexAdvisor().advise(new AdviseOptions(db, Workload.of(Optional.empty()), 1_000,
                Duration.ofSeconds(5)));

        assertThat(report.findings(Kind.SLOW_PREDICATE)).extracting(IndexFinding::index)
                .containsExactlyInAnyOrder("idx_job_unblocking_pending", "idx_job_workflow_unblocking");
        assertThat(report.findings(Kind.SLOW_PREDICATE)).allSatisfy(f -> assertThat(f.detail())
                .contains("with `status IN (6, 7, 8) AND unblocking_processed = 0`")
                .contains("as `unblocking_processed = 0 AND status IN (6, 7, 8)`")
                .contains("newest 12,000 rows"));
        assertThat(sha256(db)).as("the advisor only reads the database").isEqualTo(before);

        // What the finding says: the reordered index serves Torc's query as the original did.
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("DROP INDEX idx_job_workflow_unblocking");
            st.execute("DROP INDEX idx_job_unblocking_pending");
            st.execute("CREATE INDEX idx_job_workflow_unblocking ON job(workflow_id) "
                    + "WHERE unblocking_processed = 0 AND status IN (6, 7, 8)");
            try (ResultSet rs = st.executeQuery("EXPLAIN QUERY PLAN SELECT id FROM job WHERE workflow_id = 2 "
                    + "AND status IN (6, 7, 8) AND unblocking_processed = 0")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString("detail")).contains("USING INDEX idx_job_workflow_unblocking");
            }
        }
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
