package io.github.torcindex.generator;

import io.github.torcindex.schema.JobStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Builds the rows of synthetic workflows and hands them over in chunks ({@link RowChunk}), each holding rows
 * of every table in parent-first order, so that inserting a chunk table by table keeps foreign keys valid.
 * Building runs on its own thread while {@link RowInserter} writes the previous chunk.
 */
final class WorkflowWriter {

    private static final int CHUNK_ROWS = 50_000;
    private static final long BASE_MILLIS = Instant.parse("2026-01-05T08:00:00Z").toEpochMilli();
    static final String[] USERS = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi"};
    private static final double[] USER_WEIGHTS = {0.30, 0.20, 0.15, 0.10, 0.10, 0.07, 0.05, 0.03};
    private static final String[][] RESOURCES = {
        // name, cpus, gpus, nodes, memory, runtime, memory_bytes, runtime_s
        {"small", "1", "0", "1", "2g", "P0DT30M", "2147483648", "1800"},
        {"medium", "4", "0", "1", "16g", "P0DT2H", "17179869184", "7200"},
        {"large", "36", "0", "1", "180g", "P0DT12H", "193273528320", "43200"},
        {"gpu", "8", "2", "1", "64g", "P0DT4H", "68719476736", "14400"},
        {"bigmem", "16", "0", "1", "700g", "P0DT8H", "751619276800", "28800"},
        {"multi-node", "104", "0", "4", "240g", "P1DT0H", "257698037760", "86400"},
    };


    /** Receives each chunk of rows as it fills. */
    @FunctionalInterface
    interface ChunkSink {
        void accept(RowChunk chunk) throws InterruptedException;
    }

    private final ChunkSink sink;
    private long[] groupIds;
    private final java.util.Set<String> present;
    private final long[] written = new long[GeneratedTable.values().length];
    private final long[] nextId = new long[GeneratedTable.values().length];
    private RowChunk chunk = new RowChunk();

    /**
     * Reads the next free id of each table from {@code connection}, whose tables are {@code present}
     * ({@link #tables}), then writes chunks to {@code sink}.
     */
    WorkflowWriter(Connection connection, java.util.Set<String> present, ChunkSink sink) throws SQLException {
        this.sink = sink;
        this.present = java.util.Set.copyOf(present);
        for (GeneratedTable t : GeneratedTable.values()) {
            if (t.hasIntegerId() && present.contains(t.table)) {
                try (Statement st = connection.createStatement();
                     ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) + 1 FROM " + t.table)) {
                    nextId[t.ordinal()] = rs.getLong(1);
                }
            }
        }
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM access_group ORDER BY id")) {
            java.util.List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            groupIds = ids.stream().mapToLong(Long::longValue).toArray();
        }
    }

    /** The tables of the database being filled. */
    static java.util.Set<String> tables(Connection connection) throws SQLException {
        java.util.Set<String> names = new java.util.HashSet<>();
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** Whether the database has {@code table} (the optional tables of newer Torc versions). */
    boolean has(GeneratedTable table) {
        return present.contains(table.table);
    }

    /** The access groups workflows are put in: the database's own, or those WorkflowExtras creates. */
    long[] groupIds() {
        return groupIds;
    }

    void groupIds(long[] ids) {
        groupIds = ids.clone();
    }

    /** Rows written to each table so far. */
    Map<String, Long> rowsByTable() {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (GeneratedTable t : GeneratedTable.values()) {
            if (present.contains(t.table)) {
                rows.put(t.table, written[t.ordinal()]);
            }
        }
        return rows;
    }

    long totalRows() {
        long total = 0;
        for (long n : written) {
            total += n;
        }
        return total;
    }

    /** Writes one workflow of {@code jobs} jobs; {@code index} is its number in this run (names, times). */
    void write(long seed, int index, int jobs, SplittableRandom rng) throws InterruptedException {
        WorkflowShape.State state = WorkflowShape.pickState(rng);
        WorkflowShape shape = WorkflowShape.of(jobs, state, rng);
        long base = BASE_MILLIS + index * 3L * 3600_000L + rng.nextInt(3600_000);
        boolean done = state == WorkflowShape.State.FINISHED || state == WorkflowShape.State.FAILED
                || state == WorkflowShape.State.CANCELED;
        boolean archived = done && rng.nextDouble() < 0.3;
        int runs = done && rng.nextDouble() < 0.2 ? 2 : 1;

        long statusId = id(GeneratedTable.WORKFLOW_STATUS);
        row(GeneratedTable.WORKFLOW_STATUS, statusId, runs, state == WorkflowShape.State.CANCELED ? 1 : 0, archived ? 1 : 0);
        long workflowId = id(GeneratedTable.WORKFLOW);
        String user = pick(rng);
        row(GeneratedTable.WORKFLOW, workflowId, "synthetic-" + seed + "-" + index, jobs + "-job synthetic workflow",
                user, iso(base), archived ? 1 : 0, statusId, "project-" + (index % 7));

        int rrCount = 3 + rng.nextInt(RESOURCES.length - 2);
        long[] rrIds = new long[rrCount];
        for (int r = 0; r < rrCount; r++) {
            String[] spec = RESOURCES[r];
            rrIds[r] = id(GeneratedTable.RESOURCE_REQUIREMENTS);
            row(GeneratedTable.RESOURCE_REQUIREMENTS, rrIds[r], workflowId, spec[0], Integer.parseInt(spec[1]),
                    Integer.parseInt(spec[2]), Integer.parseInt(spec[3]), spec[4], spec[5], Long.parseLong(spec[6]),
                    Long.parseLong(spec[7]));
        }
        row(GeneratedTable.LOCAL_SCHEDULER, id(GeneratedTable.LOCAL_SCHEDULER), workflowId, "64g", 16);
        int slurmCount = 1 + rng.nextInt(3);
        long[] slurmIds = new long[slurmCount];
        for (int s = 0; s < slurmCount; s++) {
            slurmIds[s] = id(GeneratedTable.SLURM_SCHEDULER);
            row(GeneratedTable.SLURM_SCHEDULER, slurmIds[s], workflowId, "slurm-" + s, "account-" + (index % 5),
                    s == 0 ? "180g" : "240g", 1 + s, s == 2 ? "gpu" : "standard", s == 0 ? "04:00:00" : "24:00:00");
        }

        int nodes = 10 + rng.nextInt(51);
        long[] nodeIds = new long[nodes];
        for (int n = 0; n < nodes; n++) {
            nodeIds[n] = id(GeneratedTable.COMPUTE_NODE);
            boolean active = state == WorkflowShape.State.RUNNING && rng.nextDouble() < 0.3;
            long scheduler = slurmIds[n % slurmCount];
            row(GeneratedTable.COMPUTE_NODE, nodeIds[n], workflowId, "r" + (100 + rng.nextInt(900)) + "u" + (n % 40),
                    10_000 + rng.nextInt(50_000), iso(base + n * 60_000L), active ? null : 3600.0 + rng.nextInt(40_000),
                    active ? 1 : 0, 36, 180.0, n % 10 == 9 ? 2 : 0, 1, "24:00:00", scheduler, "slurm",
                    "{\"scheduler_id\": " + scheduler + "}");
            if (n % 2 == 0) {
                row(GeneratedTable.SCHEDULED_COMPUTE_NODE, id(GeneratedTable.SCHEDULED_COMPUTE_NODE), workflowId, scheduler,
                        5_000_000 + index * 1000L + n, "slurm", active ? "active" : "complete");
            }
        }

        long firstJob = nextId[GeneratedTable.JOB.ordinal()];
        int[] rrOfStage = new int[shape.stages()];
        for (int s = 0; s < rrOfStage.length; s++) {
            rrOfStage[s] = shape.barrier[s] ? 2 % rrCount : rng.nextInt(rrCount);
        }
        for (int j = 0; j < jobs; j++) {
            int st = shape.status[j];
            boolean complete = st >= JobStatus.COMPLETED.code() && st <= JobStatus.TERMINATED.code();
            boolean recent = state == WorkflowShape.State.RUNNING && shape.stageOf[j] == shape.frontier;
            row(GeneratedTable.JOB, id(GeneratedTable.JOB), workflowId, "s" + shape.stageOf[j] + "_job" + j,
                    "python run.py --stage " + shape.stageOf[j] + " --index " + j, rrIds[rrOfStage[shape.stageOf[j]]],
                    st, slurmIds[j % slurmCount], "slurm", complete && !(recent && rng.nextDouble() < 0.3) ? 1 : 0,
                    st == JobStatus.COMPLETED.code() && rng.nextDouble() < 0.03 ? 2 : 1);
            row(GeneratedTable.JOB_INTERNAL, firstJob + j, Long.toHexString(rng.nextLong()),
                    st == JobStatus.RUNNING.code() ? nodeIds[j % nodes] : null);
        }

        int inputs = jobs / 100 + 1;
        long firstInput = nextId[GeneratedTable.FILE.ordinal()];
        for (int f = 0; f < inputs; f++) {
            row(GeneratedTable.FILE, id(GeneratedTable.FILE), workflowId, "input_" + f, "/projects/wf" + index + "/inputs/in_" + f
                    + ".h5", (base - 86_400_000L) / 1000.0);
        }
        long firstOutput = nextId[GeneratedTable.FILE.ordinal()];
        for (int j = 0; j < jobs; j++) {
            long file = id(GeneratedTable.FILE);
            boolean exists = shape.status[j] == JobStatus.COMPLETED.code();
            row(GeneratedTable.FILE, file, workflowId, "out_" + j, "/projects/wf" + index + "/stage" + shape.stageOf[j]
                    + "/out_" + j + ".parquet", exists ? (base + shape.stageOf[j] * 1_800_000L) / 1000.0 : null);
            row(GeneratedTable.JOB_OUTPUT_FILE, firstJob + j, file, workflowId);
        }
        for (int j = 0; j < jobs; j++) {
            int[] parents = shape.parents[j];
            if (parents.length == 0) {
                long a = firstInput + rng.nextInt(inputs);
                row(GeneratedTable.JOB_INPUT_FILE, firstJob + j, a, workflowId);
                long b = firstInput + rng.nextInt(inputs);
                if (b != a) {
                    row(GeneratedTable.JOB_INPUT_FILE, firstJob + j, b, workflowId);
                }
                continue;
            }
            boolean any = false;
            for (int p : parents) {
                if (rng.nextDouble() < 0.6) {
                    row(GeneratedTable.JOB_INPUT_FILE, firstJob + j, firstOutput + p, workflowId);
                    any = true;
                }
            }
            if (!any) {
                row(GeneratedTable.JOB_INPUT_FILE, firstJob + j, firstOutput + parents[0], workflowId);
            }
        }

        long config = id(GeneratedTable.USER_DATA);
        row(GeneratedTable.USER_DATA, config, workflowId, "config", 0, "{\"workflow\": " + index + ", \"mode\": \"prod\"}");
        long[] producedData = new long[jobs];
        for (int j = 0; j < jobs; j++) {
            if (shape.stageOf[j] == 0) {
                row(GeneratedTable.JOB_INPUT_USER_DATA, firstJob + j, config);
            }
            if (rng.nextDouble() < 0.05) {
                producedData[j] = id(GeneratedTable.USER_DATA);
                row(GeneratedTable.USER_DATA, producedData[j], workflowId, "summary_" + j, rng.nextInt(4) == 0 ? 1 : 0,
                        shape.status[j] == JobStatus.COMPLETED.code() ? "{\"rows\": " + rng.nextInt(1_000_000) + "}"
                                : null);
                row(GeneratedTable.JOB_OUTPUT_USER_DATA, firstJob + j, producedData[j]);
            }
        }
        for (int j = 0; j < jobs; j++) {
            for (int p : shape.parents[j]) {
                row(GeneratedTable.JOB_DEPENDS_ON, firstJob + j, firstJob + p, workflowId);
                if (producedData[p] != 0 && rng.nextInt(2) == 0) {
                    row(GeneratedTable.JOB_INPUT_USER_DATA, firstJob + j, producedData[p]);
                }
            }
        }

        writeResultsAndEvents(shape, workflowId, firstJob, nodeIds, runs, base, rng);
        // Its own stream, so that adding these tables left every row above as it was for a seed.
        WorkflowExtras.write(this, workflowId, firstJob, shape.status, user, done, base,
                new SplittableRandom(seed * 7_919L + index));
        emit(index);
    }

    private void writeResultsAndEvents(WorkflowShape shape, long workflowId, long firstJob, long[] nodeIds,
            int runs, long base, SplittableRandom rng) throws InterruptedException {
        List<Object[]> events = new ArrayList<>();
        events.add(new Object[] {base, "{\"category\": \"workflow\", \"type\": \"initialized\"}"});
        for (int j = 0; j < shape.jobs; j++) {
            int st = shape.status[j];
            long jobId = firstJob + j;
            long start = base + shape.stageOf[j] * 1_800_000L + rng.nextInt(1_800_000);
            boolean ran = st == JobStatus.COMPLETED.code() || st == JobStatus.FAILED.code()
                    || st == JobStatus.TERMINATED.code();
            if (ran) {
                int jobRuns = Math.min(runs, 1 + (rng.nextDouble() < 0.3 ? 1 : 0)) + (rng.nextDouble() < 0.05 ? 1 : 0);
                long latest = 0;
                for (int run = 1; run <= jobRuns; run++) {
                    boolean last = run == jobRuns;
                    int resultStatus = last ? st : JobStatus.COMPLETED.code();
                    double minutes = 1 + rng.nextDouble() * 120;
                    latest = id(GeneratedTable.RESULT);
                    row(GeneratedTable.RESULT, latest, workflowId, jobId, run, 1, nodeIds[rng.nextInt(nodeIds.length)],
                            resultStatus == JobStatus.COMPLETED.code() ? 0 : resultStatus == JobStatus.FAILED.code()
                                    ? 1 : -15, minutes, iso(start + (long) (minutes * 60_000) + run * 86_400_000L),
                            resultStatus, 1_000_000L + rng.nextInt(2_000_000_000), 500_000L + rng.nextInt(1_000_000_000),
                            rng.nextDouble() * 100, rng.nextDouble() * 100);
                }
                row(GeneratedTable.WORKFLOW_RESULT, workflowId, jobId, latest);
            }
            if (ran || st == JobStatus.RUNNING.code() || st == JobStatus.PENDING.code()) {
                events.add(new Object[] {start, "{\"category\": \"job\", \"type\": \"start\", \"job_id\": " + jobId
                        + "}"});
            }
            if (ran) {
                events.add(new Object[] {start + 60_000 + rng.nextInt(7_200_000), "{\"category\": \"job\", \"type\": \""
                        + (st == JobStatus.COMPLETED.code() ? "complete" : "fail") + "\", \"job_id\": " + jobId
                        + ", \"return_code\": " + (st == JobStatus.COMPLETED.code() ? 0 : 1) + "}"});
            }
            if (rng.nextDouble() < 0.5 && (ran || st == JobStatus.RUNNING.code())) {
                events.add(new Object[] {start + 1000, "{\"category\": \"resource\", \"type\": \"sample\", "
                        + "\"job_id\": " + jobId + ", \"cpu_percent\": " + rng.nextInt(100) + "}"});
            }
        }
        // Events arrive in time order, as Torc's server inserts them.
        events.sort((a, b) -> Long.compare((Long) a[0], (Long) b[0]));
        for (Object[] e : events) {
            row(GeneratedTable.EVENT, id(GeneratedTable.EVENT), workflowId, e[0], e[1]);
        }
    }

    long id(GeneratedTable t) {
        return nextId[t.ordinal()]++;
    }

    void row(GeneratedTable t, Object... values) throws InterruptedException {
        chunk.add(t, values);
        written[t.ordinal()]++;
        if (chunk.size() >= CHUNK_ROWS) {
            emit(-1);
        }
    }

    /** Hands the current chunk over; {@code completedWorkflow} >= 0 marks the end of that workflow. */
    private void emit(int completedWorkflow) throws InterruptedException {
        chunk.complete(completedWorkflow, totalRows());
        sink.accept(chunk);
        chunk = new RowChunk();
    }

    static String iso(long millis) {
        return DateTimeFormatter.ISO_INSTANT.format(Instant.ofEpochMilli(millis - millis % 1000));
    }

    private static String pick(SplittableRandom rng) {
        double u = rng.nextDouble();
        for (int i = 0; i < USERS.length; i++) {
            u -= USER_WEIGHTS[i];
            if (u < 0) {
                return USERS[i];
            }
        }
        return USERS[USERS.length - 1];
    }

}
