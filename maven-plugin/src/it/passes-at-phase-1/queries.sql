-- name: list_jobs
-- expect: level 1 job(workflow_id)
SELECT * FROM job WHERE workflow_id = :workflow_id;

-- name: jobs_by_status
-- expect: level 1 job(workflow_id, status)
SELECT * FROM job WHERE workflow_id = :workflow_id AND status = :status;
