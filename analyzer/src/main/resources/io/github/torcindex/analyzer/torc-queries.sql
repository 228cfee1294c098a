-- The built-in catalog: the query patterns of the seed document's "Query Pattern Analysis" (groups 1-6), the
-- statements around them that a Torc server runs, and the hot writes that indexes make slower.
-- Format (docs/analyzer.md): "-- name:" starts a statement; directives follow; the SQL ends with ";".
--   expect: level N table(col, ...)   from level N on, the access to table uses an index whose leading
--                                     columns are these (table(rowid): the INTEGER PRIMARY KEY)
--   expect-order: level N             from level N on, no temporary B-tree for ORDER BY
--   allow-scan: table                 a full scan of table is intended
--   param: name = SELECT ... | value  how to sample a realistic value for :name
--   write                             a write statement (planned, never executed)

-- name: list_jobs
-- group: 1 filter by workflow_id
-- expect: level 1 job(workflow_id)
SELECT * FROM job WHERE workflow_id = :workflow_id;

-- name: list_jobs_page
-- group: 1 filter by workflow_id
-- expect: level 1 job(workflow_id)
-- expect-order: level 1
SELECT * FROM job WHERE workflow_id = :workflow_id ORDER BY id LIMIT 1000 OFFSET :offset;

-- name: list_results
-- group: 1 filter by workflow_id
-- expect: level 1 result(workflow_id)
SELECT * FROM result WHERE workflow_id = :workflow_id;

-- name: list_events
-- group: 1 filter by workflow_id
-- expect: level 2 event(workflow_id)
SELECT * FROM event WHERE workflow_id = :workflow_id;

-- name: list_events_recent
-- group: 1 filter by workflow_id
-- expect: level 2 event(workflow_id)
SELECT * FROM event WHERE workflow_id = :workflow_id AND timestamp > :since ORDER BY timestamp DESC LIMIT 100;

-- name: list_compute_nodes
-- group: 1 filter by workflow_id
-- expect: level 2 compute_node(workflow_id)
SELECT * FROM compute_node WHERE workflow_id = :workflow_id;

-- name: active_compute_nodes
-- group: 1 filter by workflow_id
-- expect: level 2 compute_node(workflow_id)
SELECT id, hostname FROM compute_node WHERE workflow_id = :workflow_id AND is_active = 1;

-- name: jobs_by_status
-- group: 2 filter by workflow_id and status
-- expect: level 1 job(workflow_id, status)
SELECT * FROM job WHERE workflow_id = :workflow_id AND status = :status;

-- name: count_jobs_by_status
-- group: 2 filter by workflow_id and status
-- expect: level 1 job(workflow_id)
SELECT status, count(*) FROM job WHERE workflow_id = :workflow_id GROUP BY status;

-- name: is_workflow_uninitialized
-- group: 2 filter by workflow_id and status
-- expect: level 1 job(workflow_id, status)
-- param: status = 0
SELECT count(*) FROM job WHERE workflow_id = :workflow_id AND status = :status;

-- name: is_workflow_complete
-- group: 2 filter by workflow_id and status
-- expect: level 1 job(workflow_id)
SELECT count(*) FROM job WHERE workflow_id = :workflow_id AND status NOT IN (5, 6, 7, 8, 9);

-- name: claim_ready_jobs
-- group: 3 ready jobs for allocation
-- expect: level 1 job(workflow_id, status)
-- expect: level 0 resource_requirements(rowid)
SELECT job.id, job.name, job.command, rr.num_cpus, rr.num_gpus, rr.memory_bytes, rr.runtime_s
FROM job JOIN resource_requirements rr ON job.resource_requirements_id = rr.id
WHERE job.workflow_id = :workflow_id AND job.status = :status
ORDER BY rr.num_gpus DESC, rr.runtime_s DESC, rr.memory_bytes DESC
LIMIT 100;

-- name: claim_jobs_based_on_resources
-- group: 3 ready jobs for allocation
-- expect: level 1 job(workflow_id, status)
SELECT job.id FROM job JOIN resource_requirements rr ON job.resource_requirements_id = rr.id
WHERE job.workflow_id = :workflow_id AND job.status = :status
  AND rr.num_gpus <= :num_gpus AND rr.memory_bytes <= :memory_bytes AND rr.runtime_s <= :runtime_s
ORDER BY rr.num_gpus DESC, rr.runtime_s DESC, rr.memory_bytes DESC
LIMIT 100;

-- name: blocked_by_job
-- group: 4 dependency lookups
-- expect: level 2 job_depends_on(depends_on_job_id)
SELECT job_id FROM job_depends_on WHERE depends_on_job_id = :job_id;

-- name: blocking_jobs
-- group: 4 dependency lookups
-- expect: level 0 job_depends_on(job_id)
SELECT depends_on_job_id FROM job_depends_on WHERE job_id = :job_id;

-- name: jobs_to_unblock
-- group: 4 dependency lookups
-- expect: level 2 job_depends_on(depends_on_job_id)
-- expect: level 0 job(rowid)
SELECT d.job_id FROM job_depends_on d JOIN job j ON j.id = d.job_id
WHERE d.depends_on_job_id = :job_id AND j.status = 1;

-- name: jobs_with_all_dependencies_done
-- group: 4 dependency lookups
-- expect: level 1 job(workflow_id, status)
-- param: status = 1
SELECT j.id FROM job j WHERE j.workflow_id = :workflow_id AND j.status = :status AND NOT EXISTS (
  SELECT 1 FROM job_depends_on d JOIN job p ON p.id = d.depends_on_job_id
  WHERE d.job_id = j.id AND p.status NOT IN (5, 6, 7, 8));

-- name: file_consumers
-- group: 5 file relationship lookups
-- expect: level 2 job_input_file(file_id)
SELECT job_id FROM job_input_file WHERE file_id = :file_id;

-- name: file_producers
-- group: 5 file relationship lookups
-- expect: level 2 job_output_file(file_id)
SELECT job_id FROM job_output_file WHERE file_id = :file_id;

-- name: jobs_needing_file
-- group: 5 file relationship lookups
-- expect: level 2 job_input_file(file_id)
SELECT job.* FROM job JOIN job_input_file jif ON jif.job_id = job.id
WHERE job.workflow_id = :workflow_id AND jif.file_id = :file_id;

-- name: user_data_consumers
-- group: 5 file relationship lookups
-- expect: level 3 job_input_user_data(user_data_id)
SELECT job_id FROM job_input_user_data WHERE user_data_id = :user_data_id;

-- name: user_data_producers
-- group: 5 file relationship lookups
-- expect: level 3 job_output_user_data(user_data_id)
SELECT job_id FROM job_output_user_data WHERE user_data_id = :user_data_id;

-- name: results_of_job
-- group: 6 result queries
-- expect: level 0 result(job_id)
SELECT * FROM result WHERE workflow_id = :workflow_id AND job_id = :job_id;

-- name: results_of_run
-- group: 6 result queries
-- expect: level 1 result(workflow_id)
-- param: run_id = 1
SELECT * FROM result WHERE workflow_id = :workflow_id AND run_id = :run_id;

-- name: latest_results
-- group: 6 result queries
-- expect: level 0 workflow_result(workflow_id)
-- expect: level 0 result(rowid)
SELECT r.* FROM workflow_result wr JOIN result r ON r.id = wr.result_id WHERE wr.workflow_id = :workflow_id;

-- name: workflows_of_user
-- group: 7 workflows by user
-- expect: level 3 workflow(user)
SELECT * FROM workflow WHERE user = :user;

-- name: active_workflows_of_user
-- group: 7 workflows by user
-- expect: level 3 workflow(user, is_archived)
SELECT * FROM workflow WHERE user = :user AND is_archived = 0;

-- name: unblocking_pending
-- group: deferred unblocking (Torc's partial indexes)
-- expect: level 0 job(workflow_id, status, unblocking_processed)
SELECT id FROM job WHERE workflow_id = :workflow_id AND status IN (6, 7, 8) AND unblocking_processed = 0;

-- name: workflows_with_pending_unblocks
-- group: deferred unblocking (Torc's partial indexes)
-- expect: level 0 job(workflow_id)
SELECT DISTINCT workflow_id FROM job WHERE status IN (6, 7, 8) AND unblocking_processed = 0;

-- name: completions_to_process
-- group: deferred unblocking (Torc's partial indexes)
SELECT id FROM job WHERE workflow_id = :workflow_id AND status IN (5, 6, 7, 8) AND unblocking_processed = 0;

-- name: update_job_status
-- group: hot writes
-- write
-- expect: level 0 job(rowid)
UPDATE job SET status = :status WHERE id = :job_id;

-- name: mark_unblocking_processed
-- group: hot writes
-- write
-- expect: level 0 job(rowid)
UPDATE job SET unblocking_processed = 1 WHERE id = :job_id;

-- name: unblock_ready_jobs
-- group: hot writes
-- write
-- expect: level 1 job(workflow_id, status)
-- param: status = 1
UPDATE job SET status = 2 WHERE workflow_id = :workflow_id AND status = :status AND id IN (
  SELECT d.job_id FROM job_depends_on d WHERE d.depends_on_job_id = :job_id);

-- name: insert_result
-- group: hot writes
-- write
INSERT INTO result (workflow_id, job_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes,
                    completion_time, status)
VALUES (:workflow_id, :job_id, 9, 1, :compute_node_id, 0, 1.5, '2026-11-26T00:00:00Z', 5);

-- name: insert_event
-- group: hot writes
-- write
INSERT INTO event (workflow_id, timestamp, data) VALUES (:workflow_id, :since, '{"category": "job"}');

-- name: delete_workflow
-- group: hot writes
-- write
-- expect: level 0 workflow(rowid)
DELETE FROM workflow WHERE id = :workflow_id;
