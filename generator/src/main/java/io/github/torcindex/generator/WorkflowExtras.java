package io.github.torcindex.generator;

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

    static void write(WorkflowWriter w, long workflowId, long firstJob, int jobs, String user, boolean done,
            long base, SplittableRandom rng) throws InterruptedException {
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
            w.row(GeneratedTable.REMOTE_WORKER, "worker-" + r + ".cluster.example:" + (8000 + rng.nextInt(1000)), workflowId);
        }
    }
}
