-- Torc's SQL statements, extracted from its source by `torc-index catalog --from-source`.
-- torc-version: 0.12.0
-- torc-commit: ffb4ba8c3d0cfc20d6ded43f73744b7e4056ec31
-- checked-on-schema: v0.12.0
-- statements: 358 from 244 sqlx calls; 16 calls or variants left out (listed at the end)

-- name: src/server/api/access_groups.rs:get_user_group_ids
-- group: access_groups
-- source: src/server/api/access_groups.rs:37 query
SELECT group_id FROM user_group_membership WHERE user_name = $1;

-- name: src/server/api/access_groups.rs:check_workflow_access_internal
-- group: access_groups
-- source: src/server/api/access_groups.rs:59 query
SELECT EXISTS(SELECT 1 FROM workflow WHERE id = $1 AND user = $2) as is_owner;

-- name: src/server/api/access_groups.rs:check_workflow_access_internal#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:78 query
SELECT EXISTS(
    SELECT 1
    FROM workflow_access_group wag
    INNER JOIN user_group_membership ugm ON wag.group_id = ugm.group_id
    WHERE wag.workflow_id = $1 AND ugm.user_name = $2
) as has_access;

-- name: src/server/api/access_groups.rs:create_access_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:120 query
-- write
INSERT INTO access_group (name, description)
VALUES ($1, $2)
RETURNING id, name, description, created_at;

-- name: src/server/api/access_groups.rs:get_access_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:170 query
SELECT id, name, description, created_at
FROM access_group
WHERE id = $1;

-- name: src/server/api/access_groups.rs:list_access_groups
-- group: access_groups
-- source: src/server/api/access_groups.rs:235 query
SELECT id, name, description, created_at FROM access_group ORDER BY id ASC LIMIT ?;

-- name: src/server/api/access_groups.rs:list_access_groups#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:256 query
SELECT COUNT(*) as total FROM access_group;

-- name: src/server/api/access_groups.rs:delete_access_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:297 query
-- write
DELETE FROM access_group WHERE id = $1;

-- name: src/server/api/access_groups.rs:add_user_to_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:349 query
-- write
INSERT INTO user_group_membership (user_name, group_id, role)
VALUES ($1, $2, $3)
RETURNING id, user_name, group_id, role, created_at;

-- name: src/server/api/access_groups.rs:remove_user_from_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:404 query
SELECT id, user_name, group_id, role, created_at
FROM user_group_membership
WHERE user_name = $1 AND group_id = $2;

-- name: src/server/api/access_groups.rs:remove_user_from_group#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:436 query
-- write
DELETE FROM user_group_membership WHERE user_name = $1 AND group_id = $2;

-- name: src/server/api/access_groups.rs:list_group_members
-- group: access_groups
-- source: src/server/api/access_groups.rs:488 query
SELECT id, user_name, group_id, role, created_at
FROM user_group_membership
WHERE group_id = $1
ORDER BY user_name
LIMIT $2 OFFSET $3;

-- name: src/server/api/access_groups.rs:list_group_members#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:513 query
SELECT COUNT(*) as total FROM user_group_membership WHERE group_id = $1;

-- name: src/server/api/access_groups.rs:list_user_groups
-- group: access_groups
-- source: src/server/api/access_groups.rs:565 query
SELECT g.id, g.name, g.description, g.created_at
FROM access_group g
INNER JOIN user_group_membership m ON g.id = m.group_id
WHERE m.user_name = $1
ORDER BY g.name
LIMIT $2 OFFSET $3;

-- name: src/server/api/access_groups.rs:list_user_groups#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:589 query
SELECT COUNT(*) as total
FROM user_group_membership
WHERE user_name = $1;

-- name: src/server/api/access_groups.rs:add_workflow_to_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:645 query
SELECT EXISTS(SELECT 1 FROM workflow WHERE id = $1) as exists_flag;

-- name: src/server/api/access_groups.rs:add_workflow_to_group#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:665 query
-- write
INSERT INTO workflow_access_group (workflow_id, group_id)
VALUES ($1, $2)
RETURNING workflow_id, group_id, created_at;

-- name: src/server/api/access_groups.rs:remove_workflow_from_group
-- group: access_groups
-- source: src/server/api/access_groups.rs:719 query
SELECT workflow_id, group_id, created_at
FROM workflow_access_group
WHERE workflow_id = $1 AND group_id = $2;

-- name: src/server/api/access_groups.rs:remove_workflow_from_group#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:749 query
-- write
DELETE FROM workflow_access_group WHERE workflow_id = $1 AND group_id = $2;

-- name: src/server/api/access_groups.rs:list_workflow_groups
-- group: access_groups
-- source: src/server/api/access_groups.rs:782 query
SELECT EXISTS(SELECT 1 FROM workflow WHERE id = $1) as exists_flag;

-- name: src/server/api/access_groups.rs:list_workflow_groups#2
-- group: access_groups
-- source: src/server/api/access_groups.rs:813 query
SELECT g.id, g.name, g.description, g.created_at
FROM access_group g
INNER JOIN workflow_access_group w ON g.id = w.group_id
WHERE w.workflow_id = $1
ORDER BY g.name
LIMIT $2 OFFSET $3;

-- name: src/server/api/access_groups.rs:list_workflow_groups#3
-- group: access_groups
-- source: src/server/api/access_groups.rs:837 query
SELECT COUNT(*) as total FROM workflow_access_group WHERE workflow_id = $1;

-- name: src/server/api/compute_nodes.rs:create_compute_node
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:110 query!
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
            ) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)
            RETURNING rowid;

-- name: src/server/api/compute_nodes.rs:delete_compute_nodes
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:172 query!
-- write
DELETE FROM compute_node WHERE workflow_id = $1;

-- name: src/server/api/compute_nodes.rs:get_compute_node
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:212 query
SELECT id, workflow_id, hostname, pid, start_time, duration_seconds, is_active,
       num_cpus, memory_gb, num_gpus, num_nodes, time_limit, scheduler_config_id, compute_node_type, scheduler
FROM compute_node
WHERE id = $1;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:343 query
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
FROM compute_node WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes[hostname]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:343 query
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
FROM compute_node WHERE workflow_id = ? AND hostname = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes[is_active]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:343 query
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
FROM compute_node WHERE workflow_id = ? AND is_active = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes[scheduled_compute_node_id]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:343 query
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
FROM compute_node WHERE workflow_id = ? AND json_extract(scheduler, '$.scheduler_id') = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes#2
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:402 query
SELECT COUNT(*) as total FROM compute_node WHERE workflow_id = ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes#2[hostname]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:402 query
SELECT COUNT(*) as total FROM compute_node WHERE workflow_id = ? AND hostname = ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes#2[is_active]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:402 query
SELECT COUNT(*) as total FROM compute_node WHERE workflow_id = ? AND is_active = ?;

-- name: src/server/api/compute_nodes.rs:list_compute_nodes#2[scheduled_compute_node_id]
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:402 query
SELECT COUNT(*) as total FROM compute_node WHERE workflow_id = ? AND json_extract(scheduler, '$.scheduler_id') = ?;

-- name: src/server/api/compute_nodes.rs:update_compute_node
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:473 query
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
WHERE id = $15;

-- name: src/server/api/compute_nodes.rs:delete_compute_node
-- group: compute_nodes
-- source: src/server/api/compute_nodes.rs:565 query
-- write
DELETE FROM compute_node WHERE id = $1;

-- name: src/server/api/events.rs:create_event
-- group: events
-- source: src/server/api/events.rs:106 query
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
-- source: src/server/api/events.rs:143 query
SELECT id, workflow_id, timestamp, data
FROM event
WHERE id = $1;

-- name: src/server/api/events.rs:list_events
-- group: events
-- source: src/server/api/events.rs:234 query
SELECT id, workflow_id, timestamp, data FROM event WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/events.rs:list_events[after_timestamp]
-- group: events
-- source: src/server/api/events.rs:234 query
SELECT id, workflow_id, timestamp, data FROM event WHERE workflow_id = ? AND timestamp > ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/events.rs:list_events#2
-- group: events
-- source: src/server/api/events.rs:275 query
SELECT COUNT(*) as total FROM event WHERE workflow_id = ?;

-- name: src/server/api/events.rs:list_events#2[after_timestamp]
-- group: events
-- source: src/server/api/events.rs:275 query
SELECT COUNT(*) as total FROM event WHERE workflow_id = ? AND timestamp > ?;

-- name: src/server/api/events.rs:update_event
-- group: events
-- source: src/server/api/events.rs:343 query
-- write
UPDATE event
SET data = $1
WHERE id = $2;

-- name: src/server/api/events.rs:delete_event
-- group: events
-- source: src/server/api/events.rs:404 query!
-- write
DELETE FROM event WHERE id = $1;

-- name: src/server/api/failure_handlers.rs:create_failure_handler
-- group: failure_handlers
-- source: src/server/api/failure_handlers.rs:82 query!
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
-- source: src/server/api/failure_handlers.rs:177 query!
SELECT id, workflow_id, name, rules
FROM failure_handler
WHERE workflow_id = $1
ORDER BY id
LIMIT $2 OFFSET $3;

-- name: src/server/api/failure_handlers.rs:list_failure_handlers#2
-- group: failure_handlers
-- source: src/server/api/failure_handlers.rs:212 query!
SELECT COUNT(*) as total FROM failure_handler WHERE workflow_id = $1;

-- name: src/server/api/failure_handlers.rs:delete_failure_handler
-- group: failure_handlers
-- source: src/server/api/failure_handlers.rs:253 query!
-- write
DELETE FROM failure_handler WHERE id = $1;

-- name: src/server/api/files.rs:create_file
-- group: files
-- source: src/server/api/files.rs:108 query!
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
-- source: src/server/api/files.rs:153 query!
-- write
DELETE FROM file WHERE workflow_id = $1;

-- name: src/server/api/files.rs:get_file
-- group: files
-- source: src/server/api/files.rs:183 query!
SELECT id, workflow_id, name, path, st_mtime FROM file WHERE id = $1;

-- name: src/server/api/files.rs:list_files[needs_join]
-- group: files
-- source: src/server/api/files.rs:303 query
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
-- source: src/server/api/files.rs:303 query
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
-- source: src/server/api/files.rs:303 query
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
-- source: src/server/api/files.rs:303 query
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
-- source: src/server/api/files.rs:303 query
SELECT id, workflow_id, name, path, st_mtime FROM file WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/files.rs:list_files[not needs_join, name]
-- group: files
-- source: src/server/api/files.rs:303 query
SELECT id, workflow_id, name, path, st_mtime FROM file WHERE workflow_id = ? AND name = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/files.rs:list_files[not needs_join, path]
-- group: files
-- source: src/server/api/files.rs:303 query
SELECT id, workflow_id, name, path, st_mtime FROM file WHERE workflow_id = ? AND path = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/files.rs:list_files#2[needs_join]
-- group: files
-- source: src/server/api/files.rs:351 query
SELECT
    COUNT(DISTINCT f.id) as total
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ?;

-- name: src/server/api/files.rs:list_files#2[needs_join, produced_by_job_id]
-- group: files
-- source: src/server/api/files.rs:351 query
SELECT
    COUNT(DISTINCT f.id) as total
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ? AND jof.job_id = ?;

-- name: src/server/api/files.rs:list_files#2[needs_join, name]
-- group: files
-- source: src/server/api/files.rs:351 query
SELECT
    COUNT(DISTINCT f.id) as total
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ? AND f.name = ?;

-- name: src/server/api/files.rs:list_files#2[needs_join, path]
-- group: files
-- source: src/server/api/files.rs:351 query
SELECT
    COUNT(DISTINCT f.id) as total
FROM file f
JOIN job_output_file jof ON f.id = jof.file_id
WHERE f.workflow_id = ? AND f.path = ?;

-- name: src/server/api/files.rs:list_files#2[not needs_join]
-- group: files
-- source: src/server/api/files.rs:351 query
SELECT COUNT(*) as total FROM file WHERE workflow_id = ?;

-- name: src/server/api/files.rs:list_files#2[not needs_join, name]
-- group: files
-- source: src/server/api/files.rs:351 query
SELECT COUNT(*) as total FROM file WHERE workflow_id = ? AND name = ?;

-- name: src/server/api/files.rs:list_files#2[not needs_join, path]
-- group: files
-- source: src/server/api/files.rs:351 query
SELECT COUNT(*) as total FROM file WHERE workflow_id = ? AND path = ?;

-- name: src/server/api/files.rs:update_file
-- group: files
-- source: src/server/api/files.rs:461 query!
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
-- source: src/server/api/files.rs:528 query!
-- write
DELETE FROM file WHERE id = $1;

-- name: src/server/api/files.rs:find_user_required_files
-- group: files
-- source: src/server/api/files.rs:560 query!
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
-- source: src/server/api/files.rs:588 query!
SELECT DISTINCT jof.file_id
FROM job_output_file jof
INNER JOIN job j ON jof.job_id = j.id
WHERE j.workflow_id = $1
AND j.status = $2;

-- name: src/server/api/jobs.rs:add_job_file_association[table_name job_input_file]
-- group: jobs
-- source: src/server/api/jobs.rs:180 query
-- write
INSERT INTO job_input_file (job_id, file_id, workflow_id) VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:add_job_file_association[table_name job_output_file]
-- group: jobs
-- source: src/server/api/jobs.rs:180 query
-- write
INSERT INTO job_output_file (job_id, file_id, workflow_id) VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:add_job_user_data_association[table_name job_input_user_data]
-- group: jobs
-- source: src/server/api/jobs.rs:208 query
-- write
INSERT INTO job_input_user_data (job_id, user_data_id) VALUES ($1, $2);

-- name: src/server/api/jobs.rs:add_job_user_data_association[table_name job_output_user_data]
-- group: jobs
-- source: src/server/api/jobs.rs:208 query
-- write
INSERT INTO job_output_user_data (job_id, user_data_id) VALUES ($1, $2);

-- name: src/server/api/jobs.rs:add_depends_on_association
-- group: jobs
-- source: src/server/api/jobs.rs:230 query!
-- write
INSERT INTO job_depends_on (job_id, depends_on_job_id, workflow_id)
VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:get_job_with_relationships
-- group: jobs
-- source: src/server/api/jobs.rs:250 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script,
       status, cancel_on_blocking_job_failure, supports_termination, scheduler_id,
       failure_handler_id, attempt_id
FROM job
WHERE id = ?;

-- name: src/server/api/jobs.rs:get_job_with_relationships#2
-- group: jobs
-- source: src/server/api/jobs.rs:286 query!
SELECT depends_on_job_id FROM job_depends_on WHERE job_id = $1 ORDER BY depends_on_job_id;

-- name: src/server/api/jobs.rs:get_job_with_relationships#3
-- group: jobs
-- source: src/server/api/jobs.rs:308 query!
SELECT file_id FROM job_input_file WHERE job_id = $1 ORDER BY file_id;

-- name: src/server/api/jobs.rs:get_job_with_relationships#4
-- group: jobs
-- source: src/server/api/jobs.rs:325 query!
SELECT file_id FROM job_output_file WHERE job_id = $1 ORDER BY file_id;

-- name: src/server/api/jobs.rs:get_job_with_relationships#5
-- group: jobs
-- source: src/server/api/jobs.rs:342 query!
SELECT user_data_id FROM job_input_user_data WHERE job_id = $1 ORDER BY user_data_id;

-- name: src/server/api/jobs.rs:get_job_with_relationships#6
-- group: jobs
-- source: src/server/api/jobs.rs:364 query!
SELECT user_data_id FROM job_output_user_data WHERE job_id = $1 ORDER BY user_data_id;

-- name: src/server/api/jobs.rs:reset_failed_jobs_only
-- group: jobs
-- source: src/server/api/jobs.rs:422 query!
SELECT id, status
FROM job
WHERE workflow_id = $1
  AND status IN ($2, $3, $4, $5);

-- name: src/server/api/jobs.rs:reset_failed_jobs_only#2
-- group: jobs
-- source: src/server/api/jobs.rs:464 query!
-- write
UPDATE job SET status = $1 WHERE id = $2;

-- name: src/server/api/jobs.rs:reset_failed_jobs_only#3
-- group: jobs
-- source: src/server/api/jobs.rs:477 query!
-- write
UPDATE job_internal SET active_compute_node_id = NULL WHERE job_id = ?;

-- name: src/server/api/jobs.rs:update_jobs_from_completion_reversal
-- group: jobs
-- source: src/server/api/jobs.rs:550 query!
SELECT workflow_id FROM job WHERE id = ?;

-- name: src/server/api/jobs.rs:update_jobs_from_completion_reversal#2
-- group: jobs
-- source: src/server/api/jobs.rs:567 query!
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
-- source: src/server/api/jobs.rs:658 query!
SELECT id, data as "data: Option<String>"
FROM user_data
WHERE id = $1;

-- name: src/server/api/jobs.rs:store_job_input_hash
-- group: jobs
-- source: src/server/api/jobs.rs:721 query!
-- write
INSERT INTO job_internal (job_id, input_hash)
VALUES ($1, $2)
ON CONFLICT(job_id) DO UPDATE SET input_hash = excluded.input_hash;

-- name: src/server/api/jobs.rs:get_stored_job_input_hash
-- group: jobs
-- source: src/server/api/jobs.rs:751 query!
SELECT input_hash
FROM job_internal
WHERE job_id = $1;

-- name: src/server/api/jobs.rs:create_job
-- group: jobs
-- source: src/server/api/jobs.rs:817 query!
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
    status,
    scheduler_id,
    failure_handler_id
)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
RETURNING rowid;

-- name: src/server/api/jobs.rs:create_jobs
-- group: jobs
-- source: src/server/api/jobs.rs:1009 query!
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
    status,
    scheduler_id,
    failure_handler_id
)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
RETURNING rowid;

-- name: src/server/api/jobs.rs:create_jobs#2
-- group: jobs
-- source: src/server/api/jobs.rs:1054 query!
-- write
INSERT INTO job_depends_on (job_id, depends_on_job_id, workflow_id)
VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:create_jobs#3
-- group: jobs
-- source: src/server/api/jobs.rs:1075 query!
-- write
INSERT INTO job_input_file (job_id, file_id, workflow_id)
VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:create_jobs#4
-- group: jobs
-- source: src/server/api/jobs.rs:1096 query!
-- write
INSERT INTO job_output_file (job_id, file_id, workflow_id)
VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:create_jobs#5
-- group: jobs
-- source: src/server/api/jobs.rs:1117 query!
-- write
INSERT INTO job_input_user_data (job_id, user_data_id)
VALUES ($1, $2);

-- name: src/server/api/jobs.rs:create_jobs#6
-- group: jobs
-- source: src/server/api/jobs.rs:1137 query!
-- write
INSERT INTO job_output_user_data (job_id, user_data_id)
VALUES ($1, $2);

-- name: src/server/api/jobs.rs:delete_jobs
-- group: jobs
-- source: src/server/api/jobs.rs:1189 query!
-- write
DELETE FROM job WHERE workflow_id = $1;

-- name: src/server/api/jobs.rs:list_job_ids
-- group: jobs
-- source: src/server/api/jobs.rs:1253 query!
SELECT id
FROM job
WHERE workflow_id = $1
ORDER BY id;

-- name: src/server/api/jobs.rs:list_jobs
-- group: jobs
-- source: src/server/api/jobs.rs:1357 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script, status, cancel_on_blocking_job_failure, supports_termination, scheduler_id, failure_handler_id, attempt_id FROM job WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/jobs.rs:list_jobs[status]
-- group: jobs
-- source: src/server/api/jobs.rs:1357 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script, status, cancel_on_blocking_job_failure, supports_termination, scheduler_id, failure_handler_id, attempt_id FROM job WHERE workflow_id = ? AND status = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/jobs.rs:list_jobs[needs_file_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1357 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script, status, cancel_on_blocking_job_failure, supports_termination, scheduler_id, failure_handler_id, attempt_id FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_input_file WHERE file_id = ?) ORDER BY id ASC LIMIT ?;

-- name: src/server/api/jobs.rs:list_jobs[upstream_job_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1357 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script, status, cancel_on_blocking_job_failure, supports_termination, scheduler_id, failure_handler_id, attempt_id FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_depends_on WHERE depends_on_job_id = ?) ORDER BY id ASC LIMIT ?;

-- name: src/server/api/jobs.rs:list_jobs[active_compute_node_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1357 query
SELECT id, workflow_id, name, command, resource_requirements_id, invocation_script, status, cancel_on_blocking_job_failure, supports_termination, scheduler_id, failure_handler_id, attempt_id FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_internal WHERE active_compute_node_id = ?) ORDER BY id ASC LIMIT ?;

-- name: src/server/api/jobs.rs:list_jobs#2
-- group: jobs
-- source: src/server/api/jobs.rs:1443 query
SELECT COUNT(*) as total FROM job WHERE workflow_id = ?;

-- name: src/server/api/jobs.rs:list_jobs#2[status]
-- group: jobs
-- source: src/server/api/jobs.rs:1443 query
SELECT COUNT(*) as total FROM job WHERE workflow_id = ? AND status = ?;

-- name: src/server/api/jobs.rs:list_jobs#2[needs_file_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1443 query
SELECT COUNT(*) as total FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_input_file WHERE file_id = ?);

-- name: src/server/api/jobs.rs:list_jobs#2[upstream_job_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1443 query
SELECT COUNT(*) as total FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_depends_on WHERE depends_on_job_id = ?);

-- name: src/server/api/jobs.rs:list_jobs#2[active_compute_node_id]
-- group: jobs
-- source: src/server/api/jobs.rs:1443 query
SELECT COUNT(*) as total FROM job WHERE workflow_id = ? AND id IN (SELECT job_id FROM job_internal WHERE active_compute_node_id = ?);

-- name: src/server/api/jobs.rs:update_job
-- group: jobs
-- source: src/server/api/jobs.rs:1729 query!
-- write
UPDATE job
SET
    name = COALESCE($1, name)
    ,status = COALESCE($2, status)
    ,command = COALESCE($3, command)
    ,invocation_script = COALESCE($4, invocation_script)
    ,cancel_on_blocking_job_failure = COALESCE($5, cancel_on_blocking_job_failure)
    ,supports_termination = COALESCE($6, supports_termination)
    ,resource_requirements_id = COALESCE($7, resource_requirements_id)
    ,scheduler_id = COALESCE($8, scheduler_id)
WHERE id = $9;

-- name: src/server/api/jobs.rs:update_job#2
-- group: jobs
-- source: src/server/api/jobs.rs:1778 query!
-- write
DELETE FROM job_depends_on WHERE job_id = $1;

-- name: src/server/api/jobs.rs:update_job#3
-- group: jobs
-- source: src/server/api/jobs.rs:1789 query!
-- write
INSERT INTO job_depends_on (job_id, depends_on_job_id, workflow_id) VALUES ($1, $2, $3);

-- name: src/server/api/jobs.rs:update_job_status
-- group: jobs
-- source: src/server/api/jobs.rs:1837 query!
-- write
UPDATE job
SET status = $1
WHERE id = $2;

-- name: src/server/api/jobs.rs:process_changed_job_inputs
-- group: jobs
-- source: src/server/api/jobs.rs:1905 query!
SELECT id, name
FROM job
WHERE workflow_id = $1
ORDER BY id;

-- name: src/server/api/jobs.rs:process_changed_job_inputs#2
-- group: jobs
-- source: src/server/api/jobs.rs:1981 query!
-- write
UPDATE job
SET status = $1
WHERE id = $2;

-- name: src/server/api/jobs.rs:delete_job
-- group: jobs
-- source: src/server/api/jobs.rs:2073 query!
-- write
DELETE FROM job WHERE id = $1;

-- name: src/server/api/jobs.rs:reset_job_status
-- group: jobs
-- source: src/server/api/jobs.rs:2129 query!
-- write
UPDATE job
SET status = $1
WHERE workflow_id = $2 AND status != $1;

-- name: src/server/api/jobs.rs:reset_job_status#2
-- group: jobs
-- source: src/server/api/jobs.rs:2150 query!
-- write
UPDATE job_internal SET active_compute_node_id = NULL WHERE job_id IN (SELECT id FROM job WHERE workflow_id = ?);

-- name: src/server/api/jobs.rs:retry_job#2
-- group: jobs
-- source: src/server/api/jobs.rs:2212 query
SELECT j.id, j.workflow_id, j.name, j.command, j.status, j.failure_handler_id, j.attempt_id,
       j.invocation_script, j.cancel_on_blocking_job_failure, j.supports_termination,
       j.resource_requirements_id, j.scheduler_id,
       ws.run_id as workflow_run_id
FROM job j
JOIN workflow w ON j.workflow_id = w.id
JOIN workflow_status ws ON w.status_id = ws.id
WHERE j.id = ?;

-- name: src/server/api/jobs.rs:retry_job#3
-- group: jobs
-- source: src/server/api/jobs.rs:2315 query
-- write
UPDATE job
SET status = ?, attempt_id = ?
WHERE id = ?;

-- name: src/server/api/jobs.rs:retry_job#4
-- group: jobs
-- source: src/server/api/jobs.rs:2344 query
-- write
INSERT INTO event (workflow_id, timestamp, data)
VALUES ($1, $2, $3);

-- name: src/server/api/remote_workers.rs:create_remote_workers
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:74 query!
SELECT id FROM workflow WHERE id = $1;

-- name: src/server/api/remote_workers.rs:create_remote_workers#2
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:96 query!
-- write
INSERT OR IGNORE INTO remote_worker (worker, workflow_id)
VALUES ($1, $2);

-- name: src/server/api/remote_workers.rs:list_remote_workers
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:143 query!
SELECT id FROM workflow WHERE id = $1;

-- name: src/server/api/remote_workers.rs:list_remote_workers#2
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:163 query
SELECT worker, workflow_id FROM remote_worker WHERE workflow_id = ? ORDER BY worker;

-- name: src/server/api/remote_workers.rs:delete_remote_worker
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:210 query!
SELECT id FROM workflow WHERE id = $1;

-- name: src/server/api/remote_workers.rs:delete_remote_worker#2
-- group: remote_workers
-- source: src/server/api/remote_workers.rs:230 query!
-- write
DELETE FROM remote_worker WHERE workflow_id = $1 AND worker = $2;

-- name: src/server/api/resource_requirements.rs:create_resource_requirements
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:143 query!
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
-- source: src/server/api/resource_requirements.rs:197 query!
-- write
DELETE FROM resource_requirements WHERE workflow_id = $1;

-- name: src/server/api/resource_requirements.rs:get_resource_requirements
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:237 query!
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime
FROM resource_requirements
WHERE id = $1;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:358 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[name]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:358 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND name = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[memory]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:358 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND memory = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[num_cpus]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:358 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND num_cpus = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[num_gpus]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:358 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND num_gpus = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[num_nodes]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:358 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND num_nodes = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements[runtime]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:358 query
SELECT id, workflow_id, name, num_cpus, num_gpus, num_nodes, memory, runtime FROM resource_requirements WHERE workflow_id = ? AND runtime_s = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:420 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[name]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:420 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND name = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[memory]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:420 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND memory = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[num_cpus]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:420 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND num_cpus = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[num_gpus]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:420 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND num_gpus = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[num_nodes]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:420 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND num_nodes = ?;

-- name: src/server/api/resource_requirements.rs:list_resource_requirements#2[runtime]
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:420 query
SELECT COUNT(*) as total FROM resource_requirements WHERE workflow_id = ? AND runtime_s = ?;

-- name: src/server/api/resource_requirements.rs:update_resource_requirements
-- group: resource_requirements
-- source: src/server/api/resource_requirements.rs:517 query!
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
-- source: src/server/api/resource_requirements.rs:589 query!
-- write
DELETE FROM resource_requirements WHERE id = $1;

-- name: src/server/api/results.rs:create_result
-- group: results
-- source: src/server/api/results.rs:105 query!
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

-- name: src/server/api/results.rs:delete_results
-- group: results
-- source: src/server/api/results.rs:167 query!
-- write
DELETE FROM result WHERE workflow_id = $1;

-- name: src/server/api/results.rs:get_result
-- group: results
-- source: src/server/api/results.rs:200 query!
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status,
       peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent
FROM result
WHERE id = $1;

-- name: src/server/api/results.rs:list_results[show_all_results]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[show_all_results, job_id]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? AND job_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[show_all_results, run_id]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? AND run_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[show_all_results, return_code]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? AND return_code = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[show_all_results, status]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? AND status = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[show_all_results, compute_node_id]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT id, job_id, workflow_id, run_id, attempt_id, compute_node_id, return_code, exec_time_minutes, completion_time, status, peak_memory_bytes, avg_memory_bytes, peak_cpu_percent, avg_cpu_percent FROM result WHERE workflow_id = ? AND compute_node_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results, job_id]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.job_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results, run_id]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.run_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results, return_code]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.return_code = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results, status]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.status = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results[not show_all_results, compute_node_id]
-- group: results
-- source: src/server/api/results.rs:343 query
SELECT r.id, r.job_id, r.workflow_id, r.run_id, r.attempt_id, r.compute_node_id, r.return_code, r.exec_time_minutes, r.completion_time, r.status, r.peak_memory_bytes, r.avg_memory_bytes, r.peak_cpu_percent, r.avg_cpu_percent FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.compute_node_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results, job_id]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ? AND job_id = ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results, run_id]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ? AND run_id = ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results, return_code]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ? AND return_code = ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results, status]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ? AND status = ?;

-- name: src/server/api/results.rs:list_results#2[show_all_results, compute_node_id]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result WHERE workflow_id = ? AND compute_node_id = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results, job_id]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.job_id = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results, run_id]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.run_id = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results, return_code]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.return_code = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results, status]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.status = ?;

-- name: src/server/api/results.rs:list_results#2[not show_all_results, compute_node_id]
-- group: results
-- source: src/server/api/results.rs:411 query
SELECT COUNT(*) as total FROM result r INNER JOIN workflow_result wr ON r.id = wr.result_id WHERE r.workflow_id = ? AND r.compute_node_id = ?;

-- name: src/server/api/results.rs:update_result
-- group: results
-- source: src/server/api/results.rs:488 query!
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
-- source: src/server/api/results.rs:562 query!
-- write
DELETE FROM result WHERE id = $1;

-- name: src/server/api/schedulers.rs:create_local_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:210 query!
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
-- source: src/server/api/schedulers.rs:250 query!
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
-- source: src/server/api/schedulers.rs:294 query!
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
-- source: src/server/api/schedulers.rs:354 query!
-- write
DELETE FROM local_scheduler WHERE workflow_id = $1;

-- name: src/server/api/schedulers.rs:delete_scheduled_compute_nodes
-- group: schedulers
-- source: src/server/api/schedulers.rs:396 query!
-- write
DELETE FROM scheduled_compute_node WHERE workflow_id = $1;

-- name: src/server/api/schedulers.rs:delete_slurm_schedulers
-- group: schedulers
-- source: src/server/api/schedulers.rs:438 query!
-- write
DELETE FROM slurm_scheduler WHERE workflow_id = $1;

-- name: src/server/api/schedulers.rs:get_local_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:476 query
SELECT id, workflow_id, memory, num_cpus
FROM local_scheduler
WHERE id = $1;

-- name: src/server/api/schedulers.rs:get_scheduled_compute_node
-- group: schedulers
-- source: src/server/api/schedulers.rs:527 query
SELECT id, workflow_id, scheduler_id, scheduler_config_id, scheduler_type, status
FROM scheduled_compute_node
WHERE id = $1;

-- name: src/server/api/schedulers.rs:get_slurm_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:579 query
SELECT id, workflow_id, name, account, gres, mem, nodes, ntasks_per_node,
       partition, qos, tmp, walltime, extra
FROM slurm_scheduler
WHERE id = $1;

-- name: src/server/api/schedulers.rs:list_local_schedulers
-- group: schedulers
-- source: src/server/api/schedulers.rs:667 query
SELECT id, workflow_id, memory, num_cpus FROM local_scheduler WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_local_schedulers#2
-- group: schedulers
-- source: src/server/api/schedulers.rs:696 query
SELECT COUNT(*) as total FROM local_scheduler WHERE workflow_id = ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes
-- group: schedulers
-- source: src/server/api/schedulers.rs:784 query
SELECT id, workflow_id, scheduler_id, scheduler_config_id, scheduler_type, status FROM scheduled_compute_node WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes[scheduler_id]
-- group: schedulers
-- source: src/server/api/schedulers.rs:784 query
SELECT id, workflow_id, scheduler_id, scheduler_config_id, scheduler_type, status FROM scheduled_compute_node WHERE workflow_id = ? AND scheduler_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes[scheduler_config_id]
-- group: schedulers
-- source: src/server/api/schedulers.rs:784 query
SELECT id, workflow_id, scheduler_id, scheduler_config_id, scheduler_type, status FROM scheduled_compute_node WHERE workflow_id = ? AND scheduler_config_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes[status]
-- group: schedulers
-- source: src/server/api/schedulers.rs:784 query
SELECT id, workflow_id, scheduler_id, scheduler_config_id, scheduler_type, status FROM scheduled_compute_node WHERE workflow_id = ? AND status = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes#2
-- group: schedulers
-- source: src/server/api/schedulers.rs:823 query
SELECT COUNT(*) as total FROM scheduled_compute_node WHERE workflow_id = ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes#2[scheduler_id]
-- group: schedulers
-- source: src/server/api/schedulers.rs:823 query
SELECT COUNT(*) as total FROM scheduled_compute_node WHERE workflow_id = ? AND scheduler_id = ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes#2[scheduler_config_id]
-- group: schedulers
-- source: src/server/api/schedulers.rs:823 query
SELECT COUNT(*) as total FROM scheduled_compute_node WHERE workflow_id = ? AND scheduler_config_id = ?;

-- name: src/server/api/schedulers.rs:list_scheduled_compute_nodes#2[status]
-- group: schedulers
-- source: src/server/api/schedulers.rs:823 query
SELECT COUNT(*) as total FROM scheduled_compute_node WHERE workflow_id = ? AND status = ?;

-- name: src/server/api/schedulers.rs:list_slurm_schedulers
-- group: schedulers
-- source: src/server/api/schedulers.rs:903 query
SELECT id, workflow_id, name, account, gres, mem, nodes, ntasks_per_node, partition, qos, tmp, walltime, extra FROM slurm_scheduler WHERE workflow_id = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/schedulers.rs:list_slurm_schedulers#2
-- group: schedulers
-- source: src/server/api/schedulers.rs:940 query
SELECT COUNT(*) as total FROM slurm_scheduler WHERE workflow_id = ?;

-- name: src/server/api/schedulers.rs:update_local_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:1001 query
-- write
UPDATE local_scheduler
SET
    workflow_id = COALESCE($1, workflow_id)
    ,memory = COALESCE($2, memory)
    ,num_cpus = COALESCE($3, num_cpus)
WHERE id = $4;

-- name: src/server/api/schedulers.rs:update_scheduled_compute_node
-- group: schedulers
-- source: src/server/api/schedulers.rs:1077 query
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
-- source: src/server/api/schedulers.rs:1160 query
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
-- source: src/server/api/schedulers.rs:1255 query
-- write
DELETE FROM local_scheduler WHERE id = $1;

-- name: src/server/api/schedulers.rs:delete_scheduled_compute_node
-- group: schedulers
-- source: src/server/api/schedulers.rs:1311 query
-- write
DELETE FROM scheduled_compute_node WHERE id = $1;

-- name: src/server/api/schedulers.rs:delete_slurm_scheduler
-- group: schedulers
-- source: src/server/api/schedulers.rs:1363 query
-- write
DELETE FROM slurm_scheduler WHERE id = $1;

-- name: src/server/api/user_data.rs:create_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:132 query!
-- write
INSERT INTO user_data (workflow_id, name, is_ephemeral, data)
VALUES ($1, $2, $3, $4)
RETURNING id;

-- name: src/server/api/user_data.rs:create_user_data#2
-- group: user_data
-- source: src/server/api/user_data.rs:157 query!
-- write
INSERT INTO job_output_user_data (job_id, user_data_id)
VALUES ($1, $2);

-- name: src/server/api/user_data.rs:create_user_data#3
-- group: user_data
-- source: src/server/api/user_data.rs:182 query!
-- write
INSERT INTO job_input_user_data (job_id, user_data_id)
VALUES ($1, $2);

-- name: src/server/api/user_data.rs:delete_all_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:225 query!
-- write
DELETE FROM user_data
WHERE workflow_id = $1;

-- name: src/server/api/user_data.rs:get_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:264 query
SELECT id, workflow_id, name, is_ephemeral, data FROM user_data WHERE id = ?;

-- name: src/server/api/user_data.rs:list_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud WHERE ud.workflow_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[name]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud WHERE ud.workflow_id = ? AND ud.name LIKE ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud WHERE ud.workflow_id = ? AND ud.is_ephemeral = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[joins]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud  WHERE ud.workflow_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud  WHERE ud.workflow_id = ? AND ud.name LIKE ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud  WHERE ud.workflow_id = ? AND ud.is_ephemeral = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[consumer_job_id, joins]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[consumer_job_id, joins](2)
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND jiud.job_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[consumer_job_id, joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND ud.name LIKE ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[consumer_job_id, joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND ud.is_ephemeral = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[producer_job_id, joins]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[producer_job_id, joins](2)
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND joud.job_id = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[producer_job_id, joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND ud.name LIKE ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data[producer_job_id, joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:411 query
SELECT DISTINCT ud.id, ud.workflow_id, ud.name, ud.is_ephemeral, ud.data FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND ud.is_ephemeral = ? ORDER BY ud.id ASC LIMIT ?;

-- name: src/server/api/user_data.rs:list_user_data#2
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud WHERE ud.workflow_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[name]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud WHERE ud.workflow_id = ? AND ud.name LIKE ?;

-- name: src/server/api/user_data.rs:list_user_data#2[is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud WHERE ud.workflow_id = ? AND ud.is_ephemeral = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[joins]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud  WHERE ud.workflow_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud  WHERE ud.workflow_id = ? AND ud.name LIKE ?;

-- name: src/server/api/user_data.rs:list_user_data#2[joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud  WHERE ud.workflow_id = ? AND ud.is_ephemeral = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[consumer_job_id, joins]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[consumer_job_id, joins](2)
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND jiud.job_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[consumer_job_id, joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND ud.name LIKE ?;

-- name: src/server/api/user_data.rs:list_user_data#2[consumer_job_id, joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id WHERE ud.workflow_id = ? AND ud.is_ephemeral = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[producer_job_id, joins]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[producer_job_id, joins](2)
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND joud.job_id = ?;

-- name: src/server/api/user_data.rs:list_user_data#2[producer_job_id, joins, name]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND ud.name LIKE ?;

-- name: src/server/api/user_data.rs:list_user_data#2[producer_job_id, joins, is_ephemeral]
-- group: user_data
-- source: src/server/api/user_data.rs:459 query
SELECT COUNT(DISTINCT ud.id) as total FROM user_data ud INNER JOIN job_output_user_data joud ON ud.id = joud.user_data_id WHERE ud.workflow_id = ? AND ud.is_ephemeral = ?;

-- name: src/server/api/user_data.rs:update_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:545 query!
-- write
UPDATE user_data
SET
    name = COALESCE($1, name),
    is_ephemeral = COALESCE($2, is_ephemeral),
    data = COALESCE($3, data)
WHERE id = $4;

-- name: src/server/api/user_data.rs:delete_user_data
-- group: user_data
-- source: src/server/api/user_data.rs:619 query!
-- write
DELETE FROM user_data
WHERE id = $1;

-- name: src/server/api/user_data.rs:find_missing_user_created_data
-- group: user_data
-- source: src/server/api/user_data.rs:656 query!
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
-- source: src/server/api/user_data.rs:688 query!
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
-- source: src/server/api/workflow_actions.rs:530 query
-- write
UPDATE workflow_action
                 SET executed_at = ?
                 WHERE id = ?;

-- name: src/server/api/workflow_actions.rs:claim_action#3
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:540 query
-- write
UPDATE workflow_action
                 SET executed = 1, executed_at = ?, executed_by = ?
                 WHERE id = ? AND executed = 0;

-- name: src/server/api/workflow_actions.rs:check_and_trigger_actions
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:598 query
SELECT id, job_ids, trigger_count, required_triggers FROM workflow_action
             WHERE workflow_id = ? AND trigger_type = ? AND trigger_count < required_triggers;

-- name: src/server/api/workflow_actions.rs:check_and_trigger_actions#2
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:684 query
-- write
UPDATE workflow_action SET trigger_count = trigger_count + ? WHERE id = ?;

-- name: src/server/api/workflow_actions.rs:count_jobs_in_satisfied_state
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:738 query_scalar
SELECT status FROM job WHERE id = ?;

-- name: src/server/api/workflow_actions.rs:reset_actions_for_reinitialize
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:795 query
-- write
DELETE FROM workflow_action WHERE workflow_id = ? AND is_recovery = 1;

-- name: src/server/api/workflow_actions.rs:reset_actions_for_reinitialize#2
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:819 query
-- write
UPDATE workflow_action SET executed = 0, executed_by = NULL WHERE workflow_id = ?;

-- name: src/server/api/workflow_actions.rs:reset_actions_for_reinitialize#3
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:842 query
SELECT id, trigger_type, job_ids FROM workflow_action WHERE workflow_id = ?;

-- name: src/server/api/workflow_actions.rs:reset_actions_for_reinitialize#4
-- group: workflow_actions
-- source: src/server/api/workflow_actions.rs:894 query
-- write
UPDATE workflow_action SET trigger_count = ? WHERE id = ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, not where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.jobs_sort_method
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.project
    ,w.metadata
    ,w.status_id
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[not is_archived, not where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    id
    ,name
    ,user
    ,description
    ,timestamp
    ,compute_node_expiration_buffer_seconds
    ,compute_node_wait_for_new_jobs_seconds
    ,compute_node_ignore_workflow_completion
    ,compute_node_wait_for_healthy_database_minutes
    ,compute_node_min_time_for_new_jobs_seconds
    ,jobs_sort_method
    ,resource_monitor_config
    ,slurm_defaults
    ,use_pending_failed
    ,project
    ,metadata
    ,status_id
FROM workflow
 ORDER BY id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, name, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.jobs_sort_method
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.project
    ,w.metadata
    ,w.status_id
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE w.name = ? ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, user, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.jobs_sort_method
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.project
    ,w.metadata
    ,w.status_id
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE w.user = ? ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, description, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.jobs_sort_method
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.project
    ,w.metadata
    ,w.status_id
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE w.description LIKE ? ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.jobs_sort_method
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.project
    ,w.metadata
    ,w.status_id
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE ws.is_archived = 1 ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, not archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.jobs_sort_method
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.project
    ,w.metadata
    ,w.status_id
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE (ws.is_archived IS NULL OR ws.is_archived = 0) ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[is_archived, accessible_ids, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    w.id
    ,w.name
    ,w.user
    ,w.description
    ,w.timestamp
    ,w.compute_node_expiration_buffer_seconds
    ,w.compute_node_wait_for_new_jobs_seconds
    ,w.compute_node_ignore_workflow_completion
    ,w.compute_node_wait_for_healthy_database_minutes
    ,w.compute_node_min_time_for_new_jobs_seconds
    ,w.jobs_sort_method
    ,w.resource_monitor_config
    ,w.slurm_defaults
    ,w.use_pending_failed
    ,w.project
    ,w.metadata
    ,w.status_id
FROM workflow w
INNER JOIN workflow_status ws ON w.status_id = ws.id
 WHERE w.id IN (?) ORDER BY w.id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[not is_archived, name, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    id
    ,name
    ,user
    ,description
    ,timestamp
    ,compute_node_expiration_buffer_seconds
    ,compute_node_wait_for_new_jobs_seconds
    ,compute_node_ignore_workflow_completion
    ,compute_node_wait_for_healthy_database_minutes
    ,compute_node_min_time_for_new_jobs_seconds
    ,jobs_sort_method
    ,resource_monitor_config
    ,slurm_defaults
    ,use_pending_failed
    ,project
    ,metadata
    ,status_id
FROM workflow
 WHERE name = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[not is_archived, user, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    id
    ,name
    ,user
    ,description
    ,timestamp
    ,compute_node_expiration_buffer_seconds
    ,compute_node_wait_for_new_jobs_seconds
    ,compute_node_ignore_workflow_completion
    ,compute_node_wait_for_healthy_database_minutes
    ,compute_node_min_time_for_new_jobs_seconds
    ,jobs_sort_method
    ,resource_monitor_config
    ,slurm_defaults
    ,use_pending_failed
    ,project
    ,metadata
    ,status_id
FROM workflow
 WHERE user = ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[not is_archived, description, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    id
    ,name
    ,user
    ,description
    ,timestamp
    ,compute_node_expiration_buffer_seconds
    ,compute_node_wait_for_new_jobs_seconds
    ,compute_node_ignore_workflow_completion
    ,compute_node_wait_for_healthy_database_minutes
    ,compute_node_min_time_for_new_jobs_seconds
    ,jobs_sort_method
    ,resource_monitor_config
    ,slurm_defaults
    ,use_pending_failed
    ,project
    ,metadata
    ,status_id
FROM workflow
 WHERE description LIKE ? ORDER BY id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered[not is_archived, accessible_ids, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:338 query
SELECT
    id
    ,name
    ,user
    ,description
    ,timestamp
    ,compute_node_expiration_buffer_seconds
    ,compute_node_wait_for_new_jobs_seconds
    ,compute_node_ignore_workflow_completion
    ,compute_node_wait_for_healthy_database_minutes
    ,compute_node_min_time_for_new_jobs_seconds
    ,jobs_sort_method
    ,resource_monitor_config
    ,slurm_defaults
    ,use_pending_failed
    ,project
    ,metadata
    ,status_id
FROM workflow
 WHERE id IN (?) ORDER BY id ASC LIMIT ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, not where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[not is_archived, not where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, name, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE w.name = ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, user, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE w.user = ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, description, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE w.description LIKE ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE ws.is_archived = 1;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, not archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE (ws.is_archived IS NULL OR ws.is_archived = 0);

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[is_archived, accessible_ids, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow w INNER JOIN workflow_status ws ON w.status_id = ws.id WHERE w.id IN (?);

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[not is_archived, name, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow WHERE name = ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[not is_archived, user, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow WHERE user = ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[not is_archived, description, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow WHERE description LIKE ?;

-- name: src/server/api/workflows.rs:list_workflows_filtered#2[not is_archived, accessible_ids, archived, where_conditions, where_clause]
-- group: workflows
-- source: src/server/api/workflows.rs:418 query
SELECT COUNT(*) as total FROM workflow WHERE id IN (?);

-- name: src/server/api/workflows.rs:does_workflow_exist
-- group: workflows
-- source: src/server/api/workflows.rs:474 query
SELECT id FROM workflow WHERE id = $1;

-- name: src/server/api/workflows.rs:create_workflow
-- group: workflows
-- source: src/server/api/workflows.rs:507 query!
-- write
INSERT INTO workflow_status
(run_id, is_archived, is_canceled, has_detected_need_to_run_completion_script)
VALUES (0, 0, 0, 0)
RETURNING rowid;

-- name: src/server/api/workflows.rs:create_workflow#2
-- group: workflows
-- source: src/server/api/workflows.rs:550 query!
-- write
INSERT INTO workflow
(
    name,
    description,
    user,
    timestamp,
    compute_node_expiration_buffer_seconds,
    compute_node_wait_for_new_jobs_seconds,
    compute_node_ignore_workflow_completion,
    compute_node_wait_for_healthy_database_minutes,
    compute_node_min_time_for_new_jobs_seconds,
    jobs_sort_method,
    resource_monitor_config,
    slurm_defaults,
    use_pending_failed,
    project,
    metadata,
    status_id
)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
RETURNING rowid;

-- name: src/server/api/workflows.rs:cancel_workflow
-- group: workflows
-- source: src/server/api/workflows.rs:669 query!
-- write
UPDATE workflow_status
SET run_id = ?,
    has_detected_need_to_run_completion_script = ?,
    is_canceled = ?,
    is_archived = ?
WHERE id = ?;

-- name: src/server/api/workflows.rs:cancel_workflow#2
-- group: workflows
-- source: src/server/api/workflows.rs:714 query
-- write
INSERT INTO event (workflow_id, timestamp, data)
VALUES ($1, $2, $3);

-- name: src/server/api/workflows.rs:cancel_workflow#3
-- group: workflows
-- source: src/server/api/workflows.rs:741 query!
-- write
UPDATE job
SET status = $1
WHERE workflow_id = $2 AND (status = $3 OR status = $4);

-- name: src/server/api/workflows.rs:get_workflow
-- group: workflows
-- source: src/server/api/workflows.rs:794 query!
SELECT *
FROM workflow
WHERE id = $1;

-- name: src/server/api/workflows.rs:get_workflow_status
-- group: workflows
-- source: src/server/api/workflows.rs:881 query!
SELECT id, run_id, has_detected_need_to_run_completion_script, is_canceled, is_archived FROM workflow_status WHERE id = ?;

-- name: src/server/api/workflows.rs:is_workflow_complete
-- group: workflows
-- source: src/server/api/workflows.rs:963 query
SELECT 1 as found
FROM job
WHERE workflow_id = $1
AND status NOT IN ($2, $3, $4, $5, $6)
LIMIT 1;

-- name: src/server/api/workflows.rs:is_workflow_uninitialized
-- group: workflows
-- source: src/server/api/workflows.rs:1020 query
SELECT 1 as found
FROM job
WHERE workflow_id = $1
AND status NOT IN ($2, $3)
LIMIT 1;

-- name: src/server/api/workflows.rs:update_workflow
-- group: workflows
-- source: src/server/api/workflows.rs:1123 query!
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
    jobs_sort_method = COALESCE($8, jobs_sort_method),
    use_pending_failed = COALESCE($9, use_pending_failed),
    project = COALESCE($10, project),
    metadata = COALESCE($11, metadata)
WHERE id = $12;

-- name: src/server/api/workflows.rs:update_workflow_status
-- group: workflows
-- source: src/server/api/workflows.rs:1237 query!
-- write
UPDATE workflow_status
SET run_id = ?,
    has_detected_need_to_run_completion_script = ?,
    is_canceled = ?,
    is_archived = ?
WHERE id = ?;

-- name: src/server/api/workflows.rs:delete_workflow
-- group: workflows
-- source: src/server/api/workflows.rs:1321 query!
-- write
DELETE FROM workflow WHERE id = $1;

-- name: src/server/api/workflows.rs:reset_workflow_status
-- group: workflows
-- source: src/server/api/workflows.rs:1403 query_scalar
SELECT id FROM job WHERE workflow_id = ? AND (status = ? OR status = ?) LIMIT 1;

-- name: src/server/api/workflows.rs:reset_workflow_status#2
-- group: workflows
-- source: src/server/api/workflows.rs:1435 query_scalar
SELECT id FROM scheduled_compute_node WHERE workflow_id = ? AND (status = 'pending' OR status = 'active') LIMIT 1;

-- name: src/server/api/workflows.rs:reset_workflow_status#3
-- group: workflows
-- source: src/server/api/workflows.rs:1475 query!
-- write
UPDATE workflow_status
SET has_detected_need_to_run_completion_script = 0,
    is_canceled = 0,
    is_archived = 0
WHERE id = ?;

-- name: src/server/api/workflows.rs:list_job_dependencies
-- group: workflows
-- source: src/server/api/workflows.rs:1544 query_as!
SELECT
    jb.job_id as job_id,
    j1.name as job_name,
    jb.depends_on_job_id as depends_on_job_id,
    j2.name as depends_on_job_name,
    jb.workflow_id as workflow_id
FROM job_depends_on jb
INNER JOIN job j1 ON jb.job_id = j1.id
INNER JOIN job j2 ON jb.depends_on_job_id = j2.id
WHERE jb.workflow_id = ?
LIMIT ? OFFSET ?;

-- name: src/server/api/workflows.rs:list_job_dependencies#2
-- group: workflows
-- source: src/server/api/workflows.rs:1573 query_scalar
SELECT COUNT(*) FROM job_depends_on WHERE workflow_id = ?;

-- name: src/server/api/workflows.rs:list_job_file_relationships
-- group: workflows
-- source: src/server/api/workflows.rs:1630 query_as!
SELECT
    f.id as file_id,
    f.name as file_name,
    f.path as file_path,
    jof.job_id as "producer_job_id?",
    producer.name as "producer_job_name?",
    jif.job_id as "consumer_job_id?",
    consumer.name as "consumer_job_name?",
    f.workflow_id as workflow_id
FROM file f
LEFT JOIN job_output_file jof ON f.id = jof.file_id
LEFT JOIN job producer ON jof.job_id = producer.id
LEFT JOIN job_input_file jif ON f.id = jif.file_id
LEFT JOIN job consumer ON jif.job_id = consumer.id
WHERE f.workflow_id = ?
    AND (jof.job_id IS NOT NULL OR jif.job_id IS NOT NULL)
LIMIT ? OFFSET ?;

-- name: src/server/api/workflows.rs:list_job_file_relationships#2
-- group: workflows
-- source: src/server/api/workflows.rs:1665 query_scalar
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
-- source: src/server/api/workflows.rs:1731 query_as!
SELECT
    ud.id as user_data_id,
    ud.name as user_data_name,
    joud.job_id as "producer_job_id?",
    producer.name as "producer_job_name?",
    jiud.job_id as "consumer_job_id?",
    consumer.name as "consumer_job_name?",
    ud.workflow_id as workflow_id
FROM user_data ud
LEFT JOIN job_output_user_data joud ON ud.id = joud.user_data_id
LEFT JOIN job producer ON joud.job_id = producer.id
LEFT JOIN job_input_user_data jiud ON ud.id = jiud.user_data_id
LEFT JOIN job consumer ON jiud.job_id = consumer.id
WHERE ud.workflow_id = ?
    AND (joud.job_id IS NOT NULL OR jiud.job_id IS NOT NULL)
LIMIT ? OFFSET ?;

-- name: src/server/api/workflows.rs:list_job_user_data_relationships#2
-- group: workflows
-- source: src/server/api/workflows.rs:1765 query_scalar
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
-- source: src/server/authorization.rs:92 query
SELECT user FROM workflow WHERE id = $1;

-- name: src/server/authorization.rs:check_workflow_access#2
-- group: authorization
-- source: src/server/authorization.rs:119 query
SELECT EXISTS(
    SELECT 1
    FROM workflow_access_group wag
    INNER JOIN user_group_membership ugm ON wag.group_id = ugm.group_id
    WHERE wag.workflow_id = $1 AND ugm.user_name = $2
) as has_access;

-- name: src/server/authorization.rs:check_job_access
-- group: authorization
-- source: src/server/authorization.rs:171 query
SELECT workflow_id FROM job WHERE id = $1;

-- name: src/server/authorization.rs:get_accessible_workflow_ids
-- group: authorization
-- source: src/server/authorization.rs:215 query
SELECT DISTINCT w.id
FROM workflow w
WHERE w.user = $1
UNION
SELECT DISTINCT wag.workflow_id
FROM workflow_access_group wag
INNER JOIN user_group_membership ugm ON wag.group_id = ugm.group_id
WHERE ugm.user_name = $1;

-- name: src/server/authorization.rs:check_admin_access
-- group: authorization
-- source: src/server/authorization.rs:286 query
SELECT EXISTS(
    SELECT 1
    FROM user_group_membership ugm
    INNER JOIN access_group ag ON ugm.group_id = ag.id
    WHERE ugm.user_name = $1 AND ag.is_system = 1 AND ag.name = 'admin'
) as is_admin;

-- name: src/server/authorization.rs:check_group_admin_access
-- group: authorization
-- source: src/server/authorization.rs:346 query
SELECT is_system FROM access_group WHERE id = $1;

-- name: src/server/authorization.rs:check_group_admin_access#2
-- group: authorization
-- source: src/server/authorization.rs:377 query
SELECT EXISTS(
    SELECT 1
    FROM user_group_membership
    WHERE user_name = $1 AND group_id = $2 AND role = 'admin'
) as is_admin;

-- name: src/server/authorization.rs:check_workflow_group_access
-- group: authorization
-- source: src/server/authorization.rs:436 query
SELECT user FROM workflow WHERE id = $1;

-- name: src/server/authorization.rs:is_system_group
-- group: authorization
-- source: src/server/authorization.rs:470 query
SELECT is_system FROM access_group WHERE id = $1;

-- name: torc-server/src/server.rs:sync_admin_group
-- group: server
-- source: torc-server/src/server.rs:94 query
-- write
INSERT INTO access_group (name, description, is_system)
VALUES ('admin', 'System administrators', 1)
ON CONFLICT (name) DO UPDATE SET is_system = 1;

-- name: torc-server/src/server.rs:sync_admin_group#2
-- group: server
-- source: torc-server/src/server.rs:106 query_scalar
SELECT id FROM access_group WHERE name = 'admin';

-- name: torc-server/src/server.rs:sync_admin_group#3
-- group: server
-- source: torc-server/src/server.rs:112 query_scalar
SELECT user_name FROM user_group_membership WHERE group_id = $1;

-- name: torc-server/src/server.rs:sync_admin_group#4
-- group: server
-- source: torc-server/src/server.rs:121 query
-- write
INSERT INTO user_group_membership (user_name, group_id, role)
VALUES ($1, $2, 'admin')
ON CONFLICT (user_name, group_id) DO UPDATE SET role = 'admin';

-- name: torc-server/src/server.rs:sync_admin_group#5
-- group: server
-- source: torc-server/src/server.rs:142 query
-- write
DELETE FROM user_group_membership WHERE user_name = $1 AND group_id = $2;

-- name: torc-server/src/server.rs:process_pending_unblocks
-- group: server
-- source: torc-server/src/server.rs:331 query!
SELECT DISTINCT workflow_id
FROM job
WHERE status IN (?, ?, ?, ?)
  AND unblocking_processed = 0;

-- name: torc-server/src/server.rs:process_workflow_unblocks_inner
-- group: server
-- source: torc-server/src/server.rs:451 query!
SELECT j.id, r.return_code
FROM job j
JOIN result r ON j.id = r.job_id
JOIN workflow_status ws ON j.workflow_id = ws.id AND r.run_id = ws.run_id
WHERE j.workflow_id = ?
  AND j.status IN (?, ?, ?, ?)
  AND j.unblocking_processed = 0;

-- name: torc-server/src/server.rs:process_workflow_unblocks_inner#2
-- group: server
-- source: torc-server/src/server.rs:551 query
-- write
UPDATE job SET unblocking_processed = 1 WHERE id IN (?);

-- name: torc-server/src/server.rs:add_depends_on_association
-- group: server
-- source: torc-server/src/server.rs:736 query!
-- write
INSERT INTO job_depends_on
(
    job_id
    ,depends_on_job_id
    ,workflow_id
)
VALUES ($1, $2, $3);

-- name: torc-server/src/server.rs:add_depends_on_associations_from_files
-- group: server
-- source: torc-server/src/server.rs:770 query!
-- write
INSERT OR IGNORE INTO job_depends_on (job_id, depends_on_job_id, workflow_id)
            SELECT
                i.job_id AS job_id
                ,o.job_id AS depends_on_job_id
                ,i.workflow_id AS workflow_id
            FROM job_input_file i
            JOIN job_output_file o ON i.file_id = o.file_id
            WHERE i.workflow_id = $1;

-- name: torc-server/src/server.rs:add_depends_on_associations_from_user_data
-- group: server
-- source: torc-server/src/server.rs:803 query!
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

-- name: torc-server/src/server.rs:uninitialize_blocked_jobs
-- group: server
-- source: torc-server/src/server.rs:840 query!
WITH RECURSIVE jobs_to_uninitialize(job_id) AS (
    -- Base case: find all uninitialized jobs in this workflow
    SELECT id FROM job
    WHERE workflow_id = $1 AND status = $2

    UNION

    -- Recursive case: find jobs blocked by any job that should be uninitialized
    SELECT jbb.job_id
    FROM job_depends_on jbb
    JOIN jobs_to_uninitialize jtu ON jbb.depends_on_job_id = jtu.job_id
    WHERE jbb.workflow_id = $1
)
UPDATE job
SET status = $2
WHERE workflow_id = $1
AND id IN (SELECT job_id FROM jobs_to_uninitialize);

-- name: torc-server/src/server.rs:initialize_blocked_jobs_to_blocked[only_uninitialized]
-- group: server
-- source: torc-server/src/server.rs:923 query
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

-- name: torc-server/src/server.rs:initialize_blocked_jobs_to_blocked[not only_uninitialized]
-- group: server
-- source: torc-server/src/server.rs:923 query
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

-- name: torc-server/src/server.rs:initialize_blocked_jobs_to_blocked#2[only_uninitialized]
-- group: server
-- source: torc-server/src/server.rs:932 query
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

-- name: torc-server/src/server.rs:initialize_blocked_jobs_to_blocked#2[not only_uninitialized]
-- group: server
-- source: torc-server/src/server.rs:932 query
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

-- name: torc-server/src/server.rs:initialize_unblocked_jobs
-- group: server
-- source: torc-server/src/server.rs:1027 query!
-- write
UPDATE job
SET status = $1
WHERE workflow_id = $2
AND status NOT IN ($3, $4, $5, $6, $7, $8);

-- name: torc-server/src/server.rs:validate_run_id
-- group: server
-- source: torc-server/src/server.rs:1064 query!
SELECT run_id FROM workflow_status WHERE id = ?;

-- name: torc-server/src/server.rs:manage_job_status_change
-- group: server
-- source: torc-server/src/server.rs:1138 query!
SELECT status, workflow_id FROM job WHERE id = ?;

-- name: torc-server/src/server.rs:manage_job_status_change#2
-- group: server
-- source: torc-server/src/server.rs:1187 query!
SELECT return_code FROM result WHERE job_id = ? AND run_id = ?;

-- name: torc-server/src/server.rs:manage_job_status_change#3
-- group: server
-- source: torc-server/src/server.rs:1220 query!
-- write
UPDATE job SET status = ?, unblocking_processed = 0 WHERE id = ?;

-- name: torc-server/src/server.rs:manage_job_status_change#4
-- group: server
-- source: torc-server/src/server.rs:1256 query!
-- write
UPDATE job SET status = ? WHERE id = ?;

-- name: torc-server/src/server.rs:unblock_jobs_fast_path_tx
-- group: server
-- source: torc-server/src/server.rs:1328 query!
-- write
UPDATE job
SET status = ?
WHERE workflow_id = ?
  AND status = ?
  AND cancel_on_blocking_job_failure = 1
  AND id IN (
      SELECT jbb.job_id
      FROM job_depends_on jbb
      WHERE jbb.depends_on_job_id = ?
        AND jbb.workflow_id = ?
        AND NOT EXISTS (
            SELECT 1
            FROM job_depends_on jbb2
            JOIN job j2 ON jbb2.depends_on_job_id = j2.id
            WHERE jbb2.job_id = jbb.job_id
              AND jbb2.depends_on_job_id != ?
              AND j2.status NOT IN (?, ?, ?, ?)
        )
  )
  AND EXISTS (
      SELECT 1
      FROM job_depends_on jbb_fail
      JOIN job j_fail ON jbb_fail.depends_on_job_id = j_fail.id
      JOIN result r_fail ON j_fail.id = r_fail.job_id
      JOIN workflow_status ws ON j_fail.workflow_id = ws.id AND r_fail.run_id = ws.run_id
      WHERE jbb_fail.job_id = job.id
        AND jbb_fail.workflow_id = ?
        AND j_fail.status IN (?, ?, ?)
        AND r_fail.return_code != 0
  );

-- name: torc-server/src/server.rs:unblock_jobs_fast_path_tx#2
-- group: server
-- source: torc-server/src/server.rs:1382 query!
-- write
UPDATE job
SET status = ?
WHERE workflow_id = ?
  AND status = ?
  AND id IN (
      SELECT jbb.job_id
      FROM job_depends_on jbb
      WHERE jbb.depends_on_job_id = ?
        AND jbb.workflow_id = ?
        AND NOT EXISTS (
            SELECT 1
            FROM job_depends_on jbb2
            JOIN job j2 ON jbb2.depends_on_job_id = j2.id
            WHERE jbb2.job_id = jbb.job_id
              AND jbb2.depends_on_job_id != ?
              AND j2.status NOT IN (?, ?, ?, ?)
        )
  )
RETURNING id;

-- name: torc-server/src/server.rs:unblock_jobs_slow_path_tx
-- group: server
-- source: torc-server/src/server.rs:1462 query
WITH RECURSIVE jobs_to_process(job_id, should_cancel, level) AS (
    -- Base case: find jobs directly blocked by the completed job
    SELECT
        jbb.job_id,
        -- Cancel if: ANY dependency has failed (status is failed/canceled/terminated with non-zero return code)
        -- AND cancel_on_blocking_job_failure = true. We check ALL failed dependencies, not just the current one.
        CASE
            WHEN j.cancel_on_blocking_job_failure != 0 AND EXISTS (
                SELECT 1
                FROM job_depends_on jbb_dep
                JOIN job j_dep ON jbb_dep.depends_on_job_id = j_dep.id
                JOIN result r_dep ON j_dep.id = r_dep.job_id
                JOIN workflow_status ws ON j_dep.workflow_id = ws.id AND r_dep.run_id = ws.run_id
                WHERE jbb_dep.job_id = jbb.job_id
                  AND jbb_dep.workflow_id = ?
                  AND j_dep.status IN (?, ?, ?)
                  AND r_dep.return_code != 0
            ) THEN 1
            ELSE 0
        END as should_cancel,
        0 as level
    FROM job_depends_on jbb
    JOIN job j ON jbb.job_id = j.id
    WHERE jbb.depends_on_job_id = ?
      AND jbb.workflow_id = ?
      AND j.status = ?
      -- Only process if no other incomplete blocking jobs exist
      AND NOT EXISTS (
          SELECT 1
          FROM job_depends_on jbb2
          JOIN job j2 ON jbb2.depends_on_job_id = j2.id
          WHERE jbb2.job_id = jbb.job_id
            AND jbb2.depends_on_job_id != ?
            AND j2.status NOT IN (?, ?, ?, ?)
      )

    UNION ALL

    -- Recursive case: find jobs blocked by jobs that will be canceled
    SELECT
        jbb.job_id,
        -- Propagate cancellation: if parent is canceled and child has cancel_on_blocking_job_failure = true
        CASE
            WHEN jtp.should_cancel = 1 AND j.cancel_on_blocking_job_failure != 0 THEN 1
            ELSE 0
        END as should_cancel,
        jtp.level + 1 as level
    FROM jobs_to_process jtp
    JOIN job_depends_on jbb ON jbb.depends_on_job_id = jtp.job_id
    JOIN job j ON jbb.job_id = j.id
    WHERE jtp.should_cancel = 1  -- Only cascade from jobs that will be canceled
      AND jbb.workflow_id = ?
      AND j.status = ?
      AND jtp.level < 100  -- Prevent infinite loops
      -- Only process if no other incomplete blocking jobs exist
      AND NOT EXISTS (
          SELECT 1
          FROM job_depends_on jbb2
          JOIN job j2 ON jbb2.depends_on_job_id = j2.id
          WHERE jbb2.job_id = jbb.job_id
            AND jbb2.depends_on_job_id != jtp.job_id
            AND j2.status NOT IN (?, ?, ?, ?)
      )
)
SELECT
    jtp.job_id,
    jtp.should_cancel,
    j.resource_requirements_id
FROM jobs_to_process jtp
JOIN job j ON jtp.job_id = j.id
ORDER BY jtp.level ASC  -- Process in dependency order
;

-- name: torc-server/src/server.rs:unblock_jobs_slow_path_tx#2
-- group: server
-- source: torc-server/src/server.rs:1595 query!
-- write
UPDATE job SET status = ? WHERE id = ? AND workflow_id = ? AND status = ?;

-- name: torc-server/src/server.rs:unblock_jobs_waiting_for_tx
-- group: server
-- source: torc-server/src/server.rs:1678 query!
SELECT EXISTS (
    SELECT 1
    FROM job_depends_on jbb
    JOIN job j ON jbb.job_id = j.id
    WHERE jbb.depends_on_job_id = ?
      AND jbb.workflow_id = ?
      AND j.status = ?
      AND NOT EXISTS (
          SELECT 1
          FROM job_depends_on jbb2
          JOIN job j2 ON jbb2.depends_on_job_id = j2.id
          WHERE jbb2.job_id = jbb.job_id
            AND jbb2.depends_on_job_id != ?
            AND j2.status NOT IN (?, ?, ?, ?)
      )
) as has_jobs;

-- name: torc-server/src/server.rs:reinitialize_downstream_jobs
-- group: server
-- source: torc-server/src/server.rs:1845 query!
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

-- name: torc-server/src/server.rs:update_jobs_from_completion_reversal
-- group: server
-- source: torc-server/src/server.rs:1914 query!
SELECT workflow_id FROM job WHERE id = ?;

-- name: torc-server/src/server.rs:update_jobs_from_completion_reversal#2
-- group: server
-- source: torc-server/src/server.rs:1931 query!
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

-- name: torc-server/src/server.rs:initialize_jobs
-- group: server
-- source: torc-server/src/server.rs:3809 query!
-- write
DELETE FROM workflow_result
WHERE workflow_id = $1
  AND job_id IN (
    SELECT id FROM job
    WHERE workflow_id = $1
      AND status NOT IN ($2, $3, $4, $5)
  );

-- name: torc-server/src/server.rs:initialize_jobs#2
-- group: server
-- source: torc-server/src/server.rs:3857 query!
SELECT id
FROM job
WHERE workflow_id = $1
ORDER BY id;

-- name: torc-server/src/server.rs:initialize_jobs#3
-- group: server
-- source: torc-server/src/server.rs:3889 query!
-- write
INSERT INTO job_internal (job_id, input_hash)
VALUES ($1, $2)
ON CONFLICT(job_id) DO UPDATE SET input_hash = excluded.input_hash;

-- name: torc-server/src/server.rs:initialize_jobs#4
-- group: server
-- source: torc-server/src/server.rs:3959 query
-- write
UPDATE workflow_action SET trigger_count = required_triggers WHERE workflow_id = ? AND trigger_type = ?;

-- name: torc-server/src/server.rs:claim_next_jobs#2
-- group: server
-- source: torc-server/src/server.rs:4450 query
SELECT id FROM workflow WHERE id = $1;

-- name: torc-server/src/server.rs:claim_next_jobs#4
-- group: server
-- source: torc-server/src/server.rs:4488 query
SELECT
    id as job_id,
    workflow_id,
    name,
    command,
    status,
    cancel_on_blocking_job_failure,
    supports_termination,
    resource_requirements_id,
    failure_handler_id,
    attempt_id
FROM job
WHERE workflow_id = $1 AND status = $2
LIMIT $3;

-- name: torc-server/src/server.rs:claim_next_jobs#5
-- group: server
-- source: torc-server/src/server.rs:4546 query
SELECT job_id, file_id FROM job_output_file WHERE workflow_id = $1;

-- name: torc-server/src/server.rs:claim_next_jobs#6
-- group: server
-- source: torc-server/src/server.rs:4564 query
SELECT job_id, user_data_id FROM job_output_user_data WHERE job_id IN (SELECT id FROM job WHERE workflow_id = $1);

-- name: torc-server/src/server.rs:claim_next_jobs#7
-- group: server
-- source: torc-server/src/server.rs:4608 query
-- write
UPDATE job SET status = ? WHERE id IN (?);

-- name: torc-server/src/server.rs:start_job
-- group: server
-- source: torc-server/src/server.rs:5146 query!
-- write
UPDATE job_internal SET active_compute_node_id = ? WHERE job_id = ?;

-- name: torc-server/src/server.rs:complete_job
-- group: server
-- source: torc-server/src/server.rs:5255 query!
-- write
UPDATE job_internal SET active_compute_node_id = NULL WHERE job_id = ?;

-- name: torc-server/src/server.rs:complete_job#2
-- group: server
-- source: torc-server/src/server.rs:5307 query!
-- write
INSERT OR REPLACE INTO workflow_result (workflow_id, job_id, result_id)
VALUES (?, ?, ?);

-- name: torc-server/src/server.rs:prepare_ready_jobs#2
-- group: server
-- source: torc-server/src/server.rs:5532 query
SELECT id FROM workflow WHERE id = $1;

-- name: torc-server/src/server.rs:prepare_ready_jobs#5[models.claimjobssortmethod]
-- group: server
-- source: torc-server/src/server.rs:5625 query
SELECT
    job.workflow_id,
    job.id AS job_id,
    job.name,
    job.command,
    job.invocation_script,
    job.status,
    job.cancel_on_blocking_job_failure,
    job.supports_termination,
    job.failure_handler_id,
    job.attempt_id,
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

LIMIT $9;

-- name: torc-server/src/server.rs:prepare_ready_jobs#5[models.claimjobssortmethod.gpusruntimememory]
-- group: server
-- source: torc-server/src/server.rs:5625 query
SELECT
    job.workflow_id,
    job.id AS job_id,
    job.name,
    job.command,
    job.invocation_script,
    job.status,
    job.cancel_on_blocking_job_failure,
    job.supports_termination,
    job.failure_handler_id,
    job.attempt_id,
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
ORDER BY rr.num_gpus DESC, rr.runtime_s DESC, rr.memory_bytes DESC
LIMIT $9;

-- name: torc-server/src/server.rs:prepare_ready_jobs#5[models.claimjobssortmethod.gpusmemoryruntime]
-- group: server
-- source: torc-server/src/server.rs:5625 query
SELECT
    job.workflow_id,
    job.id AS job_id,
    job.name,
    job.command,
    job.invocation_script,
    job.status,
    job.cancel_on_blocking_job_failure,
    job.supports_termination,
    job.failure_handler_id,
    job.attempt_id,
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
ORDER BY rr.num_gpus DESC, rr.memory_bytes DESC, rr.runtime_s DESC
LIMIT $9;

-- name: torc-server/src/server.rs:prepare_ready_jobs#6[models.claimjobssortmethod]
-- group: server
-- source: torc-server/src/server.rs:5680 query
SELECT
    job.workflow_id,
    job.id AS job_id,
    job.name,
    job.command,
    job.invocation_script,
    job.status,
    job.cancel_on_blocking_job_failure,
    job.supports_termination,
    job.failure_handler_id,
    job.attempt_id,
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

LIMIT $8;

-- name: torc-server/src/server.rs:prepare_ready_jobs#6[models.claimjobssortmethod.gpusruntimememory]
-- group: server
-- source: torc-server/src/server.rs:5680 query
SELECT
    job.workflow_id,
    job.id AS job_id,
    job.name,
    job.command,
    job.invocation_script,
    job.status,
    job.cancel_on_blocking_job_failure,
    job.supports_termination,
    job.failure_handler_id,
    job.attempt_id,
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
ORDER BY rr.num_gpus DESC, rr.runtime_s DESC, rr.memory_bytes DESC
LIMIT $8;

-- name: torc-server/src/server.rs:prepare_ready_jobs#6[models.claimjobssortmethod.gpusmemoryruntime]
-- group: server
-- source: torc-server/src/server.rs:5680 query
SELECT
    job.workflow_id,
    job.id AS job_id,
    job.name,
    job.command,
    job.invocation_script,
    job.status,
    job.cancel_on_blocking_job_failure,
    job.supports_termination,
    job.failure_handler_id,
    job.attempt_id,
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
ORDER BY rr.num_gpus DESC, rr.memory_bytes DESC, rr.runtime_s DESC
LIMIT $8;

-- name: torc-server/src/server.rs:prepare_ready_jobs#8
-- group: server
-- source: torc-server/src/server.rs:5832 query
SELECT job_id, file_id FROM job_output_file WHERE workflow_id = $1;

-- name: torc-server/src/server.rs:prepare_ready_jobs#9
-- group: server
-- source: torc-server/src/server.rs:5850 query
SELECT job_id, user_data_id FROM job_output_user_data WHERE job_id IN (SELECT id FROM job WHERE workflow_id = $1);

-- name: torc-server/src/server.rs:prepare_ready_jobs#10
-- group: server
-- source: torc-server/src/server.rs:5894 query
-- write
UPDATE job SET status = ? WHERE id IN (?);

-- Left out:
--   torc-server/src/server.rs:714 add_job_file_association: a format! placeholder after `INSERT INTO` takes a value the source doesn't spell out (`table` is a parameter of add_job_file_association and no call in this file gives it)
--   src/server/api/jobs.rs:2205 retry_job: not a query: BEGIN IMMEDIATE
--   src/server/api/resource_requirements.rs:358 list_resource_requirements: 1 of 8 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/resource_requirements.rs:420 list_resource_requirements: 1 of 8 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/user_data.rs:411 list_user_data: 6 of 20 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/user_data.rs:459 list_user_data: 6 of 20 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/workflows.rs:338 list_workflows_filtered: 2 of 14 branch combinations don't prepare (branches that don't go together) and are left out
--   src/server/api/workflows.rs:418 list_workflows_filtered: 2 of 14 branch combinations don't prepare (branches that don't go together) and are left out
--   torc-server/src/server.rs:4436 claim_next_jobs: not a query: BEGIN IMMEDIATE
--   torc-server/src/server.rs:4461 claim_next_jobs: not a query: ROLLBACK
--   torc-server/src/server.rs:4621 claim_next_jobs: not a query: COMMIT
--   torc-server/src/server.rs:5513 prepare_ready_jobs: not a query: BEGIN IMMEDIATE
--   torc-server/src/server.rs:5542 prepare_ready_jobs: not a query: ROLLBACK
--   torc-server/src/server.rs:5556 prepare_ready_jobs: not a query: ROLLBACK
--   torc-server/src/server.rs:5769 prepare_ready_jobs: not a query: ROLLBACK
--   torc-server/src/server.rs:5907 prepare_ready_jobs: not a query: COMMIT
