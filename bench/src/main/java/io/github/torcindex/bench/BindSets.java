package io.github.torcindex.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Rotating, realistic bind values for benchmarked statements: a fixed set of anchor jobs spread over every
 * workflow, each with a consistent context (its workflow, a file and a user-data record it reads, the
 * workflow's user). Invocation i binds anchor i mod n, so consecutive runs touch different pages.
 */
final class BindSets {

    static final int ANCHORS = 64;

    private final List<Map<String, Object>> anchors;

    private BindSets(List<Map<String, Object>> anchors) {
        this.anchors = anchors;
    }

    static BindSets sample(Connection c) throws SQLException {
        long maxJob;
        long since;
        long node;
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT max(id) FROM job")) {
                maxJob = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(max(timestamp), 0) - 3600000 FROM event")) {
                since = rs.getLong(1);
            }
            try (ResultSet rs = st.executeQuery("SELECT coalesce(min(id), 0) FROM compute_node")) {
                node = rs.getLong(1);
            }
        }
        int[] statuses = {2, 1, 5, 4};
        List<Map<String, Object>> anchors = new ArrayList<>();
        try (Statement st = c.createStatement()) {
            for (int k = 0; k < ANCHORS && maxJob > 0; k++) {
                // Spread over the id range (and so over workflows) by a fixed stride; deterministic.
                long id = 1 + (k * 2_654_435_761L) % maxJob;
                try (ResultSet rs = st.executeQuery("SELECT j.id, j.workflow_id, w.user, "
                        + "(SELECT min(file_id) FROM job_input_file f WHERE f.job_id = j.id), "
                        + "(SELECT min(user_data_id) FROM job_input_user_data u WHERE u.job_id = j.id) "
                        + "FROM job j JOIN workflow w ON w.id = j.workflow_id WHERE j.id >= " + id
                        + " ORDER BY j.id LIMIT 1")) {
                    if (!rs.next()) {
                        continue;
                    }
                    anchors.add(Map.ofEntries(Map.entry("job_id", rs.getLong(1)),
                            Map.entry("workflow_id", rs.getLong(2)), Map.entry("user", rs.getString(3)),
                            Map.entry("file_id", rs.getLong(4)), Map.entry("user_data_id", rs.getLong(5)),
                            Map.entry("status", (long) statuses[k % statuses.length]), Map.entry("run_id", 1L),
                            Map.entry("offset", 0L), Map.entry("since", since), Map.entry("num_gpus", 0L),
                            Map.entry("memory_bytes", 17_179_869_184L), Map.entry("runtime_s", 7_200L),
                            Map.entry("compute_node_id", node)));
                }
            }
        }
        if (anchors.isEmpty()) {
            throw new IllegalStateException("the benchmark database has no jobs");
        }
        return new BindSets(anchors);
    }

    /** The value of parameter {@code name} for invocation {@code i}, or null if unknown. */
    Object value(int i, String name) {
        return anchors.get(Math.floorMod(i, anchors.size())).get(name);
    }

    int size() {
        return anchors.size();
    }
}
