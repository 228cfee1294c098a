-- name: jobs_of_workflow
SELECT id, name FROM job WHERE workflow_id = :workflow_id;

-- name: consumers_of_file
SELECT job_id FROM job_input_file WHERE file_id = :file_id;
