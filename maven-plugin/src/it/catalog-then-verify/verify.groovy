def log = new File(basedir, 'build.log').text
assert log.contains('torc-index catalog: 3 statements of 2 sqlx calls (Torc 0.12.0)')
def catalog = new File(basedir, 'target/torc-queries.sql').text
assert catalog.contains('-- name: src/server/jobs.rs:list_jobs[status]')
assert catalog.contains('SELECT id, name FROM job WHERE workflow_id = ? AND status = ?;')
assert log.contains('3 statements, 0 with violations')
return true
