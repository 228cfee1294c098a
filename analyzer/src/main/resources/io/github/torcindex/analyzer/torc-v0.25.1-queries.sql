-- Torc's SQL statements, extracted from its source by `torc-index catalog --from-source`.
-- torc-version: 0.25.1
-- torc-commit: 1293d666be0754b3ef1ac527303f416149ab5d17
-- checked-on-schema: v0.25.1
-- statements: 418 from 333 sqlx calls; 42 calls or variants left out (listed at the end)

-- name: src/bin/torc-server.rs:run_server
-- group: torc-server
-- source: src/bin/torc-server.rs:520 query
-- write
UPDATE async_handle
SET status = 'failed',
    finished_at_ms = CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER),
    error = COALESCE(error, 'server restarted while task was in progress')
WHERE status IN ('queued', 'running');

-- name: src/server/api/access_groups.rs:get_user_group_ids
-- group: access_groups
-- source: src/server/api/access_groups.rs:124 query
SELECT group_id FROM user_group_membership WHERE user_name = $1;

-- name: src/server/api/access_groups.rs:check_workflow_access_internal
-- group: access_groups
-- source: src/server/api/access_groups.rs:145 query
SELECT EXISTS(SELECT 1 FROM workflow WHERE id = $1 AND user = $2) as is_owner;

-- name: src/server/api/access_groups.rs:check_workflow_access_internal#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:167 query
SELECT EXISTS(
    SELECT 1
    FROM workflow_access_group wag
    INNER JOIN user_group_membership ugm ON wag.group_id = ugm.group_id
    WHERE wag.workflow_id = $1 AND ugm.user_name = $2
) as has_access;

-- name: src/server/api/access_groups.rs:create_access_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:211 query
-- write
INSERT INTO access_group (name, description)
VALUES ($1, $2)
RETURNING id, name, description, created_at;

-- name: src/server/api/access_groups.rs:get_access_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:261 query
SELECT id, name, description, created_at
FROM access_group
WHERE id = $1;

-- name: src/server/api/access_groups.rs:list_access_groups
-- group: access_groups
-- source: src/server/api/access_groups.rs:327 query
SELECT id, name, description, created_at FROM access_group ORDER BY id ASC LIMIT ?;

-- name: src/server/api/access_groups.rs:list_access_groups#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:348 query
SELECT COUNT(*) as total FROM access_group;

-- name: src/server/api/access_groups.rs:delete_access_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:392 query
-- write
DELETE FROM access_group WHERE id = $1;

-- name: src/server/api/access_groups.rs:add_user_to_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:446 query
-- write
INSERT INTO user_group_membership (user_name, group_id, role)
VALUES ($1, $2, $3)
RETURNING id, user_name, group_id, role, created_at;

-- name: src/server/api/access_groups.rs:remove_user_from_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:501 query
SELECT id, user_name, group_id, role, created_at
FROM user_group_membership
WHERE user_name = $1 AND group_id = $2;

-- name: src/server/api/access_groups.rs:remove_user_from_group#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:536 query
-- write
DELETE FROM user_group_membership WHERE user_name = $1 AND group_id = $2;

-- name: src/server/api/access_groups.rs:list_group_members
-- group: access_groups
-- source: src/server/api/access_groups.rs:594 query
SELECT id, user_name, group_id, role, created_at
FROM user_group_membership
WHERE group_id = $1
ORDER BY user_name
LIMIT $2 OFFSET $3;

-- name: src/server/api/access_groups.rs:list_group_members#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:619 query
SELECT COUNT(*) as total FROM user_group_membership WHERE group_id = $1;

-- name: src/server/api/access_groups.rs:list_user_groups
-- group: access_groups
-- source: src/server/api/access_groups.rs:671 query
SELECT g.id, g.name, g.description, g.created_at
FROM access_group g
INNER JOIN user_group_membership m ON g.id = m.group_id
WHERE m.user_name = $1
ORDER BY g.name
LIMIT $2 OFFSET $3;

-- name: src/server/api/access_groups.rs:list_user_groups#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:695 query
SELECT COUNT(*) as total
FROM user_group_membership
WHERE user_name = $1;

-- name: src/server/api/access_groups.rs:add_workflow_to_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:754 query
SELECT EXISTS(SELECT 1 FROM workflow WHERE id = $1) as exists_flag;

-- name: src/server/api/access_groups.rs:add_workflow_to_group#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:777 query
-- write
INSERT INTO workflow_access_group (workflow_id, group_id)
VALUES ($1, $2)
RETURNING workflow_id, group_id, created_at;

-- name: src/server/api/access_groups.rs:remove_workflow_from_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:834 query
SELECT workflow_id, group_id, created_at
FROM workflow_access_group
WHERE workflow_id = $1 AND group_id = $2;

-- name: src/server/api/access_groups.rs:remove_workflow_from_group#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:867 query
-- write
DELETE FROM workflow_access_group WHERE workflow_id = $1 AND group_id = $2;

-- name: src/server/api/access_groups.rs:list_workflow_groups
-- group: access_groups
-- source: src/server/api/access_groups.rs:903 query
SELECT EXISTS(SELECT 1 FROM workflow WHERE id = $1) as exists_flag;

-- name: src/server/api/access_groups.rs:list_workflow_groups#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:937 query
SELECT g.id, g.name, g.description, g.created_at
FROM access_group g
INNER JOIN workflow_access_group w ON g.id = w.group_id
WHERE w.workflow_id = $1
ORDER BY g.name
LIMIT $2 OFFSET $3;

-- name: src/server/api/access_groups.rs:list_workflow_groups#3
-- group: access_groups
-- source: src/server/api/access_groups.rs:960 query
SELECT COUNT(*) as total FROM workflow_access_group WHERE workflow_id = $1;

-- name: src/server/api/compute_nodes.rs:create_compute_node
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:129 query
-- write
INSERT INTO compute_node (
                workflow_id
                ,hostname
                ,pid
                ,start_time
                ,duration_seconds
                ,is_active
                ,num_cpus
                ,memory_gb
                ,num_gpus
                ,num_nodes
                ,time_limit
                ,scheduler_config_id
                ,compute_node_type
                ,scheduler
                ,sample_count
                ,peak_cpu_percent
                ,avg_cpu_percent
                ,peak_memory_bytes
                ,avg_memory_bytes
            ) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
            RETURNING id;

-- name: src/server/api/compute_nodes.rs:delete_compute_nodes
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:199 query!
-- write
DELETE FROM compute_node WHERE workflow_id = $1;

-- name: src/server/api/compute_nodes.rs:get_compute_node
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:238 query
SELECT id, workflow_id, hostname, pid, start_time, duration_seconds, is_active,
       num_cpus, memory_gb, num_gpus, num_nodes, time_limit, scheduler_config_id,
       compute_node_type, scheduler, sample_count,
       peak_cpu_percent, avg_cpu_percent,
       peak_memory_bytes, avg_memory_bytes
FROM compute_node
WHERE id = $1;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:400 query
SELECT
    id
    ,workflow_id
    ,hostname
    ,pid
    ,start_time
    ,duration_seconds
    ,is_active
    ,num_cpus
    ,memory_gb
    ,num_gpus
    ,num_nodes
    ,time_limit
    ,scheduler_config_id
    ,compute_node_type
    ,scheduler
    ,sample_count
    ,peak_cpu_percent
    ,avg_cpu_percent
    ,peak_memory_bytes
    ,avg_memory_bytes
FROM compute_node WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes[hostname]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:400 query
SELECT
    id
    ,workflow_id
    ,hostname
    ,pid
    ,start_time
    ,duration_seconds
    ,is_active
    ,num_cpus
    ,memory_gb
    ,num_gpus
    ,num_nodes
    ,time_limit
    ,scheduler_config_id
    ,compute_node_type
    ,scheduler
    ,sample_count
    ,peak_cpu_percent
    ,avg_cpu_percent
    ,peak_memory_bytes
    ,avg_memory_bytes
FROM compute_node WHERE workflow_id = ? AND hostname = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes[is_active]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:400 query
SELECT
    id
    ,workflow_id
    ,hostname
    ,pid
    ,start_time
    ,duration_seconds
    ,is_active
    ,num_cpus
    ,memory_gb
    ,num_gpus
    ,num_nodes
    ,time_limit
    ,scheduler_config_id
    ,compute_node_type
    ,scheduler
    ,sample_count
    ,peak_cpu_percent
    ,avg_cpu_percent
    ,peak_memory_bytes
    ,avg_memory_bytes
FROM compute_node WHERE workflow_id = ? AND is_active = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes[scheduled_compute_node_id]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:400 query
SELECT
    id
    ,workflow_id
    ,hostname
    ,pid
    ,start_time
    ,duration_seconds
    ,is_active
    ,num_cpus
    ,memory_gb
    ,num_gpus
    ,num_nodes
    ,time_limit
    ,scheduler_config_id
    ,compute_node_type
    ,scheduler
    ,sample_count
    ,peak_cpu_percent
    ,avg_cpu_percent
    ,peak_memory_bytes
    ,avg_memory_bytes
FROM compute_node WHERE workflow_id = ? AND json_extract(scheduler, '$.scheduler_id') = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes#2
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:463 query
SELECT COUNT(*) as total FROM compute_node WHERE workflow_id = ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes#2[hostname]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:463 query
SELECT COUNT(*) as total FROM compute_node WHERE workflow_id = ? AND hostname = ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes#2[is_active]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:463 query
SELECT COUNT(*) as total FROM compute_node WHERE workflow_id = ? AND is_active = ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes#2[scheduled_compute_node_id]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:463 query
SELECT COUNT(*) as total FROM compute_node WHERE workflow_id = ? AND json_extract(scheduler, '$.scheduler_id') = ?;

-- name: src/server/api/compute_nodes.rs:update_compute_node
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:535 query
-- write
UPDATE compute_node
SET
    workflow_id = COALESCE($1, workflow_id)
    ,hostname = COALESCE($2, hostname)
    ,pid = COALESCE($3, pid)
    ,start_time = COALESCE($4, start_time)
    ,duration_seconds = COALESCE($5, duration_seconds)
    ,is_active = COALESCE($6, is_active)
    ,num_cpus = COALESCE($7, num_cpus)
    ,memory_gb = COALESCE($8, memory_gb)
    ,num_gpus = COALESCE($9, num_gpus)
    ,num_nodes = COALESCE($10, num_nodes)
    ,time_limit = COALESCE($11, time_limit)
    ,scheduler_config_id = COALESCE($12, scheduler_config_id)
    ,compute_node_type = COALESCE($13, compute_node_type)
    ,scheduler = COALESCE($14, scheduler)
    ,sample_count = COALESCE($15, sample_count)
    ,peak_cpu_percent = COALESCE($16, peak_cpu_percent)
    ,avg_cpu_percent = COALESCE($17, avg_cpu_percent)
    ,peak_memory_bytes = COALESCE($18, peak_memory_bytes)
    ,avg_memory_bytes = COALESCE($19, avg_memory_bytes)
WHERE id = $20;

-- name: src/server/api/compute_nodes.rs:delete_compute_node
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:637 query
-- write
DELETE FROM compute_node WHERE id = $1;

-- name: src/server/api/events.rs:create_event
-- group: events
-- source: src/server/api/events.rs:99 query
-- write
INSERT INTO event
(
    workflow_id,
    timestamp,
    data
)
VALUES ($1, $2, $3)
RETURNING id;

-- name: src/server/api/events.rs:get_event
-- group: events
-- source: src/server/api/events.rs:136 query
SELECT id, workflow_id, timestamp, data
FROM event
WHERE id = $1;

-- name: src/server/api/events.rs:list_events
-- group: events
-- source: src/server/api/events.rs:246 query
SELECT id, workflow_id, timestamp, data FROM event WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/events.rs:list_events[after_timestamp]
-- group: events
-- source: src/server/api/events.rs:246 query
SELECT id, workflow_id, timestamp, data FROM event WHERE workflow_id = ? AND timestamp > ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/events.rs:list_events#2
-- group: events
-- source: src/server/api/events.rs:286 query
SELECT COUNT(*) as total FROM event WHERE workflow_id = ?;

-- name: src/server/api/events.rs:list_events#2[after_timestamp]
-- group: events
-- source: src/server/api/events.rs:286 query
SELECT COUNT(*) as total FROM event WHERE workflow_id = ? AND timestamp > ?;

-- name: src/server/api/events.rs:update_event
-- group: events
-- source: src/server/api/events.rs:355 query
-- write
UPDATE event
SET data = $1
WHERE id = $2;

-- name: src/server/api/events.rs:delete_event
-- group: events
-- source: src/server/api/events.rs:412 query!
-- write
DELETE FROM event WHERE id = $1;

-- name: src/server/api/failure_handlers.rs:create_failure_handler
-- group: failure_handlers
-- source: src/server/api/failure_handlers.rs:80 query!
-- write
INSERT INTO failure_handler (workflow_id, name, rules)
VALUES ($1, $2, $3)
RETURNING id;

-- name: src/server/api/failure_handlers.rs:get_failure_handler
-- group: failure_handlers
-- source: src/server/api/failure_handlers.rs:121 query!
SELECT id, workflow_id, name, rules
FROM failure_handler
WHERE id = $1;

-- name: src/server/api/failure_handlers.rs:list_failure_handlers
-- group: failure_handlers
-- source: src/server/api/failure_handlers.rs:179 query!
SELECT id, workflow_id, name, rules
FROM failure_handler
WHERE workflow_id = $1
ORDER BY id
LIMIT $2 OFFSET $3;

-- name: src/server/api/failure_handlers.rs:list_failure_handlers#2
-- group: failure_handlers
-- source: src/server/api/failure_handlers.rs:216 query!
SELECT COUNT(*) as total FROM failure_handler WHERE workflow_id = $1;

-- name: src/server/api/failure_handlers.rs:delete_failure_handler
-- group: failure_handlers
-- source: src/server/api/failure_handlers.rs:258 query!
-- write
DELETE FROM failure_handler WHERE id = $1;

-- name: src/server/api/files.rs:create_file
-- group: files
-- source: src/server/api/files.rs:104 query!
-- write
INSERT INTO file
(
    workflow_id,
    name,
    path,
    st_mtime
)
VALUES ($1, $2, $3, $4)
RETURNING rowid;

-- name: src/server/api/files.rs:delete_files
-- group: files
-- source: src/server/api/files.rs:147 query!
-- write
DELETE FROM file WHERE workflow_id = $1;

-- name: src/server/api/files.rs:get_file
-- group: files
-- source: src/server/api/files.rs:176 query!
SELECT id, workflow_id, name, path, st_mtime FROM file WHERE id = $1;

-- name: src/server/api/files.rs:list_files[needs_join]
-- group: files
-- source: src/server/api/files.rs:320 query
SELECT
    DISTINCT f.id
    ,f.workflow_id
    ,f.name
    ,f.path
    ,f.st_mtime
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ? ORDER BY f.id ASC LIMIT ?;

-- name: src/server/api/files.rs:list_files[needs_join, produced_by_job_id]
-- group: files
-- source: src/server/api/files.rs:320 query
SELECT
    DISTINCT f.id
    ,f.workflow_id
    ,f.name
    ,f.path
    ,f.st_mtime
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ? AND jof.job_id = ? ORDER BY f.id ASC LIMIT ?;

-- name: src/server/api/files.rs:list_files[needs_join, name]
-- group: files
-- source: src/server/api/files.rs:320 query
SELECT
    DISTINCT f.id
    ,f.workflow_id
    ,f.name
    ,f.path
    ,f.st_mtime
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ? AND f.name = ? ORDER BY f.id ASC LIMIT ?;

-- name: src/server/api/files.rs:list_files[needs_join, path]
-- group: files
-- source: src/server/api/files.rs:320 query
SELECT
    DISTINCT f.id
    ,f.workflow_id
    ,f.name
    ,f.path
    ,f.st_mtime
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ? AND f.path = ? ORDER BY f.id ASC LIMIT ?;

-- name: src/server/api/files.rs:list_files[not needs_join]
-- group: files
-- source: src/server/api/files.rs:320 query
SELECT id, workflow_id, name, path, st_mtime FROM file WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/files.rs:list_files[not needs_join, name]
-- group: files
-- source: src/server/api/files.rs:320 query
SELECT id, workflow_id, name, path, st_mtime FROM file WHERE workflow_id = ? AND name = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/files.rs:list_files[not needs_join, path]
-- group: files
-- source: src/server/api/files.rs:320 query
SELECT id, workflow_id, name, path, st_mtime FROM file WHERE workflow_id = ? AND path = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/files.rs:list_files#2[needs_join]
-- group: files
-- source: src/server/api/files.rs:367 query
SELECT
    COUNT(DISTINCT f.id) as total
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ?;

-- name: src/server/api/files.rs:list_files#2[needs_join, produced_by_job_id]
-- group: files
-- source: src/server/api/files.rs:367 query
SELECT
    COUNT(DISTINCT f.id) as total
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ? AND jof.job_id = ?;

-- name: src/server/api/files.rs:list_files#2[needs_join, name]
-- group: files
-- source: src/server/api/files.rs:367 query
SELECT
    COUNT(DISTINCT f.id) as total
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ? AND f.name = ?;

-- name: src/server/api/files.rs:list_files#2[needs_join, path]
-- group: files
-- source: src/server/api/files.rs:367 query
SELECT
    COUNT(DISTINCT f.id) as total
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ? AND f.path = ?;

-- name: src/server/api/files.rs:list_files#2[not needs_join]
-- group: files
-- source: src/server/api/files.rs:367 query
SELECT COUNT(*) as total FROM file WHERE workflow_id = ?;

-- name: src/server/api/files.rs:list_files#2[not needs_join, name]
-- group: files
-- source: src/server/api/files.rs:367 query
SELECT COUNT(*) as total FROM file WHERE workflow_id = ? AND name = ?;

-- name: src/server/api/files.rs:list_files#2[not needs_join, path]
-- group: files
-- source: src/server/api/files.rs:367 query
SELECT COUNT(*) as total FROM file WHERE workflow_id = ? AND path = ?;

-- name: src/server/api/files.rs:update_file
-- group: files
-- source: src/server/api/files.rs:478 query!
-- write
UPDATE file
SET
    workflow_id = COALESCE($1, workflow_id),
    name = COALESCE($2, name),
    path = COALESCE($3, path),
    st_mtime = $4
WHERE id = $5;

-- name: src/server/api/files.rs:delete_file
-- group: files
-- source: src/server/api/files.rs:542 query!
-- write
DELETE FROM file WHERE id = $1;

-- name: src/server/api/files.rs:find_user_required_files
-- group: files
-- source: src/server/api/files.rs:576 query!
SELECT DISTINCT jif.file_id
FROM job_input_file jif
INNER JOIN job j ON jif.job_id = j.id
WHERE j.workflow_id = $1
AND jif.file_id NOT IN (
    SELECT jof.file_id
    FROM job_output_file jof
);

-- name: src/server/api/files.rs:find_job_produced_files
-- group: files
-- source: src/server/api/files.rs:604 query!
SELECT DISTINCT jof.file_id
FROM job_output_file jof
INNER JOIN job j ON jof.job_id = j.id
WHERE j.workflow_id = $1
AND j.status = $2;

-- name: src/server/api/jobs.rs:fetch_workflow_env
-- group: jobs
-- source: src/server/api/jobs.rs:184 query_scalar
SELECT env FROM workflow WHERE id = ?;

-- name: src/server/api/jobs.rs:add_job_file_association[table_name job_input_file]
-- group: jobs
-- source: src/server/api/jobs.rs:225 query
-- write
INSERT INTO job_input_file (job_id, file_id, workflow_id) VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:add_job_file_association[table_name job_output_file]
-- group: jobs
-- source: src/server/api/jobs.rs:225 query
-- write
INSERT INTO job_output_file (job_id, file_id, workflow_id) VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:add_job_user_data_association[table_name job_input_user_data]
-- group: jobs
-- source: src/server/api/jobs.rs:256 query
-- write
INSERT INTO job_input_user_data (job_id, user_data_id) VALUES ($1, $2);

-- name: src/server/api/jobs.rs:add_job_user_data_association[table_name job_output_user_data]
-- group: jobs
-- source: src/server/api/jobs.rs:256 query
-- write
INSERT INTO job_output_user_data (job_id, user_data_id) VALUES ($1, $2);

-- name: src/server/api/jobs.rs:add_depends_on_association
-- group: jobs
-- source: src/server/api/jobs.rs:281 query!
-- write
INSERT INTO job_depends_on (job_id, depends_on_job_id, workflow_id)
VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:get_job_with_relationships
-- group: jobs
-- source: src/server/api/jobs.rs:304 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script,
       env,
       status, cancel_on_blocking_job_failure, supports_termination, scheduler_id,
       failure_handler_id, attempt_id, priority
FROM job
WHERE id = ?;

-- name: src/server/api/jobs.rs:get_job_with_relationships#2
-- group: jobs
-- source: src/server/api/jobs.rs:341 query!
SELECT depends_on_job_id FROM job_depends_on WHERE job_id = $1 ORDER BY depends_on_job_id;

-- name: src/server/api/jobs.rs:get_job_with_relationships#3
-- group: jobs
-- source: src/server/api/jobs.rs:363 query!
SELECT file_id FROM job_input_file WHERE job_id = $1 ORDER BY file_id;

-- name: src/server/api/jobs.rs:get_job_with_relationships#4
-- group: jobs
-- source: src/server/api/jobs.rs:385 query!
SELECT file_id FROM job_output_file WHERE job_id = $1 ORDER BY file_id;

-- name: src/server/api/jobs.rs:get_job_with_relationships#5
-- group: jobs
-- source: src/server/api/jobs.rs:407 query!
SELECT user_data_id FROM job_input_user_data WHERE job_id = $1 ORDER BY user_data_id;

-- name: src/server/api/jobs.rs:get_job_with_relationships#6
-- group: jobs
-- source: src/server/api/jobs.rs:434 query!
SELECT user_data_id FROM job_output_user_data WHERE job_id = $1 ORDER BY user_data_id;

-- name: src/server/api/jobs.rs:reset_failed_jobs_only
-- group: jobs
-- source: src/server/api/jobs.rs:504 query!
SELECT id, status
FROM job
WHERE workflow_id = $1
  AND status IN ($2, $3, $4, $5);

-- name: src/server/api/jobs.rs:reset_failed_jobs_only#2
-- group: jobs
-- source: src/server/api/jobs.rs:546 query!
-- write
UPDATE job SET status = $1 WHERE id = $2;

-- name: src/server/api/jobs.rs:reset_failed_jobs_only#3
-- group: jobs
-- source: src/server/api/jobs.rs:559 query!
-- write
UPDATE job_internal SET active_compute_node_id = NULL WHERE job_id = ?;

-- name: src/server/api/jobs.rs:update_jobs_from_completion_reversal
-- group: jobs
-- source: src/server/api/jobs.rs:633 query!
SELECT workflow_id FROM job WHERE id = ?;

-- name: src/server/api/jobs.rs:update_jobs_from_completion_reversal#2
-- group: jobs
-- source: src/server/api/jobs.rs:650 query!
WITH RECURSIVE downstream_jobs(job_id, level) AS (
    -- Base case: find jobs directly blocked by the given job
    SELECT
        jbb.job_id,
        0 as level
    FROM job_depends_on jbb
    WHERE jbb.depends_on_job_id = ?
      AND jbb.workflow_id = ?

    UNION ALL

    -- Recursive case: find jobs blocked by any downstream job
    SELECT
        jbb.job_id,
        dj.level + 1 as level
    FROM downstream_jobs dj
    JOIN job_depends_on jbb ON jbb.depends_on_job_id = dj.job_id
    WHERE jbb.workflow_id = ?
      AND dj.level < 100  -- Prevent infinite loops
)
UPDATE job
SET status = ?
WHERE workflow_id = ?
  AND id IN (SELECT DISTINCT job_id FROM downstream_jobs);

-- name: src/server/api/jobs.rs:compute_job_input_hash
-- group: jobs
-- source: src/server/api/jobs.rs:741 query!
SELECT id, data as "data: Option<String>"
FROM user_data
WHERE id = $1;

-- name: src/server/api/jobs.rs:store_job_input_hash
-- group: jobs
-- source: src/server/api/jobs.rs:812 query!
-- write
INSERT INTO job_internal (job_id, input_hash)
VALUES ($1, $2)
ON CONFLICT(job_id) DO UPDATE SET input_hash = excluded.input_hash;

-- name: src/server/api/jobs.rs:compute_and_store_all_input_hashes
-- group: jobs
-- source: src/server/api/jobs.rs:847 query
SELECT id, command, invocation_script, env
FROM job
WHERE workflow_id = ?
ORDER BY id;

-- name: src/server/api/jobs.rs:compute_and_store_all_input_hashes#2
-- group: jobs
-- source: src/server/api/jobs.rs:870 query!
SELECT job_id, depends_on_job_id
FROM job_depends_on
WHERE workflow_id = $1
ORDER BY job_id, depends_on_job_id;

-- name: src/server/api/jobs.rs:compute_and_store_all_input_hashes#3
-- group: jobs
-- source: src/server/api/jobs.rs:884 query!
SELECT jif.job_id, jif.file_id
FROM job_input_file jif
JOIN job j ON j.id = jif.job_id
WHERE j.workflow_id = $1
ORDER BY jif.job_id, jif.file_id;

-- name: src/server/api/jobs.rs:compute_and_store_all_input_hashes#4
-- group: jobs
-- source: src/server/api/jobs.rs:899 query!
SELECT jof.job_id, jof.file_id
FROM job_output_file jof
JOIN job j ON j.id = jof.job_id
WHERE j.workflow_id = $1
ORDER BY jof.job_id, jof.file_id;

-- name: src/server/api/jobs.rs:compute_and_store_all_input_hashes#5
-- group: jobs
-- source: src/server/api/jobs.rs:914 query!
SELECT jiud.job_id, jiud.user_data_id
FROM job_input_user_data jiud
JOIN job j ON j.id = jiud.job_id
WHERE j.workflow_id = $1
ORDER BY jiud.job_id, jiud.user_data_id;

-- name: src/server/api/jobs.rs:compute_and_store_all_input_hashes#6
-- group: jobs
-- source: src/server/api/jobs.rs:929 query!
SELECT joud.job_id, joud.user_data_id
FROM job_output_user_data joud
JOIN job j ON j.id = joud.job_id
WHERE j.workflow_id = $1
ORDER BY joud.job_id, joud.user_data_id;

-- name: src/server/api/jobs.rs:compute_and_store_all_input_hashes#7
-- group: jobs
-- source: src/server/api/jobs.rs:1004 query
SELECT id, data FROM user_data WHERE id IN (?);

-- name: src/server/api/jobs.rs:compute_and_store_all_input_hashes#8[each i.0.chunk]
-- group: jobs
-- source: src/server/api/jobs.rs:1100 query
-- write
INSERT INTO job_internal (job_id, input_hash) VALUES (?, ?) ON CONFLICT(job_id) DO UPDATE SET input_hash = excluded.input_hash;

-- name: src/server/api/jobs.rs:get_stored_job_input_hash
-- group: jobs
-- source: src/server/api/jobs.rs:1126 query!
SELECT input_hash
FROM job_internal
WHERE job_id = $1;

-- name: src/server/api/jobs.rs:create_job
-- group: jobs
-- source: src/server/api/jobs.rs:1224 query
-- write
INSERT INTO job
(
    workflow_id,
    name,
    command,
    cancel_on_blocking_job_failure,
    supports_termination,
    resource_requirements_id,
    invocation_script,
    env,
    status,
    scheduler_id,
    failure_handler_id,
    priority
)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id;

-- name: src/server/api/jobs.rs:create_jobs
-- group: jobs
-- source: src/server/api/jobs.rs:1467 query
-- write
INSERT INTO job
(
    workflow_id,
    name,
    command,
    cancel_on_blocking_job_failure,
    supports_termination,
    resource_requirements_id,
    invocation_script,
    env,
    status,
    scheduler_id,
    failure_handler_id,
    priority
)
VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
RETURNING id;

-- name: src/server/api/jobs.rs:create_jobs#2
-- group: jobs
-- source: src/server/api/jobs.rs:1519 query!
-- write
INSERT INTO job_depends_on (job_id, depends_on_job_id, workflow_id)
VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:create_jobs#3
-- group: jobs
-- source: src/server/api/jobs.rs:1543 query!
-- write
INSERT INTO job_input_file (job_id, file_id, workflow_id)
VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:create_jobs#4
-- group: jobs
-- source: src/server/api/jobs.rs:1567 query!
-- write
INSERT INTO job_output_file (job_id, file_id, workflow_id)
VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:create_jobs#5
-- group: jobs
-- source: src/server/api/jobs.rs:1591 query!
-- write
INSERT INTO job_input_user_data (job_id, user_data_id)
VALUES ($1, $2);

-- name: src/server/api/jobs.rs:create_jobs#6
-- group: jobs
-- source: src/server/api/jobs.rs:1614 query!
-- write
INSERT INTO job_output_user_data (job_id, user_data_id)
VALUES ($1, $2);

-- name: src/server/api/jobs.rs:delete_jobs
-- group: jobs
-- source: src/server/api/jobs.rs:1667 query!
-- write
DELETE FROM job WHERE workflow_id = $1;

-- name: src/server/api/jobs.rs:list_job_ids
-- group: jobs
-- source: src/server/api/jobs.rs:1730 query!
SELECT id
FROM job
WHERE workflow_id = $1
ORDER BY id;

-- name: src/server/api/jobs.rs:list_jobs
-- group: jobs
-- source: src/server/api/jobs.rs:1852 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script, env, status, cancel_on_blocking_job_failure, supports_termination, scheduler_id, failure_handler_id, attempt_id, priority FROM job WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/jobs.rs:list_jobs[status]
-- group: jobs
-- source: src/server/api/jobs.rs:1852 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script, env, status, cancel_on_blocking_job_failure, supports_termination, scheduler_id, failure_handler_id, attempt_id, priority FROM job WHERE workflow_id = ? AND status = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/jobs.rs:list_jobs[needs_file_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1852 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script, env, status, cancel_on_blocking_job_failure, supports_termination, scheduler_id, failure_handler_id, attempt_id, priority FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_input_file WHERE file_id = ?) ORDER BY id ASC LIMIT ?;

-- name: src/server/api/jobs.rs:list_jobs[upstream_job_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1852 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script, env, status, cancel_on_blocking_job_failure, supports_termination, scheduler_id, failure_handler_id, attempt_id, priority FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_depends_on WHERE depends_on_job_id = ?) ORDER BY id ASC LIMIT ?;

-- name: src/server/api/jobs.rs:list_jobs[active_compute_node_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1852 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script, env, status, cancel_on_blocking_job_failure, supports_termination, scheduler_id, failure_handler_id, attempt_id, priority FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_internal WHERE active_compute_node_id = ?) ORDER BY id ASC LIMIT ?;

-- name: src/server/api/jobs.rs:list_jobs#2
-- group: jobs
-- source: src/server/api/jobs.rs:1944 query
SELECT COUNT(*) as total FROM job WHERE workflow_id = ?;

-- name: src/server/api/jobs.rs:list_jobs#2[status]
-- group: jobs
-- source: src/server/api/jobs.rs:1944 query
SELECT COUNT(*) as total FROM job WHERE workflow_id = ? AND status = ?;

-- name: src/server/api/jobs.rs:list_jobs#2[needs_file_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1944 query
SELECT COUNT(*) as total FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_input_file WHERE file_id = ?);

-- name: src/server/api/jobs.rs:list_jobs#2[upstream_job_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1944 query
SELECT COUNT(*) as total FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_depends_on WHERE depends_on_job_id = ?);

-- name: src/server/api/jobs.rs:list_jobs#2[active_compute_node_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1944 query
SELECT COUNT(*) as total FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_internal WHERE active_compute_node_id = ?);

-- name: src/server/api/jobs.rs:update_job
-- group: jobs
-- source: src/server/api/jobs.rs:2254 query
-- write
UPDATE job
SET
    name = COALESCE(?, name)
    ,status = COALESCE(?, status)
    ,command = COALESCE(?, command)
    ,invocation_script = COALESCE(?, invocation_script)
    ,cancel_on_blocking_job_failure = COALESCE(?, cancel_on_blocking_job_failure)
    ,supports_termination = COALESCE(?, supports_termination)
    ,resource_requirements_id = COALESCE(?, resource_requirements_id)
    ,scheduler_id = COALESCE(?, scheduler_id)
    ,priority = COALESCE(?, priority)
WHERE id = ?;

-- name: src/server/api/jobs.rs:update_job#2
-- group: jobs
-- source: src/server/api/jobs.rs:2305 query!
-- write
DELETE FROM job_depends_on WHERE job_id = $1;

-- name: src/server/api/jobs.rs:update_job#3
-- group: jobs
-- source: src/server/api/jobs.rs:2319 query!
-- write
INSERT INTO job_depends_on (job_id, depends_on_job_id, workflow_id) VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:update_job_status
-- group: jobs
-- source: src/server/api/jobs.rs:2367 query!
-- write
UPDATE job
SET status = $1
WHERE id = $2;

-- name: src/server/api/jobs.rs:claim_next_jobs
-- group: jobs
-- source: src/server/api/jobs.rs:2420 query
SELECT is_canceled FROM workflow_status WHERE workflow_id = $1;

-- name: src/server/api/jobs.rs:claim_next_jobs#3
-- group: jobs
-- source: src/server/api/jobs.rs:2469 query
SELECT
    id as job_id,
    workflow_id,
    name,
    command,
    invocation_script,
    env,
    status,
    cancel_on_blocking_job_failure,
    supports_termination,
    resource_requirements_id,
    failure_handler_id,
    attempt_id,
    priority
FROM job
WHERE workflow_id = $1 AND status = $2
ORDER BY priority DESC, id ASC
LIMIT $3;

-- name: src/server/api/jobs.rs:claim_next_jobs#5
-- group: jobs
-- source: src/server/api/jobs.rs:2527 query
SELECT job_id, file_id FROM job_output_file WHERE workflow_id = $1;

-- name: src/server/api/jobs.rs:claim_next_jobs#7
-- group: jobs
-- source: src/server/api/jobs.rs:2550 query
SELECT job_id, user_data_id FROM job_output_user_data WHERE job_id IN (SELECT id FROM job WHERE workflow_id = $1);

-- name: src/server/api/jobs.rs:claim_next_jobs#9
-- group: jobs
-- source: src/server/api/jobs.rs:2595 query
-- write
UPDATE job SET status = ? WHERE id IN (?);

-- name: src/server/api/jobs.rs:process_changed_job_inputs
-- group: jobs
-- source: src/server/api/jobs.rs:2640 query!
SELECT id, name
FROM job
WHERE workflow_id = $1
ORDER BY id;

-- name: src/server/api/jobs.rs:process_changed_job_inputs#2
-- group: jobs
-- source: src/server/api/jobs.rs:2717 query!
-- write
UPDATE job
SET status = $1
WHERE id = $2;

-- name: src/server/api/jobs.rs:delete_job
-- group: jobs
-- source: src/server/api/jobs.rs:2799 query!
-- write
DELETE FROM job WHERE id = $1;

-- name: src/server/api/jobs.rs:reset_job_status
-- group: jobs
-- source: src/server/api/jobs.rs:2849 query!
-- write
UPDATE job
SET status = $1
WHERE workflow_id = $2 AND status != $1;

-- name: src/server/api/jobs.rs:reset_job_status#2
-- group: jobs
-- source: src/server/api/jobs.rs:2870 query!
-- write
UPDATE job_internal SET active_compute_node_id = NULL WHERE job_id IN (SELECT id FROM job WHERE workflow_id = ?);

-- name: src/server/api/jobs.rs:retry_job#2
-- group: jobs
-- source: src/server/api/jobs.rs:2939 query
SELECT j.id, j.workflow_id, j.name, j.command, j.status, j.failure_handler_id, j.attempt_id,
       j.invocation_script, j.env, j.cancel_on_blocking_job_failure, j.supports_termination,
       j.resource_requirements_id, j.scheduler_id, j.priority,
       ws.run_id as workflow_run_id
FROM job j
JOIN workflow w ON j.workflow_id = w.id
JOIN workflow_status ws ON w.status_id = ws.id
WHERE j.id = ?;

-- name: src/server/api/jobs.rs:retry_job#9
-- group: jobs
-- source: src/server/api/jobs.rs:3049 query
-- write
UPDATE job
SET status = ?, attempt_id = ?
WHERE id = ?;

-- name: src/server/api/jobs.rs:retry_job#11
-- group: jobs
-- source: src/server/api/jobs.rs:3081 query
-- write
INSERT INTO event (workflow_id, timestamp, data)
VALUES ($1, $2, $3);

-- name: src/server/api/remote_workers.rs:create_remote_workers
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:74 query!
SELECT id FROM workflow WHERE id = $1;

-- name: src/server/api/remote_workers.rs:create_remote_workers#2
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:98 query!
-- write
INSERT OR IGNORE INTO remote_worker (worker, workflow_id)
VALUES ($1, $2);

-- name: src/server/api/remote_workers.rs:list_remote_workers
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:144 query!
SELECT id FROM workflow WHERE id = $1;

-- name: src/server/api/remote_workers.rs:list_remote_workers#2
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:166 query
SELECT worker, workflow_id FROM remote_worker WHERE workflow_id = ? ORDER BY worker;

-- name: src/server/api/remote_workers.rs:delete_remote_worker
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:212 query!
SELECT id FROM workflow WHERE id = $1;

-- name: src/server/api/remote_workers.rs:delete_remote_worker#2
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:234 query!
-- write
DELETE FROM remote_worker WHERE workflow_id = $1 AND worker = $2;

-- name: src/server/api/resource_requirements.rs:create_resource_requirements
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:177 query!
-- write
INSERT INTO resource_requirements
(
    workflow_id
    ,name
    ,num_cpus
    ,num_gpus
    ,num_nodes
    ,memory
    ,runtime
    ,memory_bytes
    ,runtime_s
)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
RETURNING rowid;

-- name: src/server/api/resource_requirements.rs:delete_all_resource_requirements
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:231 query!
-- write
DELETE FROM resource_requirements WHERE workflow_id = $1;

-- name: src/server/api/resource_requirements.rs:get_resource_requirements
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:273 query!
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime
FROM resource_requirements
WHERE id = $1;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:416 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[name]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:416 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND name = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[memory]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:416 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND memory = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[num_cpus]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:416 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND num_cpus = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[num_gpus]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:416 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND num_gpus = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[num_nodes]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:416 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND num_nodes = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[runtime]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:416 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND runtime_s = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:480 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[name]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:480 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND name = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[memory]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:480 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND memory = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[num_cpus]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:480 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND num_cpus = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[num_gpus]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:480 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND num_gpus = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[num_nodes]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:480 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND num_nodes = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[runtime]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:480 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND runtime_s = ?;

-- name: src/server/api/resource_requirements.rs:update_resource_requirements
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:635 query!
-- write
UPDATE resource_requirements
SET workflow_id = $1,
    name = $2,
    num_cpus = $3,
    num_gpus = $4,
    num_nodes = $5,
    memory = $6,
    runtime = $7,
    memory_bytes = $8,
    runtime_s = $9
WHERE id = $10;

-- name: src/server/api/resource_requirements.rs:delete_resource_requirements
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:713 query!
-- write
DELETE FROM resource_requirements WHERE id = $1;

-- name: src/server/api/results.rs:create_result
-- group: results
-- source: src/server/api/results.rs:120 query!
-- write
INSERT INTO result
(
    job_id
    ,workflow_id
    ,run_id
    ,attempt_id
    ,compute_node_id
    ,return_code
    ,exec_time_minutes
    ,completion_time
    ,status
    ,peak_memory_bytes
    ,avg_memory_bytes
    ,peak_cpu_percent
    ,avg_cpu_percent
)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
RETURNING rowid;

-- name: src/server/api/results.rs:create_result#2
-- group: results
-- source: src/server/api/results.rs:170 query!
-- write
INSERT OR REPLACE INTO workflow_result (workflow_id, job_id, result_id)
VALUES (?, ?, ?);

-- name: src/server/api/results.rs:delete_results
-- group: results
-- source: src/server/api/results.rs:211 query!
-- write
DELETE FROM result WHERE workflow_id = $1;

-- name: src/server/api/results.rs:get_result
-- group: results
-- source: src/server/api/results.rs:243 query!
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status,
       peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent
FROM result
WHERE id = $1;

-- name: src/server/api/results.rs:list_results[show_all_results]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[show_all_results, job_id]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? AND job_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[show_all_results, run_id]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? AND run_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[show_all_results, return_code]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? AND return_code = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[show_all_results, status]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? AND status = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[show_all_results, compute_node_id]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? AND compute_node_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results, job_id]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.job_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results, run_id]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.run_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results, return_code]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.return_code = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results, status]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.status = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results, compute_node_id]
-- group: results
-- source: src/server/api/results.rs:409 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.compute_node_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results, job_id]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ? AND job_id = ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results, run_id]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ? AND run_id = ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results, return_code]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ? AND return_code = ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results, status]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ? AND status = ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results, compute_node_id]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ? AND compute_node_id = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results, job_id]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.job_id = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results, run_id]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.run_id = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results, return_code]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.return_code = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results, status]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.status = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results, compute_node_id]
-- group: results
-- source: src/server/api/results.rs:476 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.compute_node_id = ?;

-- name: src/server/api/results.rs:update_result
-- group: results
-- source: src/server/api/results.rs:554 query!
-- write
UPDATE result
SET
    job_id = COALESCE($1, job_id)
    ,workflow_id = COALESCE($2, workflow_id)
    ,run_id = COALESCE($3, run_id)
    ,return_code = COALESCE($4, return_code)
    ,exec_time_minutes = COALESCE($5, exec_time_minutes)
    ,completion_time = COALESCE($6, completion_time)
    ,status = COALESCE($7, status)
WHERE id = $8;

-- name: src/server/api/results.rs:delete_result
-- group: results
-- source: src/server/api/results.rs:624 query!
-- write
DELETE FROM result WHERE id = $1;

-- name: src/server/api/ro_crate.rs:create_entities_for_input_files
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:111 query_scalar!
SELECT run_id FROM workflow_status WHERE id = $1;

-- name: src/server/api/ro_crate.rs:create_entities_for_input_files#2
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:121 query!
SELECT id, workflow_id, name, path, st_mtime
FROM file
WHERE workflow_id = $1 AND st_mtime IS NOT NULL;

-- name: src/server/api/ro_crate.rs:create_entities_for_input_files#3
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:142 query!
SELECT id, file_id FROM ro_crate_entity WHERE workflow_id = $1 AND file_id IS NOT NULL;

-- name: src/server/api/ro_crate.rs:create_entities_for_input_files#4
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:196 query!
-- write
UPDATE ro_crate_entity SET metadata = $1 WHERE id = $2;

-- name: src/server/api/ro_crate.rs:create_entities_for_input_files#5
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:206 query!
-- write
INSERT INTO ro_crate_entity (workflow_id, file_id, entity_id, entity_type, metadata)
VALUES ($1, $2, $3, $4, $5);

-- name: src/server/api/ro_crate.rs:create_server_software_entity
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:255 query_scalar!
SELECT run_id FROM workflow_status WHERE id = $1;

-- name: src/server/api/ro_crate.rs:create_server_software_entity#2
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:267 query_scalar!
SELECT COUNT(*) FROM ro_crate_entity WHERE workflow_id = $1 AND entity_id = $2;

-- name: src/server/api/ro_crate.rs:create_server_software_entity#3
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:303 query!
-- write
INSERT INTO ro_crate_entity (workflow_id, file_id, entity_id, entity_type, metadata)
VALUES ($1, NULL, $2, $3, $4);

-- name: src/server/api/ro_crate.rs:create_ro_crate_entity
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:350 query!
-- write
INSERT INTO ro_crate_entity (workflow_id, file_id, entity_id, entity_type, metadata)
VALUES ($1, $2, $3, $4, $5)
RETURNING id;

-- name: src/server/api/ro_crate.rs:get_ro_crate_entity
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:393 query!
SELECT id, workflow_id, file_id, entity_id, entity_type, metadata
FROM ro_crate_entity
WHERE id = $1;

-- name: src/server/api/ro_crate.rs:list_ro_crate_entities
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:479 query
SELECT id, workflow_id, file_id, entity_id, entity_type, metadata FROM ro_crate_entity WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/ro_crate.rs:list_ro_crate_entities#2
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:508 query!
SELECT COUNT(*) as total FROM ro_crate_entity WHERE workflow_id = $1;

-- name: src/server/api/ro_crate.rs:update_ro_crate_entity
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:551 query!
-- write
UPDATE ro_crate_entity
SET file_id = $1, entity_id = $2, entity_type = $3, metadata = $4
WHERE id = $5;

-- name: src/server/api/ro_crate.rs:delete_ro_crate_entity
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:601 query!
-- write
DELETE FROM ro_crate_entity WHERE id = $1;

-- name: src/server/api/ro_crate.rs:delete_ro_crate_entities
-- group: ro_crate
-- source: src/server/api/ro_crate.rs:641 query!
-- write
DELETE FROM ro_crate_entity WHERE workflow_id = $1;

-- name: src/server/api/schedulers.rs:create_local_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:230 query!
-- write
INSERT INTO local_scheduler
(
    workflow_id
    ,memory
    ,num_cpus
)
VALUES ($1, $2, $3)
RETURNING rowid;

-- name: src/server/api/schedulers.rs:create_scheduled_compute_node
-- group: schedulers
-- source: src/server/api/schedulers.rs:271 query!
-- write
INSERT INTO scheduled_compute_node
(
    workflow_id
    ,scheduler_id
    ,scheduler_config_id
    ,scheduler_type
    ,status
)
VALUES ($1, $2, $3, $4, $5)
RETURNING rowid;

-- name: src/server/api/schedulers.rs:create_slurm_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:316 query!
-- write
INSERT INTO slurm_scheduler
(
    workflow_id
    ,name
    ,account
    ,gres
    ,mem
    ,nodes
    ,ntasks_per_node
    ,partition
    ,qos
    ,tmp
    ,walltime
    ,extra
)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
RETURNING rowid;

-- name: src/server/api/schedulers.rs:delete_local_schedulers
-- group: schedulers
-- source: src/server/api/schedulers.rs:374 query!
-- write
DELETE FROM local_scheduler WHERE workflow_id = $1;

-- name: src/server/api/schedulers.rs:delete_scheduled_compute_nodes
-- group: schedulers
-- source: src/server/api/schedulers.rs:416 query!
-- write
DELETE FROM scheduled_compute_node WHERE workflow_id = $1;

-- name: src/server/api/schedulers.rs:delete_slurm_schedulers
-- group: schedulers
-- source: src/server/api/schedulers.rs:458 query!
-- write
DELETE FROM slurm_scheduler WHERE workflow_id = $1;

-- name: src/server/api/schedulers.rs:get_local_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:498 query
SELECT id, workflow_id, memory, num_cpus
FROM local_scheduler
WHERE id = $1;

-- name: src/server/api/schedulers.rs:get_scheduled_compute_node
-- group: schedulers
-- source: src/server/api/schedulers.rs:548 query
SELECT id, workflow_id, scheduler_id, scheduler_config_id, scheduler_type, status
FROM scheduled_compute_node
WHERE id = $1;

-- name: src/server/api/schedulers.rs:get_slurm_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:599 query
SELECT id, workflow_id, name, account, gres, mem, nodes, ntasks_per_node,
       partition, qos, tmp, walltime, extra
FROM slurm_scheduler
WHERE id = $1;

-- name: src/server/api/schedulers.rs:list_local_schedulers
-- group: schedulers
-- source: src/server/api/schedulers.rs:705 query
SELECT id, workflow_id, memory, num_cpus FROM local_scheduler WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_local_schedulers#2
-- group: schedulers
-- source: src/server/api/schedulers.rs:733 query
SELECT COUNT(*) as total FROM local_scheduler WHERE workflow_id = ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes
-- group: schedulers
-- source: src/server/api/schedulers.rs:840 query
SELECT id, workflow_id, scheduler_id, scheduler_config_id, scheduler_type, status FROM scheduled_compute_node WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes[scheduler_id]
-- group: schedulers
-- source: src/server/api/schedulers.rs:840 query
SELECT id, workflow_id, scheduler_id, scheduler_config_id, scheduler_type, status FROM scheduled_compute_node WHERE workflow_id = ? AND scheduler_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes[scheduler_config_id]
-- group: schedulers
-- source: src/server/api/schedulers.rs:840 query
SELECT id, workflow_id, scheduler_id, scheduler_config_id, scheduler_type, status FROM scheduled_compute_node WHERE workflow_id = ? AND scheduler_config_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes[status]
-- group: schedulers
-- source: src/server/api/schedulers.rs:840 query
SELECT id, workflow_id, scheduler_id, scheduler_config_id, scheduler_type, status FROM scheduled_compute_node WHERE workflow_id = ? AND status = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes#2
-- group: schedulers
-- source: src/server/api/schedulers.rs:878 query
SELECT COUNT(*) as total FROM scheduled_compute_node WHERE workflow_id = ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes#2[scheduler_id]
-- group: schedulers
-- source: src/server/api/schedulers.rs:878 query
SELECT COUNT(*) as total FROM scheduled_compute_node WHERE workflow_id = ? AND scheduler_id = ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes#2[scheduler_config_id]
-- group: schedulers
-- source: src/server/api/schedulers.rs:878 query
SELECT COUNT(*) as total FROM scheduled_compute_node WHERE workflow_id = ? AND scheduler_config_id = ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes#2[status]
-- group: schedulers
-- source: src/server/api/schedulers.rs:878 query
SELECT COUNT(*) as total FROM scheduled_compute_node WHERE workflow_id = ? AND status = ?;

-- name: src/server/api/schedulers.rs:list_slurm_schedulers
-- group: schedulers
-- source: src/server/api/schedulers.rs:977 query
SELECT id, workflow_id, name, account, gres, mem, nodes, ntasks_per_node, partition, qos, tmp, walltime, extra FROM slurm_scheduler WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_slurm_schedulers#2
-- group: schedulers
-- source: src/server/api/schedulers.rs:1013 query
SELECT COUNT(*) as total FROM slurm_scheduler WHERE workflow_id = ?;

-- name: src/server/api/schedulers.rs:update_local_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:1076 query
-- write
UPDATE local_scheduler
SET
    workflow_id = COALESCE($1, workflow_id)
    ,memory = COALESCE($2, memory)
    ,num_cpus = COALESCE($3, num_cpus)
WHERE id = $4;

-- name: src/server/api/schedulers.rs:update_scheduled_compute_node
-- group: schedulers
-- source: src/server/api/schedulers.rs:1155 query
-- write
UPDATE scheduled_compute_node
SET
    workflow_id = COALESCE($1, workflow_id)
    ,scheduler_id = COALESCE($2, scheduler_id)
    ,scheduler_config_id = COALESCE($3, scheduler_config_id)
    ,scheduler_type = COALESCE($4, scheduler_type)
    ,status = COALESCE($5, status)
WHERE id = $6;

-- name: src/server/api/schedulers.rs:update_slurm_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:1239 query
-- write
UPDATE slurm_scheduler
SET
    workflow_id = COALESCE($1, workflow_id)
    ,name = COALESCE($2, name)
    ,account = COALESCE($3, account)
    ,gres = COALESCE($4, gres)
    ,mem = COALESCE($5, mem)
    ,nodes = COALESCE($6, nodes)
    ,ntasks_per_node = COALESCE($7, ntasks_per_node)
    ,partition = COALESCE($8, partition)
    ,qos = COALESCE($9, qos)
    ,tmp = COALESCE($10, tmp)
    ,walltime = COALESCE($11, walltime)
    ,extra = COALESCE($12, extra)
WHERE id = $13;

-- name: src/server/api/schedulers.rs:delete_local_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:1334 query
-- write
DELETE FROM local_scheduler WHERE id = $1;

-- name: src/server/api/schedulers.rs:delete_scheduled_compute_node
-- group: schedulers
-- source: src/server/api/schedulers.rs:1390 query
-- write
DELETE FROM scheduled_compute_node WHERE id = $1;

-- name: src/server/api/schedulers.rs:delete_slurm_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:1440 query
-- write
DELETE FROM slurm_scheduler WHERE id = $1;

-- name: src/server/api/slurm_stats.rs:create_slurm_stats
-- group: slurm_stats
-- source: src/server/api/slurm_stats.rs:61 query!
-- write
INSERT INTO slurm_stats
(workflow_id, job_id, run_id, attempt_id,
 slurm_job_id,
 max_rss_bytes, max_vm_size_bytes,
 max_disk_read_bytes, max_disk_write_bytes,
 ave_cpu_seconds, node_list)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
RETURNING rowid;

-- name: src/server/api/slurm_stats.rs:list_slurm_stats
-- group: slurm_stats
-- source: src/server/api/slurm_stats.rs:123 query!
SELECT COUNT(*) as total
FROM slurm_stats
WHERE workflow_id = $1
  AND ($2 IS NULL OR job_id = $2)
  AND ($3 IS NULL OR run_id = $3)
  AND ($4 IS NULL OR attempt_id = $4);

-- name: src/server/api/slurm_stats.rs:list_slurm_stats#2
-- group: slurm_stats
-- source: src/server/api/slurm_stats.rs:147 query!
SELECT id, workflow_id, job_id, run_id, attempt_id,
       slurm_job_id,
       max_rss_bytes, max_vm_size_bytes,
       max_disk_read_bytes, max_disk_write_bytes,
       ave_cpu_seconds, node_list
FROM slurm_stats
WHERE workflow_id = $1
  AND ($2 IS NULL OR job_id = $2)
  AND ($3 IS NULL OR run_id = $3)
  AND ($4 IS NULL OR attempt_id = $4)
ORDER BY id
LIMIT $5 OFFSET $6;

-- name: src/server/api/user_data.rs:create_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:132 query!
-- write
INSERT INTO user_data (workflow_id, name, is_ephemeral, data)
VALUES ($1, $2, $3, $4)
RETURNING id;

-- name: src/server/api/user_data.rs:create_user_data#2
-- group: user_data
-- source: src/server/api/user_data.rs:160 query!
-- write
INSERT INTO job_output_user_data (job_id, user_data_id)
VALUES ($1, $2);

-- name: src/server/api/user_data.rs:create_user_data#3
-- group: user_data
-- source: src/server/api/user_data.rs:188 query!
-- write
INSERT INTO job_input_user_data (job_id, user_data_id)
VALUES ($1, $2);

-- name: src/server/api/user_data.rs:delete_all_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:232 query!
-- write
DELETE FROM user_data
WHERE workflow_id = $1;

-- name: src/server/api/user_data.rs:get_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:271 query
SELECT id, workflow_id, name, is_ephemeral, data FROM user_data WHERE id = ?;

-- name: src/server/api/user_data.rs:list_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud WHERE ud.workflow_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[name]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud WHERE ud.workflow_id = ? AND ud.name LIKE ? ESCAPE '\' ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud WHERE ud.workflow_id = ? AND ud.is_ephemeral = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[joins]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud  WHERE ud.workflow_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud  WHERE ud.workflow_id = ? AND ud.name LIKE ? ESCAPE '\' ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud  WHERE ud.workflow_id = ? AND ud.is_ephemeral = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[consumer_job_id, joins]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[consumer_job_id, joins](2)
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND jiud.job_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[consumer_job_id, joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND ud.name LIKE ? ESCAPE '\' ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[consumer_job_id, joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND ud.is_ephemeral = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[producer_job_id, joins]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[producer_job_id, joins](2)
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND joud.job_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[producer_job_id, joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND ud.name LIKE ? ESCAPE '\' ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[producer_job_id, joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:437 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND ud.is_ephemeral = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data#2
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud WHERE ud.workflow_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[name]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud WHERE ud.workflow_id = ? AND ud.name LIKE ? ESCAPE '\';

-- name: src/server/api/user_data.rs:list_user_data#2[is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud WHERE ud.workflow_id = ? AND ud.is_ephemeral = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[joins]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud  WHERE ud.workflow_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud  WHERE ud.workflow_id = ? AND ud.name LIKE ? ESCAPE '\';

-- name: src/server/api/user_data.rs:list_user_data#2[joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud  WHERE ud.workflow_id = ? AND ud.is_ephemeral = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[consumer_job_id, joins]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[consumer_job_id, joins](2)
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND jiud.job_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[consumer_job_id, joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND ud.name LIKE ? ESCAPE '\';

-- name: src/server/api/user_data.rs:list_user_data#2[consumer_job_id, joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND ud.is_ephemeral = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[producer_job_id, joins]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[producer_job_id, joins](2)
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND joud.job_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[producer_job_id, joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND ud.name LIKE ? ESCAPE '\';

-- name: src/server/api/user_data.rs:list_user_data#2[producer_job_id, joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:485 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND ud.is_ephemeral = ?;

-- name: src/server/api/user_data.rs:update_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:574 query!
-- write
UPDATE user_data
SET
    name = COALESCE($1, name),
    is_ephemeral = COALESCE($2, is_ephemeral),
    data = COALESCE($3, data)
WHERE id = $4;

-- name: src/server/api/user_data.rs:delete_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:649 query!
-- write
DELETE FROM user_data
WHERE id = $1;

-- name: src/server/api/user_data.rs:find_missing_user_created_data
-- group: user_data
-- source: src/server/api/user_data.rs:686 query!
SELECT DISTINCT jiud.user_data_id
FROM job_input_user_data jiud
INNER JOIN job j ON jiud.job_id = j.id
INNER JOIN user_data ud ON jiud.user_data_id = ud.id
WHERE j.workflow_id = $1
AND ud.data IS NULL
AND jiud.user_data_id NOT IN (
    SELECT joud.user_data_id
    FROM job_output_user_data joud
);

-- name: src/server/api/user_data.rs:find_missing_job_created_data
-- group: user_data
-- source: src/server/api/user_data.rs:723 query!
SELECT DISTINCT joud.user_data_id
FROM job_output_user_data joud
INNER JOIN job j ON joud.job_id = j.id
INNER JOIN user_data ud ON joud.user_data_id = ud.id
WHERE j.workflow_id = $1
AND j.status = $2
AND ud.data IS NULL;

-- name: src/server/api/workflow_actions.rs:create_workflow_action
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:225 query
-- write
INSERT INTO workflow_action (workflow_id, trigger_type, action_type, action_config, job_ids, trigger_count, required_triggers, executed, persistent, is_recovery)
             VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?);

-- name: src/server/api/workflow_actions.rs:get_workflow_actions
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:275 query
SELECT id, workflow_id, trigger_type, action_type, action_config, job_ids, trigger_count, required_triggers, executed, executed_at, executed_by, persistent, is_recovery
             FROM workflow_action
             WHERE workflow_id = ?
             ORDER BY id;

-- name: src/server/api/workflow_actions.rs:get_pending_actions
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:373 query
SELECT id, workflow_id, trigger_type, action_type, action_config, job_ids, trigger_count, required_triggers, executed, executed_at, executed_by, persistent, is_recovery
                     FROM workflow_action
                     WHERE workflow_id = ? AND trigger_count >= required_triggers AND executed = 0 AND trigger_type IN (?)
                     ORDER BY id;

-- name: src/server/api/workflow_actions.rs:get_pending_actions#2
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:391 query
SELECT id, workflow_id, trigger_type, action_type, action_config, job_ids, trigger_count, required_triggers, executed, executed_at, executed_by, persistent, is_recovery
                 FROM workflow_action
                 WHERE workflow_id = ? AND trigger_count >= required_triggers AND executed = 0
                 ORDER BY id;

-- name: src/server/api/workflow_actions.rs:claim_action
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:475 query
SELECT workflow_id, executed, persistent FROM workflow_action WHERE id = ?;

-- name: src/server/api/workflow_actions.rs:claim_action#2
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:533 query
-- write
UPDATE workflow_action
                 SET executed_at = ?
                 WHERE id = ?;

-- name: src/server/api/workflow_actions.rs:claim_action#3
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:543 query
-- write
UPDATE workflow_action
                 SET executed = 1, executed_at = ?, executed_by = ?
                 WHERE id = ? AND executed = 0;

-- name: src/server/api/workflow_actions.rs:check_and_trigger_actions
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:601 query
SELECT id, job_ids, trigger_count, required_triggers FROM workflow_action
             WHERE workflow_id = ? AND trigger_type = ? AND trigger_count < required_triggers;

-- name: src/server/api/workflow_actions.rs:check_and_trigger_actions#2
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:689 query
-- write
UPDATE workflow_action SET trigger_count = trigger_count + ? WHERE id = ?;

-- name: src/server/api/workflow_actions.rs:count_jobs_in_satisfied_state
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:743 query_scalar
SELECT status FROM job WHERE id = ?;

-- name: src/server/api/workflow_actions.rs:reset_actions_for_reinitialize
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:799 query
-- write
DELETE FROM workflow_action WHERE workflow_id = ? AND is_recovery = 1;

-- name: src/server/api/workflow_actions.rs:reset_actions_for_reinitialize#2
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:822 query
-- write
UPDATE workflow_action SET executed = 0, executed_by = NULL WHERE workflow_id = ?;

-- name: src/server/api/workflow_actions.rs:reset_actions_for_reinitialize#3
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:841 query
SELECT id, trigger_type, job_ids FROM workflow_action WHERE workflow_id = ?;

-- name: src/server/api/workflow_actions.rs:reset_actions_for_reinitialize#4
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:892 query
-- write
UPDATE workflow_action SET trigger_count = ? WHERE id = ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, not where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.env
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.enable_ro_crate
    ,w.project
    ,w.metadata
    ,w.status_id
    ,w.slurm_config
    ,w.execution_config
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[not is_archived, not where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    id
    ,name
    ,user
    ,description
    ,env
    ,timestamp
    ,compute_node_expiration_buffer_seconds
    ,compute_node_wait_for_new_jobs_seconds
    ,compute_node_ignore_workflow_completion
    ,compute_node_wait_for_healthy_database_minutes
    ,compute_node_min_time_for_new_jobs_seconds
    ,resource_monitor_config
    ,slurm_defaults
    ,use_pending_failed
    ,enable_ro_crate
    ,project
    ,metadata
    ,status_id
    ,slurm_config
    ,execution_config
FROM workflow
 ORDER BY id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, name, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.env
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.enable_ro_crate
    ,w.project
    ,w.metadata
    ,w.status_id
    ,w.slurm_config
    ,w.execution_config
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE w.name = ? ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, user, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.env
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.enable_ro_crate
    ,w.project
    ,w.metadata
    ,w.status_id
    ,w.slurm_config
    ,w.execution_config
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE w.user = ? ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, description, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.env
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.enable_ro_crate
    ,w.project
    ,w.metadata
    ,w.status_id
    ,w.slurm_config
    ,w.execution_config
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE w.description LIKE ? ESCAPE '\' ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.env
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.enable_ro_crate
    ,w.project
    ,w.metadata
    ,w.status_id
    ,w.slurm_config
    ,w.execution_config
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE ws.is_archived = 1 ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, not archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.env
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.enable_ro_crate
    ,w.project
    ,w.metadata
    ,w.status_id
    ,w.slurm_config
    ,w.execution_config
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE (ws.is_archived IS NULL OR ws.is_archived = 0) ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, accessible_ids, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.env
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.enable_ro_crate
    ,w.project
    ,w.metadata
    ,w.status_id
    ,w.slurm_config
    ,w.execution_config
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE w.id IN (?) ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[not is_archived, name, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    id
    ,name
    ,user
    ,description
    ,env
    ,timestamp
    ,compute_node_expiration_buffer_seconds
    ,compute_node_wait_for_new_jobs_seconds
    ,compute_node_ignore_workflow_completion
    ,compute_node_wait_for_healthy_database_minutes
    ,compute_node_min_time_for_new_jobs_seconds
    ,resource_monitor_config
    ,slurm_defaults
    ,use_pending_failed
    ,enable_ro_crate
    ,project
    ,metadata
    ,status_id
    ,slurm_config
    ,execution_config
FROM workflow
 WHERE name = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[not is_archived, user, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    id
    ,name
    ,user
    ,description
    ,env
    ,timestamp
    ,compute_node_expiration_buffer_seconds
    ,compute_node_wait_for_new_jobs_seconds
    ,compute_node_ignore_workflow_completion
    ,compute_node_wait_for_healthy_database_minutes
    ,compute_node_min_time_for_new_jobs_seconds
    ,resource_monitor_config
    ,slurm_defaults
    ,use_pending_failed
    ,enable_ro_crate
    ,project
    ,metadata
    ,status_id
    ,slurm_config
    ,execution_config
FROM workflow
 WHERE user = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[not is_archived, description, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    id
    ,name
    ,user
    ,description
    ,env
    ,timestamp
    ,compute_node_expiration_buffer_seconds
    ,compute_node_wait_for_new_jobs_seconds
    ,compute_node_ignore_workflow_completion
    ,compute_node_wait_for_healthy_database_minutes
    ,compute_node_min_time_for_new_jobs_seconds
    ,resource_monitor_config
    ,slurm_defaults
    ,use_pending_failed
    ,enable_ro_crate
    ,project
    ,metadata
    ,status_id
    ,slurm_config
    ,execution_config
FROM workflow
 WHERE description LIKE ? ESCAPE '\' ORDER BY id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[not is_archived, accessible_ids, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:442 query
SELECT
    id
    ,name
    ,user
    ,description
    ,env
    ,timestamp
    ,compute_node_expiration_buffer_seconds
    ,compute_node_wait_for_new_jobs_seconds
    ,compute_node_ignore_workflow_completion
    ,compute_node_wait_for_healthy_database_minutes
    ,compute_node_min_time_for_new_jobs_seconds
    ,resource_monitor_config
    ,slurm_defaults
    ,use_pending_failed
    ,enable_ro_crate
    ,project
    ,metadata
    ,status_id
    ,slurm_config
    ,execution_config
FROM workflow
 WHERE id IN (?) ORDER BY id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, not where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[not is_archived, not where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, name, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE w.name = ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, user, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE w.user = ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, description, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE w.description LIKE ? ESCAPE '\';

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE ws.is_archived = 1;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, not archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE (ws.is_archived IS NULL OR ws.is_archived = 0);

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, accessible_ids, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE w.id IN (?);

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[not is_archived, name, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow WHERE name = ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[not is_archived, user, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow WHERE user = ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[not is_archived, description, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow WHERE description LIKE ? ESCAPE '\';

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[not is_archived, accessible_ids, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:531 query
SELECT COUNT(*) as total FROM workflow WHERE id IN (?);

-- name: src/server/api/workflows.rs:does_workflow_exist
-- group: workflows
-- source: src/server/api/workflows.rs:587 query
SELECT id FROM workflow WHERE id = $1;

-- name: src/server/api/workflows.rs:create_workflow
-- group: workflows
-- source: src/server/api/workflows.rs:616 query!
-- write
INSERT INTO workflow_status
(run_id, is_archived, is_canceled, has_detected_need_to_run_completion_script)
VALUES (0, 0, 0, 0)
RETURNING rowid;

-- name: src/server/api/workflows.rs:create_workflow#2
-- group: workflows
-- source: src/server/api/workflows.rs:668 query!
-- write
INSERT INTO workflow
(
    name,
    description,
    user,
    env,
    timestamp,
    compute_node_expiration_buffer_seconds,
    compute_node_wait_for_new_jobs_seconds,
    compute_node_ignore_workflow_completion,
    compute_node_wait_for_healthy_database_minutes,
    compute_node_min_time_for_new_jobs_seconds,
    resource_monitor_config,
    slurm_defaults,
    use_pending_failed,
    enable_ro_crate,
    project,
    metadata,
    status_id,
    slurm_config,
    execution_config
)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19)
RETURNING rowid;

-- name: src/server/api/workflows.rs:create_workflow#3
-- group: workflows
-- source: src/server/api/workflows.rs:731 query
-- write
UPDATE workflow_status SET workflow_id = $1 WHERE id = $2;

-- name: src/server/api/workflows.rs:cancel_workflow
-- group: workflows
-- source: src/server/api/workflows.rs:810 query!
-- write
UPDATE workflow_status
SET run_id = ?,
    has_detected_need_to_run_completion_script = ?,
    is_canceled = ?,
    is_archived = ?
WHERE id = ?;

-- name: src/server/api/workflows.rs:cancel_workflow#2
-- group: workflows
-- source: src/server/api/workflows.rs:858 query
-- write
INSERT INTO event (workflow_id, timestamp, data)
VALUES ($1, $2, $3);

-- name: src/server/api/workflows.rs:cancel_workflow#3
-- group: workflows
-- source: src/server/api/workflows.rs:887 query!
-- write
UPDATE job
SET status = $1
WHERE workflow_id = $2 AND (status = $3 OR status = $4);

-- name: src/server/api/workflows.rs:get_workflow
-- group: workflows
-- source: src/server/api/workflows.rs:943 query
SELECT
    id,
    name,
    user,
    description,
    env,
    timestamp,
    compute_node_expiration_buffer_seconds,
    compute_node_wait_for_new_jobs_seconds,
    compute_node_ignore_workflow_completion,
    compute_node_wait_for_healthy_database_minutes,
    compute_node_min_time_for_new_jobs_seconds,
    resource_monitor_config,
    slurm_defaults,
    use_pending_failed,
    enable_ro_crate,
    project,
    metadata,
    status_id,
    slurm_config,
    execution_config
FROM workflow
WHERE id = ?;

-- name: src/server/api/workflows.rs:get_workflow_status
-- group: workflows
-- source: src/server/api/workflows.rs:1064 query!
SELECT id, run_id, has_detected_need_to_run_completion_script, is_canceled, is_archived FROM workflow_status WHERE id = ?;

-- name: src/server/api/workflows.rs:is_workflow_complete
-- group: workflows
-- source: src/server/api/workflows.rs:1146 query
SELECT 1 as found
FROM job
WHERE workflow_id = $1
AND status NOT IN ($2, $3, $4, $5, $6)
LIMIT 1;

-- name: src/server/api/workflows.rs:is_workflow_uninitialized
-- group: workflows
-- source: src/server/api/workflows.rs:1205 query
SELECT 1 as found
FROM job
WHERE workflow_id = $1
AND status NOT IN ($2, $3)
LIMIT 1;

-- name: src/server/api/workflows.rs:update_workflow
-- group: workflows
-- source: src/server/api/workflows.rs:1316 query!
-- write
UPDATE workflow
SET
    name = COALESCE($1, name),
    description = COALESCE($2, description),
    user = COALESCE($3, user),
    compute_node_expiration_buffer_seconds = COALESCE($4, compute_node_expiration_buffer_seconds),
    compute_node_wait_for_new_jobs_seconds = COALESCE($5, compute_node_wait_for_new_jobs_seconds),
    compute_node_ignore_workflow_completion = COALESCE($6, compute_node_ignore_workflow_completion),
    compute_node_wait_for_healthy_database_minutes = COALESCE($7, compute_node_wait_for_healthy_database_minutes),
    use_pending_failed = COALESCE($8, use_pending_failed),
    enable_ro_crate = COALESCE($9, enable_ro_crate),
    project = COALESCE($10, project),
    metadata = COALESCE($11, metadata),
    slurm_config = COALESCE($12, slurm_config),
    execution_config = COALESCE($13, execution_config)
WHERE id = $14;

-- name: src/server/api/workflows.rs:update_workflow_status
-- group: workflows
-- source: src/server/api/workflows.rs:1433 query!
-- write
UPDATE workflow_status
SET run_id = ?,
    has_detected_need_to_run_completion_script = ?,
    is_canceled = ?,
    is_archived = ?
WHERE id = ?;

-- name: src/server/api/workflows.rs:delete_workflow#3
-- group: workflows
-- source: src/server/api/workflows.rs:1549 query!
-- write
DELETE FROM workflow_result WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#4
-- group: workflows
-- source: src/server/api/workflows.rs:1553 query!
-- write
DELETE FROM job_depends_on WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#5
-- group: workflows
-- source: src/server/api/workflows.rs:1557 query!
-- write
DELETE FROM job_input_file WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#6
-- group: workflows
-- source: src/server/api/workflows.rs:1561 query!
-- write
DELETE FROM job_output_file WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#7
-- group: workflows
-- source: src/server/api/workflows.rs:1566 query!
-- write
DELETE FROM job_input_user_data WHERE job_id IN (SELECT id FROM job WHERE workflow_id = $1);

-- name: src/server/api/workflows.rs:delete_workflow#8
-- group: workflows
-- source: src/server/api/workflows.rs:1574 query!
-- write
DELETE FROM job_output_user_data WHERE job_id IN (SELECT id FROM job WHERE workflow_id = $1);

-- name: src/server/api/workflows.rs:delete_workflow#9
-- group: workflows
-- source: src/server/api/workflows.rs:1582 query!
-- write
DELETE FROM job_internal WHERE job_id IN (SELECT id FROM job WHERE workflow_id = $1);

-- name: src/server/api/workflows.rs:delete_workflow#10
-- group: workflows
-- source: src/server/api/workflows.rs:1590 query!
-- write
DELETE FROM event WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#11
-- group: workflows
-- source: src/server/api/workflows.rs:1594 query!
-- write
DELETE FROM workflow_access_group WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#12
-- group: workflows
-- source: src/server/api/workflows.rs:1601 query!
-- write
DELETE FROM remote_worker WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#13
-- group: workflows
-- source: src/server/api/workflows.rs:1607 query!
-- write
DELETE FROM result WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#14
-- group: workflows
-- source: src/server/api/workflows.rs:1611 query!
-- write
DELETE FROM workflow_action WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#15
-- group: workflows
-- source: src/server/api/workflows.rs:1617 query!
-- write
DELETE FROM job WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#16
-- group: workflows
-- source: src/server/api/workflows.rs:1621 query!
-- write
DELETE FROM file WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#17
-- group: workflows
-- source: src/server/api/workflows.rs:1625 query!
-- write
DELETE FROM user_data WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#18
-- group: workflows
-- source: src/server/api/workflows.rs:1629 query!
-- write
DELETE FROM compute_node WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#19
-- group: workflows
-- source: src/server/api/workflows.rs:1633 query!
-- write
DELETE FROM resource_requirements WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#20
-- group: workflows
-- source: src/server/api/workflows.rs:1640 query!
-- write
DELETE FROM failure_handler WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#21
-- group: workflows
-- source: src/server/api/workflows.rs:1644 query!
-- write
DELETE FROM local_scheduler WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#22
-- group: workflows
-- source: src/server/api/workflows.rs:1648 query!
-- write
DELETE FROM slurm_scheduler WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#23
-- group: workflows
-- source: src/server/api/workflows.rs:1652 query!
-- write
DELETE FROM scheduled_compute_node WHERE workflow_id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#24
-- group: workflows
-- source: src/server/api/workflows.rs:1661 query!
-- write
DELETE FROM workflow WHERE id = $1;

-- name: src/server/api/workflows.rs:delete_workflow#25
-- group: workflows
-- source: src/server/api/workflows.rs:1679 query!
-- write
DELETE FROM workflow_status WHERE id = $1;

-- name: src/server/api/workflows.rs:reset_workflow_status
-- group: workflows
-- source: src/server/api/workflows.rs:1777 query_scalar
SELECT id FROM job WHERE workflow_id = ? AND (status = ? OR status = ?) LIMIT 1;

-- name: src/server/api/workflows.rs:reset_workflow_status#2
-- group: workflows
-- source: src/server/api/workflows.rs:1812 query_scalar
SELECT id FROM scheduled_compute_node WHERE workflow_id = ? AND (status = 'pending' OR status = 'active') LIMIT 1;

-- name: src/server/api/workflows.rs:reset_workflow_status#3
-- group: workflows
-- source: src/server/api/workflows.rs:1852 query!
-- write
UPDATE workflow_status
SET has_detected_need_to_run_completion_script = 0,
    is_canceled = 0,
    is_archived = 0
WHERE id = ?;

-- name: src/server/api/workflows.rs:list_job_dependencies
-- group: workflows
-- source: src/server/api/workflows.rs:1966 query
SELECT
    jb.job_id as job_id,
    j1.name as job_name,
    jb.depends_on_job_id as depends_on_job_id,
    j2.name as depends_on_job_name,
    jb.workflow_id as workflow_id
FROM job_depends_on jb
INNER JOIN job j1 ON jb.job_id = j1.id
INNER JOIN job j2 ON jb.depends_on_job_id = j2.id
 WHERE jb.workflow_id = ? ORDER BY jb.job_id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_job_dependencies#2
-- group: workflows
-- source: src/server/api/workflows.rs:1992 query_scalar
SELECT COUNT(*) FROM job_depends_on WHERE workflow_id = ?;

-- name: src/server/api/workflows.rs:list_job_file_relationships
-- group: workflows
-- source: src/server/api/workflows.rs:2104 query
SELECT
    f.id as file_id,
    f.name as file_name,
    f.path as file_path,
    jof.job_id as producer_job_id,
    producer.name as producer_job_name,
    jif.job_id as consumer_job_id,
    consumer.name as consumer_job_name,
    f.workflow_id as workflow_id
FROM file f
LEFT JOIN job_output_file jof ON f.id = jof.file_id
LEFT JOIN job producer ON jof.job_id = producer.id
LEFT JOIN job_input_file jif ON f.id = jif.file_id
LEFT JOIN job consumer ON jif.job_id = consumer.id
 WHERE f.workflow_id = ? AND (jof.job_id IS NOT NULL OR jif.job_id IS NOT NULL) ORDER BY f.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_job_file_relationships#2
-- group: workflows
-- source: src/server/api/workflows.rs:2145 query_scalar
SELECT COUNT(*)
FROM (
    SELECT f.id, jof.job_id as producer, jif.job_id as consumer
    FROM file f
    LEFT JOIN job_output_file jof ON f.id = jof.file_id
    LEFT JOIN job_input_file jif ON f.id = jif.file_id
    WHERE f.workflow_id = ?
        AND (jof.job_id IS NOT NULL OR jif.job_id IS NOT NULL)
);

-- name: src/server/api/workflows.rs:list_job_user_data_relationships
-- group: workflows
-- source: src/server/api/workflows.rs:2266 query
SELECT
    ud.id as user_data_id,
    ud.name as user_data_name,
    joud.job_id as producer_job_id,
    producer.name as producer_job_name,
    jiud.job_id as consumer_job_id,
    consumer.name as consumer_job_name,
    ud.workflow_id as workflow_id
FROM user_data ud
LEFT JOIN job_output_user_data joud ON ud.id = joud.user_data_id
LEFT JOIN job producer ON joud.job_id = producer.id
LEFT JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id
LEFT JOIN job consumer ON jiud.job_id = consumer.id
 WHERE ud.workflow_id = ? AND (joud.job_id IS NOT NULL OR jiud.job_id IS NOT NULL) ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_job_user_data_relationships#2
-- group: workflows
-- source: src/server/api/workflows.rs:2306 query_scalar
SELECT COUNT(*)
FROM (
    SELECT ud.id, joud.job_id as producer, jiud.job_id as consumer
    FROM user_data ud
    LEFT JOIN job_output_user_data joud ON ud.id = joud.user_data_id
    LEFT JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id
    WHERE ud.workflow_id = ?
        AND (joud.job_id IS NOT NULL OR jiud.job_id IS NOT NULL)
);

-- name: src/server/authorization.rs:check_workflow_access
-- group: authorization
-- source: src/server/authorization.rs:80 query
SELECT user FROM workflow WHERE id = $1;

-- name: src/server/authorization.rs:check_workflow_access#2
-- group: authorization
-- source: src/server/authorization.rs:143 query
SELECT EXISTS(
    SELECT 1
    FROM workflow_access_group wag
    INNER JOIN user_group_membership ugm ON wag.group_id = ugm.group_id
    WHERE wag.workflow_id = $1 AND ugm.user_name = $2
) as has_access;

-- name: src/server/authorization.rs:check_job_access
-- group: authorization
-- source: src/server/authorization.rs:190 query
SELECT workflow_id FROM job WHERE id = $1;

-- name: src/server/authorization.rs:get_accessible_workflow_ids
-- group: authorization
-- source: src/server/authorization.rs:332 query
SELECT DISTINCT w.id
FROM workflow w
WHERE w.user = $1
UNION
SELECT DISTINCT wag.workflow_id
FROM workflow_access_group wag
INNER JOIN user_group_membership ugm ON wag.group_id = ugm.group_id
WHERE ugm.user_name = $1;

-- name: src/server/authorization.rs:is_admin
-- group: authorization
-- source: src/server/authorization.rs:391 query
SELECT EXISTS(
    SELECT 1
    FROM user_group_membership ugm
    INNER JOIN access_group ag ON ugm.group_id = ag.id
    WHERE ugm.user_name = $1 AND ag.is_system = 1 AND ag.name = 'admin'
) as is_admin;

-- name: src/server/authorization.rs:check_group_admin_access
-- group: authorization
-- source: src/server/authorization.rs:475 query
SELECT is_system FROM access_group WHERE id = $1;

-- name: src/server/authorization.rs:check_group_admin_access#2
-- group: authorization
-- source: src/server/authorization.rs:506 query
SELECT EXISTS(
    SELECT 1
    FROM user_group_membership
    WHERE user_name = $1 AND group_id = $2 AND role = 'admin'
) as is_admin;

-- name: src/server/authorization.rs:check_workflow_group_access
-- group: authorization
-- source: src/server/authorization.rs:568 query
SELECT user FROM workflow WHERE id = $1;

-- name: src/server/authorization.rs:is_system_group
-- group: authorization
-- source: src/server/authorization.rs:602 query
SELECT is_system FROM access_group WHERE id = $1;

-- name: src/server/http_server.rs:get_active_task_with_request
-- group: http_server
-- source: src/server/http_server.rs:376 query
SELECT id, workflow_id, operation, status, created_at_ms, started_at_ms, finished_at_ms, request_json
FROM async_handle
WHERE workflow_id = ?1
  AND status IN ('queued', 'running')
ORDER BY id DESC
LIMIT 1;

-- name: src/server/http_server.rs:create_or_get_initialize_jobs_task
-- group: http_server
-- source: src/server/http_server.rs:439 query
-- write
INSERT INTO async_handle
  (workflow_id, operation, status, created_at_ms, requested_by, request_json)
VALUES
  (?1, 'initialize_jobs', 'queued', ?2, ?3, ?4);

-- name: src/server/http_server.rs:update_task_running
-- group: http_server
-- source: src/server/http_server.rs:543 query
-- write
UPDATE async_handle
SET status = 'running', started_at_ms = ?2
WHERE id = ?1;

-- name: src/server/http_server.rs:update_task_finished
-- group: http_server
-- source: src/server/http_server.rs:574 query
-- write
UPDATE async_handle
SET status = ?2,
    finished_at_ms = ?3,
    result_json = ?4,
    error = ?5
WHERE id = ?1;

-- name: src/server/http_server.rs:initialize_jobs_core
-- group: http_server
-- source: src/server/http_server.rs:748 query!
-- write
DELETE FROM workflow_result
WHERE workflow_id = $1
AND job_id IN (
    SELECT id FROM job
    WHERE workflow_id = $1
    AND status NOT IN ($2, $3, $4, $5)
);

-- name: src/server/http_server.rs:initialize_jobs_core#2
-- group: http_server
-- source: src/server/http_server.rs:797 query!
SELECT enable_ro_crate FROM workflow WHERE id = ?;

-- name: src/server/http_server.rs:initialize_jobs_core#3
-- group: http_server
-- source: src/server/http_server.rs:854 query
-- write
UPDATE workflow_action SET trigger_count = required_triggers WHERE workflow_id = ? AND trigger_type = ?;

-- name: src/server/http_server.rs:get_task
-- group: http_server
-- source: src/server/http_server.rs:1860 query
SELECT id, workflow_id, operation, status, created_at_ms, started_at_ms, finished_at_ms, error
FROM async_handle
WHERE id = ?1;

-- name: src/server/http_server/bootstrap.rs:sync_admin_group
-- group: bootstrap
-- source: src/server/http_server/bootstrap.rs:19 query
-- write
INSERT INTO access_group (name, description, is_system)
VALUES ('admin', 'System administrators', 1)
ON CONFLICT (name) DO UPDATE SET is_system = 1;

-- name: src/server/http_server/bootstrap.rs:sync_admin_group#2
-- group: bootstrap
-- source: src/server/http_server/bootstrap.rs:30 query_scalar
SELECT id FROM access_group WHERE name = 'admin';

-- name: src/server/http_server/bootstrap.rs:sync_admin_group#3
-- group: bootstrap
-- source: src/server/http_server/bootstrap.rs:35 query_scalar
SELECT user_name FROM user_group_membership WHERE group_id = $1;

-- name: src/server/http_server/bootstrap.rs:sync_admin_group#4
-- group: bootstrap
-- source: src/server/http_server/bootstrap.rs:43 query
-- write
INSERT INTO user_group_membership (user_name, group_id, role)
VALUES ($1, $2, 'admin')
ON CONFLICT (user_name, group_id) DO UPDATE SET role = 'admin';

-- name: src/server/http_server/bootstrap.rs:sync_admin_group#5
-- group: bootstrap
-- source: src/server/http_server/bootstrap.rs:63 query
-- write
DELETE FROM user_group_membership WHERE user_name = $1 AND group_id = $2;

-- name: src/server/http_server/jobs_transport.rs:transport_manage_status_change
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:739 query!
-- write
UPDATE job SET status = ? WHERE id = ? AND status = ?;

-- name: src/server/http_server/jobs_transport.rs:transport_manage_status_change#2
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:753 query_scalar!
SELECT id FROM job WHERE id = ?;

-- name: src/server/http_server/jobs_transport.rs:transport_start_job
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:880 query!
-- write
UPDATE job SET status = ? WHERE id = ? AND status = ?;

-- name: src/server/http_server/jobs_transport.rs:transport_start_job#2
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:904 query!
-- write
UPDATE job_internal SET active_compute_node_id = ? WHERE job_id = ?;

-- name: src/server/http_server/jobs_transport.rs:apply_job_completion_state
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1098 query!
-- write
UPDATE job_internal SET active_compute_node_id = NULL WHERE job_id = ?;

-- name: src/server/http_server/jobs_transport.rs:apply_job_completion_state#2
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1157 query!
-- write
INSERT OR REPLACE INTO workflow_result (workflow_id, job_id, result_id)
VALUES (?, ?, ?);

-- name: src/server/http_server/jobs_transport.rs:apply_job_completion_state_tx
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1221 query!
SELECT workflow_id, name, command, status FROM job WHERE id = ?;

-- name: src/server/http_server/jobs_transport.rs:apply_job_completion_state_tx#2
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1333 query!
SELECT run_id FROM workflow_status WHERE id = ?;

-- name: src/server/http_server/jobs_transport.rs:apply_job_completion_state_tx#3
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1371 query!
-- write
UPDATE job_internal SET active_compute_node_id = NULL WHERE job_id = ?;

-- name: src/server/http_server/jobs_transport.rs:apply_job_completion_state_tx#4
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1387 query!
-- write
INSERT INTO result
(
    job_id
    ,workflow_id
    ,run_id
    ,attempt_id
    ,compute_node_id
    ,return_code
    ,exec_time_minutes
    ,completion_time
    ,status
    ,peak_memory_bytes
    ,avg_memory_bytes
    ,peak_cpu_percent
    ,avg_cpu_percent
)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
RETURNING rowid;

-- name: src/server/http_server/jobs_transport.rs:apply_job_completion_state_tx#5
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1432 query!
-- write
INSERT OR REPLACE INTO workflow_result (workflow_id, job_id, result_id)
VALUES (?, ?, ?);

-- name: src/server/http_server/jobs_transport.rs:apply_job_completion_state_tx#6
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1457 query!
-- write
UPDATE job SET status = ?, unblocking_processed = 0 WHERE id = ? AND status NOT IN (?, ?, ?, ?, ?, ?);

-- name: src/server/http_server/jobs_transport.rs:apply_job_completion_state_tx#7
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1473 query_scalar!
SELECT status FROM job WHERE id = ?;

-- name: src/server/http_server/jobs_transport.rs:transport_prepare_ready_jobs
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1776 query
SELECT id FROM workflow WHERE id = $1;

-- name: src/server/http_server/jobs_transport.rs:transport_prepare_ready_jobs#2
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1799 query
SELECT 1
FROM job
JOIN resource_requirements rr ON job.resource_requirements_id = rr.id
WHERE job.workflow_id = $1
AND job.status = $2
AND rr.memory_bytes <= $3
AND rr.num_cpus <= $4
AND rr.num_gpus <= $5
AND rr.num_nodes <= $6
AND rr.runtime_s <= $7
LIMIT 1;

-- name: src/server/http_server/jobs_transport.rs:transport_prepare_ready_jobs#4
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1882 query
SELECT
    job.workflow_id,
    job.id AS job_id,
    job.name,
    job.command,
    job.invocation_script,
    job.env,
    job.status,
    job.cancel_on_blocking_job_failure,
    job.supports_termination,
    job.failure_handler_id,
    job.attempt_id,
    job.priority,
    rr.id AS resource_requirements_id,
    rr.memory_bytes,
    rr.num_cpus,
    rr.num_gpus,
    rr.num_nodes,
    rr.runtime_s
FROM job
JOIN resource_requirements rr ON job.resource_requirements_id = rr.id
WHERE job.workflow_id = $1
AND job.status = $2
AND rr.memory_bytes <= $3
AND rr.num_cpus <= $4
AND rr.num_gpus <= $5
AND rr.num_nodes <= $6
AND rr.runtime_s <= $7
AND (job.scheduler_id IS NULL OR job.scheduler_id = $8)
ORDER BY job.priority DESC, rr.num_gpus DESC, rr.runtime_s DESC, rr.memory_bytes DESC, rr.num_cpus DESC, job.id ASC
LIMIT $9;

-- name: src/server/http_server/jobs_transport.rs:transport_prepare_ready_jobs#6
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:1940 query
SELECT
    job.workflow_id,
    job.id AS job_id,
    job.name,
    job.command,
    job.invocation_script,
    job.env,
    job.status,
    job.cancel_on_blocking_job_failure,
    job.supports_termination,
    job.failure_handler_id,
    job.attempt_id,
    job.priority,
    rr.id AS resource_requirements_id,
    rr.memory_bytes,
    rr.num_cpus,
    rr.num_gpus,
    rr.num_nodes,
    rr.runtime_s
FROM job
JOIN resource_requirements rr ON job.resource_requirements_id = rr.id
WHERE job.workflow_id = $1
AND job.status = $2
AND rr.memory_bytes <= $3
AND rr.num_cpus <= $4
AND rr.num_gpus <= $5
AND rr.num_nodes <= $6
AND rr.runtime_s <= $7
ORDER BY job.priority DESC, rr.num_gpus DESC, rr.runtime_s DESC, rr.memory_bytes DESC, rr.num_cpus DESC, job.id ASC
LIMIT $8;

-- name: src/server/http_server/jobs_transport.rs:transport_prepare_ready_jobs#10
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:2032 query
SELECT job_id, file_id FROM job_output_file WHERE workflow_id = $1;

-- name: src/server/http_server/jobs_transport.rs:transport_prepare_ready_jobs#12
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:2055 query
SELECT job_id, user_data_id FROM job_output_user_data WHERE job_id IN (SELECT id FROM job WHERE workflow_id = $1);

-- name: src/server/http_server/jobs_transport.rs:transport_prepare_ready_jobs#14
-- group: jobs_transport
-- source: src/server/http_server/jobs_transport.rs:2098 query
-- write
UPDATE job SET status = ? WHERE id IN (?);

-- name: src/server/http_server/lifecycle_support.rs:manage_job_status_change
-- group: lifecycle_support
-- source: src/server/http_server/lifecycle_support.rs:24 query!
SELECT status, workflow_id FROM job WHERE id = ?;

-- name: src/server/http_server/lifecycle_support.rs:manage_job_status_change#2
-- group: lifecycle_support
-- source: src/server/http_server/lifecycle_support.rs:69 query!
SELECT return_code FROM result WHERE job_id = ? AND run_id = ?;

-- name: src/server/http_server/lifecycle_support.rs:manage_job_status_change#3
-- group: lifecycle_support
-- source: src/server/http_server/lifecycle_support.rs:104 query!
-- write
UPDATE job SET status = ?, unblocking_processed = 0 WHERE id = ? AND status NOT IN (?, ?, ?, ?, ?, ?);

-- name: src/server/http_server/lifecycle_support.rs:manage_job_status_change#4
-- group: lifecycle_support
-- source: src/server/http_server/lifecycle_support.rs:120 query_scalar!
SELECT status FROM job WHERE id = ?;

-- name: src/server/http_server/lifecycle_support.rs:manage_job_status_change#5
-- group: lifecycle_support
-- source: src/server/http_server/lifecycle_support.rs:167 query!
-- write
UPDATE job SET status = ? WHERE id = ?;

-- name: src/server/http_server/lifecycle_support.rs:batch_unblock_jobs_tx
-- group: lifecycle_support
-- source: src/server/http_server/lifecycle_support.rs:218 query
-- write
UPDATE job
SET status = ?
WHERE workflow_id = ?
  AND status = ?
  AND cancel_on_blocking_job_failure = 1
  AND NOT EXISTS (
      SELECT 1
      FROM job_depends_on jbb
      JOIN job j ON jbb.depends_on_job_id = j.id
      WHERE jbb.job_id = job.id
        AND j.status NOT IN (?, ?, ?, ?)
  )
  AND EXISTS (
      SELECT 1
      FROM job_depends_on jbb
      JOIN job j ON jbb.depends_on_job_id = j.id
      JOIN result r ON j.id = r.job_id
      JOIN workflow_status ws ON j.workflow_id = ws.id
        AND r.run_id = ws.run_id
      WHERE jbb.job_id = job.id
        AND j.status IN (?, ?, ?)
        AND r.return_code != 0
  );

-- name: src/server/http_server/lifecycle_support.rs:batch_unblock_jobs_tx#2
-- group: lifecycle_support
-- source: src/server/http_server/lifecycle_support.rs:285 query
-- write
UPDATE job
SET status = ?
WHERE workflow_id = ?
  AND status = ?
  AND NOT EXISTS (
      SELECT 1
      FROM job_depends_on jbb
      JOIN job j ON jbb.depends_on_job_id = j.id
      WHERE jbb.job_id = job.id
        AND j.status NOT IN (?, ?, ?, ?)
  )
RETURNING id;

-- name: src/server/http_server/lifecycle_support.rs:reinitialize_downstream_jobs
-- group: lifecycle_support
-- source: src/server/http_server/lifecycle_support.rs:341 query!
-- write
UPDATE job
SET status = ?
WHERE workflow_id = ?
AND id IN (
    SELECT DISTINCT jbb.job_id
    FROM job_depends_on jbb
    JOIN job j ON jbb.job_id = j.id
    WHERE jbb.depends_on_job_id = ?
    AND jbb.workflow_id = ?
    AND j.status IN (?, ?)
);

-- name: src/server/http_server/lifecycle_support.rs:update_jobs_from_completion_reversal
-- group: lifecycle_support
-- source: src/server/http_server/lifecycle_support.rs:411 query!
SELECT workflow_id FROM job WHERE id = ?;

-- name: src/server/http_server/lifecycle_support.rs:update_jobs_from_completion_reversal#2
-- group: lifecycle_support
-- source: src/server/http_server/lifecycle_support.rs:426 query!
WITH RECURSIVE downstream_jobs(job_id, level) AS (
    SELECT
        jbb.job_id,
        0 as level
    FROM job_depends_on jbb
    WHERE jbb.depends_on_job_id = ?
      AND jbb.workflow_id = ?

    UNION ALL

    SELECT
        jbb.job_id,
        dj.level + 1 as level
    FROM downstream_jobs dj
    JOIN job_depends_on jbb ON jbb.depends_on_job_id = dj.job_id
    WHERE jbb.workflow_id = ?
      AND dj.level < 100
)
UPDATE job
SET status = ?
WHERE workflow_id = ?
  AND id IN (SELECT DISTINCT job_id FROM downstream_jobs);

-- name: src/server/http_server/runtime_support.rs:add_depends_on_associations_from_files
-- group: runtime_support
-- source: src/server/http_server/runtime_support.rs:14 query!
-- write
INSERT OR IGNORE INTO job_depends_on (job_id, depends_on_job_id, workflow_id)
            SELECT
                i.job_id AS job_id
                ,o.job_id AS depends_on_job_id
                ,i.workflow_id AS workflow_id
            FROM job_input_file i
            JOIN job_output_file o ON i.file_id = o.file_id
            WHERE i.workflow_id = $1;

-- name: src/server/http_server/runtime_support.rs:add_depends_on_associations_from_user_data
-- group: runtime_support
-- source: src/server/http_server/runtime_support.rs:46 query!
-- write
INSERT OR IGNORE INTO job_depends_on (job_id, depends_on_job_id, workflow_id)
            SELECT
                i.job_id AS job_id
                ,o.job_id AS depends_on_job_id
                ,j.workflow_id AS workflow_id
            FROM job_input_user_data i
            JOIN job_output_user_data o ON i.user_data_id = o.user_data_id
            JOIN job j ON i.job_id = j.id
            WHERE j.workflow_id = $1;

-- name: src/server/http_server/runtime_support.rs:uninitialize_blocked_jobs
-- group: runtime_support
-- source: src/server/http_server/runtime_support.rs:79 query!
WITH RECURSIVE jobs_to_uninitialize(job_id) AS (
    SELECT id FROM job
    WHERE workflow_id = $1 AND status = $2
    UNION
    SELECT jbb.job_id
    FROM job_depends_on jbb
    JOIN jobs_to_uninitialize jtu ON jbb.depends_on_job_id = jtu.job_id
    WHERE jbb.workflow_id = $1
)
UPDATE job
SET status = $2
WHERE workflow_id = $1
AND id IN (SELECT job_id FROM jobs_to_uninitialize);

-- name: src/server/http_server/runtime_support.rs:initialize_blocked_jobs_to_blocked[only_uninitialized]
-- group: runtime_support
-- source: src/server/http_server/runtime_support.rs:155 query
-- write
UPDATE job
SET status = $1
WHERE workflow_id = $2
AND status = $3
AND id IN (
    SELECT DISTINCT jbb.job_id
    FROM job_depends_on jbb
    JOIN job j ON jbb.depends_on_job_id = j.id
    WHERE jbb.workflow_id = $2
    AND j.status NOT IN ($4, $5, $6, $7)
);

-- name: src/server/http_server/runtime_support.rs:initialize_blocked_jobs_to_blocked[not only_uninitialized]
-- group: runtime_support
-- source: src/server/http_server/runtime_support.rs:155 query
-- write
UPDATE job
SET status = $1
WHERE workflow_id = $2
AND id IN (
    SELECT DISTINCT jbb.job_id
    FROM job_depends_on jbb
    JOIN job j ON jbb.depends_on_job_id = j.id
    WHERE jbb.workflow_id = $2
    AND j.status NOT IN ($3, $4, $5, $6)
);

-- name: src/server/http_server/runtime_support.rs:initialize_blocked_jobs_to_blocked#2[only_uninitialized]
-- group: runtime_support
-- source: src/server/http_server/runtime_support.rs:164 query
-- write
UPDATE job
SET status = $1
WHERE workflow_id = $2
AND status = $3
AND id IN (
    SELECT DISTINCT jbb.job_id
    FROM job_depends_on jbb
    JOIN job j ON jbb.depends_on_job_id = j.id
    WHERE jbb.workflow_id = $2
    AND j.status NOT IN ($4, $5, $6, $7)
);

-- name: src/server/http_server/runtime_support.rs:initialize_blocked_jobs_to_blocked#2[not only_uninitialized]
-- group: runtime_support
-- source: src/server/http_server/runtime_support.rs:164 query
-- write
UPDATE job
SET status = $1
WHERE workflow_id = $2
AND id IN (
    SELECT DISTINCT jbb.job_id
    FROM job_depends_on jbb
    JOIN job j ON jbb.depends_on_job_id = j.id
    WHERE jbb.workflow_id = $2
    AND j.status NOT IN ($3, $4, $5, $6)
);

-- name: src/server/http_server/runtime_support.rs:initialize_unblocked_jobs
-- group: runtime_support
-- source: src/server/http_server/runtime_support.rs:255 query!
-- write
UPDATE job
SET status = $1
WHERE workflow_id = $2
AND status NOT IN ($3, $4, $5, $6, $7, $8);

-- name: src/server/http_server/runtime_support.rs:validate_run_id
-- group: runtime_support
-- source: src/server/http_server/runtime_support.rs:287 query!
SELECT run_id FROM workflow_status WHERE id = ?;

-- name: src/server/http_server/unblock_processing.rs:process_pending_unblocks
-- group: unblock_processing
-- source: src/server/http_server/unblock_processing.rs:46 query!
SELECT DISTINCT workflow_id
FROM job
WHERE status IN (?, ?, ?, ?)
  AND unblocking_processed = 0;

-- name: src/server/http_server/unblock_processing.rs:process_workflow_unblocks_inner
-- group: unblock_processing
-- source: src/server/http_server/unblock_processing.rs:162 query!
SELECT j.id, r.return_code
FROM job j
JOIN result r ON j.id = r.job_id
JOIN workflow_status ws ON j.workflow_id = ws.id AND r.run_id = ws.run_id
WHERE j.workflow_id = ?
  AND j.status IN (?, ?, ?, ?)
  AND j.unblocking_processed = 0;

-- name: src/server/http_server/unblock_processing.rs:process_workflow_unblocks_inner#2
-- group: unblock_processing
-- source: src/server/http_server/unblock_processing.rs:246 query
-- write
UPDATE job SET unblocking_processed = 1 WHERE id IN (?);

-- Left out:
--   src/server/authorization.rs:253 check_resource_access: a format! placeholder after `SELECT workflow_id FROM` takes a value the source doesn't spell out (`table_name` is a parameter of check_resource_access and no call in this file gives it)
--   src/server/http_server/bootstrap.rs:196 snapshot_once: a format! placeholder after `VACUUM INTO '` takes a value the source doesn't spell out (the method .replace() on `tmp . to_string_lossy ( )` is not followed)
--   src/server/api/jobs.rs:1100 compute_and_store_all_input_hashes: 1 of 2 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/jobs.rs:2439 claim_next_jobs: not a query: BEGIN IMMEDIATE
--   src/server/api/jobs.rs:2479 claim_next_jobs: not a query: ROLLBACK
--   src/server/api/jobs.rs:2537 claim_next_jobs: not a query: ROLLBACK
--   src/server/api/jobs.rs:2560 claim_next_jobs: not a query: ROLLBACK
--   src/server/api/jobs.rs:2597 claim_next_jobs: not a query: ROLLBACK
--   src/server/api/jobs.rs:2608 claim_next_jobs: not a query: COMMIT
--   src/server/api/jobs.rs:2610 claim_next_jobs: not a query: ROLLBACK
--   src/server/api/jobs.rs:2930 retry_job: not a query: BEGIN IMMEDIATE
--   src/server/api/jobs.rs:2957 retry_job: not a query: ROLLBACK
--   src/server/api/jobs.rs:2964 retry_job: not a query: ROLLBACK
--   src/server/api/jobs.rs:2989 retry_job: not a query: ROLLBACK
--   src/server/api/jobs.rs:3008 retry_job: not a query: ROLLBACK
--   src/server/api/jobs.rs:3018 retry_job: not a query: ROLLBACK
--   src/server/api/jobs.rs:3032 retry_job: not a query: ROLLBACK
--   src/server/api/jobs.rs:3062 retry_job: not a query: ROLLBACK
--   src/server/api/jobs.rs:3100 retry_job: not a query: COMMIT
--   src/server/api/jobs.rs:3101 retry_job: not a query: ROLLBACK
--   src/server/api/resource_requirements.rs:416 list_resource_requirements: 1 of 8 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/resource_requirements.rs:480 list_resource_requirements: 1 of 8 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/user_data.rs:437 list_user_data: 6 of 20 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/user_data.rs:485 list_user_data: 6 of 20 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/workflows.rs:442 list_workflows_filtered: 2 of 14 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/workflows.rs:531 list_workflows_filtered: 2 of 14 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/workflows.rs:1535 delete_workflow: not a query: PRAGMA foreign_keys = OFF
--   src/server/api/workflows.rs:1543 delete_workflow: not a query: BEGIN IMMEDIATE
--   src/server/api/workflows.rs:1684 delete_workflow: not a query: COMMIT
--   src/server/api/workflows.rs:1698 delete_workflow: not a query: ROLLBACK
--   src/server/api/workflows.rs:1703 delete_workflow: not a query: PRAGMA foreign_keys = ON
--   src/server/api/workflows.rs:1711 delete_workflow: not a query: PRAGMA foreign_keys = ON
--   src/server/http_server/jobs_transport.rs:1837 transport_prepare_ready_jobs: not a query: BEGIN IMMEDIATE
--   src/server/http_server/jobs_transport.rs:1898 transport_prepare_ready_jobs: not a query: ROLLBACK
--   src/server/http_server/jobs_transport.rs:1958 transport_prepare_ready_jobs: not a query: ROLLBACK
--   src/server/http_server/jobs_transport.rs:2000 transport_prepare_ready_jobs: not a query: ROLLBACK
--   src/server/http_server/jobs_transport.rs:2022 transport_prepare_ready_jobs: not a query: ROLLBACK
--   src/server/http_server/jobs_transport.rs:2042 transport_prepare_ready_jobs: not a query: ROLLBACK
--   src/server/http_server/jobs_transport.rs:2063 transport_prepare_ready_jobs: not a query: ROLLBACK
--   src/server/http_server/jobs_transport.rs:2100 transport_prepare_ready_jobs: not a query: ROLLBACK
--   src/server/http_server/jobs_transport.rs:2111 transport_prepare_ready_jobs: not a query: COMMIT
--   src/server/http_server/jobs_transport.rs:2113 transport_prepare_ready_jobs: not a query: ROLLBACK
