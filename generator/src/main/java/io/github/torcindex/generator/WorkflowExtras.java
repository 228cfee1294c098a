package io.github.torcindex.generator;

import io.github.torcindex.schema.JobStatus;
import java.util.SplittableRandom;

/**
 * The rows a workflow has besides its jobs, files, results and events: a failure handler, workflow actions,
 * remote workers and its access group, and once per database the access groups and their memberships. The
 * advisor and the benchmarks see a table's cost only where it has rows.
 */
final class WorkflowExtras {

    /** Access groups the generator creates, in a database that has none. */
    static final String[] GROUPS = {"analysts", "modelers", "operators", "admins"};

    private WorkflowExtras() {
    }

    static void write(WorkflowWriter w, long workflowId, long firstJob, byte[] status, String user, boolean done,
            long base, SplittableRandom rng) throws InterruptedException {
        int jobs = status.length;
        if (w.groupIds().length == 0) {
            long[] ids = new long[GROUPS.length];
            for (int g = 0; g < GROUPS.length; g++) {
                ids[g] = w.id(GeneratedTable.ACCESS_GROUP);
                w.row(GeneratedTable.ACCESS_GROUP, ids[g], "synthetic-" + GROUPS[g], GROUPS[g] + " (generated)",
                        g == GROUPS.length - 1 ? 1 : 0, WorkflowWriter.iso(base));
                for (int u = g; u < WorkflowWriter.USERS.length; u += 2) {
                    w.row(GeneratedTable.USER_GROUP_MEMBERSHIP, w.id(GeneratedTable.USER_GROUP_MEMBERSHIP), WorkflowWriter.USERS[u],
                            ids[g], u == g ? "admin" : "member", WorkflowWriter.iso(base));
                }
            }
            w.groupIds(ids);
        }
        long[] groups = w.groupIds();
        // Given, not the column's default datetime('now'): the same seed must give the same content.
        w.row(GeneratedTable.WORKFLOW_ACCESS_GROUP, workflowId, groups[rng.nextInt(groups.length)],
                WorkflowWriter.iso(base));

        w.row(GeneratedTable.FAILURE_HANDLER, w.id(GeneratedTable.FAILURE_HANDLER), workflowId, "retry-oom",
                "[{\"return_codes\": [137], \"max_retries\": " + (1 + rng.nextInt(3)) + ", \"memory_factor\": 1.5}]");

        // on_workflow_start and on_jobs_complete actions, as Torc's workflow specs define them.
        w.row(GeneratedTable.WORKFLOW_ACTION, w.id(GeneratedTable.WORKFLOW_ACTION), workflowId, "on_workflow_start",
                "schedule_nodes", "{\"scheduler\": \"slurm\", \"num_allocations\": " + (1 + rng.nextInt(4)) + "}",
                null, 1, 1, 1, WorkflowWriter.iso(base), 0, 0);
        int actions = 1 + rng.nextInt(3);
        for (int a = 0; a < actions; a++) {
            long job = firstJob + rng.nextInt(jobs);
            boolean executed = done || rng.nextInt(2) == 0;
            w.row(GeneratedTable.WORKFLOW_ACTION, w.id(GeneratedTable.WORKFLOW_ACTION), workflowId, "on_jobs_complete",
                    a == 0 ? "run_commands" : "schedule_nodes", "{\"commands\": [\"notify " + user + "\"]}",
                    "[" + job + "]", executed ? 1 : 0, 1, executed ? 1 : 0,
                    executed ? WorkflowWriter.iso(base + 3_600_000L * (a + 1)) : null, a == actions - 1 ? 1 : 0,
                    rng.nextInt(10) == 0 ? 1 : 0);
        }
        int workers = rng.nextInt(3);
        for (int r = 0; r < workers; r++) {
            w.row(GeneratedTable.REMOTE_WORKER, "worker-" + r + ".cluster.example:" + (8000 + rng.nextInt(1000)),
                    workflowId);
        }
        newerTorcTables(w, workflowId, firstJob, status, user, base, rng);
    }

    /** Rows of the tables newer Torc versions have: Slurm accounting, RO-Crate entities, async operations. */
    private static void newerTorcTables(WorkflowWriter w, long workflowId, long firstJob, byte[] status, String user,
            long base, SplittableRandom rng) throws InterruptedException {
        if (w.has(GeneratedTable.SLURM_STATS)) {
            // sacct figures for a tenth of the jobs that ran to completion, one row per job (first run).
            for (int j = 0; j < status.length; j++) {
                if (status[j] == JobStatus.COMPLETED.code() && rng.nextInt(10) == 0) {
                    long rss = (1L << 28) + rng.nextLong(1L << 34);
                    w.row(GeneratedTable.SLURM_STATS, w.id(GeneratedTable.SLURM_STATS), workflowId, firstJob + j, 1,
                            1, String.valueOf(4_000_000 + workflowId * 10_000 + j), rss, rss * 2,
                            rng.nextLong(1L << 32), rng.nextLong(1L << 32), rng.nextDouble() * 3600,
                            "node" + rng.nextInt(512));
                }
            }
        }
        if (w.has(GeneratedTable.RO_CRATE_ENTITY)) {
            w.row(GeneratedTable.RO_CRATE_ENTITY, w.id(GeneratedTable.RO_CRATE_ENTITY), workflowId, null,
                    "./", "Dataset", "{\"name\": \"workflow " + workflowId + "\", \"author\": \"" + user + "\"}");
            int entities = 1 + rng.nextInt(4);
            for (int e = 0; e < entities; e++) {
                w.row(GeneratedTable.RO_CRATE_ENTITY, w.id(GeneratedTable.RO_CRATE_ENTITY), workflowId, null,
                        "#run-" + e, "CreateAction", "{\"startTime\": \"" + WorkflowWriter.iso(base) + "\"}");
            }
        }
        if (w.has(GeneratedTable.ASYNC_HANDLE)) {
            // At most one queued or running operation per workflow (Torc's unique partial index), and it is the last.
            String[] states = {"succeeded", "succeeded", "failed"};
            int handles = rng.nextInt(3);
            for (int h = 0; h < handles; h++) {
                String state = h == handles - 1 && rng.nextInt(4) == 0 ? (rng.nextInt(2) == 0 ? "running" : "queued")
                        : states[rng.nextInt(states.length)];
                long created = base + h * 60_000L;
                boolean started = !state.equals("queued");
                boolean finished = state.equals("succeeded") || state.equals("failed");
                w.row(GeneratedTable.ASYNC_HANDLE, w.id(GeneratedTable.ASYNC_HANDLE), workflowId, "initialize_jobs",
                        state, created, started ? created + 500 : null, finished ? created + 5_000 : null, user,
                        "{}", state.equals("succeeded") ? "{\"ok\": true}" : null,
                        state.equals("failed") ? "timeout" : null);
            }
        }
    }
}
