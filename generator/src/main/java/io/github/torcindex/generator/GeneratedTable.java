package io.github.torcindex.generator;

/** The tables the generator fills, in insertion order (parents first), with the columns it writes. */
enum GeneratedTable {
    WORKFLOW_STATUS("workflow_status", "id, run_id, is_canceled, is_archived"),
    WORKFLOW("workflow", "id, name, description, user, timestamp, is_archived, status_id, project"),
    RESOURCE_REQUIREMENTS("resource_requirements",
            "id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime, memory_bytes, runtime_s"),
    LOCAL_SCHEDULER("local_scheduler", "id, workflow_id, memory, num_cpus"),
    SLURM_SCHEDULER("slurm_scheduler", "id, workflow_id, name, account, mem, nodes, partition, walltime"),
    COMPUTE_NODE("compute_node", "id, workflow_id, hostname, pid, start_time, duration_seconds, is_active, "
            + "num_cpus, memory_gb, num_gpus, num_nodes, time_limit, scheduler_config_id, compute_node_type, "
            + "scheduler"),
    SCHEDULED_COMPUTE_NODE("scheduled_compute_node",
            "id, workflow_id, scheduler_config_id, scheduler_id, scheduler_type, status"),
    JOB("job", "id, workflow_id, name, command, resource_requirements_id, status, scheduler_id, "
            + "scheduler_type, unblocking_processed, attempt_id"),
    JOB_INTERNAL("job_internal", "job_id, input_hash, active_compute_node_id"),
    FILE("file", "id, workflow_id, name, path, st_mtime"),
    JOB_OUTPUT_FILE("job_output_file", "job_id, file_id, workflow_id"),
    JOB_INPUT_FILE("job_input_file", "job_id, file_id, workflow_id"),
    USER_DATA("user_data", "id, workflow_id, name, is_ephemeral, data"),
    JOB_OUTPUT_USER_DATA("job_output_user_data", "job_id, user_data_id"),
    JOB_INPUT_USER_DATA("job_input_user_data", "job_id, user_data_id"),
    JOB_DEPENDS_ON("job_depends_on", "job_id, depends_on_job_id, workflow_id"),
    RESULT("result", "id, workflow_id, job_id, run_id, attempt_id, compute_node_id, return_code, "
            + "exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, "
            + "peak_cpu_percent, avg_cpu_percent"),
    WORKFLOW_RESULT("workflow_result", "workflow_id, job_id, result_id"),
    EVENT("event", "id, workflow_id, timestamp, data"),
    // The tables below are filled by WorkflowExtras, from a random stream of their own.
    FAILURE_HANDLER("failure_handler", "id, workflow_id, name, rules"),
    WORKFLOW_ACTION("workflow_action", "id, workflow_id, trigger_type, action_type, action_config, job_ids, "
            + "trigger_count, required_triggers, executed, executed_at, persistent, is_recovery"),
    REMOTE_WORKER("remote_worker", "worker, workflow_id"),
    ACCESS_GROUP("access_group", "id, name, description, is_system, created_at"),
    USER_GROUP_MEMBERSHIP("user_group_membership", "id, user_name, group_id, role, created_at"),
    WORKFLOW_ACCESS_GROUP("workflow_access_group", "workflow_id, group_id, created_at"),
    // Tables of newer Torc versions (v0.25.1), filled where the database has them.
    SLURM_STATS("slurm_stats", "id, workflow_id, job_id, run_id, attempt_id, slurm_job_id, max_rss_bytes, "
            + "max_vm_size_bytes, max_disk_read_bytes, max_disk_write_bytes, ave_cpu_seconds, node_list", true),
    RO_CRATE_ENTITY("ro_crate_entity", "id, workflow_id, file_id, entity_id, entity_type, metadata", true),
    ASYNC_HANDLE("async_handle", "id, workflow_id, operation, status, created_at_ms, started_at_ms, "
            + "finished_at_ms, requested_by, request_json, result_json, error", true);

    final String table;
    final String columns;

    /** Whether only some Torc versions have the table: rows are written only where it exists. */
    final boolean optional;

    GeneratedTable(String table, String columns) {
        this(table, columns, false);
    }

    GeneratedTable(String table, String columns, boolean optional) {
        this.table = table;
        this.columns = columns;
        this.optional = optional;
    }

    boolean hasIntegerId() {
        return columns.startsWith("id,");
    }
}
