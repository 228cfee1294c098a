#!/usr/bin/env python3
"""A plain scripted loader, for comparison with `torc-index generate`: Python's sqlite3 module, executemany
per table, one transaction per workflow, the database's own settings (WAL, synchronous FULL). It writes
about the same rows per workflow as the generator (jobs, dependencies, files and links, results, events,
user data, compute nodes) but with simple random values and no DAG or status logic.

With --bulk it uses the settings `torc-index generate --out` builds its file with instead (journal_mode OFF,
synchronous OFF, foreign keys off, a 256 MiB cache, exclusive locking, one transaction): what is left to compare
is then the work of making and inserting the rows, not the disk's fsync.

Usage: ./torc-index init --db /tmp/py.db && docs/scripts/python-loader.py [--bulk] /tmp/py.db W [J]
"""
import random
import sqlite3
import sys
import time

args = [a for a in sys.argv[1:] if a != "--bulk"]
bulk = len(args) < len(sys.argv) - 1
db, W = args[0], int(args[1])
J = int(args[2]) if len(args) > 2 else 10000
rnd = random.Random(42)
con = sqlite3.connect(db, isolation_level=None)
if bulk:
    for pragma in ("journal_mode = OFF", "synchronous = OFF", "foreign_keys = OFF", "cache_size = -262144",
                   "locking_mode = EXCLUSIVE"):
        con.execute("PRAGMA " + pragma)
    con.execute("BEGIN")
else:
    con.execute("PRAGMA foreign_keys = ON")
start = time.time()
rows = 0
job_id = file_id = result_id = event_id = ud_id = node_id = 0
for w in range(1, W + 1):
    if not bulk:
        con.execute("BEGIN")
    con.execute("INSERT INTO workflow_status (id) VALUES (?)", (w,))
    con.execute("INSERT INTO workflow (id, name, user, timestamp, status_id) VALUES (?, ?, ?, ?, ?)",
                (w, f"wf{w}", f"user{w % 8}", "2026-01-05T08:00:00Z", w))
    rr = [(w * 10 + r, w, f"rr{r}", 1 + r, r == 3, (1 + r) << 30, 1800 * (1 + r)) for r in range(4)]
    con.executemany("INSERT INTO resource_requirements (id, workflow_id, name, num_cpus, num_gpus, memory_bytes, "
                    "runtime_s) VALUES (?, ?, ?, ?, ?, ?, ?)", rr)
    nodes = [(node_id + n + 1, w, f"node{n}", 1000 + n, "2026-01-05T08:00:00Z", 36, 180.0, 0, 1, "slurm")
             for n in range(38)]
    node_id += 38
    con.executemany("INSERT INTO compute_node (id, workflow_id, hostname, pid, start_time, num_cpus, memory_gb, "
                    "num_gpus, num_nodes, compute_node_type) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", nodes)
    first = job_id + 1
    jobs = [(first + j, w, f"job{j}", f"python run.py {j}", rr[j % 4][0], 5 if rnd.random() < 0.8 else 1)
            for j in range(J)]
    job_id += J
    con.executemany("INSERT INTO job (id, workflow_id, name, command, resource_requirements_id, status) "
                    "VALUES (?, ?, ?, ?, ?, ?)", jobs)
    con.executemany("INSERT INTO job_internal (job_id, input_hash) VALUES (?, ?)",
                    [(j[0], "%016x" % rnd.getrandbits(64)) for j in jobs])
    deps = set()
    for j in range(50, J):
        for _ in range(1 + int(rnd.random() * 3.3)):
            deps.add((first + j, first + rnd.randrange(j - 50, j)))
    con.executemany("INSERT INTO job_depends_on (job_id, depends_on_job_id, workflow_id) VALUES (?, ?, ?)",
                    [(a, b, w) for a, b in deps])
    files = [(file_id + f + 1, w, f"f{f}", f"/projects/wf{w}/f{f}.parquet") for f in range(J + J // 100)]
    file_id += len(files)
    con.executemany("INSERT INTO file (id, workflow_id, name, path) VALUES (?, ?, ?, ?)", files)
    con.executemany("INSERT INTO job_output_file (job_id, file_id, workflow_id) VALUES (?, ?, ?)",
                    [(first + j, files[j][0], w) for j in range(J)])
    inputs = {(a, files[b - first][0]) for a, b in deps if rnd.random() < 0.7}
    con.executemany("INSERT INTO job_input_file (job_id, file_id, workflow_id) VALUES (?, ?, ?)",
                    [(a, f, w) for a, f in inputs])
    results = [(result_id + i + 1, w, j[0], 1, nodes[i % 38][0], 0, 12.5, "2026-01-05T09:00:00Z", 5)
               for i, j in enumerate([j for j in jobs if j[5] == 5])]
    result_id += len(results)
    con.executemany("INSERT INTO result (id, workflow_id, job_id, run_id, compute_node_id, return_code, "
                    "exec_time_minutes, completion_time, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", results)
    con.executemany("INSERT INTO workflow_result (workflow_id, job_id, result_id) VALUES (?, ?, ?)",
                    [(w, r[2], r[0]) for r in results])
    events = [(event_id + i + 1, w, 1767600000000 + i * 1000, '{"category": "job", "type": "start", "job_id": %d}'
               % jobs[i // 2][0]) for i in range(2 * J)]
    event_id += len(events)
    con.executemany("INSERT INTO event (id, workflow_id, timestamp, data) VALUES (?, ?, ?, ?)", events)
    uds = [(ud_id + i + 1, w, f"ud{i}", 0, '{"rows": 1}') for i in range(J // 20)]
    ud_id += len(uds)
    con.executemany("INSERT INTO user_data (id, workflow_id, name, is_ephemeral, data) VALUES (?, ?, ?, ?, ?)", uds)
    con.executemany("INSERT INTO job_output_user_data (job_id, user_data_id) VALUES (?, ?)",
                    [(first + i * 20, u[0]) for i, u in enumerate(uds)])
    con.executemany("INSERT INTO job_input_user_data (job_id, user_data_id) VALUES (?, ?)",
                    [(first + i * 20 + 1, u[0]) for i, u in enumerate(uds)])
    if not bulk:
        con.execute("COMMIT")
    rows += (2 + len(rr) + len(nodes) + 2 * len(jobs) + len(deps) + len(files) + J + len(inputs) + 2 * len(results)
             + len(events) + 3 * len(uds))
if bulk:
    con.execute("COMMIT")
    con.execute("PRAGMA journal_mode = WAL")
elapsed = time.time() - start
print(f"python-loader: {W} workflows of {J} jobs, {rows:,} rows in {elapsed:.1f} s ({rows / elapsed:,.0f} rows/s)")
