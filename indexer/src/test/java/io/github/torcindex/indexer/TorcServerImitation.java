package io.github.torcindex.indexer;

import io.github.torcindex.schema.TorcDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A process that writes to a Torc database the way Torc's server does, for {@link LiveServerIT}: WAL, foreign
 * keys on, a 30 s busy timeout, and, every 2 ms, one short transaction that claims a job, completes it, and
 * inserts its result and an event (marked {@code {"writer": i}} so that the test can count them afterwards).
 *
 * <p>Protocol on standard output, one line each: {@code ready} once writing; {@code stall START_MS MS} for every
 * transaction that took longer than 20 ms (START_MS in epoch milliseconds); at the end {@code done ATTEMPTED
 * COMMITTED FAILED LONGEST_MS}. It stops when its standard input closes.
 *
 * <p>Usage: {@code TorcServerImitation DB SEED [noCheckpoint]}; the seed picks the sequence of jobs it claims.
 */
public final class TorcServerImitation {

    private static final long REPORTED_STALL_MS = 20;

    private TorcServerImitation() {
    }

    public static void main(String[] args) throws Exception {
        Path db = Path.of(args[0]);
        long seed = Long.parseLong(args[1]);
        boolean noCheckpoint = args.length > 2 && args[2].equals("noCheckpoint");
        AtomicBoolean stop = new AtomicBoolean();
        Thread stdin = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8))) {
                while (in.readLine() != null) {
                    // wait for end of input
                }
            } catch (java.io.IOException e) {
                // the parent went away: stop as well
            }
            stop.set(true);
        });
        stdin.setDaemon(true);
        stdin.start();
        long attempted = 0;
        long committed = 0;
        long failed = 0;
        long longest = 0;
        try (TorcDatabase open = TorcDatabase.open(db, TorcDatabase.Access.READ_WRITE, Duration.ofSeconds(30))) {
            Connection c = open.connection();
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
                st.execute("PRAGMA foreign_keys = ON");
                if (noCheckpoint) {
                    st.execute("PRAGMA wal_autocheckpoint = 0");
                }
            }
            long maxJob;
            long node;
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT max(id), (SELECT min(id) FROM compute_node) FROM job")) {
                maxJob = rs.getLong(1);
                node = rs.getLong(2);
            }
            System.out.println("ready");
            System.out.flush();
            try (PreparedStatement claim = c.prepareStatement("UPDATE job SET status = 5 WHERE id = ?");
                 PreparedStatement result = c.prepareStatement("INSERT INTO result (workflow_id, job_id, run_id, "
                         + "attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status) "
                         + "SELECT workflow_id, id, 100 + ?, 1, ?, 0, 0.5, '2026-11-26T00:00:00Z', 5 FROM job "
                         + "WHERE id = ?");
                 PreparedStatement event = c.prepareStatement("INSERT INTO event (workflow_id, timestamp, data) "
                         + "SELECT workflow_id, ?, ? FROM job WHERE id = ?")) {
                for (long i = 0; !stop.get(); i++) {
                    long job = 1 + Math.floorMod((i + seed) * 2_654_435_761L, maxJob);
                    attempted++;
                    long startMs = System.currentTimeMillis();
                    long start = System.nanoTime();
                    try {
                        c.setAutoCommit(false);
                        claim.setLong(1, job);
                        claim.executeUpdate();
                        result.setLong(1, i);
                        result.setLong(2, node);
                        result.setLong(3, job);
                        result.executeUpdate();
                        event.setLong(1, 1_800_000_000_000L + i);
                        event.setString(2, "{\"writer\": " + i + "}");
                        event.setLong(3, job);
                        event.executeUpdate();
                        c.commit();
                        committed++;
                    } catch (SQLException e) {
                        failed++;
                        System.out.println("failed " + startMs + " " + e.getMessage().replace('\n', ' '));
                        c.rollback();
                    } finally {
                        c.setAutoCommit(true);
                    }
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    longest = Math.max(longest, ms);
                    if (ms > REPORTED_STALL_MS) {
                        System.out.println("stall " + startMs + " " + ms);
                    }
                    Thread.sleep(2);
                }
            }
        }
        System.out.println("done " + attempted + " " + committed + " " + failed + " " + longest);
        System.out.flush();
    }
}
