#!/usr/bin/env bash
# Measures how long each recommended index build holds SQLite's write lock (one CREATE INDEX = one write
# transaction), on a baseline database filled by plain SQL with W workflows of J jobs each.
# Usage: [KEEP_DB=copy.db] docs/scripts/lock-times.sh [W] [J]      (needs the sqlite3 command: apt-get install sqlite3)
# This is a stand-in filler until the synthetic workflow generator exists; row counts per job are modest
# (2 dependencies, 1 input and 1 output file, 1 result, 3 events), so the figures are a floor.
set -euo pipefail
W=${1:-20}; J=${2:-10000}
root="$(cd "$(dirname "$0")/../.." && pwd)"
work=$(mktemp -d); db="$work/torc.db"
"$root/torc-index" init --db "$db" >/dev/null
start=$(date +%s.%N)
sqlite3 "$db" <<SQL
PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA foreign_keys=OFF;
BEGIN;
WITH RECURSIVE w(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM w WHERE i < $W)
INSERT INTO workflow_status (id) SELECT i FROM w;
WITH RECURSIVE w(i) AS (SELECT 1 UNION ALL SELECT i+1 FROM w WHERE i < $W)
INSERT INTO workflow (id, name, user, timestamp, status_id, is_archived)
  SELECT i, 'wf' || i, 'user' || (i % 5), '2026-11-01T00:00:00', i, i % 7 = 0 FROM w;
WITH RECURSIVE r(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM r WHERE i < $W * 4 - 1)
INSERT INTO resource_requirements (id, workflow_id, name, num_cpus, num_gpus, memory_bytes, runtime_s)
  SELECT i + 1, i / 4 + 1, 'rr' || (i % 4), 1 + i % 4, i % 4 = 3, (1 + i % 4) * 1073741824, 600 * (1 + i % 4) FROM r;
WITH RECURSIVE j(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM j WHERE i < $W * $J - 1)
INSERT INTO job (id, workflow_id, name, command, status, resource_requirements_id)
  SELECT i + 1, i / $J + 1, 'job' || i, 'run.sh ' || i,
         CASE WHEN (i / $J) % 2 = 0 THEN 5 ELSE (i % $J) * 11 / $J END, (i / $J) * 4 + i % 4 + 1 FROM j;
INSERT INTO job_depends_on (job_id, depends_on_job_id, workflow_id)
  SELECT id, id - 1 - abs(random() % 50), workflow_id FROM job WHERE (id - 1) % $J >= 50
  UNION SELECT id, id - 51 - abs(random() % 50), workflow_id FROM job WHERE (id - 1) % $J >= 100;
INSERT INTO file (id, workflow_id, name, path) SELECT id, workflow_id, 'f' || id, '/data/f' || id FROM job;
INSERT INTO job_output_file (job_id, file_id, workflow_id) SELECT id, id, workflow_id FROM job;
INSERT INTO job_input_file (job_id, file_id, workflow_id)
  SELECT job_id, min(depends_on_job_id), workflow_id FROM job_depends_on GROUP BY job_id;
WITH RECURSIVE c(i) AS (SELECT 0 UNION ALL SELECT i+1 FROM c WHERE i < $W * 30 - 1)
INSERT INTO compute_node (id, workflow_id, hostname, pid, start_time, num_cpus, memory_gb, num_gpus, num_nodes,
                          compute_node_type, is_active)
  SELECT i + 1, i / 30 + 1, 'node' || i, 1000 + i, '2026-11-01T00:00:00', 36, 180.0, 0, 1, 'local', i % 3 = 0 FROM c;
INSERT INTO result (workflow_id, job_id, run_id, compute_node_id, return_code, exec_time_minutes, completion_time,
                    status)
  SELECT workflow_id, id, 1, (workflow_id - 1) * 30 + id % 30 + 1, 0, 1.5, '2026-11-01T01:00:00', 5
  FROM job WHERE status = 5;
INSERT INTO event (workflow_id, timestamp, data)
  SELECT workflow_id, 1762000000000 + id * 1000 + k, '{"job": ' || id || '}' FROM job,
         (SELECT 0 AS k UNION ALL SELECT 1 UNION ALL SELECT 2);
COMMIT;
SQL
filled=$(date +%s.%N)
echo "# W=$W J=$J: filled in $(echo "$filled - $start" | bc) s; $(du -h "$db" | cut -f1) on disk"
sqlite3 "$db" "SELECT 'rows: job ' || (SELECT count(*) FROM job) || ', job_depends_on ' || (SELECT count(*) FROM job_depends_on) || ', result ' || (SELECT count(*) FROM result) || ', event ' || (SELECT count(*) FROM event) || ', job_input_file ' || (SELECT count(*) FROM job_input_file)"
if [ -n "${KEEP_DB:-}" ]; then sqlite3 "$db" "VACUUM INTO '$KEEP_DB'"; echo "# kept a copy without indexes at $KEEP_DB"; fi
echo "# seconds each CREATE INDEX held the write lock (sqlite3 $(sqlite3 --version | cut -d' ' -f1)):"
for phase in 1 2 3; do
  grep -o 'CREATE INDEX IF NOT EXISTS [^<]*' "$root/indexer/src/main/resources/io/github/torcindex/indexer/phase-$phase.xml" |
  while read -r sql; do
    t0=$(date +%s.%N); sqlite3 "$db" "$sql"; t1=$(date +%s.%N)
    printf 'phase %s  %6.2f s  %s\n' "$phase" "$(echo "$t1 - $t0" | bc)" "$(echo "$sql" | sed 's/CREATE INDEX IF NOT EXISTS //')"
  done
done
t0=$(date +%s.%N); sqlite3 "$db" "ANALYZE; PRAGMA optimize;"; t1=$(date +%s.%N)
printf 'phase 4  %6.2f s  ANALYZE; PRAGMA optimize\n' "$(echo "$t1 - $t0" | bc)"
t0=$(date +%s.%N); sqlite3 "$db" "VACUUM INTO '$work/backup.db'"; t1=$(date +%s.%N)
printf 'backup   %6.2f s  VACUUM INTO (readers and writers not blocked in WAL mode)\n' "$(echo "$t1 - $t0" | bc)"
rm -rf "$work"
